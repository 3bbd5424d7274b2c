// SPDX-License-Identifier: MIT
#include "AppConfig.h"

#include "BusinessDayCalendar.h"
#include "Language.h"
#include "Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <memory>

#include <unistd.h>

namespace Kiosk::Ui {

namespace {

struct Options
{
    QCommandLineOption kiosk { QStringLiteral("kiosk"),
        QStringLiteral("Full screen; leaving it (Shift+Esc or closing the window) needs the manager PIN.") };
    QCommandLineOption selfService { QStringLiteral("self-service"),
        QStringLiteral("Self-service: customers order and pay themselves (attract screen, on-screen keyboard, "
                       "walk-away guard). Also the setting kiosk/selfService.") };
    // --database is the older name, kept as an alias.
    QCommandLineOption database { QStringList { QStringLiteral("db"), QStringLiteral("database") },
        QStringLiteral("SQLite database file, or postgresql://user:password@host:port/dbname (PGPASSWORD and "
                       "~/.pgpass work too)."),
        QStringLiteral("path|url") };
    QCommandLineOption catalog { QStringLiteral("catalog"), QStringLiteral("Catalog JSON file."),
        QStringLiteral("path") };
    QCommandLineOption settings { QStringLiteral("settings"),
        QStringLiteral("Settings file (INI) instead of the default."), QStringLiteral("path") };
    QCommandLineOption key { QStringLiteral("stripe-key"),
        QStringLiteral("Stripe secret key (prefer CHECKOUT_KIOSK_STRIPE_SECRET_KEY, --secrets-file or the keyring)."),
        QStringLiteral("key") };
    QCommandLineOption secretsFile { QStringLiteral("secrets-file"),
        QStringLiteral("File setting CHECKOUT_KIOSK_STRIPE_SECRET_KEY=… and CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET=… "
                       "(one per line), owned by the user running the kiosk and readable by it only (chmod 600 "
                       "or 400): real Stripe mode without a keyring."),
        QStringLiteral("path") };
    QCommandLineOption language { QStringLiteral("lang"),
        QStringLiteral("Language of the kiosk instead of the system's: en, de, fr or es."), QStringLiteral("code") };
    QCommandLineOption webhookSecret { QStringLiteral("webhook-secret"),
        QStringLiteral("Webhook signing secret whsec_…"), QStringLiteral("secret") };
    QCommandLineOption apiBase { QStringLiteral("api-base"), QStringLiteral("Stripe API base URL."),
        QStringLiteral("url") };
    QCommandLineOption webhookPort { QStringLiteral("webhook-port"),
        QStringLiteral("Port of the local webhook server."), QStringLiteral("port") };
    QCommandLineOption resultDelay { QStringLiteral("result-delay"),
        QStringLiteral("Seconds the result screen stays before a new sale."), QStringLiteral("seconds") };
    QCommandLineOption demoTour { QStringLiteral("demo-tour"),
        QStringLiteral("Drive one sale through every screen, save screenshots to DIR, exit."), QStringLiteral("dir") };
    QCommandLineOption demoNetwork { QStringLiteral("demo-network"),
        QStringLiteral("Demo mode: serve the payment pages on this machine's network address, so the QR code works "
                       "from a phone on the same network. Also the setting demo/network.") };
    QCommandLineOption server { QStringLiteral("server"),
        QStringLiteral("Run as a till of this shop server (checkout-kiosk-server), e.g. http://shop-server:8787: "
                       "no local database and no Stripe key. Also the setting shop/server."),
        QStringLiteral("url") };
    QCommandLineOption kioskToken { QStringLiteral("kiosk-token"),
        QStringLiteral("The till's token from \"checkout-kiosk-server kiosks add ID\" (prefer CHECKOUT_KIOSK_TOKEN "
                       "or --kiosk-token-file)."),
        QStringLiteral("token") };
    QCommandLineOption kioskTokenFile { QStringLiteral("kiosk-token-file"),
        QStringLiteral("File holding the till's token, readable by its owner only (chmod 600). Also the setting "
                       "shop/tokenFile."),
        QStringLiteral("path") };
    QCommandLineOption benchStartup { QStringLiteral("benchmark-startup"),
        QStringLiteral("Print start-up time and memory once the till is ready (with --self-service also how long "
                       "\"Tap to order\" and a language switch take), exit.") };
    QCommandLineOption benchCheckout { QStringLiteral("benchmark-checkout"),
        QStringLiteral("Run N demo sales in a row, print each one's tap-to-page time and memory, exit."),
        QStringLiteral("N") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("Checkout Kiosk: point of sale with Stripe Checkout. Without a Stripe key it runs in demo "
                           "mode against a built-in Stripe test-mode simulator.\n\nEnvironment: "
                           "CHECKOUT_KIOSK_STRIPE_SECRET_KEY, CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET, STRIPE_API_BASE, "
                           "CHECKOUT_KIOSK_TOKEN (the command line wins over them, they win over --secrets-file)."));
        // "-sk_live_…" is then one unknown option, not a list of its letters.
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ kiosk, selfService, database, catalog, settings, key, webhookSecret, secretsFile, apiBase,
            webhookPort, resultDelay, language, server, kioskToken, kioskTokenFile, demoTour, demoNetwork, benchStartup,
            benchCheckout });
    }
};

