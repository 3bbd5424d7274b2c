// SPDX-License-Identifier: MIT
#include "ServerConfig.h"

#include "BusinessDayCalendar.h"
#include "Log.h"
#include "TaxPolicy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

struct OptionSpec
{
    const char *name;
    const char *valueName;
    const char *description;
    const char *environment; ///< or nullptr
    const char *alias = nullptr; ///< an older name, still accepted
};

// One table drives the parser, the environment and the config file, so they cannot disagree.
constexpr OptionSpec kOptions[] = {
    { "stripe-key", "key", "Stripe secret key (sk_test_… or sk_live_…). Without one the embedded simulator runs.",
        "STRIPE_SECRET_KEY" },
    { "webhook-secret", "whsec", "Webhook signing secret (whsec_…), e.g. from `stripe listen`.",
        "STRIPE_WEBHOOK_SECRET" },
    { "api-base", "url", "Stripe API base URL (default https://api.stripe.com; a stripe-sim URL in tests).",
        "STRIPE_API_BASE" },
    { "api-token", "token", "Bearer token for /api (required when --host is not loopback).", "KIOSK_API_TOKEN" },
    { "host", "address", "Address to listen on (default 127.0.0.1).", nullptr },
    { "port", "port", "Port to listen on (default 8787; 0 picks a free one).", nullptr },
    { "db", "path|url",
        "SQLite database file (default: the user's data directory/orders.sqlite) or "
        "postgresql://user:password@host:port/dbname (PGPASSWORD and ~/.pgpass work too).",
        nullptr, "database" },
    { "catalog", "path", "Catalog JSON (default resources/catalog/catalog.json).", nullptr },
    { "kiosk-id", "id", "Kiosk id stored with every order and sent as metadata (default K1).", nullptr },
    { "sim-port", "port", "Port of the embedded simulator (default 0: a free one).", nullptr },
    { "poll-interval-ms", "ms", "Session polling interval (default 2000).", nullptr },
    { "sweep-interval-ms", "ms", "Events sweep interval (default 60000).", nullptr },
    { "time-zone", "zone",
        "The shop's time zone for business days, an IANA name such as Europe/Berlin (default: "
        "the system's).",
        nullptr },
    { "day-start", "HH:MM",
        "When the business day starts (default 04:00: sales until 03:59 count for the day "
        "before).",
        nullptr },
    { "tax-rates", "rates", "The shop's tax rates per category over the catalog's, e.g. \"standard=19,reduced=7\".",
        nullptr },
    { "prices-include-tax", "yes|no",
        "With --tax-rates: shelf prices include tax (yes, the default, as in the EU) or "
        "tax is added (no, as in the US).",
        nullptr },
    { "tax-name", "name", "With --tax-rates: what receipts and Stripe call the tax (default VAT).", nullptr },
    { "cash", "on|off", "Take cash from staffed tills (POST /api/checkout with \"tender\": \"cash\"; default off).",
        nullptr },
    { "cash-rounding", "minor-units", "Cash rounding increment, e.g. 5 for CHF 0.05 (default 0: none).", nullptr },
};

Result<QHash<QString, QString>> readConfigFile(const QString &path)
{
    QHash<QString, QString> values;
    if (!QFileInfo::exists(path))
        return makeError(QStringLiteral("bad_config"), QStringLiteral("Config file %1 does not exist.").arg(path));
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("bad_config"), QStringLiteral("Cannot read %1.").arg(path));
        const QByteArray bytes = file.readAll();
        const auto j = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
        if (j.is_discarded() || !j.is_object())
            return makeError(QStringLiteral("bad_config"), QStringLiteral("%1 is not a JSON object.").arg(path));
        for (auto it = j.begin(); it != j.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (it->is_string())
                values.insert(key, QString::fromStdString(it->get<std::string>()));
            else if (it->is_number_integer())
                values.insert(key, QString::number(it->get<qint64>()));
            else
                return makeError(QStringLiteral("bad_config"),
                    QStringLiteral("%1: %2 must be a string or an integer.").arg(path, quoteIfName(key)));
        }
    } else {
        QSettings ini(path, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError)
            return makeError(QStringLiteral("bad_config"), QStringLiteral("%1 is not a valid INI file.").arg(path));
        for (const QString &key : ini.allKeys())
            values.insert(key.section(QLatin1Char('/'), -1), ini.value(key).toString());
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        bool known = false;
        for (const OptionSpec &spec : kOptions)
            known = known || it.key() == QLatin1String(spec.name)
                || (spec.alias && it.key() == QLatin1String(spec.alias));
        if (!known)
            return makeError(
                QStringLiteral("bad_config"), QStringLiteral("%1: unknown key %2.").arg(path, quoteIfName(it.key())));
    }
    return values;
}

