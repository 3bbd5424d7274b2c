// SPDX-License-Identifier: MIT
#include "StripeSimulator.h"

#include "ApiError.h"
#include "CheckoutPage.h"
#include "ControlBody.h"
#include "FormDecoder.h"
#include "Server.h"
#include "TestCard.h"
#include "WebhookDispatcher.h"

#include "Clock.h"
#include "JsonText.h"
#include "Money.h"
#include "PrivateFiles.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

#include <map>
#include <set>
#include <vector>

namespace Kiosk::Sim {

using nlohmann::json;
using HttpRequest = Http::Request;
using HttpResponse = Http::Response;

namespace {

constexpr const char *kLatestVersion = "2026-10-28.endive";
constexpr qint64 kIdempotencyKeepSecs = 24 * 3600 + 3600;
/** 9999-12-31T23:59:59Z: the simulator clock never moves past it (QDateTime and Stripe timestamps stay sane). */
constexpr qint64 kLatestClockSecs = 253'402'300'799;

std::string u8(const QString &s)
{
    return s.toStdString();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::string out;
    out.reserve(size_t(length));
    for (int i = 0; i < length; ++i)
        out.push_back(alphabet[QRandomGenerator::global()->bounded(62)]);
    return out;
}

std::string newId(const char *prefix, int length = 24)
{
    return std::string(prefix) + randomToken(length);
}

ApiError invalid(const std::string &message, const std::string &param = {}, const std::string &code = {})
{
    ApiError e;
    e.message = message;
    e.param = param;
    e.code = code;
    return e;
}

ApiError missing(const std::string &param)
{
    return invalid("Missing required param: " + param + ".", param, "parameter_missing");
}

ApiError noSuch(const std::string &object, const std::string &id, const std::string &param = {}, int status = 404)
{
    ApiError e = invalid("No such " + object + ": '" + id + "'", param, "resource_missing");
    e.status = status;
    return e;
}

HttpResponse jsonResponse(int status, const json &body)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = JsonText::dump(body, 2);
    return r;
}

HttpResponse errorResponse(const ApiError &error)
{
    return jsonResponse(error.status, error.body());
}

HttpResponse htmlResponse(int status, const QByteArray &html)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    r.body = html;
    return r;
}

/** A non-empty string parameter, or nothing ("empty means unset"). */
std::optional<std::string> stringParam(const json &params, const char *key)
{
    if (!params.is_object() || !params.contains(key) || !params.at(key).is_string())
        return std::nullopt;
    const std::string value = params.at(key).get<std::string>();
    if (value.empty())
        return std::nullopt;
    return value;
}

/** Stripe's 400 parameter_unknown for the first parameter a route does not take. */
std::optional<ApiError> unknownParameter(const json &params, const std::set<std::string> &allowed)
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!allowed.count(it.key()))
            return invalid("Received unknown parameter: " + it.key(), it.key(), "parameter_unknown");
    }
    return std::nullopt;
}

/** The `expand[]` paths of a request (`expand=x` counts as one); an error when it is no list. */
Result<std::vector<std::string>> expandPaths(const json &params)
{
    std::vector<std::string> paths;
    if (!params.contains("expand"))
        return paths;
    const json &expand = params["expand"];
    if (expand.is_string()) {
        if (!expand.get<std::string>().empty())
            paths.push_back(expand.get<std::string>());
        return paths;
    }
    if (!expand.is_array())
        return makeError(QStringLiteral("expand"), QStringLiteral("Invalid array"));
    for (const json &e : expand) {
        if (!e.is_string())
            return makeError(QStringLiteral("expand"), QStringLiteral("Invalid array"));
        paths.push_back(e.get<std::string>());
    }
    return paths;
}

/** Stripe's 400 for an `expand[]` path the object does not offer. */
std::optional<ApiError> unexpandable(const json &params, const std::set<std::string> &expandable)
{
    const auto paths = expandPaths(params);
    if (!paths.ok())
        return invalid(u8(paths.error().message), u8(paths.error().code));
    for (const std::string &path : paths.value()) {
        if (!expandable.count(path))
            return invalid("This property cannot be expanded (" + path + ").");
    }
    return std::nullopt;
}

/** Month and four-digit year of an expiry as typed ("MM / YY" or "MM/YYYY"); the month unchecked. */
std::optional<std::pair<int, int>> cardExpiry(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(2).toInt();
    return std::make_pair(match.captured(1).toInt(), year < 100 ? year + 2000 : year);
}

/**
 * Why a list of payment method types (`payment_method_types` or, from 2026-09-30,
 * `allowed_payment_method_types`) is refused, if it is: each must be a type Checkout takes
 * (the request enum of the 2023-08-16 schema), and card among them, the one the page serves.
 */
std::optional<ApiError> refusedMethodTypes(const json &types, const std::string &param)
{
    static const std::vector<std::string> known { "acss_debit", "affirm", "afterpay_clearpay", "alipay",
        "au_becs_debit", "bacs_debit", "bancontact", "blik", "boleto", "card", "cashapp", "customer_balance", "eps",
        "fpx", "giropay", "grabpay", "ideal", "klarna", "konbini", "link", "oxxo", "p24", "paynow", "paypal", "pix",
        "promptpay", "sepa_debit", "sofort", "us_bank_account", "wechat_pay", "zip" };
    if (!types.is_array() || types.empty())
        return invalid("Invalid array", param);
    bool hasCard = false;
    for (size_t i = 0; i < types.size(); ++i) {
        const std::string where = param + "[" + std::to_string(i) + "]";
        if (!types[i].is_string()
            || std::find(known.begin(), known.end(), types[i].get<std::string>()) == known.end()) {
            std::string list;
            for (size_t k = 0; k < known.size(); ++k)
                list += (k == 0 ? "" : k + 1 == known.size() ? ", or " : ", ") + known[k];
            return invalid("Invalid " + where + ": must be one of " + list, where);
        }
        hasCard = hasCard || types[i] == "card";
    }
    if (!hasCard)
        return invalid("The simulator only supports the card payment method.", param);
    return std::nullopt;
}

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

/** What idempotency entries (and the state file) keep instead of the client's API key. */
std::string apiKeyHash(const QString &key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().toStdString();
}

bool parseInteger(const std::string &text, qint64 &out)
{
    bool ok = false;
    out = QString::fromStdString(text).toLongLong(&ok);
    return ok;
}

/** The open interval (gt, lt) of creation times a list's `created` filter lets through. */
struct CreatedRange
{
    qint64 gt = std::numeric_limits<qint64>::min();
    qint64 lt = std::numeric_limits<qint64>::max();
    [[nodiscard]] bool contains(qint64 t) const { return t > gt && t < lt; }
};

/** Reads `created` (an exact time, or `created[gt|gte|lt|lte]`) into `range`; Stripe's error if malformed. */
std::optional<ApiError> parseCreated(const json &params, CreatedRange &range)
{
    if (!params.contains("created"))
        return std::nullopt;
    const json &created = params["created"];
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    if (created.is_string()) {
        qint64 exact = 0;
        if (!parseInteger(created.get<std::string>(), exact))
            return invalid("Invalid integer: " + created.get<std::string>(), "created", "parameter_invalid_integer");
        range.gt = exact > lowest ? exact - 1 : exact;
        range.lt = exact < highest ? exact + 1 : exact;
        return std::nullopt;
    }
    if (!created.is_object())
        return invalid("Invalid integer", "created", "parameter_invalid_integer");
    for (auto it = created.begin(); it != created.end(); ++it) {
        const std::string name = "created[" + it.key() + "]";
        qint64 v = 0;
        if (!it.value().is_string() || !parseInteger(it.value().get<std::string>(), v))
            return invalid("Invalid integer", name, "parameter_invalid_integer");
        if (it.key() == "gt")
            range.gt = std::max(range.gt, v);
        else if (it.key() == "gte")
            range.gt = std::max(range.gt, v > lowest ? v - 1 : v);
        else if (it.key() == "lt")
            range.lt = std::min(range.lt, v);
        else if (it.key() == "lte")
            range.lt = std::min(range.lt, v < highest ? v + 1 : v);
        else
            return invalid("Received unknown parameter: " + name, name, "parameter_unknown");
    }
    return std::nullopt;
}

QString versionDate(const std::string &version)
{
    return QString::fromStdString(version).left(10);
}

bool isNewerOrEqual(const std::string &version, const char *date)
{
    return versionDate(version) >= QLatin1String(date);
}

std::string maskedKey(const QString &key)
{
    const int second = key.indexOf(QLatin1Char('_'), key.indexOf(QLatin1Char('_')) + 1);
    const QString prefix = second > 0 && second < 10 ? key.left(second + 1) : QString();
    return u8(prefix + QStringLiteral("****") + (key.size() > 12 ? key.right(4) : QString()));
}

QString moneyText(qint64 minor, const std::string &currency, const QLocale &locale)
{
    const auto money = Money::fromMinor(minor, QString::fromStdString(currency));
    if (!money.ok())
        return QString::number(minor) + QLatin1Char(' ') + QString::fromStdString(currency).toUpper();
    return money.value().format(locale);
}

const std::set<std::string> &knownLocales()
{
    static const std::set<std::string> locales { "auto", "bg", "cs", "da", "de", "el", "en", "en-GB", "es", "es-419",
        "et", "fi", "fil", "fr", "fr-CA", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl",
        "pt", "pt-BR", "ro", "ru", "sk", "sl", "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW" };
    return locales;
}

bool validEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