/** A token as checkout-kiosk-server prints it: 8 to 512 visible ASCII characters. */
bool isToken(const QByteArray &token)
{
    if (token.size() < 8 || token.size() > 512)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
}

/** The token from an owner-only file; the error never shows the file's content. */
Result<QByteArray> readTokenFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(
            QStringLiteral("bad_token"), QStringLiteral("The kiosk token file %1 does not exist.").arg(path));
    const QFile::Permissions open = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & open)
        return makeError(QStringLiteral("bad_token"),
            QStringLiteral("The kiosk token file %1 must be readable by its owner only (chmod 600).").arg(path));
    QFile file(path);
    if (info.size() > 4096 || !file.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("bad_token"), QStringLiteral("The kiosk token file %1 cannot be read.").arg(path));
    return file.read(4096).trimmed();
}

/** The two secrets of an owner-only --secrets-file ("NAME=value" lines, # comments). Refused
 *  unless it is a regular file of the user running the kiosk with mode 0600 or 0400; no error
 *  ever shows a line's value. */
Result<std::pair<QString, QByteArray>> readSecretsFile(const QString &path)
{
    const QFileInfo info(path);
    const auto refuse = [&path](const QString &why) {
        return makeError(QStringLiteral("bad_secrets_file"), QStringLiteral("The secrets file %1 %2").arg(path, why));
    };
    if (!info.isFile())
        return refuse(QStringLiteral("does not exist."));
    if (info.ownerId() != ::getuid())
        return refuse(QStringLiteral("must belong to the user running the kiosk."));
    const QFile::Permissions allowed = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    if ((info.permissions() & ~allowed) || !(info.permissions() & QFile::ReadOwner))
        return refuse(QStringLiteral("must be readable by its owner only (chmod 600 or 400)."));
    QFile file(path);
    if (info.size() > 4096 || !file.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("cannot be read (at most 4 KiB)."));
    QString key;
    QByteArray webhook;
    int lineNumber = 0;
    for (const QByteArray &raw : file.read(4096).split('\n')) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf('=');
        const QByteArray name = eq > 0 ? line.left(eq).trimmed() : QByteArray();
        const QByteArray value = eq > 0 ? line.mid(eq + 1).trimmed() : QByteArray();
        if (name == AppConfig::secretKeyVariable().toLatin1())
            key = QString::fromUtf8(value);
        else if (name == AppConfig::webhookSecretVariable().toLatin1())
            webhook = value;
        else
            return refuse(QStringLiteral("line %1: expected %2=… or %3=….")
                              .arg(lineNumber)
                              .arg(AppConfig::secretKeyVariable(), AppConfig::webhookSecretVariable()));
    }
    return std::pair { key, webhook };
}

