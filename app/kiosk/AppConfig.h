// SPDX-License-Identifier: MIT
#pragma once

#include "KeySource.h"
#include "Result.h"
#include "TaxPolicy.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUrl>

class QSettings;

namespace Kiosk::Ui {

/**
 * The kiosk's configuration after applying precedence: command line > environment
 * (CHECKOUT_KIOSK_STRIPE_SECRET_KEY, CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET, STRIPE_API_BASE) >
 * --secrets-file (an owner-only file setting those two names) > settings file. The secret key is
 * never read from the settings file (it lives in the keyring, see SecretStore, or one of the
 * above). Without a key the
 * kiosk runs in demo mode against the embedded simulator. With a shop server (--server) it is a
 * till of that server instead: no database, no Stripe key and no simulator here; its token never
 * comes from the plain settings file either (only from an owner-only token file it names).
 */
struct AppConfig
{
    enum class Action { Run, DemoTour, BenchmarkStartup, BenchmarkCheckout };

    Action action = Action::Run;
    QString demoTourDir;
    int benchmarkSales = 1; ///< --benchmark-checkout N
    bool kioskMode = false;
    bool demo = true; ///< embedded simulator, generated test keys
    /** --demo-network or demo/network: the simulator listens on this machine's network address
     *  so the payment screen's QR code works from a phone (DemoNetwork). */
    bool demoNetwork = false;
    bool wantsKeyring = false; ///< settings say stripe/mode=stripe but no key was given
    QString secretKey; ///< never logged; maskSecret() for display
    QByteArray webhookSecret;
    KeySource secretKeySource; ///< where secretKey came from (the settings page says so)
    KeySource webhookSecretSource;
    QUrl apiBase; ///< empty: Stripe's own
    QString databasePath; ///< empty: AppDataLocation
    QString catalogPath;
    QString settingsPath; ///< empty: the platform's default QSettings
    quint16 webhookPort = 0;
    QString currency = QStringLiteral("USD");
    /** shop/currency is in the settings: the catalog must be priced in it (else start refuses). */
    bool currencyFromSettings = false;
    /** --lang: the kiosk's language instead of the system's ("de"); the attract screen's too. */
    QString language;
    QString kioskId = QStringLiteral("K1");
    QString cashier;
    int resultDelaySecs = 15;
    QString shopName = QStringLiteral("Checkout Kiosk Demo Café");
    bool selfService = false; ///< --self-service or kiosk/selfService: customers order themselves
    /** cash/enabled: the cashier may take cash (staffed tills only: false in self-service). */
    bool cashEnabled = false;
    qint64 cashRounding = 0; ///< cash/rounding: the cash rounding increment in minor units (5: CHF 0.05)
    QString logoPath; ///< shop/logo: the attract screen's logo
    int orderingIdleSecs = 60; ///< selfService/orderingIdleSecs: "Are you still there?" while ordering
    int paymentIdleSecs = 90; ///< selfService/paymentIdleSecs: … on the payment page
    /** --server or shop/server: a till of this shop server (no database, no Stripe key here). */
    QUrl server;
    /** The till's token for the server: --kiosk-token, CHECKOUT_KIOSK_TOKEN, or the owner-only
     *  file named by --kiosk-token-file / shop/tokenFile. A secret: never logged nor shown. */
    QByteArray kioskToken;

    [[nodiscard]] bool isRemote() const { return !server.isEmpty(); }
    /** tax/rates/<category>, tax/pricesIncludeTax, tax/displayName: the shop's rates over the
     *  catalog's; unset when the settings name no rate. */
    std::optional<TaxPolicy> tax;
    /** shop/timeZone (IANA, empty: the system's) and shop/dayStart ("04:00"): the business days
     *  of the day report. */
    QByteArray shopTimeZone;
    QTime dayStart = QTime(4, 0);
    /** discount/enabled (default true) and discount/max_without_pin (a percentage as text,
     *  default "10"): whether the cashier may give a basket discount, and up to what share of
     *  the subtotal without the manager's PIN. */
    bool discountEnabled = true;
    qint64 discountMaxWithoutPin = 10 * Percentage::kScale;

    /** Parses arguments (argv including the program name). Bad values are errors naming them. */
    static Result<AppConfig> resolve(const QStringList &arguments, const QProcessEnvironment &environment);
    static QString secretKeyVariable() { return QStringLiteral("CHECKOUT_KIOSK_STRIPE_SECRET_KEY"); }
    static QString webhookSecretVariable() { return QStringLiteral("CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET"); }
    /** Whether these arguments (and the settings file they name) ask for self-service. Needs no
     *  application object: main() asks it before creating one, to load the on-screen keyboard. */
    static bool selfServiceRequested(const QStringList &arguments);
    /** The catalog shipped with the program: installed share dir, else the source tree. */
    static QString defaultCatalogPath();
    /** The text of --help. */
    static QString helpText();
};

} // namespace Kiosk::Ui