bool validUrl(const std::string &text)
{
    const QUrl url(QString::fromStdString(text), QUrl::TolerantMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct StripeSimulator::Private
{
    struct EventRecord
    {
        json event;
        int endpoints = 0;
        std::set<int> delivered;
        [[nodiscard]] int pending() const { return std::max(0, endpoints - int(delivered.size())); }
    };
    struct IdempotencyEntry
    {
        std::string fingerprint;
        bool inFlight = true;
        int status = 0;
        QByteArray body;
        QByteArray requestId;
        qint64 created = 0;
    };
    struct RequestContext
    {
        QByteArray requestId;
        std::string idempotencyKey;
        std::string version;
    };
    struct ApiResult
    {
        HttpResponse response;
        bool store = true; ///< kept for idempotent replays (false for validation failures)
    };
    struct PayInput
    {
        QString card;
        QString email;
        QString expiry;
        QString cvc;
        QString name;
        QString threeDSecure; ///< "", "complete" or "fail"
        bool async = false;
    };
    struct PayOutcome
    {
        enum class Kind { Paid, Processing, Declined, Invalid, RequiresAction, Closed, NotFound };
        Kind kind = Kind::NotFound;
        QString message;
        QString field;
        QString code;
        QString declineCode;
        QString authToken;
        int status = 200;
    };

    Private(StripeSimulator *owner, SimulatorOptions opts)
        : q(owner)
        , options(std::move(opts))
        , faults(options.faults)
    { }

    StripeSimulator *q;
    SimulatorOptions options;
    FaultConfig faults;
    OffsetClock clock;
    Http::Server *server = nullptr;
    WebhookDispatcher *dispatcher = nullptr;
    QTimer *expiryTimer = nullptr;
    QTimer *saveTimer = nullptr;
    QUrl base;

    std::map<std::string, json> sessions; // id → {session, line_items, internal}
    std::vector<std::string> sessionOrder;
    std::vector<EventRecord> events;
    std::map<std::string, size_t> eventIndex;
    std::map<std::string, IdempotencyEntry> idempotency;

    // --- plumbing -------------------------------------------------------------------------------
    void handle(const HttpRequest &request, const Http::Responder &connection);
    void handleApi(const HttpRequest &request, const QString &path, const QByteArray &requestId,
        const Http::Responder &connection);
    HttpResponse handleControl(const HttpRequest &request, const QString &path);
    HttpResponse handlePage(const HttpRequest &request, const QString &path);
    std::optional<ApiError> authenticate(const HttpRequest &request, QString &key) const;
    ApiResult route(const QByteArray &method, const QString &path, const json &params, const RequestContext &ctx);
    void scheduleSave();
    Status save() const;
    Status load();
    /** How far the clock may still move forward (it stops at kLatestClockSecs). */
    [[nodiscard]] qint64 maxClockAdvance() const { return kLatestClockSecs - clock.nowSecs(); }

    // --- resources ------------------------------------------------------------------------------
    ApiResult createSession(const json &params, const RequestContext &ctx);
    ApiResult retrieveSession(const std::string &id, const json &params);
    ApiResult expireSession(const std::string &id, const json &params, const RequestContext &ctx);
    ApiResult listLineItems(const std::string &id, const json &params);
    ApiResult listSessions(const json &params);
    ApiResult listEvents(const json &params);
    ApiResult retrieveEvent(const std::string &id);

    json *findSession(const std::string &id);
    void refresh(json &record);
    void sweepExpired();
    void expire(json &record, const RequestContext *ctx);
    json renderSession(const json &record, const json &expand) const;
    json lineItemList(const json &record, const json &items, bool hasMore) const;
    std::string createEvent(
        const std::string &type, const json &object, const RequestContext *ctx, const std::string &version);
    json renderEvent(const EventRecord &record) const;

    PayOutcome pay(const std::string &id, const PayInput &input);
    void completePayment(json &record, const PayInput &input);
    void recordDecline(json &record, const TestCard &card, const PayInput &input);
    json paymentIntentObject(const json &record, const json &lastError, const PayInput &input) const;
    json paymentMethodObject(const PayInput &input) const;
    HttpResponse pageFor(const std::string &id, const PayOutcome *outcome, const PayInput *typed);

    static Result<json> pageList(const std::vector<const json *> &newestFirst, const json &params,
        const std::string &url, const char *objectName);
};

// --- request plumbing ---------------------------------------------------------------------------

void StripeSimulator::Private::handle(const HttpRequest &request, const Http::Responder &connection)
{
    const QByteArray requestId = QByteArray::fromStdString(newId("req_", 14));
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
    // The method is a known RFC 9110 token here: kiosk_http refused anything else (400 in
    // Stripe's shape, see the refusal renderer in the constructor), so it is safe to echo.
    if (path.startsWith(QLatin1String("/v1/"))) {
        handleApi(request, path, requestId, connection);
        return;
    }
    HttpResponse response;
    if (path.startsWith(QLatin1String("/_sim/")))
        response = handleControl(request, path);
    else if (path.startsWith(QLatin1String("/c/pay/")))
        response = handlePage(request, path);
    else if (path == QLatin1String("/") || path == QLatin1String("/health"))
        response = jsonResponse(200, json { { "ok", true }, { "simulator", "stripe-sim" } });
    else
        response = errorResponse(noSuch("route", u8(path)));
    response.setHeader("Request-Id", requestId);
    connection.send(response);
}

std::optional<ApiError> StripeSimulator::Private::authenticate(const HttpRequest &request, QString &key) const
{
    const QByteArray header = request.header("authorization");
    if (header.startsWith("Bearer ") || header.startsWith("bearer ")) {
        key = QString::fromUtf8(header.mid(7).trimmed());
    } else if (header.startsWith("Basic ") || header.startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        key = QString::fromUtf8(decoded.left(decoded.indexOf(':') < 0 ? decoded.size() : decoded.indexOf(':')));
    }
    if (key.isEmpty()) {
        ApiError e = invalid("You did not provide an API key. You need to provide your API key in the Authorization "
                             "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
                             "https://stripe.com/docs/api#authentication for details, or we can help at "
                             "https://support.stripe.com/.");
        e.status = 401;
        return e;
    }
    static const QRegularExpression wellFormed(QStringLiteral("^sk_test_[A-Za-z0-9]{4,247}$"));
    const bool accepted = options.apiKey.isEmpty() ? wellFormed.match(key).hasMatch() : key == options.apiKey;
    if (!accepted) {
        ApiError e = invalid("Invalid API Key provided: " + maskedKey(key), {}, "api_key_invalid");
        e.status = 401;
        return e;
    }
    return std::nullopt;
}

void StripeSimulator::Private::handleApi(
    const HttpRequest &request, const QString &path, const QByteArray &requestId, const Http::Responder &connection)
{
    auto reply
        = [connection, requestId](HttpResponse response, const QList<QPair<QByteArray, QByteArray>> &extra = {}) {
              response.setHeader("Request-Id", requestId);
              response.setHeader("Stripe-Version", kLatestVersion);
              for (const auto &h : extra)
                  response.setHeader(h.first, h.second);
              connection.send(response);
          };

    QString apiKey;
    if (const auto authError = authenticate(request, apiKey)) {
        reply(errorResponse(*authError));
        return;
    }

    RequestContext ctx;
    ctx.requestId = requestId;
    // As text (bytes that are not UTF-8 become U+FFFD): it is echoed in errors and stored in events.
    const QByteArray versionHeader = request.header("stripe-version");
    ctx.version = versionHeader.isEmpty() ? std::string(kLatestVersion) : u8(QString::fromUtf8(versionHeader));
    static const QRegularExpression versionPattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(\\.[a-z]+)?$"));
    if (!versionPattern.match(QString::fromStdString(ctx.version)).hasMatch()) {
        reply(errorResponse(invalid("Invalid Stripe API version: " + ctx.version)));
        return;
    }

    const bool isPost = request.method == "POST";
    auto decoded = FormDecoder::decode(isPost ? request.body : request.query);
    if (!decoded.ok()) {
        reply(errorResponse(invalid(u8(decoded.error().message))));
        return;
    }
    json params = std::move(decoded).value();
    if (isPost && !request.query.isEmpty()) {
        auto fromQuery = FormDecoder::decode(request.query);
        if (!fromQuery.ok()) {
            reply(errorResponse(invalid(u8(fromQuery.error().message))));
            return;
        }
        for (auto it = fromQuery.value().begin(); it != fromQuery.value().end(); ++it) {
            if (!params.contains(it.key()))
                params[it.key()] = it.value();
        }
    }

    // Fault: fail the next N matching requests.
    bool dropAfterExecution = false;
    if (faults.failCount > 0 && (faults.failPath.isEmpty() || path.startsWith(faults.failPath))
        && (faults.failMethod.isEmpty() || faults.failMethod.compare(request.method, Qt::CaseInsensitive) == 0)) {
        --faults.failCount;
        if (faults.failMode == FaultConfig::FailMode::Drop) {
            connection.drop();
            return;
        }
        if (faults.failMode == FaultConfig::FailMode::Status) {
            ApiError e;
            e.status = faults.failStatus;
            if (faults.failStatus == 429) {
                e.code = "rate_limit";
                e.message = "Request rate limit exceeded. Learn more about rate limits here "
                            "https://stripe.com/docs/rate-limits.";
            } else {
                e.type = faults.failStatus >= 500 ? "api_error" : "invalid_request_error";
                e.message = "An unknown error occurred (injected by the simulator's fault injection).";
            }
            reply(errorResponse(e));
            return;
        }
        dropAfterExecution = true;
    }

    // Idempotency (POST only, scoped per API key).
    std::string storeKey;
    if (isPost && request.hasHeader("idempotency-key")) {
        const QByteArray rawKey = request.header("idempotency-key");
        ctx.idempotencyKey = rawKey.toStdString();
        if (ctx.idempotencyKey.empty() || ctx.idempotencyKey.size() > 255) {
            reply(errorResponse(
                invalid("Invalid idempotency key: must be between 1 and 255 characters.", "idempotency_key")));
            return;
        }
        if (!isUtf8(rawKey)) {
            reply(errorResponse(invalid("Invalid idempotency key: it must be valid UTF-8.", "idempotency_key")));
            return;
        }
        // Scoped per API key, but only a hash of the key is kept (in memory and in the state file).
        storeKey = apiKeyHash(apiKey) + '\n' + ctx.idempotencyKey;
        const std::string fingerprint
            = request.method.toStdString() + ' ' + u8(path) + ' ' + JsonText::dump(params).toStdString();
        const qint64 now = clock.nowSecs();
        for (auto it = idempotency.begin(); it != idempotency.end();) {
            if (!it->second.inFlight && now - it->second.created > kIdempotencyKeepSecs)
                it = idempotency.erase(it);
            else
                ++it;
        }
        const auto found = idempotency.find(storeKey);
        if (found != idempotency.end()) {
            const IdempotencyEntry &entry = found->second;
            if (entry.fingerprint != fingerprint) {
                ApiError e;
                e.type = "idempotency_error";
                e.message = "Keys for idempotent requests can only be used with the same parameters they were first "
                            "used with. Try using a key other than '"
                    + ctx.idempotencyKey
                    + "' if you meant to "
                      "execute a different request.";
                reply(errorResponse(e));
                return;
            }
            if (entry.inFlight) {
                ApiError e = invalid("There is currently another in-progress request using this Stripe token (probably "
                                     "the same idempotency key). Please try again later.",
                    {}, "idempotency_key_in_use");
                e.status = 409;
                reply(errorResponse(e), { { "Stripe-Should-Retry", "true" } });
                return;
            }
            HttpResponse replay;
            replay.status = entry.status;
            replay.setHeader("Content-Type", "application/json");
            replay.body = entry.body;
            reply(replay,
                { { "Idempotent-Replayed", "true" }, { "Original-Request", entry.requestId },
                    { "Idempotency-Key", QByteArray::fromStdString(ctx.idempotencyKey) } });
            return;
        }
        IdempotencyEntry entry;
        entry.fingerprint = fingerprint;
        entry.created = now;
        entry.requestId = requestId;
        idempotency[storeKey] = entry;
    }

    const QByteArray method = request.method;
    auto execute = [this, method, path, params, ctx, storeKey, dropAfterExecution, connection, reply]() {
        ApiResult result = route(method, path, params, ctx);
        if (!storeKey.empty()) {
            auto it = idempotency.find(storeKey);
            if (it != idempotency.end()) {
                if (result.store) {
                    it->second.inFlight = false;
                    it->second.status = result.response.status;
                    it->second.body = result.response.body;
                } else {
                    idempotency.erase(it);
                }
            }
            scheduleSave();
        }
        if (dropAfterExecution) {
            connection.drop();
            return;
        }
        QList<QPair<QByteArray, QByteArray>> extra;
        if (!ctx.idempotencyKey.empty())
            extra.append({ "Idempotency-Key", QByteArray::fromStdString(ctx.idempotencyKey) });
        reply(result.response, extra);
    };

    if (faults.delayMs > 0 && (faults.delayPath.isEmpty() || path.startsWith(faults.delayPath))) {
        const int delay = faults.delayMs;
        if (faults.delayCount > 0 && --faults.delayCount == 0)
            faults.delayMs = 0;
        QTimer::singleShot(delay, q, execute);
        return;
    }
    execute();
}

StripeSimulator::Private::ApiResult StripeSimulator::Private::route(
    const QByteArray &method, const QString &path, const json &params, const RequestContext &ctx)
{
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // v1, checkout, sessions, id, action
    const auto unrecognised = [&]() {
        ApiError e = invalid("Unrecognized request URL (" + method.toStdString() + ": " + u8(path)
            + "). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.");
        e.status = 404;
        return ApiResult { errorResponse(e), false };
    };
    // What each route takes and may expand: anything else is refused before the route runs, as
    // Stripe does. `payment_intent` is accepted but stays an id (no PaymentIntent object yet).
    static const std::set<std::string> sessionExpandable { "line_items", "payment_intent" };
    static const std::set<std::string> pageParams { "limit", "starting_after", "ending_before", "expand" };
    const auto checked = [&params](const std::set<std::string> &allowed, const std::set<std::string> &expandable,
                             auto &&run) -> ApiResult {
        auto error = unknownParameter(params, allowed);
        if (!error)
            error = unexpandable(params, expandable);
        if (error)
            return { errorResponse(*error), false };
        return run();
    };
    if (parts.size() >= 3 && parts.at(1) == QLatin1String("checkout") && parts.at(2) == QLatin1String("sessions")) {
        if (parts.size() == 3 && method == "POST") {
            // createSession refuses unknown parameters itself (their set depends on the version).
            if (const auto error = unexpandable(params, sessionExpandable))
                return { errorResponse(*error), false };
            return createSession(params, ctx);
        }
        if (parts.size() == 3 && method == "GET") {
            std::set<std::string> allowed = pageParams;
            allowed.insert({ "status", "payment_intent", "created", "customer", "customer_details", "payment_link",
                "subscription" });
            return checked(allowed, { "data.line_items", "data.payment_intent" }, [&] { return listSessions(params); });
        }
        const std::string id = parts.size() > 3 ? u8(parts.at(3)) : std::string();
        if (parts.size() == 4 && method == "GET")
            return checked({ "expand" }, sessionExpandable, [&] { return retrieveSession(id, params); });
        if (parts.size() == 5 && parts.at(4) == QLatin1String("expire") && method == "POST")
            return checked({ "expand" }, sessionExpandable, [&] { return expireSession(id, params, ctx); });
        if (parts.size() == 5 && parts.at(4) == QLatin1String("line_items") && method == "GET")
            return checked(pageParams, {}, [&] { return listLineItems(id, params); });
        return unrecognised();
    }
    if (parts.size() >= 2 && parts.at(1) == QLatin1String("events") && method == "GET") {
        if (parts.size() == 2) {
            std::set<std::string> allowed = pageParams;
            allowed.insert({ "type", "types", "created", "delivery_success" });
            return checked(allowed, {}, [&] { return listEvents(params); });
        }
        if (parts.size() == 3)
            return checked({ "expand" }, {}, [&] { return retrieveEvent(u8(parts.at(2))); });
    }
    return unrecognised();
}

void StripeSimulator::Private::scheduleSave()
{
    if (!options.statePath.isEmpty() && saveTimer && !saveTimer->isActive())
        saveTimer->start();
}

// --- sessions -----------------------------------------------------------------------------------

json *StripeSimulator::Private::findSession(const std::string &id)
{
    const auto it = sessions.find(id);
    if (it == sessions.end())
        return nullptr;
    refresh(it->second);
    return &it->second;
}

void StripeSimulator::Private::refresh(json &record)
{
    const json &session = record["session"];
    if (session["status"] == "open" && session["expires_at"].get<qint64>() <= clock.nowSecs())
        expire(record, nullptr);
}

void StripeSimulator::Private::sweepExpired()
{
    for (const std::string &id : sessionOrder)
        refresh(sessions[id]);
}

void StripeSimulator::Private::expire(json &record, const RequestContext *ctx)
{
    json &session = record["session"];
    session["status"] = "expired";
    session["url"] = nullptr;
    record["internal"]["auth"] = nullptr;
    createEvent("checkout.session.expired", session, ctx, record["internal"]["version"].get<std::string>());
    scheduleSave();
}

json StripeSimulator::Private::lineItemList(const json &record, const json &items, bool hasMore) const
{
    return json { { "object", "list" }, { "data", items }, { "has_more", hasMore },
        { "url", "/v1/checkout/sessions/" + record["session"]["id"].get<std::string>() + "/line_items" } };
}

json StripeSimulator::Private::renderSession(const json &record, const json &expand) const
{
    json session = record["session"];
    if (expand.is_array()) {
        for (const json &e : expand) {
            if (e == "line_items")
                session["line_items"] = lineItemList(record, record["line_items"], false);
        }
    }
    return session;
}

Result<json> StripeSimulator::Private::pageList(
    const std::vector<const json *> &newestFirst, const json &params, const std::string &url, const char *objectName)
{
    qint64 limit = 10;
    if (const auto text = stringParam(params, "limit")) {
        if (!parseInteger(*text, limit))
            return makeError(QStringLiteral("limit"), QStringLiteral("Invalid integer: %1").arg(qs(*text)));
        if (limit < 1)
            return makeError(QStringLiteral("limit"), QStringLiteral("This value must be greater than or equal to 1."));
        if (limit > 100)
            return makeError(QStringLiteral("limit"), QStringLiteral("This value must be less than or equal to 100."));
    }
    const auto after = stringParam(params, "starting_after");
    const auto before = stringParam(params, "ending_before");
    if (after && before)
        return makeError(QStringLiteral("ending_before"),
            QStringLiteral("You may only specify one of these parameters: ending_before, starting_after."));
    const auto indexOf = [&](const std::string &id) -> qsizetype {
        for (size_t i = 0; i < newestFirst.size(); ++i) {
            if ((*newestFirst[i])["id"] == id)
                return qsizetype(i);
        }
        return -1;
    };
    size_t from = 0;
    size_t to = newestFirst.size();
    bool hasMore = false;
    if (after || before) {
        const std::string cursor = after ? *after : *before;
        const qsizetype pos = indexOf(cursor);
        if (pos < 0)
            return makeError(QString::fromLatin1(after ? "starting_after" : "ending_before"),
                QStringLiteral("No such %1: '%2'").arg(QLatin1String(objectName), qs(cursor)));
        if (after) {
            from = size_t(pos) + 1;
            to = std::min(newestFirst.size(), from + size_t(limit));
            hasMore = to < newestFirst.size();
        } else {
            to = size_t(pos);
            from = to > size_t(limit) ? to - size_t(limit) : 0;
            hasMore = from > 0;
        }
    } else {
        to = std::min(newestFirst.size(), size_t(limit));
        hasMore = to < newestFirst.size();
    }
    json data = json::array();
    for (size_t i = from; i < to; ++i)
        data.push_back(*newestFirst[i]);
    return json { { "object", "list" }, { "data", data }, { "has_more", hasMore }, { "url", url } };
}

StripeSimulator::Private::ApiResult StripeSimulator::Private::createSession(
    const json &params, const RequestContext &ctx)
{
    static const std::set<std::string> allowed { "mode", "line_items", "success_url", "cancel_url", "customer_email",
        "client_reference_id", "metadata", "expires_at", "locale", "ui_mode", "payment_method_types", "expand",
        "payment_intent_data", "submit_type", "allowed_payment_method_types" };
    // From 2026-09-30 allowed_payment_method_types replaces payment_method_types.
    const std::string methodTypesParam
        = isNewerOrEqual(ctx.version, "2026-09-30") ? "allowed_payment_method_types" : "payment_method_types";
    const std::string replacedParam
        = methodTypesParam == "payment_method_types" ? "allowed_payment_method_types" : "payment_method_types";
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!allowed.count(it.key()) || it.key() == replacedParam)
            return { errorResponse(invalid("Received unknown parameter: " + it.key(), it.key(), "parameter_unknown")),
                false };
    }
    const auto fail = [](const ApiError &e) { return ApiResult { errorResponse(e), false }; };

    const auto mode = stringParam(params, "mode");
    if (!mode)
        return fail(missing("mode"));
    if (*mode != "payment") {
        if (*mode == "setup" || *mode == "subscription")
            return fail(invalid("The simulator only supports mode=payment.", "mode"));
        return fail(invalid("Invalid mode: must be one of payment, setup, or subscription", "mode"));
    }

    const bool newUiModes = isNewerOrEqual(ctx.version, "2026-03-25");
    const std::string hostedValue = newUiModes ? "hosted_page" : "hosted";
    if (const auto uiMode = stringParam(params, "ui_mode")) {
        const std::set<std::string> values = newUiModes
            ? std::set<std::string> { "hosted_page", "embedded_page", "elements", "form" }
            : std::set<std::string> { "hosted", "embedded", "custom" };
        if (!values.count(*uiMode))
            return fail(
                invalid(newUiModes ? "Invalid ui_mode: must be one of hosted_page, embedded_page, elements, or form"
                                   : "Invalid ui_mode: must be one of hosted, embedded, or custom",
                    "ui_mode"));
        if (*uiMode != hostedValue)
            return fail(
                invalid("The simulator only serves the hosted payment page (ui_mode=" + hostedValue + ").", "ui_mode"));
    }
    json methodTypes = json::array({ "card" });
    if (params.contains(methodTypesParam)) {
        if (const auto error = refusedMethodTypes(params[methodTypesParam], methodTypesParam))
            return fail(*error);
        methodTypes = params[methodTypesParam];
    }

    const auto successUrl = stringParam(params, "success_url");
    if (!successUrl)
        return fail(missing("success_url"));
    for (const char *key : { "success_url", "cancel_url" }) {
        if (const auto url = stringParam(params, key)) {
            if (url->size() > 5000)
                return fail(invalid("Invalid URL: URL must be 5000 characters or less.", key, "url_invalid"));
            if (!validUrl(*url))
                return fail(invalid("Not a valid URL", key, "url_invalid"));
        }
    }
    const auto email = stringParam(params, "customer_email");
    if (email && !validEmail(qs(*email)))
        return fail(invalid("Invalid email address: " + *email, "customer_email", "email_invalid"));
    const auto reference = stringParam(params, "client_reference_id");
    if (reference && QString::fromStdString(*reference).size() > 200)
        return fail(invalid("Invalid string: must be at most 200 characters", "client_reference_id"));
    const auto locale = stringParam(params, "locale");
    if (locale && !knownLocales().count(*locale))
        return fail(invalid("Invalid locale: " + *locale + " is not a supported Checkout locale", "locale"));
    static const std::set<std::string> submitTypes { "auto", "book", "donate", "pay", "subscribe" };
    const auto submitType = stringParam(params, "submit_type");
    if (submitType && !submitTypes.count(*submitType))
        return fail(
            invalid("Invalid submit_type: must be one of auto, book, donate, pay, or subscribe", "submit_type"));

    json metadata = json::object();
    if (params.contains("metadata")) {
        const json &m = params["metadata"];
        if (m.is_string() && m.get<std::string>().empty()) {
            // empty value unsets
        } else if (!m.is_object()) {
            return fail(invalid("Invalid object", "metadata"));
        } else {
            if (m.size() > 50)
                return fail(invalid("Invalid metadata: metadata may have at most 50 keys.", "metadata"));
            for (auto it = m.begin(); it != m.end(); ++it) {
                const QString key = qs(it.key());
                if (key.size() > 40)
                    return fail(invalid("Metadata keys can have up to 40 characters: " + it.key(), "metadata"));
                if (!it.value().is_string())
                    return fail(invalid("Invalid metadata value for key " + it.key() + ": must be a string",
                        "metadata[" + it.key() + "]"));
                const QString value = qs(it.value().get<std::string>());
                if (value.size() > 500)
                    return fail(
                        invalid("Metadata values can have up to 500 characters, but you passed in a value that is "
                                + std::to_string(value.size()) + " characters.",
                            "metadata[" + it.key() + "]"));
                if (!value.isEmpty())
                    metadata[it.key()] = it.value();
            }
        }
    }

    const qint64 now = clock.nowSecs();
    qint64 expiresAt = now + 24 * 3600;
    if (const auto text = stringParam(params, "expires_at")) {
        if (!parseInteger(*text, expiresAt))
            return fail(invalid("Invalid integer: " + *text, "expires_at", "parameter_invalid_integer"));
        if (expiresAt < now + 30 * 60)
            return fail(
                invalid("The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.",
                    "expires_at"));
        if (expiresAt > now + 24 * 3600)
            return fail(invalid(
                "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.", "expires_at"));
    }

    // Line items.
    if (!params.contains("line_items")
        || (params["line_items"].is_string() && params["line_items"].get<std::string>().empty()))
        return fail(missing("line_items"));
    const json &lineItems = params["line_items"];
    if (!lineItems.is_array() || lineItems.empty())
        return fail(invalid("Invalid array", "line_items"));
    if (lineItems.size() > 100)
        return fail(invalid("You may only specify up to 100 line items.", "line_items"));
    json items = json::array();
    json pageItems = json::array();
    std::optional<Currency> currency;
    std::optional<Money> total;
    for (size_t i = 0; i < lineItems.size(); ++i) {
        const std::string p = "line_items[" + std::to_string(i) + "]";
        const json &item = lineItems[i];
        if (!item.is_object())
            return fail(invalid("Invalid object", p));
        for (auto it = item.begin(); it != item.end(); ++it) {
            static const std::set<std::string> itemKeys { "quantity", "price_data", "price", "adjustable_quantity" };
            if (!itemKeys.count(it.key()))
                return fail(invalid("Received unknown parameter: " + p + "[" + it.key() + "]", p + "[" + it.key() + "]",
                    "parameter_unknown"));
        }
        if (const auto price = stringParam(item, "price"))
            return fail(noSuch("price", *price, p + "[price]", 400));
        if (!item.contains("price_data"))
            return fail(invalid("You must specify either `price` or `price_data` in each line item.", p));
        const json &priceData = item["price_data"];
        if (!priceData.is_object())
            return fail(invalid("Invalid object", p + "[price_data]"));
        const auto quantityText = stringParam(item, "quantity");
        if (!quantityText)
            return fail(missing(p + "[quantity]"));
        qint64 quantity = 0;
        if (!parseInteger(*quantityText, quantity))
            return fail(invalid("Invalid integer: " + *quantityText, p + "[quantity]", "parameter_invalid_integer"));
        if (quantity < 1)
            return fail(invalid("This value must be greater than or equal to 1.", p + "[quantity]"));
        if (quantity > 999'999)
            return fail(invalid("This value must be less than or equal to 999999.", p + "[quantity]"));

        const auto currencyText = stringParam(priceData, "currency");
        if (!currencyText)
            return fail(missing(p + "[price_data][currency]"));
        const auto found = Currency::fromCode(qs(*currencyText));
        if (!found.ok() || qs(*currencyText) != found.value().stripeCode()) {
            QStringList codes;
            for (const Currency &c : Currency::all())
                codes << c.stripeCode();
            return fail(invalid("Invalid currency: " + *currencyText
                    + ". Stripe currently supports these currencies: " + u8(codes.join(QStringLiteral(", "))),
                p + "[price_data][currency]"));
        }
        if (currency && *currency != found.value())
            return fail(invalid("All line items must use the same currency (" + u8(currency->stripeCode()) + ").",
                p + "[price_data][currency]"));
        currency = found.value();

        qint64 unitAmount = 0;
        const auto unitText = stringParam(priceData, "unit_amount");
        const auto unitDecimal = stringParam(priceData, "unit_amount_decimal");
        if (unitText && unitDecimal)
            return fail(invalid("You may only specify one of these parameters: unit_amount, unit_amount_decimal.",
                p + "[price_data][unit_amount_decimal]"));
        if (unitText) {
            if (!parseInteger(*unitText, unitAmount))
                return fail(invalid(
                    "Invalid integer: " + *unitText, p + "[price_data][unit_amount]", "parameter_invalid_integer"));
        } else if (unitDecimal) {
            static const QRegularExpression integral(QStringLiteral("^(\\d+)(\\.0*)?$"));
            const auto match = integral.match(qs(*unitDecimal));
            if (!match.hasMatch() || !parseInteger(u8(match.captured(1)), unitAmount))
                return fail(invalid("Invalid decimal: " + *unitDecimal
                        + " (the simulator only accepts whole minor units in unit_amount_decimal)",
                    p + "[price_data][unit_amount_decimal]"));
        } else {
            return fail(missing(p + "[price_data][unit_amount]"));
        }
        if (unitAmount < 0)
            return fail(invalid("This value must be greater than or equal to 0.", p + "[price_data][unit_amount]"));

        const json productData = priceData.contains("product_data") ? priceData["product_data"] : json();
        if (const auto product = stringParam(priceData, "product"))
            return fail(noSuch("product", *product, p + "[price_data][product]", 400));
        if (!productData.is_object())
            return fail(missing(p + "[price_data][product_data]"));
        const auto name = stringParam(productData, "name");
        if (!name)
            return fail(missing(p + "[price_data][product_data][name]"));
        json images = json::array();
        if (productData.contains("images")) {
            const json &img = productData["images"];
            if (!img.is_array())
                return fail(invalid("Invalid array", p + "[price_data][product_data][images]"));
            if (img.size() > 8)
                return fail(invalid("You may only specify up to 8 images.", p + "[price_data][product_data][images]"));
            for (const json &url : img) {
                if (url.is_string() && !url.get<std::string>().empty())
                    images.push_back(url);
            }
        }
        const auto description = stringParam(productData, "description");

        const auto lineTotal = Money(unitAmount, *currency).times(quantity);
        if (!lineTotal.ok())
            return fail(invalid("Amount must be no more than the maximum charge", p, "amount_too_large"));
        if (!total) {
            total = lineTotal.value();
        } else {
            const auto sum = total->plus(lineTotal.value());
            if (!sum.ok())
                return fail(
                    invalid("Amount must be no more than the maximum charge", "line_items", "amount_too_large"));
            total = sum.value();
        }
        const std::string code = u8(currency->stripeCode());
        json price
            = { { "id", newId("price_") }, { "object", "price" }, { "active", false }, { "billing_scheme", "per_unit" },
                  { "created", now }, { "currency", code }, { "custom_unit_amount", nullptr }, { "livemode", false },
                  { "lookup_key", nullptr }, { "metadata", json::object() }, { "nickname", nullptr },
                  { "product", newId("prod_", 14) }, { "recurring", nullptr }, { "tax_behavior", "unspecified" },
                  { "tiers_mode", nullptr }, { "transform_quantity", nullptr }, { "type", "one_time" },
                  { "unit_amount", unitAmount }, { "unit_amount_decimal", std::to_string(unitAmount) } };
        items.push_back(json { { "id", newId("li_") }, { "object", "item" }, { "amount_discount", 0 },
            { "amount_subtotal", lineTotal.value().minorUnits() }, { "amount_tax", 0 },
            { "amount_total", lineTotal.value().minorUnits() }, { "currency", code }, { "description", *name },
            { "metadata", json::object() }, { "price", price }, { "quantity", quantity } });
        pageItems.push_back(
            json { { "name", *name }, { "description", description.value_or("") }, { "images", images } });
    }
    if (const auto valid = total->validateCharge(); !valid.ok())
        return fail(invalid(u8(valid.error().message), "line_items", u8(valid.error().code)));

    const std::string id = "cs_test_" + randomToken(58);
    json session = {
        { "id", id },
        { "object", "checkout.session" },
        { "adaptive_pricing", json { { "enabled", false } } },
        { "after_expiration", nullptr },
        { "allow_promotion_codes", nullptr },
        { "amount_subtotal", total->minorUnits() },
        { "amount_total", total->minorUnits() },
        { "automatic_tax",
            json { { "enabled", false }, { "liability", nullptr }, { "provider", nullptr }, { "status", nullptr } } },
        { "billing_address_collection", nullptr },
        { "cancel_url", stringParam(params, "cancel_url") ? json(*stringParam(params, "cancel_url")) : json() },
        { "client_reference_id", reference ? json(*reference) : json() },
        { "client_secret", nullptr },
        { "collected_information", nullptr },
        { "consent", nullptr },
        { "consent_collection", nullptr },
        { "created", now },
        { "currency", u8(currency->stripeCode()) },
        { "currency_conversion", nullptr },
        { "custom_fields", json::array() },
        { "custom_text",
            json { { "after_submit", nullptr }, { "shipping_address", nullptr }, { "submit", nullptr },
                { "terms_of_service_acceptance", nullptr } } },
        { "customer", nullptr },
        { "customer_creation", "if_required" },
        { "customer_details", nullptr },
        { "customer_email", email ? json(*email) : json() },
        { "discounts", json::array() },
        { "expires_at", expiresAt },
        { "invoice", nullptr },
        { "invoice_creation",
            json { { "enabled", false },
                { "invoice_data",
                    json { { "account_tax_ids", nullptr }, { "custom_fields", nullptr }, { "description", nullptr },
                        { "footer", nullptr }, { "issuer", nullptr }, { "metadata", json::object() },
                        { "rendering_options", nullptr } } } } },
        { "livemode", false },
        { "locale", locale ? json(*locale) : json() },
        { "metadata", metadata },
        { "mode", "payment" },
        { "origin_context", nullptr },
        { "payment_intent", nullptr },
        { "payment_link", nullptr },
        { "payment_method_collection", "if_required" },
        { "payment_method_configuration_details", nullptr },
        { "payment_method_options", json { { "card", json { { "request_three_d_secure", "automatic" } } } } },
        { "payment_method_types", methodTypes },
        { "payment_status", "unpaid" },
        { "permissions", nullptr },
        { "phone_number_collection", json { { "enabled", false } } },
        { "recovered_from", nullptr },
        { "saved_payment_method_options", nullptr },
        { "setup_intent", nullptr },
        { "shipping_address_collection", nullptr },
        { "shipping_cost", nullptr },
        { "shipping_details", nullptr },
        { "shipping_options", json::array() },
        { "status", "open" },
        { "submit_type", submitType ? json(*submitType) : json() },
        { "subscription", nullptr },
        { "success_url", *successUrl },
        { "total_details", json { { "amount_discount", 0 }, { "amount_shipping", 0 }, { "amount_tax", 0 } } },
        { "ui_mode", hostedValue },
        { "url", u8(base.toString(QUrl::StripTrailingSlash)) + "/c/pay/" + id },
        { "wallet_options", nullptr },
    };
    json piMetadata = json::object();
    if (params.contains("payment_intent_data") && params["payment_intent_data"].is_object()
        && params["payment_intent_data"].contains("metadata") && params["payment_intent_data"]["metadata"].is_object())
        piMetadata = params["payment_intent_data"]["metadata"];
    json record = { { "session", session }, { "line_items", items },
        { "internal",
            json { { "version", ctx.version }, { "page_items", pageItems }, { "payment_intent", newId("pi_") },
                { "pi_metadata", piMetadata }, { "async_pending", false }, { "auth", nullptr } } } };
    sessions[id] = record;
    sessionOrder.push_back(id);
    scheduleSave();
    const json expand = params.contains("expand") ? params["expand"] : json();
    return { jsonResponse(200, renderSession(record, expand)), true };
}

StripeSimulator::Private::ApiResult StripeSimulator::Private::retrieveSession(const std::string &id, const json &params)
{
    json *record = findSession(id);
    if (!record)
        return { errorResponse(noSuch("checkout.session", id, "session")), false };
    json expand = params.contains("expand") ? params["expand"] : json();
    if (expand.is_string())
        expand = json::array({ expand });
    return { jsonResponse(200, renderSession(*record, expand)), true };
}

StripeSimulator::Private::ApiResult StripeSimulator::Private::expireSession(
    const std::string &id, const json &params, const RequestContext &ctx)
{
    json *record = findSession(id);
    if (!record)
        return { errorResponse(noSuch("checkout.session", id, "session")), false };
    const std::string status = (*record)["session"]["status"].get<std::string>();
    if (status != "open")
        return { errorResponse(
                     invalid("Only Checkout Sessions with a status in [\"open\"] can be expired. This Checkout "
                             "Session has a status of `"
                         + status + "`.")),
            true };
    expire(*record, &ctx);
    return { jsonResponse(200, renderSession(*record, params.contains("expand") ? params["expand"] : json())), true };
}

StripeSimulator::Private::ApiResult StripeSimulator::Private::listLineItems(const std::string &id, const json &params)
{
    json *record = findSession(id);
    if (!record)
        return { errorResponse(noSuch("checkout.session", id, "session")), false };
    // Line items are listed in the order they were given.
    std::vector<const json *> ordered;
    for (const json &item : (*record)["line_items"])
        ordered.push_back(&item);
    auto page = pageList(ordered, params, "/v1/checkout/sessions/" + id + "/line_items", "item");
    if (!page.ok())
        return { errorResponse(invalid(u8(page.error().message), u8(page.error().code))), false };
    return { jsonResponse(200, page.value()), true };
}

StripeSimulator::Private::ApiResult StripeSimulator::Private::listSessions(const json &params)
{
    sweepExpired();
    const auto fail = [](const ApiError &e) { return ApiResult { errorResponse(e), false }; };
    // Filters that compare one field of the session with the given id or value.
    std::vector<std::pair<std::string, std::string>> equal;
    for (const char *field : { "status", "payment_intent", "customer", "payment_link", "subscription" }) {
        if (const auto value = stringParam(params, field))
            equal.emplace_back(field, *value);
    }
    std::optional<std::string> email;
    if (params.contains("customer_details")) {
        const json &details = params["customer_details"];
        if (!details.is_object())
            return fail(invalid("Invalid object", "customer_details"));
        for (auto it = details.begin(); it != details.end(); ++it) {
            if (it.key() != "email")
                return fail(invalid("Received unknown parameter: customer_details[" + it.key() + "]",
                    "customer_details[" + it.key() + "]", "parameter_unknown"));
        }
        email = stringParam(details, "email");
        if (!email)
            return fail(missing("customer_details[email]"));
    }
    CreatedRange range;
    if (const auto error = parseCreated(params, range))
        return fail(*error);
    bool expandItems = false;
    if (params.contains("expand") && params["expand"].is_array()) {
        for (const json &e : params["expand"])
            expandItems = expandItems || e == "data.line_items";
    }
    std::vector<json> rendered;
    for (auto it = sessionOrder.rbegin(); it != sessionOrder.rend(); ++it) {
        const json &record = sessions[*it];
        const json &session = record["session"];
        const bool matches = std::all_of(
            equal.begin(), equal.end(), [&](const auto &filter) { return session[filter.first] == filter.second; });
        if (!matches || !range.contains(session["created"].get<qint64>()))
            continue;
        if (email && (!session["customer_details"].is_object() || session["customer_details"]["email"] != *email))
            continue;
        rendered.push_back(renderSession(record, expandItems ? json::array({ "line_items" }) : json()));
    }
    std::vector<const json *> pointers;
    for (const json &s : rendered)
        pointers.push_back(&s);
    auto page = pageList(pointers, params, "/v1/checkout/sessions", "checkout.session");
    if (!page.ok())
        return { errorResponse(invalid(u8(page.error().message), u8(page.error().code))), false };
    return { jsonResponse(200, page.value()), true };
}

// --- events -------------------------------------------------------------------------------------

std::string StripeSimulator::Private::createEvent(
    const std::string &type, const json &object, const RequestContext *ctx, const std::string &version)
{
    EventRecord record;
    const std::string id = newId("evt_");
    record.endpoints = dispatcher->endpointCount();
    record.event = { { "id", id }, { "object", "event" }, { "api_version", version }, { "created", clock.nowSecs() },
        { "data", json { { "object", object } } }, { "livemode", false }, { "pending_webhooks", record.endpoints },
        { "request",
            json { { "id", ctx ? json(ctx->requestId.toStdString()) : json() },
                { "idempotency_key", ctx && !ctx->idempotencyKey.empty() ? json(ctx->idempotencyKey) : json() } } },
        { "type", type } };
    eventIndex[id] = events.size();
    events.push_back(record);
    scheduleSave();
    Q_EMIT q->eventCreated(qs(id), qs(type));
    dispatcher->enqueue(qs(id), JsonText::dump(record.event, 2));
    return id;
}

json StripeSimulator::Private::renderEvent(const EventRecord &record) const
{
    json event = record.event;
    event["pending_webhooks"] = record.pending();
    return event;
}

StripeSimulator::Private::ApiResult StripeSimulator::Private::retrieveEvent(const std::string &id)
{
    const auto it = eventIndex.find(id);
    if (it == eventIndex.end())
        return { errorResponse(noSuch("event", id, "id")), false };
    return { jsonResponse(200, renderEvent(events[it->second])), true };
}

StripeSimulator::Private::ApiResult StripeSimulator::Private::listEvents(const json &params)
{
    sweepExpired();
    const auto fail = [](const ApiError &e) { return ApiResult { errorResponse(e), false }; };
    const auto type = stringParam(params, "type");
    std::vector<std::string> types;
    if (params.contains("types")) {
        if (type)
            return fail(invalid("You may only specify one of these parameters: type, types.", "types"));
        const json &t = params["types"];
        if (!t.is_array())
            return fail(invalid("Invalid array", "types"));
        if (t.size() > 20)
            return fail(invalid("You may pass up to 20 types.", "types"));
        for (const json &v : t)
            types.push_back(v.is_string() ? v.get<std::string>() : std::string());
    } else if (type) {
        types.push_back(*type);
    }
    const auto typeMatches = [&](const std::string &eventType) {
        if (types.empty())
            return true;
        for (const std::string &pattern : types) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(
                QRegularExpression::escape(qs(pattern)).replace(QStringLiteral("\\*"), QStringLiteral(".*"))));
            if (re.match(qs(eventType)).hasMatch())
                return true;
        }
        return false;
    };
    CreatedRange range;
    if (const auto error = parseCreated(params, range))
        return fail(*error);
    std::optional<bool> deliverySuccess;
    if (const auto ds = stringParam(params, "delivery_success")) {
        if (*ds != "true" && *ds != "false")
            return fail(invalid("Invalid boolean: " + *ds, "delivery_success"));
        deliverySuccess = *ds == "true";
    }
    std::vector<json> rendered;
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        const qint64 created = it->event["created"].get<qint64>();
        if (!range.contains(created) || !typeMatches(it->event["type"].get<std::string>()))
            continue;
        if (deliverySuccess && (it->pending() == 0) != *deliverySuccess)
            continue;
        rendered.push_back(renderEvent(*it));
    }
    // Newest first; events of the same second stay in reverse creation order.
    std::stable_sort(rendered.begin(), rendered.end(),
        [](const json &a, const json &b) { return a["created"].get<qint64>() > b["created"].get<qint64>(); });
    std::vector<const json *> pointers;
    for (const json &e : rendered)
        pointers.push_back(&e);
    auto page = pageList(pointers, params, "/v1/events", "event");
    if (!page.ok())
        return fail(invalid(u8(page.error().message), u8(page.error().code)));
    return { jsonResponse(200, page.value()), true };
}

