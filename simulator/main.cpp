// SPDX-License-Identifier: MIT
// stripe-sim: runs the Stripe test-mode simulator as a standalone server.
#include "StripeSimulator.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Kiosk::Sim;

namespace {

bool parseInt(const QString &text, int minimum, int maximum, int &out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return false;
    out = value;
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "stripe-sim: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stripe-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Stripe test-mode simulator for Checkout: /v1/checkout/sessions, /v1/events, a hosted payment page at "
        "/c/pay/{id} with Stripe's test cards, signed webhooks with retries, and control endpoints under /_sim/ "
        "(clock, faults, payments). See simulator/README.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one (default 0)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption webhookUrl(QStringLiteral("webhook-url"),
        QStringLiteral("Deliver events to this URL (repeatable, paired in order with "
                       "--webhook-secret)."),
        QStringLiteral("url"));
    const QCommandLineOption webhookSecret(QStringLiteral("webhook-secret"),
        QStringLiteral("Signing secret whsec_… for the matching --webhook-url."), QStringLiteral("secret"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
        QStringLiteral("Accept only this secret key (default: any well-formed sk_test_ key)."), QStringLiteral("key"));
    const QCommandLineOption state(QStringLiteral("state"),
        QStringLiteral("Keep sessions, events and idempotency keys in this file across "
                       "restarts (default: memory only)."),
        QStringLiteral("file"));
    const QCommandLineOption retry(QStringLiteral("webhook-retry-schedule"),
        QStringLiteral("Seconds between webhook retries, comma-separated (default 5,30,120,600)."),
        QStringLiteral("secs"));
    const QCommandLineOption merchant(
        QStringLiteral("merchant-name"), QStringLiteral("Name shown on the payment page."), QStringLiteral("name"));
    const QCommandLineOption failCount(
        QStringLiteral("fail-count"), QStringLiteral("Fault: fail the next N API requests."), QStringLiteral("n"));
    const QCommandLineOption failStatus(QStringLiteral("fail-status"),
        QStringLiteral("Fault: HTTP status of failed requests (default 500)."), QStringLiteral("status"));
    const QCommandLineOption failMode(QStringLiteral("fail-mode"),
        QStringLiteral("Fault: status (answer with --fail-status before executing), drop "
                       "(close the connection before executing) or drop_after (execute, "
                       "then close without answering)."),
        QStringLiteral("mode"));
    const QCommandLineOption failPath(QStringLiteral("fail-path"),
        QStringLiteral("Fault: only fail requests whose path starts with this."), QStringLiteral("prefix"));
    const QCommandLineOption failMethod(QStringLiteral("fail-method"),
        QStringLiteral("Fault: only fail requests with this method."), QStringLiteral("method"));
    const QCommandLineOption delayMs(QStringLiteral("delay-ms"),
        QStringLiteral("Fault: answer API requests this many milliseconds late."), QStringLiteral("ms"));
    const QCommandLineOption delayCount(QStringLiteral("delay-count"),
        QStringLiteral("Fault: delay only the next N requests (default: all)."), QStringLiteral("n"));
    const QCommandLineOption delayPath(QStringLiteral("delay-path"),
        QStringLiteral("Fault: only delay requests whose path starts with this."), QStringLiteral("prefix"));
    const QCommandLineOption duplicate(
        QStringLiteral("webhook-duplicate"), QStringLiteral("Fault: deliver every event twice."));
    const QCommandLineOption reorder(QStringLiteral("webhook-reorder"),
        QStringLiteral("Fault: hold N events, then deliver them newest first."), QStringLiteral("n"));
    const QCommandLineOption drop(QStringLiteral("webhook-drop"), QStringLiteral("Fault: never deliver webhooks."));
    parser.addOptions({ host, port, webhookUrl, webhookSecret, apiKey, state, retry, merchant, failCount, failStatus,
        failMode, failPath, failMethod, delayMs, delayCount, delayPath, duplicate, reorder, drop });
    parser.process(app);

    SimulatorOptions options;
    options.host = QHostAddress(parser.value(host));
    if (options.host.isNull())
        return fail(QStringLiteral("--host must be an IP address, got \"%1\"").arg(parser.value(host)));
    int portNumber = 0;
    if (!parseInt(parser.value(port), 0, 65535, portNumber))
        return fail(QStringLiteral("--port must be 0–65535"));
    options.port = quint16(portNumber);
    const QStringList urls = parser.values(webhookUrl);
    const QStringList secrets = parser.values(webhookSecret);
    if (urls.size() != secrets.size())
        return fail(QStringLiteral("give one --webhook-secret per --webhook-url"));
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const QUrl url(urls.at(i));
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return fail(QStringLiteral("--webhook-url must be an http(s) URL, got \"%1\"").arg(urls.at(i)));
        options.webhooks.append({ url, secrets.at(i).toUtf8() });
    }
    options.apiKey = parser.value(apiKey);
    options.statePath = parser.value(state);
    if (parser.isSet(merchant))
        options.merchantName = parser.value(merchant);
    if (parser.isSet(retry)) {
        options.webhookRetryScheduleSecs.clear();
        for (const QString &part : parser.value(retry).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            int secs = 0;
            if (!parseInt(part.trimmed(), 0, 7 * 24 * 3600, secs))
                return fail(QStringLiteral("--webhook-retry-schedule takes comma-separated seconds"));
            options.webhookRetryScheduleSecs.append(secs);
        }
    }
    FaultConfig &faults = options.faults;
    if (parser.isSet(failCount) && !parseInt(parser.value(failCount), 0, 1'000'000, faults.failCount))
        return fail(QStringLiteral("--fail-count must be a non-negative integer"));
    if (parser.isSet(failStatus) && !parseInt(parser.value(failStatus), 400, 599, faults.failStatus))
        return fail(QStringLiteral("--fail-status must be 400–599"));
    if (parser.isSet(failMode)) {
        const QString mode = parser.value(failMode);
        if (mode == QLatin1String("status"))
            faults.failMode = FaultConfig::FailMode::Status;
        else if (mode == QLatin1String("drop"))
            faults.failMode = FaultConfig::FailMode::Drop;
        else if (mode == QLatin1String("drop_after"))
            faults.failMode = FaultConfig::FailMode::DropAfterExecution;
        else
            return fail(QStringLiteral("--fail-mode is status, drop or drop_after"));
    }
    faults.failPath = parser.value(failPath);
    faults.failMethod = parser.value(failMethod).toUpper().toUtf8();
    if (parser.isSet(delayMs) && !parseInt(parser.value(delayMs), 0, 600'000, faults.delayMs))
        return fail(QStringLiteral("--delay-ms must be 0–600000"));
    if (parser.isSet(delayCount) && !parseInt(parser.value(delayCount), 0, 1'000'000, faults.delayCount))
        return fail(QStringLiteral("--delay-count must be a non-negative integer"));
    faults.delayPath = parser.value(delayPath);
    faults.webhookDuplicate = parser.isSet(duplicate);
    faults.webhookDrop = parser.isSet(drop);
    if (parser.isSet(reorder) && !parseInt(parser.value(reorder), 0, 1000, faults.webhookReorder))
        return fail(QStringLiteral("--webhook-reorder must be 0–1000"));

    StripeSimulator simulator(options);
    const auto started = simulator.start();
    if (!started.ok())
        return fail(started.error().toString());

    UnixSignalWatcher watcher;
    QObject::connect(&watcher, &UnixSignalWatcher::terminationRequested, &app, [&app]() { app.quit(); });

    std::printf("stripe-sim listening on %s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    const int code = app.exec();
    if (const auto saved = simulator.saveState(); !saved.ok())
        std::fprintf(stderr, "stripe-sim: could not save state: %s\n", qPrintable(saved.error().toString()));
    return code;
}
