// SPDX-License-Identifier: MIT
// checkout-kiosk: the point-of-sale application. --version and --help work without a display.
#include "AppConfig.h"
#include "AppRestart.h"
#include "CheckoutBenchmark.h"
#include "DemoTour.h"
#include "KioskApp.h"
#include "KioskWindow.h"
#include "Log.h"
#include "NativeWindowRelease.h"
#include "ProcessStats.h"
#include "SecretStore.h"
#include "SelfServiceTimings.h"

#include <QApplication>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Kiosk::Ui;

namespace {

int printAndExit(FILE *stream, const QString &text, int code)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
    return code;
}

/** Calls `then` once the window is exposed and the event loop has nothing else queued. */
void whenIdleAndShown(QWidget *window, QObject *context, std::function<void()> then)
{
    auto *poll = new QTimer(context);
    poll->setInterval(0);
    QObject::connect(poll, &QTimer::timeout, context, [poll, window, then] {
        if (!window->windowHandle() || !window->windowHandle()->isExposed())
            return;
        poll->stop();
        poll->deleteLater();
        QTimer::singleShot(0, window, then);
    });
    poll->start();
}

} // namespace

int main(int argc, char *argv[])
{
    // Answer --version/--help before anything needs a display or loads the browser engine.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return printAndExit(stdout, QStringLiteral("checkout-kiosk " KIOSK_VERSION), 0);
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            QCoreApplication core(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("checkout-kiosk"));
            return printAndExit(stdout, AppConfig::helpText(), 0);
        }
    }

    const bool trace = qEnvironmentVariableIsSet("KIOSK_STARTUP_TRACE");
    const auto mark = [trace](const char *what) {
        if (trace)
            std::fprintf(stderr, "startup %-22s %lld ms\n", what, ProcessStats::msSinceProcessStart());
    };
    mark("main");
    QApplication::setOrganizationName(QStringLiteral("checkout-kiosk"));
    QApplication::setApplicationName(QStringLiteral("checkout-kiosk"));
    QApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    // A self-service kiosk has no keyboard: Qt's on-screen keyboard, in the widgets and in the
    // hosted page, chosen before the application loads its input method. A staffed till keeps
    // whatever the desktop uses.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    if (AppConfig::selfServiceRequested(rawArguments))
        qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    QApplication app(argc, argv);
    const NativeWindowRelease releaseWindowsFirst; // before `app` goes: the keyboard's exit crash
    mark("QApplication");

    Kiosk::Result<AppConfig> resolved
        = AppConfig::resolve(QApplication::arguments(), QProcessEnvironment::systemEnvironment());
    if (!resolved)
        return printAndExit(
            stderr, QStringLiteral("checkout-kiosk: ") + Kiosk::scrubSecrets(resolved.error().message), 2);
    AppConfig config = std::move(resolved).value();

    // Tours and benchmarks never touch the real database.
    std::unique_ptr<QTemporaryDir> scratch;
    if (config.action != AppConfig::Action::Run && config.databasePath.isEmpty()) {
        scratch = std::make_unique<QTemporaryDir>();
        config.databasePath = scratch->filePath(QStringLiteral("orders.sqlite"));
    }

    std::unique_ptr<QLockFile> lock;
    if (config.action == AppConfig::Action::Run) {
        QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (dir.isEmpty())
            dir = QDir::tempPath();
        lock = std::make_unique<QLockFile>(dir + QStringLiteral("/checkout-kiosk.lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, appName;
            lock->getLockInfo(&pid, &host, &appName);
            return printAndExit(stderr,
                QStringLiteral("checkout-kiosk is already running (process %1); only one kiosk may "
                               "run at a time.")
                    .arg(pid),
                3);
        }
    }

    if (config.wantsKeyring) {
        // Settings ask for real Stripe but no key came from the command line or environment.
        SecretStore secrets;
        bool done = false;
        secrets.readSecret(SecretStore::secretKeyName(), &app, [&](Kiosk::Result<QString> key) {
            if (key && !key.value().isEmpty()) {
                config.secretKey = key.value();
                config.secretKeySource = { KeySource::From::Keyring, Kiosk::maskSecret(key.value()), {} };
                config.demo = false;
            }
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (config.demo)
            std::fputs("checkout-kiosk: stripe/mode is \"stripe\" but no key is in the keyring; running in demo mode\n",
                stderr);
    }

    auto kioskApp = std::make_unique<KioskApp>(config);
    KioskApp &kiosk = *kioskApp;
    if (Kiosk::Status started = kiosk.start(); !started)
        return printAndExit(stderr,
            QStringLiteral("checkout-kiosk: ")
                + Kiosk::scrubSecrets(started.error().message,
                    { config.secretKey, QString::fromUtf8(config.webhookSecret),
                        QString::fromUtf8(config.kioskToken) }),
            1);
    mark("KioskApp::start");

    switch (config.action) {
    case AppConfig::Action::Run: {
        const int code = QApplication::exec();
        if (!AppRestart::requested())
            return code;
        // "Restart now": let go of the database, the webhook port and the lock first, so the new
        // process finds them free.
        kioskApp.reset();
        lock.reset();
        if (Kiosk::Status relaunched = AppRestart::relaunch(); !relaunched)
            return printAndExit(stderr, QStringLiteral("checkout-kiosk: ") + relaunched.error().message, 1);
        return code;
    }
    case AppConfig::Action::BenchmarkStartup:
        whenIdleAndShown(kiosk.window(), &app, [&kiosk] {
            const ProcessStats::Memory tree = ProcessStats::tree();
            std::printf("kiosk-ready startup_ms=%lld pss_kb=%lld rss_kb=%lld procs=%d\n",
                ProcessStats::msSinceProcessStart(), tree.pssKb, tree.rssKb, tree.processes);
            if (kiosk.window()->isSelfService())
                std::printf("%s\n", qPrintable(SelfServiceTimings::measure(*kiosk.window())));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        return QApplication::exec();
    case AppConfig::Action::BenchmarkCheckout: {
        CheckoutBenchmark benchmark(kiosk, config.benchmarkSales);
        QObject::connect(
            &benchmark, &CheckoutBenchmark::finished, &app, [](int code) { QCoreApplication::exit(code); });
        QTimer::singleShot(0, &benchmark, &CheckoutBenchmark::start);
        return QApplication::exec();
    }
    case AppConfig::Action::DemoTour: {
        DemoTour tour(kiosk, config.demoTourDir);
        QObject::connect(&tour, &DemoTour::finished, &app, [](int code) { QCoreApplication::exit(code); });
        QTimer::singleShot(0, &tour, &DemoTour::start);
        QTimer::singleShot(240000, &tour, [] {
            std::fputs("demo tour failed: it did not finish within 4 minutes\n", stderr);
            QCoreApplication::exit(1);
        });
        return QApplication::exec();
    }
    }
    return 0;
}