// --- payments -----------------------------------------------------------------------------------

json StripeSimulator::Private::paymentIntentObject(
    const json &record, const json &lastError, const PayInput &input) const
{
    const json &session = record["session"];
    // Exactly the payment_intent_data[metadata] of the session: Stripe adds nothing to it.
    const json &metadata = record["internal"]["pi_metadata"];
    return json { { "id", record["internal"]["payment_intent"] }, { "object", "payment_intent" },
        { "amount", session["amount_total"] }, { "amount_capturable", 0 }, { "amount_received", 0 },
        { "capture_method", "automatic_async" }, { "confirmation_method", "automatic" }, { "created", clock.nowSecs() },
        { "currency", session["currency"] }, { "customer", nullptr }, { "description", nullptr },
        { "last_payment_error", lastError }, { "livemode", false }, { "metadata", metadata },
        { "payment_method", nullptr }, { "payment_method_types", json::array({ "card" }) },
        { "receipt_email", input.email.isEmpty() ? json() : json(u8(input.email)) },
        { "status", "requires_payment_method" } };
}

json StripeSimulator::Private::paymentMethodObject(const PayInput &input) const
{
    QString digits = input.card;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const auto expiry = cardExpiry(input.expiry); // validated before any charge is tried
    // Every field the schema requires of a card payment_method; Stripe's test cards are credit cards.
    return json { { "id", newId("pm_") }, { "object", "payment_method" },
        { "billing_details",
            json { { "address",
                       json { { "city", nullptr }, { "country", nullptr }, { "line1", nullptr }, { "line2", nullptr },
                           { "postal_code", nullptr }, { "state", nullptr } } },
                { "email", input.email.isEmpty() ? json() : json(u8(input.email)) },
                { "name", input.name.isEmpty() ? json() : json(u8(input.name)) }, { "phone", nullptr } } },
        { "card",
            json { { "brand", "visa" }, { "exp_month", expiry ? expiry->first : 0 },
                { "exp_year", expiry ? expiry->second : 0 }, { "funding", "credit" },
                { "last4", u8(digits.right(4)) } } },
        { "created", clock.nowSecs() }, { "customer", nullptr }, { "livemode", false }, { "metadata", json::object() },
        { "type", "card" } };
}

