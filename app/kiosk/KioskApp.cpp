// SPDX-License-Identifier: MIT
#include "KioskApp.h"

#include "DemoNetwork.h"
#include "DesktopSurfaceGuard.h"
#include "EmbeddedManagerService.h"
#include "EmbeddedTillService.h"
#include "KioskBackend.h"
#include "KioskWindow.h"
#include "Language.h"
#include "Log.h"
#include "ManagerScreen.h"
#include "PinDialog.h"
#include "PinVault.h"
#include "RemoteManagerService.h"
#include "RemoteTillService.h"
#include "ServerConnection.h"
#include "SettingsPage.h"
#include "SettingsStore.h"
#include "StripeSimulator.h"
#include "Theme.h"

#include <QApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QScreen>
#include <QSettings>

namespace Kiosk::Ui {

namespace {

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toHex();
}

} // namespace

KioskApp::KioskApp(AppConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

KioskApp::~KioskApp()
{
    m_window.reset();
    m_surfaceGuard.reset();
    m_vault.reset();
    m_managerService.reset();
    m_service.reset();
    m_connection.reset();
    m_backend.reset();
    m_simulator.reset();
}

Status KioskApp::start()
{
    m_settings = m_config.settingsPath.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(m_config.settingsPath, QSettings::IniFormat);

    if (m_config.isRemote())
        return startRemote();

    BackendOptions options;
    options.databasePath = m_config.databasePath;
    options.catalogPath = m_config.catalogPath;
    options.tax = m_config.tax;
    options.shopTimeZone = m_config.shopTimeZone;
    options.dayStart = m_config.dayStart;
    options.httpPort = m_config.webhookPort;
    options.payment.kioskId = m_config.kioskId;
    options.payment.cashier = m_config.cashier;
    options.payment.discountEnabled = m_config.discountEnabled;
    options.payment.discountMaxWithoutPin = m_config.discountMaxWithoutPin;
    options.payment.cashEnabled = m_config.cashEnabled;
    options.payment.cashRounding = m_config.cashRounding;

    if (m_config.demo) {
        // Demo mode: an in-process Stripe test-mode simulator with throw-away credentials.
        m_config.secretKey = QStringLiteral("sk_test_demo") + QString::fromLatin1(randomToken(16));
        m_config.webhookSecret = QByteArrayLiteral("whsec_") + randomToken(24);
        Sim::SimulatorOptions simOptions;
        simOptions.apiKey = m_config.secretKey;
        simOptions.merchantName = m_config.shopName;
        if (m_config.demoNetwork) {
            const QHostAddress address = DemoNetwork::pick(DemoNetwork::candidates());
            if (address.isNull())
                qCWarning(lcPayment) << "demo/network: this machine has no network address a phone can reach; "
                                        "the QR code works on this machine only";
            else
                simOptions.host = address;
        }
        m_simulator = std::make_unique<Sim::StripeSimulator>(simOptions);
        const Result<quint16> port = m_simulator->start();
        if (!port)
            return makeError(QStringLiteral("simulator"),
                QStringLiteral("The demo payment simulator did not start: ") + port.error().message);
        m_config.apiBase = m_simulator->baseUrl();
    }
    options.stripe.secretKey = m_config.secretKey;
    if (!m_config.apiBase.isEmpty())
        options.stripe.apiBase = m_config.apiBase;
    options.webhookSecret = m_config.webhookSecret;

    auto backend = KioskBackend::create(options);
    if (!backend)
        return backend.error();
    m_backend = std::move(backend).value();
    if (Status started = m_backend->start(); !started)
        return started;
    if (m_simulator)
        m_simulator->addWebhookEndpoint({ m_backend->webhookUrl(), m_config.webhookSecret });

    m_service = std::make_unique<EmbeddedTillService>(*m_backend);
    m_vault = std::make_unique<PinVault>(&m_backend->settings());
    // The manager's reads share the backend's read thread (its day report's as well).
    auto managerService
        = std::make_unique<EmbeddedManagerService>(m_backend->store(), m_backend->reads(), &m_backend->refunds());
    managerService->setPinVault(m_vault.get());
    m_managerService = std::move(managerService);
    if (m_config.demo && !m_vault->isSet()) {
        if (Status pin = m_vault->setDemoPin(); !pin)
            return pin;
    }

    KioskWindowOptions windowOptions;
    windowOptions.testMode = m_config.demo || m_backend->isTestMode();
    windowOptions.kioskMode = m_config.kioskMode;
    windowOptions.shopName = m_config.shopName;
    windowOptions.resultDelaySecs = m_config.resultDelaySecs;
    windowOptions.settings = m_settings.get();
    windowOptions.dayReports = &m_backend->dayReports();
    windowOptions.selfService = m_config.selfService;
    windowOptions.logoPath = m_config.logoPath;
    windowOptions.orderingIdleSecs = m_config.orderingIdleSecs;
    windowOptions.paymentIdleSecs = m_config.paymentIdleSecs;
    windowOptions.navigation.setReturnBase(m_backend->returnBaseUrl());
    if (!m_config.apiBase.isEmpty() && m_config.apiBase.host() != QLatin1String("api.stripe.com"))
        windowOptions.navigation.addTrustedOrigin(m_config.apiBase);
    if (Status shown = showWindow(windowOptions); !shown)
        return shown;
    qCInfo(lcPayment).noquote() << "kiosk started" << (m_config.demo ? "in demo mode" : "with key")
                                << maskSecret(m_config.secretKey);
    return {};
}

Status KioskApp::startRemote()
{
    if (m_config.server.scheme() == QLatin1String("http") && m_config.server.host() != QLatin1String("localhost")
        && !QHostAddress(m_config.server.host()).isLoopback())
        qCWarning(lcPayment).noquote() << "the till's token goes to" << m_config.server.toDisplayString()
                                       << "unencrypted; put the server behind TLS (https://) outside a closed network";
    RemoteOptions options;
    options.server = m_config.server;
    options.token = m_config.kioskToken;
    options.cashEnabled = m_config.cashEnabled;
    m_connection = std::make_unique<ServerConnection>(options);
    auto till = std::make_unique<RemoteTillService>(*m_connection);
    // The screens are built on the server's catalog, so it comes first (bounded by the deadline).
    std::optional<Status> ready;
    QEventLoop loop;
    till->connectToServer(this, [&](Status status) {
        ready = std::move(status);
        loop.quit();
    });
    if (!ready)
        loop.exec();
    if (!ready->ok())
        return makeError(ready->error().code,
            tr("The shop server %1 could not be used: %2")
                .arg(m_config.server.toDisplayString(), ready->error().message));
    m_service = std::move(till);
    m_managerService = std::make_unique<RemoteManagerService>(*m_connection);

    KioskWindowOptions windowOptions;
    windowOptions.testMode = false; // the server knows its Stripe mode; the till does not claim one
    windowOptions.kioskMode = m_config.kioskMode;
    windowOptions.shopName = m_config.shopName;
    windowOptions.resultDelaySecs = m_config.resultDelaySecs;
    windowOptions.settings = m_settings.get();
    windowOptions.selfService = m_config.selfService;
    windowOptions.logoPath = m_config.logoPath;
    windowOptions.orderingIdleSecs = m_config.orderingIdleSecs;
    windowOptions.paymentIdleSecs = m_config.paymentIdleSecs;
    // Stripe redirects the hosted page to the server's return pages.
    windowOptions.navigation.setReturnBase(m_config.server);
    windowOptions.navigation.addTrustedOrigin(m_config.server); // e.g. a server running the simulator
    if (Status shown = showWindow(windowOptions); !shown)
        return shown;
    qCInfo(lcPayment).noquote() << "kiosk started as a till of" << m_config.server.toDisplayString();
    return {};
}

Status KioskApp::showWindow(KioskWindowOptions windowOptions)
{
    // A staffed till speaks the system's language (LANG) and formats amounts and dates in its
    // locale, on every screen (the manager's too); self-service switches per customer.
    if (m_config.language.isEmpty())
        Language::useSystemLanguage();
    else
        Language::setKioskLanguage(m_config.language);
    // The catalog's prices are in one currency; a shop currency set to another is refused here
    // rather than charged (orders already taken keep their own currency).
    const QString catalogCurrency = m_service->catalog().currency().code;
    if (m_config.currencyFromSettings && m_config.currency != catalogCurrency)
        return makeError(QStringLiteral("bad_setting"),
            tr("The catalog\u2019s prices are in %1, but the shop currency (shop/currency) is %2. Set shop/currency "
               "to %1, or load a catalog priced in %2.")
                .arg(catalogCurrency, m_config.currency));
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int width = screen ? screen->availableGeometry().width() : 1280;
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Theme::forScreenWidth(width).apply(*app);
    if (m_config.selfService)
        m_surfaceGuard = std::make_unique<DesktopSurfaceGuard>(); // before any screen can open one
    m_window = std::make_unique<KioskWindow>(*m_service, *m_managerService, m_vault.get(), windowOptions);
    if (SettingsPage *settings = m_window->manager() ? m_window->manager()->settingsPage() : nullptr) {
        settings->setCatalogCurrency(catalogCurrency);
        settings->setKeySources(m_config.secretKeySource, m_config.webhookSecretSource);
    }
    if (m_vault && !m_config.demo && !m_vault->guardsRealKeys()) {
        // Real money: neither the documented demo PIN nor a short one may guard the manager screens.
        const QString why
            = tr("Real Stripe keys need a manager PIN of at least %1 digits.").arg(PinVault::kMinLengthForRealKeys);
        const bool changed = PinDialog::changePin(*m_vault, m_window.get(), why, PinVault::kMinLengthForRealKeys);
        if (!changed || !m_vault->guardsRealKeys())
            return makeError(QStringLiteral("pin_required"),
                tr("Set a manager PIN of at least %1 digits (not the demo PIN) before taking real payments.")
                    .arg(PinVault::kMinLengthForRealKeys));
    }
    if (m_config.kioskMode) {
        m_window->showKiosk();
    } else {
        // A comfortable window on a desktop; the whole screen on a large counter display.
        const QSize available = screen ? screen->availableGeometry().size() : QSize(1280, 800);
        if (m_config.selfService)
            m_window->resize(available); // a customer's screen is the whole screen, portrait or not
        else
            m_window->resize(
                width >= 1600 ? available.boundedTo(QSize(1920, 1080)) : available.boundedTo(QSize(1280, 800)));
        m_window->show();
    }
    // Without a window manager nobody gives the window the keyboard focus; without it the
    // on-screen keyboard never learns which field it types into.
    m_window->activateWindow();
    return {};
}

} // namespace Kiosk::Ui