/** The shop-server part of the configuration: --server / shop/server and the till's token. */
Status resolveServer(AppConfig &config, const QCommandLineParser &parser, const Options &o, const QSettings &settings,
    const QProcessEnvironment &environment)
{
    const QString serverText
        = parser.isSet(o.server) ? parser.value(o.server) : settings.value(QStringLiteral("shop/server")).toString();
    const QString tokenFile = parser.isSet(o.kioskTokenFile)
        ? parser.value(o.kioskTokenFile)
        : settings.value(QStringLiteral("shop/tokenFile")).toString();
    if (serverText.isEmpty()) {
        if (parser.isSet(o.kioskToken) || parser.isSet(o.kioskTokenFile))
            return makeError(QStringLiteral("bad_arguments"), QStringLiteral("A kiosk token needs --server."));
        return {};
    }
    const QUrl server(serverText, QUrl::StrictMode);
    if (!server.isValid() || server.host().isEmpty()
        || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))
        || !server.userInfo().isEmpty() || (!server.path().isEmpty() && server.path() != QLatin1String("/"))
        || server.hasQuery() || server.hasFragment())
        return makeError(QStringLiteral("bad_arguments"),
            QStringLiteral("The shop server must be a URL such as http://shop-server:8787 (no path, no user)."));
    config.server = server.adjusted(QUrl::RemovePath);

    if (parser.isSet(o.kioskToken)) {
        config.kioskToken = parser.value(o.kioskToken).toUtf8();
    } else if (const QString fromEnv = environment.value(QStringLiteral("CHECKOUT_KIOSK_TOKEN")); !fromEnv.isEmpty()) {
        config.kioskToken = fromEnv.toUtf8();
    } else if (!tokenFile.isEmpty()) {
        auto read = readTokenFile(tokenFile);
        if (!read)
            return read.error();
        config.kioskToken = std::move(read).value();
    }
    if (config.kioskToken.isEmpty())
        return makeError(QStringLiteral("bad_token"),
            QStringLiteral("A till of a shop server needs its token: --kiosk-token, CHECKOUT_KIOSK_TOKEN or "
                           "--kiosk-token-file (from \"checkout-kiosk-server kiosks add ID\")."));
    if (!isToken(config.kioskToken))
        return makeError(QStringLiteral("bad_token"),
            QStringLiteral("The kiosk token must be 8 to 512 printable characters without spaces."));

    // The server holds the orders, the Stripe key and the webhooks; none of them belongs here.
    if (!config.secretKey.isEmpty() || !config.webhookSecret.isEmpty())
        return makeError(QStringLiteral("bad_arguments"),
            QStringLiteral("A till of a shop server takes no Stripe key or webhook secret: the server has them."));
    if (parser.isSet(o.database) || parser.isSet(o.webhookPort))
        return makeError(QStringLiteral("bad_arguments"),
            QStringLiteral("A till of a shop server keeps no database and receives no webhooks."));
    if (parser.isSet(o.demoTour) || parser.isSet(o.benchStartup) || parser.isSet(o.benchCheckout))
        return makeError(QStringLiteral("bad_arguments"),
            QStringLiteral("The demo tour and benchmarks run in demo mode only, not against a shop server."));
    return {};
}

} // namespace

QString AppConfig::helpText()
{
    QCommandLineParser parser;
    Options().addTo(parser);
    return parser.helpText();
}

bool AppConfig::selfServiceRequested(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options o;
    o.addTo(parser);
    if (!parser.parse(arguments))
        return false; // resolve() reports the error
    if (parser.isSet(o.selfService))
        return true;
    const QString path = parser.value(o.settings);
    const std::unique_ptr<QSettings> settings
        = path.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(path, QSettings::IniFormat);
    return settings->value(QStringLiteral("kiosk/selfService"), false).toBool();
}

QString AppConfig::defaultCatalogPath()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates {
        appDir + QStringLiteral("/../share/checkout-kiosk/catalog/catalog.json"),
        QStringLiteral("/usr/share/checkout-kiosk/catalog/catalog.json"),
        QStringLiteral(KIOSK_SOURCE_CATALOG),
    };
    for (const QString &path : candidates) {
        if (QFileInfo::exists(path))
            return QDir::cleanPath(path);
    }
    return QStringLiteral(KIOSK_SOURCE_CATALOG);
}