void StripeSimulator::Private::recordDecline(json &record, const TestCard &card, const PayInput &input)
{
    json error = { { "type", "card_error" }, { "code", u8(card.code) },
        { "doc_url", "https://stripe.com/docs/error-codes/" + u8(card.code) }, { "message", u8(card.message) },
        { "payment_method", paymentMethodObject(input) } };
    if (!card.declineCode.isEmpty())
        error["decline_code"] = u8(card.declineCode);
    createEvent("payment_intent.payment_failed", paymentIntentObject(record, error, input), nullptr,
        record["internal"]["version"].get<std::string>());
}

void StripeSimulator::Private::completePayment(json &record, const PayInput &input)
{
    json &session = record["session"];
    session["status"] = "complete";
    session["payment_status"] = input.async ? "unpaid" : "paid";
    session["payment_intent"] = record["internal"]["payment_intent"];
    session["url"] = nullptr;
    session["customer_details"]
        = json { { "address",
                     json { { "city", nullptr }, { "country", nullptr }, { "line1", nullptr }, { "line2", nullptr },
                         { "postal_code", nullptr }, { "state", nullptr } } },
              { "business_name", nullptr }, { "email", u8(input.email) }, { "individual_name", nullptr },
              { "name", input.name.isEmpty() ? json() : json(u8(input.name)) }, { "phone", nullptr },
              { "tax_exempt", "none" }, { "tax_ids", json::array() } };
    record["internal"]["async_pending"] = input.async;
    record["internal"]["auth"] = nullptr;
    createEvent("checkout.session.completed", session, nullptr, record["internal"]["version"].get<std::string>());
    scheduleSave();
    Q_EMIT q->sessionCompleted(qs(session["id"].get<std::string>()));
}

