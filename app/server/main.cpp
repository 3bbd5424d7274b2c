// SPDX-License-Identifier: MIT
// checkout-kiosk-server: the kiosk backend without a screen. See backend/payment/README.md.
#include "Database.h"
#include "KioskBackend.h"
#include "KioskCommand.h"
#include "Log.h"
#include "PinCommand.h"
#include "PinVault.h"
#include "PrivateFiles.h"
#include "ServerConfig.h"
#include "ShutdownSignals.h"
#include "StripeSimulator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cstdio>

using namespace Kiosk;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/** An error for the operator; `secrets` (and anything key-shaped) are masked whatever the message. */
void complain(const QString &line, const QStringList &secrets = {})
{
    std::fprintf(stderr, "checkout-kiosk-server: %s\n", scrubSecrets(line, secrets).toUtf8().constData());
}

QStringList secretsOf(const BackendOptions &options)
{
    return { options.stripe.secretKey, QString::fromUtf8(options.webhookSecret), QString::fromUtf8(options.apiToken) };
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}

QString defaultCatalog()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates {
        appDir + QStringLiteral("/../share/checkout-kiosk/catalog/catalog.json"),
        appDir + QStringLiteral("/resources/catalog/catalog.json"),
        QStringLiteral(KIOSK_SOURCE_DIR "/resources/catalog/catalog.json"),
    };
    for (const QString &path : candidates) {
        if (QFileInfo::exists(path))
            return QFileInfo(path).canonicalFilePath();
    }
    return candidates.last();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("checkout-kiosk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("CheckoutKiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));

    if (KioskCommand::matches(app.arguments()))
        return KioskCommand::run(
            app.arguments(), QProcessEnvironment::systemEnvironment(), defaultCatalog(), stdout, stderr);
    if (PinCommand::matches(app.arguments()))
        return PinCommand::run(
            app.arguments(), QProcessEnvironment::systemEnvironment(), defaultCatalog(), stdin, stdout, stderr);
    Result<ServerConfig> resolved
        = ServerConfig::resolve(app.arguments(), QProcessEnvironment::systemEnvironment(), defaultCatalog());
    if (!resolved) {
        complain(resolved.error().message);
        return 2;
    }
    ServerConfig config = std::move(resolved).value();
    if (config.showHelp) {
        say(config.helpText);
        return 0;
    }
    BackendOptions &options = config.backend;
    if (options.databasePath.isEmpty())
        options.databasePath = ServerConfig::defaultDatabasePath();
    // The simulator's state is written next to an SQLite database, else into the data folder.
    const QString stateDir = Database::isPostgresUrl(options.databasePath)
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : QFileInfo(options.databasePath).absolutePath();
    if (const Status dir = PrivateFiles::makeDir(stateDir); !dir) {
        complain(dir.error().message);
        return 1;
    }

    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::requested, &app, [](int number) {
        qCInfo(lcPayment) << "signal" << number << "received, shutting down";
        QCoreApplication::quit();
    });

    std::unique_ptr<Sim::StripeSimulator> simulator;
    if (config.useSimulator) {
        Sim::SimulatorOptions simOptions;
        simOptions.port = config.simulatorPort;
        // Sessions survive a restart of the server, as they would on Stripe.
        simOptions.statePath = stateDir + QStringLiteral("/stripe-sim-state.json");
        simulator = std::make_unique<Sim::StripeSimulator>(simOptions);
        const Result<quint16> simPort = simulator->start();
        if (!simPort) {
            complain(QStringLiteral("the embedded Stripe simulator could not start: ") + simPort.error().message,
                secretsOf(options));
            return 1;
        }
        options.stripe.secretKey = QStringLiteral("sk_test_") + randomHex(16);
        options.stripe.apiBase = simulator->baseUrl();
        if (options.webhookSecret.isEmpty())
            options.webhookSecret = QByteArrayLiteral("whsec_") + randomHex(16).toLatin1();
        say(QStringLiteral("No Stripe key configured: using the embedded Stripe test-mode simulator at %1 "
                           "(demo mode, no real payments), key %2")
                .arg(simulator->baseUrl().toString(), maskSecret(options.stripe.secretKey)));
    } else {
        say(QStringLiteral("Stripe API %1 with key %2")
                .arg(options.stripe.apiBase.toString(), maskSecret(options.stripe.secretKey)));
        if (options.webhookSecret.isEmpty())
            say(QStringLiteral(
                "No webhook signing secret: webhooks will be refused; polling and the events sweep still work."));
    }

    Result<std::unique_ptr<KioskBackend>> created = KioskBackend::create(options);
    if (!created) {
        complain(created.error().message, secretsOf(options));
        return 1;
    }
    std::unique_ptr<KioskBackend> backend = std::move(created).value();
    if (const Status started = backend->start(); !started) {
        complain(started.error().message, secretsOf(options));
        return 1;
    }
    if (simulator) {
        simulator->addWebhookEndpoint({ backend->webhookUrl(), options.webhookSecret });
        // Demo mode: tills reach the manager endpoints with the documented demo PIN.
        PinVault vault(&backend->settings());
        if (!vault.isSet()) {
            if (const Status pin = vault.setDemoPin(); !pin)
                complain(pin.error().message);
        }
    }
    say(QStringLiteral("Webhook endpoint %1 (%2 mode)")
            .arg(backend->webhookUrl().toString(),
                backend->isTestMode() ? QStringLiteral("test") : QStringLiteral("LIVE")));
    say(QStringLiteral("checkout-kiosk-server listening on %1").arg(backend->returnBaseUrl().toString()));

    const int code = app.exec();
    backend.reset();
    simulator.reset();
    say(QStringLiteral("checkout-kiosk-server stopped"));
    return code;
}