Result<int> parseInt(const QString &name, const QString &text, int min, int max)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return makeError(QStringLiteral("bad_option"),
            QStringLiteral("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    return v;
}

} // namespace

QString ServerConfig::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/orders.sqlite");
}

Result<ServerConfig> ServerConfig::resolve(
    const QStringList &arguments, const QProcessEnvironment &environment, const QString &defaultCatalog)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Headless Checkout Kiosk: JSON API, Stripe webhook endpoint and Checkout return pages on one HTTP server.\n"
        "Precedence: command line > environment > --config file (JSON if FILE ends in .json, else INI; keys are the\n"
        "long option names, e.g. {\"port\": 8787, \"stripe-key\": \"sk_test_…\"}). Without a Stripe key the embedded\n"
        "Stripe test-mode simulator runs (demo mode)."));
    // "-sk_live_…" is then one unknown option, not a list of its letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    QCommandLineOption config(
        QStringLiteral("config"), QStringLiteral("Config file (JSON or INI)."), QStringLiteral("file"));
    parser.addOption(config);
    QList<QCommandLineOption> options;
    for (const OptionSpec &spec : kOptions) {
        QString description = QString::fromUtf8(spec.description);
        if (spec.environment)
            description += QStringLiteral(" [env %1]").arg(QLatin1String(spec.environment));
        QStringList names { QString::fromLatin1(spec.name) };
        if (spec.alias)
            names << QString::fromLatin1(spec.alias);
        options.append(QCommandLineOption(names, description, QString::fromLatin1(spec.valueName)));
        parser.addOption(options.last());
    }
    ServerConfig out;
    out.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return makeError(QStringLiteral("bad_option"), commandLineError(parser));
    if (parser.isSet(QStringLiteral("help"))) {
        out.showHelp = true;
        return out;
    }
    if (!parser.positionalArguments().isEmpty())
        return makeError(QStringLiteral("bad_option"),
            QStringLiteral("Unexpected argument %1: every option takes exactly one value (--name value or "
                           "--name=value).")
                .arg(quoteIfName(parser.positionalArguments().first())));

    QHash<QString, QString> file;
    if (parser.isSet(config)) {
        auto read = readConfigFile(parser.value(config));
        if (!read)
            return read.error();
        file = read.value();
    }
    auto value = [&](int index) -> QString {
        const OptionSpec &spec = kOptions[index];
        if (parser.isSet(options.at(index)))
            return parser.value(options.at(index));
        if (spec.environment && environment.contains(QLatin1String(spec.environment)))
            return environment.value(QLatin1String(spec.environment));
        if (spec.alias && !file.contains(QLatin1String(spec.name)))
            return file.value(QLatin1String(spec.alias));
        return file.value(QLatin1String(spec.name));
    };
    BackendOptions &b = out.backend;
    b.stripe.secretKey = value(0);
    b.webhookSecret = value(1).toUtf8();
    if (const QString base = value(2); !base.isEmpty()) {
        const QUrl url(base, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return makeError(QStringLiteral("bad_option"), QStringLiteral("--api-base must be an http(s) URL."));
        b.stripe.apiBase = url;
    }
    b.apiToken = value(3).toUtf8();
    if (const QString host = value(4); !host.isEmpty()) {
        if (!b.bindAddress.setAddress(host))
            return makeError(QStringLiteral("bad_option"),
                QStringLiteral("--host must be an IP address such as 127.0.0.1, 0.0.0.0 or ::1."));
    }
    b.httpPort = 8787;
    if (const QString port = value(5); !port.isEmpty()) {
        const Result<int> p = parseInt(QStringLiteral("port"), port, 0, 65535);
        if (!p)
            return p.error();
        b.httpPort = quint16(p.value());
    }
    b.databasePath = value(6);
    b.catalogPath = value(7).isEmpty() ? defaultCatalog : value(7);
    if (const QString id = value(8); !id.isEmpty())
        b.payment.kioskId = id;
    if (const QString port = value(9); !port.isEmpty()) {
        const Result<int> p = parseInt(QStringLiteral("sim-port"), port, 0, 65535);
        if (!p)
            return p.error();
        out.simulatorPort = quint16(p.value());
    }
    if (const QString ms = value(10); !ms.isEmpty()) {
        const Result<int> p = parseInt(QStringLiteral("poll-interval-ms"), ms, 10, 600000);
        if (!p)
            return p.error();
        b.payment.pollIntervalMs = p.value();
    }
    if (const QString ms = value(11); !ms.isEmpty()) {
        const Result<int> p = parseInt(QStringLiteral("sweep-interval-ms"), ms, 100, 86400000);
        if (!p)
            return p.error();
        b.payment.sweepIntervalMs = p.value();
    }
    if (const QString zone = value(12).trimmed(); !zone.isEmpty())
        b.shopTimeZone = zone.toUtf8();
    if (const QString start = value(13); !start.isEmpty()) {
        const Result<QTime> t = BusinessDayCalendar::parseDayStart(start);
        if (!t)
            return makeError(QStringLiteral("bad_option"), QStringLiteral("--day-start: ") + t.error().message);
        b.dayStart = t.value();
    }
    if (!b.shopTimeZone.isEmpty()) {
        if (const auto calendar = BusinessDayCalendar::create(b.shopTimeZone, b.dayStart); !calendar)
            return makeError(QStringLiteral("bad_option"), QStringLiteral("--time-zone: ") + calendar.error().message);
    }
    if (const QString rates = value(14); !rates.isEmpty()) {
        const auto parsed = TaxPolicy::parseRates(rates);
        if (!parsed)
            return makeError(QStringLiteral("bad_option"), QStringLiteral("--tax-rates: ") + parsed.error().message);
        TaxPolicy tax;
        tax.rates = parsed.value();
        if (const QString inclusive = value(15).trimmed().toLower(); !inclusive.isEmpty()) {
            if (inclusive == QLatin1String("yes") || inclusive == QLatin1String("true"))
                tax.pricesIncludeTax = true;
            else if (inclusive == QLatin1String("no") || inclusive == QLatin1String("false"))
                tax.pricesIncludeTax = false;
            else
                return makeError(
                    QStringLiteral("bad_option"), QStringLiteral("--prices-include-tax must be yes or no."));
        }
        if (const QString name = value(16).trimmed(); !name.isEmpty())
            tax.displayName = name;
        if (const Status valid = tax.validate(); !valid)
            return makeError(QStringLiteral("bad_option"), QStringLiteral("--tax-rates: ") + valid.error().message);
        b.tax = std::move(tax);
    } else if (!value(15).isEmpty() || !value(16).isEmpty()) {
        return makeError(QStringLiteral("bad_option"),
            QStringLiteral("--prices-include-tax and --tax-name need --tax-rates (the catalog's own tax object has "
                           "its own)."));
    }
    if (const QString cash = value(17); !cash.isEmpty()) {
        if (cash != QLatin1String("on") && cash != QLatin1String("off"))
            return makeError(QStringLiteral("bad_option"), QStringLiteral("--cash must be on or off."));
        b.payment.cashEnabled = cash == QLatin1String("on");
    }
    if (const QString rounding = value(18); !rounding.isEmpty()) {
        const Result<int> p = parseInt(QStringLiteral("cash-rounding"), rounding, 0, 100000);
        if (!p)
            return p.error();
        b.payment.cashRounding = p.value();
    }
    out.useSimulator = b.stripe.secretKey.isEmpty();
    b.enableJsonApi = true;
    if (!b.bindAddress.isLoopback() && b.apiToken.isEmpty())
        return makeError(QStringLiteral("token_required"),
            QStringLiteral("Listening on %1 (not loopback) requires --api-token or KIOSK_API_TOKEN.")
                .arg(b.bindAddress.toString()));
    return out;
}

} // namespace Kiosk