StripeSimulator::Private::PayOutcome StripeSimulator::Private::pay(const std::string &id, const PayInput &input)
{
    using Kind = PayOutcome::Kind;
    PayOutcome out;
    json *record = findSession(id);
    if (!record) {
        out.kind = Kind::NotFound;
        out.status = 404;
        out.message = QStringLiteral("This checkout page does not exist.");
        return out;
    }
    const std::string status = (*record)["session"]["status"].get<std::string>();
    if (status != "open") {
        out.kind = Kind::Closed;
        out.status = status == "expired" ? 410 : 409;
        out.message = status == "expired" ? QStringLiteral("This checkout session has expired. Nothing was charged; "
                                                           "please start a new checkout.")
                                          : QStringLiteral("This checkout session is already complete; it cannot be "
                                                           "paid again.");
        return out;
    }
    const auto invalidField = [&](const char *field, const QString &message) {
        out.kind = Kind::Invalid;
        out.status = 400;
        out.field = QString::fromLatin1(field);
        out.message = message;
        return out;
    };
    const QString email = input.email.trimmed();
    if (email.isEmpty())
        return invalidField("email", QStringLiteral("Your email is incomplete."));
    if (!validEmail(email))
        return invalidField("email", QStringLiteral("Your email address is invalid."));
    QString digits = input.card;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression allDigits(QStringLiteral("^\\d*$"));
    if (!allDigits.match(digits).hasMatch())
        return invalidField("cardNumber", QStringLiteral("Your card number is invalid."));
    if (digits.size() < 12 || digits.size() > 19)
        return invalidField("cardNumber", QStringLiteral("Your card number is incomplete."));
    const auto expiry = cardExpiry(input.expiry);
    if (!expiry)
        return invalidField("cardExpiry", QStringLiteral("Your card's expiration date is incomplete."));
    const auto [month, year] = *expiry;
    if (month < 1 || month > 12)
        return invalidField("cardExpiry", QStringLiteral("Your card's expiration date is invalid."));
    const QDate today = clock.now().date();
    if (year < today.year())
        return invalidField("cardExpiry", QStringLiteral("Your card's expiration year is in the past."));
    if (year == today.year() && month < today.month())
        return invalidField("cardExpiry", QStringLiteral("Your card's expiration date is in the past."));
    static const QRegularExpression cvcPattern(QStringLiteral("^\\d{3,4}$"));
    if (!cvcPattern.match(input.cvc.trimmed()).hasMatch())
        return invalidField("cardCvc", QStringLiteral("Your card's security code is incomplete."));

    PayInput normalised = input;
    normalised.email = email;
    normalised.card = digits;
    TestCard card = TestCard::forNumber(digits);
    if (card.requiresAuthentication) {
        if (input.threeDSecure.isEmpty()) {
            const std::string token = newId("payatt_", 20);
            (*record)["internal"]["auth"]
                = json { { "token", token }, { "card", u8(digits) }, { "email", u8(email) }, { "name", u8(input.name) },
                      { "expiry", u8(input.expiry) }, { "cvc", u8(input.cvc) }, { "async", input.async } };
            scheduleSave();
            out.kind = Kind::RequiresAction;
            out.authToken = qs(token);
            out.message = QStringLiteral("Your bank asks you to authenticate this payment.");
            return out;
        }
        (*record)["internal"]["auth"] = nullptr;
        if (input.threeDSecure != QLatin1String("complete"))
            card = TestCard::authenticationFailure();
    }
    if (card.outcome == TestCard::Outcome::Decline) {
        recordDecline(*record, card, normalised);
        out.kind = Kind::Declined;
        out.status = 402;
        out.field = card.code == QLatin1String("incorrect_number") ? QStringLiteral("cardNumber")
            : card.code == QLatin1String("incorrect_cvc")          ? QStringLiteral("cardCvc")
                                                                   : QString();
        out.code = card.code;
        out.declineCode = card.declineCode;
        out.message = card.message;
        return out;
    }
    completePayment(*record, normalised);
    out.kind = input.async ? Kind::Processing : Kind::Paid;
    out.status = 200;
    return out;
}