Result<AppConfig> AppConfig::resolve(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    const Options o;
    o.addTo(parser);
    if (!parser.parse(arguments))
        return makeError(QStringLiteral("bad_arguments"), commandLineError(parser));
    if (!parser.positionalArguments().isEmpty())
        return makeError(QStringLiteral("bad_arguments"),
            QStringLiteral("Unexpected argument %1: every option takes exactly one value (--name value or "
                           "--name=value).")
                .arg(quoteIfName(parser.positionalArguments().first())));

    AppConfig config;
    config.kioskMode = parser.isSet(o.kiosk);
    config.settingsPath = parser.value(o.settings);
    std::unique_ptr<QSettings> settings = config.settingsPath.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(config.settingsPath, QSettings::IniFormat);

    // Lowest first: settings file, then environment, then command line.
    const QString mode = settings->value(QStringLiteral("stripe/mode"), QStringLiteral("demo")).toString();
    if (mode != QLatin1String("demo") && mode != QLatin1String("stripe"))
        return makeError(QStringLiteral("bad_setting"),
            QStringLiteral("stripe/mode must be \"demo\" or \"stripe\", not %1.").arg(quoteIfName(mode)));
    config.apiBase = QUrl(settings->value(QStringLiteral("stripe/apiBase")).toString());
    config.currencyFromSettings = settings->contains(QStringLiteral("shop/currency"));
    config.currency = settings->value(QStringLiteral("shop/currency"), config.currency).toString().toUpper();
    config.kioskId = settings->value(QStringLiteral("kiosk/id"), config.kioskId).toString();
    config.cashier = settings->value(QStringLiteral("kiosk/cashier")).toString();
    bool ok = true;
    const int port = settings->value(QStringLiteral("server/webhookPort"), 0).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return makeError(QStringLiteral("bad_setting"), QStringLiteral("server/webhookPort must be a port number."));
    config.webhookPort = quint16(port);
    const int delay = settings->value(QStringLiteral("kiosk/resultDelaySecs"), 15).toInt(&ok);
    if (!ok || delay < 1 || delay > 600)
        return makeError(QStringLiteral("bad_setting"), QStringLiteral("kiosk/resultDelaySecs must be 1 to 600."));
    config.resultDelaySecs = delay;
    config.selfService
        = parser.isSet(o.selfService) || settings->value(QStringLiteral("kiosk/selfService"), false).toBool();
    // Self-service never offers cash, whatever the setting says.
    config.cashEnabled = !config.selfService && settings->value(QStringLiteral("cash/enabled"), false).toBool();
    const qint64 rounding = settings->value(QStringLiteral("cash/rounding"), 0).toLongLong(&ok);
    if (!ok || rounding < 0 || rounding > 100000)
        return makeError(QStringLiteral("bad_setting"),
            QStringLiteral("cash/rounding must be an amount in minor units from 0 to 100000 (5 for 0.05)."));
    config.cashRounding = rounding;
    config.logoPath = settings->value(QStringLiteral("shop/logo")).toString();
    config.shopName = settings->value(QStringLiteral("shop/name"), config.shopName).toString();
    config.shopTimeZone = settings->value(QStringLiteral("shop/timeZone")).toString().trimmed().toUtf8();
    if (const QString start = settings->value(QStringLiteral("shop/dayStart")).toString(); !start.isEmpty()) {
        const Result<QTime> t = BusinessDayCalendar::parseDayStart(start);
        if (!t)
            return makeError(QStringLiteral("bad_setting"), QStringLiteral("shop/dayStart: ") + t.error().message);
        config.dayStart = t.value();
    }
    if (!config.shopTimeZone.isEmpty()) {
        if (const auto calendar = BusinessDayCalendar::create(config.shopTimeZone, config.dayStart); !calendar)
            return makeError(
                QStringLiteral("bad_setting"), QStringLiteral("shop/timeZone: ") + calendar.error().message);
    }
    for (const auto &[key, target] : { std::pair { "selfService/orderingIdleSecs", &config.orderingIdleSecs },
             std::pair { "selfService/paymentIdleSecs", &config.paymentIdleSecs } }) {
        const int secs = settings->value(QLatin1String(key), *target).toInt(&ok);
        if (!ok || secs < 15 || secs > 3600)
            return makeError(QStringLiteral("bad_setting"),
                QStringLiteral("%1 must be 15 to 3600 seconds.").arg(QLatin1String(key)));
        *target = secs;
    }

    // The shop's tax rates, over the catalog's: tax/rates/<category>=19, tax/pricesIncludeTax,
    // tax/displayName. Percentages are read as text (Percentage::parse), never as numbers.
    settings->beginGroup(QStringLiteral("tax/rates"));
    const QStringList categories = settings->childKeys();
    TaxPolicy tax;
    for (const QString &category : categories) {
        const QString text = settings->value(category).toString();
        const Result<Percentage> rate = Percentage::parse(text, Percentage::Use::TaxRate);
        if (!rate) {
            settings->endGroup();
            return makeError(QStringLiteral("bad_setting"),
                QStringLiteral("tax/rates/%1: %2").arg(quoteIfName(category), rate.error().message));
        }
        tax.rates.insert(category, rate.value());
    }
    settings->endGroup();
    if (!categories.isEmpty()) {
        tax.pricesIncludeTax = settings->value(QStringLiteral("tax/pricesIncludeTax"), true).toBool();
        tax.displayName = settings->value(QStringLiteral("tax/displayName"), tax.displayName).toString().trimmed();
        if (const Status valid = tax.validate(); !valid)
            return makeError(QStringLiteral("bad_setting"), QStringLiteral("tax: ") + valid.error().message);
        config.tax = std::move(tax);
    }
    // Read as text (Percentage::parse), never as a number: "12.5" is exact.
    config.discountEnabled = settings->value(QStringLiteral("discount/enabled"), true).toBool();
    if (const QString limit = settings->value(QStringLiteral("discount/max_without_pin")).toString();
        !limit.isEmpty()) {
        const Result<Percentage> parsed = Percentage::parse(limit, Percentage::Use::TaxRate);
        if (!parsed)
            return makeError(
                QStringLiteral("bad_setting"), QStringLiteral("discount/max_without_pin: ") + parsed.error().message);
        config.discountMaxWithoutPin = parsed->scaled();
    }

    // The secrets, lowest first: --secrets-file, environment, command line.
    const auto take = [&config](const QString &key, const QByteArray &webhook, KeySource::From from,
                          const QString &file = QString()) {
        if (!key.isEmpty()) {
            config.secretKey = key;
            config.secretKeySource = { from, maskSecret(key), file };
        }
        if (!webhook.isEmpty()) {
            config.webhookSecret = webhook;
            config.webhookSecretSource = { from, maskSecret(QString::fromUtf8(webhook)), file };
        }
    };
    if (parser.isSet(o.secretsFile)) {
        const QString path = QFileInfo(parser.value(o.secretsFile)).absoluteFilePath();
        auto secrets = readSecretsFile(path);
        if (!secrets)
            return secrets.error();
        take(secrets->first, secrets->second, KeySource::From::SecretsFile, path);
    }
    take(environment.value(secretKeyVariable()), environment.value(webhookSecretVariable()).toUtf8(),
        KeySource::From::Environment);
    take(parser.value(o.key), parser.value(o.webhookSecret).toUtf8(), KeySource::From::CommandLine);
    if (const QString base = environment.value(QStringLiteral("STRIPE_API_BASE")); !base.isEmpty())
        config.apiBase = QUrl(base);

    if (parser.isSet(o.apiBase))
        config.apiBase = QUrl(parser.value(o.apiBase));
    if (parser.isSet(o.webhookPort)) {
        const int p = parser.value(o.webhookPort).toInt(&ok);
        if (!ok || p < 0 || p > 65535)
            return makeError(QStringLiteral("bad_arguments"), QStringLiteral("--webhook-port needs a port number."));
        config.webhookPort = quint16(p);
    }
    if (parser.isSet(o.resultDelay)) {
        const int d = parser.value(o.resultDelay).toInt(&ok);
        if (!ok || d < 1 || d > 600)
            return makeError(QStringLiteral("bad_arguments"), QStringLiteral("--result-delay needs 1 to 600 seconds."));
        config.resultDelaySecs = d;
    }
    if (parser.isSet(o.language)) {
        config.language = parser.value(o.language).trimmed().toLower();
        if (!Language::isAvailable(config.language))
            return makeError(QStringLiteral("bad_arguments"),
                QStringLiteral("--lang must be en, de, fr or es, not %1.").arg(quoteIfName(config.language)));
    }
    config.databasePath = parser.value(o.database);
    config.catalogPath = parser.isSet(o.catalog) ? parser.value(o.catalog) : defaultCatalogPath();

    if (Status remote = resolveServer(config, parser, o, *settings, environment); !remote)
        return remote.error();
    if (!config.secretKey.isEmpty() && !config.secretKey.startsWith(QLatin1String("sk_test_"))
        && !config.secretKey.startsWith(QLatin1String("sk_live_")))
        return makeError(QStringLiteral("bad_key"),
            QStringLiteral("The Stripe key must be a secret key starting with sk_test_ or sk_live_."));
    if (!config.apiBase.isEmpty() && (!config.apiBase.isValid() || config.apiBase.host().isEmpty()))
        return makeError(QStringLiteral("bad_arguments"), QStringLiteral("The Stripe API base must be a URL."));
    config.demo = config.secretKey.isEmpty() && !config.isRemote();
    config.demoNetwork = config.demo
        && (parser.isSet(o.demoNetwork) || settings->value(QStringLiteral("demo/network"), false).toBool());
    config.wantsKeyring = config.demo && mode == QLatin1String("stripe");

    if (parser.isSet(o.demoTour)) {
        config.action = Action::DemoTour;
        config.demoTourDir = parser.value(o.demoTour);
    } else if (parser.isSet(o.benchStartup)) {
        config.action = Action::BenchmarkStartup;
    } else if (parser.isSet(o.benchCheckout)) {
        config.action = Action::BenchmarkCheckout;
        config.benchmarkSales = parser.value(o.benchCheckout).toInt(&ok);
        if (!ok || config.benchmarkSales < 1 || config.benchmarkSales > 100)
            return makeError(
                QStringLiteral("bad_arguments"), QStringLiteral("--benchmark-checkout needs 1 to 100 sales."));
    }
    if (config.action != Action::Run && !config.demo)
        return makeError(QStringLiteral("bad_arguments"),
            QStringLiteral("The demo tour and benchmarks run in demo mode only; unset the Stripe key."));
    return config;
}

} // namespace Kiosk::Ui