// --- hosted page --------------------------------------------------------------------------------

HttpResponse StripeSimulator::Private::pageFor(const std::string &id, const PayOutcome *outcome, const PayInput *typed)
{
    CheckoutPage::Model model;
    model.merchantName = options.merchantName;
    model.sessionId = qs(id);
    json *record = findSession(id);
    if (!record) {
        model.view = CheckoutPage::View::Closed;
        model.closedTitle = QStringLiteral("Page not found");
        model.closedMessage = QStringLiteral("This checkout page does not exist. Ask staff to start a new checkout.");
        model.total = QStringLiteral("—");
        return htmlResponse(404, CheckoutPage::render(model));
    }
    const json &session = (*record)["session"];
    const std::string localeName = session["locale"].is_string() && session["locale"] != "auto"
        ? session["locale"].get<std::string>()
        : std::string("en");
    const QLocale locale(qs(localeName) == QLatin1String("en") ? QStringLiteral("en_US") : qs(localeName));
    model.lang = qs(localeName);
    const std::string currency = session["currency"].get<std::string>();
    model.total = moneyText(session["amount_total"].get<qint64>(), currency, locale);
    const json &pageItems = (*record)["internal"]["page_items"];
    const json &items = (*record)["line_items"];
    for (size_t i = 0; i < items.size(); ++i) {
        CheckoutPage::Item item;
        item.name = qs(items[i]["description"].get<std::string>());
        item.description = i < pageItems.size() ? qs(pageItems[i].value("description", std::string())) : QString();
        item.quantity = items[i]["quantity"].get<qint64>();
        item.amount = moneyText(items[i]["amount_total"].get<qint64>(), currency, locale);
        item.unitAmount = moneyText(items[i]["price"]["unit_amount"].get<qint64>(), currency, locale);
        model.items.append(item);
    }
    model.cancelUrl = session["cancel_url"].is_string() ? qs(session["cancel_url"].get<std::string>()) : QString();
    model.expiresAt = session["expires_at"].get<qint64>();
    model.now = clock.nowSecs();
    model.email = typed
        ? typed->email
        : (session["customer_email"].is_string() ? qs(session["customer_email"].get<std::string>()) : QString());
    if (typed) {
        model.billingName = typed->name;
        model.cardExpiry = typed->expiry;
    }
    int status = 200;
    const std::string state = session["status"].get<std::string>();
    if (state != "open") {
        model.view = CheckoutPage::View::Closed;
        model.closedTitle = state == "expired" ? QStringLiteral("This checkout session has expired")
                                               : QStringLiteral("This checkout session is already paid");
        model.closedMessage = state == "expired"
            ? QStringLiteral("Nothing was charged. Please return to the kiosk and start a new checkout.")
            : QStringLiteral("The payment went through; it cannot be paid twice. You can return to the kiosk.");
        status = outcome ? outcome->status : 200;
    } else if (outcome && outcome->kind == PayOutcome::Kind::RequiresAction) {
        model.view = CheckoutPage::View::Authenticate;
        model.authToken = outcome->authToken;
    } else if (outcome) {
        model.error = outcome->message;
        model.errorField = outcome->field;
        status = outcome->status;
    }
    return htmlResponse(status, CheckoutPage::render(model));
}

HttpResponse StripeSimulator::Private::handlePage(const HttpRequest &request, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // c, pay, id, [authenticate]
    if (parts.size() < 3)
        return pageFor(std::string(), nullptr, nullptr);
    const std::string id = u8(parts.at(2));
    if (request.method == "GET" && parts.size() == 3)
        return pageFor(id, nullptr, nullptr);
    if (request.method != "POST")
        return pageFor(std::string(), nullptr, nullptr);
    const auto form = FormDecoder::decode(request.body);
    if (!form.ok()) {
        CheckoutPage::Model model;
        model.merchantName = options.merchantName;
        model.sessionId = qs(id);
        model.view = CheckoutPage::View::Closed;
        model.closedTitle = QStringLiteral("This form could not be read");
        model.closedMessage = form.error().message + QStringLiteral(" Nothing was charged.");
        model.total = QStringLiteral("—");
        return htmlResponse(400, CheckoutPage::render(model));
    }
    const json &fields = form.value();
    const auto field = [&](const char *key) { return qs(stringParam(fields, key).value_or(std::string())); };
    PayInput input;
    PayOutcome outcome;
    if (parts.size() == 4 && parts.at(3) == QLatin1String("authenticate")) {
        json *record = findSession(id);
        const json auth = record ? (*record)["internal"]["auth"] : json();
        if (!auth.is_object() || auth["token"] != u8(field("attempt"))) {
            outcome.kind = PayOutcome::Kind::Invalid;
            outcome.status = 400;
            outcome.message
                = QStringLiteral("This authentication attempt is no longer valid. Please enter your card again.");
            return pageFor(id, &outcome, nullptr);
        }
        input.card = qs(auth["card"].get<std::string>());
        input.email = qs(auth["email"].get<std::string>());
        input.name = qs(auth["name"].get<std::string>());
        input.expiry = qs(auth["expiry"].get<std::string>());
        input.cvc = qs(auth["cvc"].get<std::string>());
        input.async = auth["async"].get<bool>();
        input.threeDSecure
            = field("action") == QLatin1String("complete") ? QStringLiteral("complete") : QStringLiteral("fail");
    } else if (parts.size() == 3) {
        input.email = field("email");
        input.card = field("cardNumber");
        input.expiry = field("cardExpiry");
        input.cvc = field("cardCvc");
        input.name = field("billingName");
    } else {
        return pageFor(std::string(), nullptr, nullptr);
    }
    outcome = pay(id, input);
    if (outcome.kind == PayOutcome::Kind::Paid || outcome.kind == PayOutcome::Kind::Processing) {
        const json &session = sessions[id]["session"];
        QString target = qs(session["success_url"].get<std::string>());
        target.replace(QLatin1String("{CHECKOUT_SESSION_ID}"), qs(id));
        HttpResponse redirect;
        redirect.status = 303;
        redirect.setHeader("Location", target.toUtf8());
        redirect.setHeader("Content-Type", "text/plain; charset=utf-8");
        redirect.body = "Payment complete. Redirecting to " + target.toUtf8() + '\n';
        return redirect;
    }
    return pageFor(id, &outcome, &input);
}

// --- control endpoints --------------------------------------------------------------------------

namespace {

json faultsToJson(const FaultConfig &f)
{
    const char *mode = f.failMode == FaultConfig::FailMode::Drop  ? "drop"
        : f.failMode == FaultConfig::FailMode::DropAfterExecution ? "drop_after"
                                                                  : "status";
    return json { { "fail_count", f.failCount }, { "fail_status", f.failStatus }, { "fail_mode", mode },
        { "fail_path", u8(f.failPath) }, { "fail_method", f.failMethod.toStdString() }, { "delay_ms", f.delayMs },
        { "delay_count", f.delayCount }, { "delay_path", u8(f.delayPath) }, { "webhook_duplicate", f.webhookDuplicate },
        { "webhook_reorder", f.webhookReorder }, { "webhook_drop", f.webhookDrop } };
}

/** Applies the fields present in a POST /_sim/faults body to `f` (problems go into `body`). */
FaultConfig faultsFromBody(ControlBody &body, FaultConfig f)
{
    if (const auto v = body.integer("fail_count", 0, 1'000'000))
        f.failCount = int(*v);
    if (const auto v = body.integer("fail_status", 400, 599))
        f.failStatus = int(*v);
    if (const auto v = body.string("fail_mode")) {
        if (*v == QLatin1String("status"))
            f.failMode = FaultConfig::FailMode::Status;
        else if (*v == QLatin1String("drop"))
            f.failMode = FaultConfig::FailMode::Drop;
        else if (*v == QLatin1String("drop_after"))
            f.failMode = FaultConfig::FailMode::DropAfterExecution;
        else
            body.fail(invalid("Invalid fail_mode: must be one of status, drop, or drop_after", "fail_mode"));
    }
    if (const auto v = body.string("fail_path"))
        f.failPath = *v;
    if (const auto v = body.string("fail_method"))
        f.failMethod = v->toUpper().toUtf8();
    if (const auto v = body.integer("delay_ms", 0, 600'000))
        f.delayMs = int(*v);
    if (const auto v = body.integer("delay_count", 0, 1'000'000))
        f.delayCount = int(*v);
    if (const auto v = body.string("delay_path"))
        f.delayPath = *v;
    if (const auto v = body.boolean("webhook_duplicate"))
        f.webhookDuplicate = *v;
    if (const auto v = body.integer("webhook_reorder", 0, 1000))
        f.webhookReorder = int(*v);
    if (const auto v = body.boolean("webhook_drop"))
        f.webhookDrop = *v;
    return f;
}

} // namespace

HttpResponse StripeSimulator::Private::handleControl(const HttpRequest &request, const QString &path)
{
    const auto bad = [](const std::string &message, int status = 400, const std::string &param = {}) {
        ApiError e = invalid(message, param);
        e.status = status;
        return errorResponse(e);
    };
    const bool isPost = request.method == "POST";
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // _sim, ...
    const auto clockAnswer = [this]() {
        return jsonResponse(200, json { { "now", clock.nowSecs() }, { "offset", clock.offset() } });
    };
    if (path == QLatin1String("/_sim/clock") && request.method == "GET")
        return clockAnswer();
    if (path == QLatin1String("/_sim/clock/advance") && isPost) {
        ControlBody body(request.body, { "seconds" });
        const auto seconds = body.integer("seconds", 0, maxClockAdvance());
        if (body.ok() && !seconds)
            body.fail(missing("seconds"));
        if (!body.ok())
            return errorResponse(body.error());
        q->advanceClock(*seconds);
        return clockAnswer();
    }
    if (path == QLatin1String("/_sim/faults")) {
        if (request.method == "GET")
            return jsonResponse(200, faultsToJson(faults));
        if (request.method == "DELETE") {
            q->resetFaults();
            return jsonResponse(200, faultsToJson(faults));
        }
        if (isPost) {
            ControlBody body(request.body,
                { "fail_count", "fail_status", "fail_mode", "fail_path", "fail_method", "delay_ms", "delay_count",
                    "delay_path", "webhook_duplicate", "webhook_reorder", "webhook_drop" });
            const FaultConfig merged = faultsFromBody(body, faults);
            if (!body.ok())
                return errorResponse(body.error());
            q->setFaults(merged);
            return jsonResponse(200, faultsToJson(faults));
        }
    }
    if (path == QLatin1String("/_sim/webhooks") && isPost) {
        ControlBody body(request.body, { "url", "secret" });
        const QUrl url(body.string("url").value_or(QString()));
        const QString secret = body.string("secret").value_or(QString());
        if (!body.ok())
            return errorResponse(body.error());
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty() || secret.isEmpty())
            return bad("Send {\"url\": \"http://…\", \"secret\": \"whsec_…\"}.");
        q->addWebhookEndpoint({ url, secret.toUtf8() });
        return jsonResponse(200, json { { "endpoints", dispatcher->endpointCount() } });
    }
    if (parts.size() == 4 && parts.at(1) == QLatin1String("sessions") && isPost) {
        const std::string id = u8(parts.at(2));
        if (parts.at(3) == QLatin1String("pay")) {
            ControlBody body(request.body, { "card", "email", "exp", "cvc", "name", "three_d_secure", "async" });
            PayInput input;
            input.card = body.string("card").value_or(QString());
            input.email = body.string("email").value_or(QString());
            input.expiry = body.string("exp").value_or(QStringLiteral("12/34"));
            input.cvc = body.string("cvc").value_or(QStringLiteral("123"));
            input.name = body.string("name").value_or(QString());
            input.threeDSecure = body.string("three_d_secure").value_or(QString());
            input.async = body.boolean("async").value_or(false);
            if (!input.threeDSecure.isEmpty() && input.threeDSecure != QLatin1String("complete")
                && input.threeDSecure != QLatin1String("fail"))
                body.fail(invalid("three_d_secure must be \"complete\" or \"fail\".", "three_d_secure"));
            if (!body.ok())
                return errorResponse(body.error());
            const PayOutcome outcome = pay(id, input);
            static const char *const names[]
                = { "paid", "processing", "declined", "invalid", "requires_action", "closed", "not_found" };
            json answer = { { "outcome", names[int(outcome.kind)] } };
            if (!outcome.message.isEmpty())
                answer["message"] = u8(outcome.message);
            if (!outcome.code.isEmpty())
                answer["code"] = u8(outcome.code);
            if (!outcome.declineCode.isEmpty())
                answer["decline_code"] = u8(outcome.declineCode);
            if (!outcome.field.isEmpty())
                answer["field"] = u8(outcome.field);
            if (json *record = findSession(id))
                answer["session"] = (*record)["session"];
            return jsonResponse(outcome.status, answer);
        }
        if (parts.at(3) == QLatin1String("async")) {
            ControlBody body(request.body, { "result" });
            const QString result = body.string("result").value_or(QString());
            if (!body.ok())
                return errorResponse(body.error());
            if (result != QLatin1String("succeeded") && result != QLatin1String("failed"))
                return bad("Send {\"result\": \"succeeded\"} or {\"result\": \"failed\"}.", 400, "result");
            const bool succeeded = result == QLatin1String("succeeded");
            json *record = findSession(id);
            if (!record)
                return bad("No such checkout.session: '" + id + "'", 404);
            if (!(*record)["internal"]["async_pending"].get<bool>())
                return bad("This session has no delayed payment waiting (pay it with \"async\": true first).", 409);
            json &session = (*record)["session"];
            (*record)["internal"]["async_pending"] = false;
            if (succeeded)
                session["payment_status"] = "paid";
            createEvent(
                succeeded ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed",
                session, nullptr, (*record)["internal"]["version"].get<std::string>());
            scheduleSave();
            return jsonResponse(200, json { { "outcome", u8(result) }, { "session", session } });
        }
    }
    return bad("Unknown control endpoint " + request.method.toStdString() + " " + u8(path), 404);
}

// --- persistence --------------------------------------------------------------------------------

namespace {

bool isString(const json &object, const char *key)
{
    return object.is_object() && object.contains(key) && object[key].is_string();
}

bool isInteger(const json &object, const char *key)
{
    return object.is_object() && object.contains(key) && object[key].is_number_integer();
}

bool isOptional(const json &object, const char *key, bool (json::*type)() const noexcept)
{
    return object.is_object() && (!object.contains(key) || (object[key].*type)());
}

/** Every field the simulator later reads with get<>() has the type it expects (a file may be edited by hand). */
bool wellFormedSession(const json &record)
{
    if (!record.is_object() || !record.contains("session") || !record.contains("internal")
        || !record.contains("line_items"))
        return false;
    const json &session = record["session"];
    const json &internal = record["internal"];
    if (!isString(session, "id") || !isString(session, "status") || !isString(session, "currency")
        || !isString(session, "success_url") || !isInteger(session, "expires_at")
        || !isInteger(session, "amount_total"))
        return false;
    if (!isString(internal, "version") || !internal.contains("async_pending") || !internal["async_pending"].is_boolean()
        || !internal.contains("page_items") || !internal["page_items"].is_array()
        || !isOptional(internal, "pi_metadata", &json::is_object))
        return false;
    for (const json &item : internal["page_items"]) {
        if (!item.is_object() || !isOptional(item, "description", &json::is_string))
            return false;
    }
    if (internal.contains("auth") && !internal["auth"].is_null()) {
        const json &auth = internal["auth"];
        for (const char *key : { "token", "card", "email", "name", "expiry", "cvc" }) {
            if (!isString(auth, key))
                return false;
        }
        if (!auth.contains("async") || !auth["async"].is_boolean())
            return false;
    }
    if (!record["line_items"].is_array())
        return false;
    for (const json &item : record["line_items"]) {
        if (!isString(item, "description") || !isInteger(item, "quantity") || !isInteger(item, "amount_total")
            || !item.contains("price") || !isInteger(item["price"], "unit_amount"))
            return false;
    }
    return true;
}

bool wellFormedEvent(const json &e)
{
    if (!e.is_object() || !e.contains("event") || !isOptional(e, "endpoints", &json::is_number_integer)
        || !isOptional(e, "delivered", &json::is_array))
        return false;
    const json &event = e["event"];
    if (!isString(event, "id") || !isString(event, "type") || !isInteger(event, "created"))
        return false;
    for (const json &d : e.value("delivered", json::array())) {
        if (!d.is_number_integer())
            return false;
    }
    return true;
}

bool wellFormedIdempotency(const json &k, int format)
{
    if (!isString(k, "key"))
        return false;
    // Format 1: "key" is "<API key>\n<Idempotency-Key>"; format 2 keeps only the key's SHA-256.
    const bool keyOk = format == 1 ? k["key"].get_ref<const std::string &>().find('\n') != std::string::npos
                                   : isString(k, "api_key_sha256");
    return keyOk && isString(k, "fingerprint") && isInteger(k, "status") && isString(k, "body")
        && isString(k, "request_id") && isInteger(k, "created");
}

} // namespace

Status StripeSimulator::Private::save() const
{
    if (options.statePath.isEmpty())
        return {};
    json state = { { "format", 2 }, { "clock_offset", clock.offset() } };
    json sessionList = json::array();
    for (const std::string &id : sessionOrder)
        sessionList.push_back(sessions.at(id));
    state["sessions"] = sessionList;
    json eventList = json::array();
    for (const EventRecord &e : events)
        eventList.push_back(json { { "event", e.event }, { "endpoints", e.endpoints }, { "delivered", e.delivered } });
    state["events"] = eventList;
    json keys = json::array();
    for (const auto &[storeKey, entry] : idempotency) {
        if (entry.inFlight)
            continue;
        // storeKey is "<sha256 of the API key>\n<Idempotency-Key>"; the API key itself is never kept.
        const size_t split = storeKey.find('\n');
        keys.push_back(json { { "api_key_sha256", storeKey.substr(0, split) }, { "key", storeKey.substr(split + 1) },
            { "fingerprint", entry.fingerprint }, { "status", entry.status }, { "body", entry.body.toStdString() },
            { "request_id", entry.requestId.toStdString() }, { "created", entry.created } });
    }
    state["idempotency"] = keys;
    QSaveFile file(options.statePath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("state_write_failed"), file.errorString());
    if (Status own = PrivateFiles::restrict(file); !own) // sessions hold customer e-mails
        return own;
    file.write(JsonText::dump(state));
    if (!file.commit())
        return makeError(QStringLiteral("state_write_failed"), file.errorString());
    return {};
}

Status StripeSimulator::Private::load()
{
    if (options.statePath.isEmpty() || !QFile::exists(options.statePath))
        return {};
    QFile file(options.statePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("state_read_failed"), file.errorString());
    const QByteArray bytes = file.readAll();
    const json state = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    const auto corrupt = [this](const QString &what) {
        return makeError(QStringLiteral("state_corrupt"),
            QStringLiteral("%1 is not a usable stripe-sim state file (%2)").arg(options.statePath, what));
    };
    if (state.is_discarded() || !state.is_object() || !isInteger(state, "format"))
        return corrupt(QStringLiteral("not a JSON object with a \"format\""));
    // Format 1 kept the client's API key in plain text inside idempotency keys; it is read,
    // hashed and written back as format 2 at once.
    const int format = state["format"] == 1 ? 1 : state["format"] == 2 ? 2 : 0;
    if (format == 0)
        return corrupt(QStringLiteral("unknown format %1").arg(QString::fromUtf8(JsonText::dump(state["format"]))));
    for (const char *list : { "sessions", "events", "idempotency" }) {
        if (!isOptional(state, list, &json::is_array))
            return corrupt(QStringLiteral("\"%1\" is not a list").arg(QLatin1String(list)));
    }
    const qint64 offset = isInteger(state, "clock_offset") ? state["clock_offset"].get<qint64>() : 0;
    if (state.contains("clock_offset") && !isInteger(state, "clock_offset"))
        return corrupt(QStringLiteral("\"clock_offset\" is not an integer"));
    if (offset < 0 || offset > maxClockAdvance() + clock.offset())
        return corrupt(QStringLiteral("\"clock_offset\" is out of range"));

    const json sessionList = state.value("sessions", json::array());
    const json eventList = state.value("events", json::array());
    const json keyList = state.value("idempotency", json::array());
    for (size_t i = 0; i < sessionList.size(); ++i) {
        if (!wellFormedSession(sessionList[i]))
            return corrupt(QStringLiteral("session %1 is malformed").arg(i + 1));
    }
    for (size_t i = 0; i < eventList.size(); ++i) {
        if (!wellFormedEvent(eventList[i]))
            return corrupt(QStringLiteral("event %1 is malformed").arg(i + 1));
    }
    for (size_t i = 0; i < keyList.size(); ++i) {
        if (!wellFormedIdempotency(keyList[i], format))
            return corrupt(QStringLiteral("idempotency entry %1 is malformed").arg(i + 1));
    }

    clock.advance(offset - clock.offset());
    for (const json &record : sessionList) {
        const std::string id = record["session"]["id"].get<std::string>();
        sessions[id] = record;
        sessionOrder.push_back(id);
    }
    for (const json &e : eventList) {
        EventRecord record;
        record.event = e["event"];
        record.endpoints = int(e.value("endpoints", qint64(0)));
        for (const json &endpoint : e.value("delivered", json::array()))
            record.delivered.insert(int(endpoint.get<qint64>()));
        eventIndex[record.event["id"].get<std::string>()] = events.size();
        events.push_back(record);
    }
    for (const json &k : keyList) {
        IdempotencyEntry entry;
        entry.fingerprint = k["fingerprint"].get<std::string>();
        entry.inFlight = false;
        entry.status = int(k["status"].get<qint64>());
        entry.body = QByteArray::fromStdString(k["body"].get<std::string>());
        entry.requestId = QByteArray::fromStdString(k["request_id"].get<std::string>());
        entry.created = k["created"].get<qint64>();
        std::string key = k["key"].get<std::string>();
        std::string keyHash;
        if (format == 1) {
            const size_t split = key.find('\n');
            keyHash = apiKeyHash(qs(key.substr(0, split)));
            key = key.substr(split + 1);
        } else {
            keyHash = k["api_key_sha256"].get<std::string>();
        }
        idempotency[keyHash + '\n' + key] = entry;
    }
    if (format == 1)
        return save();
    return {};
}

// --- public API ---------------------------------------------------------------------------------

StripeSimulator::StripeSimulator(SimulatorOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(options)))
{
    d->dispatcher = new WebhookDispatcher(d->clock, d->options.webhookRetryScheduleSecs, this);
    for (const WebhookEndpointConfig &endpoint : std::as_const(d->options.webhooks))
        d->dispatcher->addEndpoint(endpoint);
    connect(d->dispatcher, &WebhookDispatcher::delivered, this, [this](const QString &eventId, int endpoint) {
        const auto it = d->eventIndex.find(u8(eventId));
        if (it != d->eventIndex.end() && d->events[it->second].delivered.insert(endpoint).second)
            d->scheduleSave();
    });
    Http::ServerOptions http;
    http.maxBodyBytes = 1024 * 1024;
    // The HTTP layer's own refusals (bad method, 413, 431, 501) in Stripe's error shape.
    http.refusal = [](int status, const QByteArray &, const QByteArray &message) {
        ApiError e = invalid(message.toStdString());
        e.status = status;
        return errorResponse(e);
    };
    d->server = new Http::Server(
        [this](const HttpRequest &request, const Http::Responder &connection) { d->handle(request, connection); }, http,
        this);
    d->expiryTimer = new QTimer(this);
    d->expiryTimer->setInterval(1000);
    connect(d->expiryTimer, &QTimer::timeout, this, [this]() { d->sweepExpired(); });
    d->saveTimer = new QTimer(this);
    d->saveTimer->setSingleShot(true);
    d->saveTimer->setInterval(0);
    connect(d->saveTimer, &QTimer::timeout, this, [this]() { (void)d->save(); });
    setFaults(d->faults);
}

StripeSimulator::~StripeSimulator()
{
    (void)d->save();
}

Result<quint16> StripeSimulator::start()
{
    if (const Status loaded = d->load(); !loaded.ok())
        return loaded.error();
    auto port = d->server->listen(d->options.host, d->options.port);
    if (!port.ok())
        return port;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress host = d->options.host;
    url.setHost(host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::LocalHost
            ? QStringLiteral("127.0.0.1")
            : host.toString());
    url.setPort(port.value());
    d->base = url;
    d->expiryTimer->start();
    d->sweepExpired();
    return port;
}

QUrl StripeSimulator::baseUrl() const
{
    return d->base;
}

void StripeSimulator::addWebhookEndpoint(const WebhookEndpointConfig &endpoint)
{
    d->dispatcher->addEndpoint(endpoint);
}

void StripeSimulator::advanceClock(qint64 seconds)
{
    if (seconds <= 0 || seconds > d->maxClockAdvance())
        return;
    d->clock.advance(seconds);
    d->sweepExpired();
    d->dispatcher->clockAdvanced();
    d->scheduleSave();
}

qint64 StripeSimulator::nowSecs() const
{
    return d->clock.nowSecs();
}

void StripeSimulator::setFaults(const FaultConfig &faults)
{
    d->faults = faults;
    d->dispatcher->setDuplicate(faults.webhookDuplicate);
    d->dispatcher->setDrop(faults.webhookDrop);
    d->dispatcher->setReorderBatch(faults.webhookReorder);
}

FaultConfig StripeSimulator::faults() const
{
    return d->faults;
}

void StripeSimulator::resetFaults()
{
    setFaults(FaultConfig());
}

Status StripeSimulator::saveState()
{
    return d->save();
}

} // namespace Kiosk::Sim
