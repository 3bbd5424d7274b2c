// SPDX-License-Identifier: MIT
#include "StripeSimulator.h"

#include "ApiError.h"
#include "ApiResponse.h"
#include "ApiResult.h"
#include "ApiVersion.h"
#include "CheckoutPage.h"
#include "ControlBody.h"
#include "EventLog.h"
#include "FaultInjector.h"
#include "FormDecoder.h"
#include "IdempotencyCache.h"
#include "ListPage.h"
#include "ListParams.h"
#include "ObjectStore.h"
#include "ParamSpec.h"
#include "RandomId.h"
#include "RequestContext.h"
#include "Router.h"
#include "Server.h"
#include "StateFile.h"
#include "TestCard.h"
#include "VersionedRenderer.h"
#include "WebhookDispatcher.h"

#include "Clock.h"
#include "JsonText.h"
#include "Money.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
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

std::string newId(const char *prefix, int length = 24)
{
    return RandomId::make(prefix, length);
}

ApiError invalid(const std::string &message, const std::string &param = {}, const std::string &code = {})
{
    return ApiError::invalid(message, param, code);
}

HttpResponse errorResponse(const ApiError &error)
{
    return error.response();
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

bool parseInteger(const std::string &text, qint64 &out)
{
    bool ok = false;
    out = QString::fromStdString(text).toLongLong(&ok);
    return ok;
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

namespace {
ParamSpecList createSessionSpec();
void renderSessionVersion(json &session, const std::string &version);
} // namespace

// ---------------------------------------------------------------------------------------------

struct StripeSimulator::Private
{
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
        , stateFile(options.statePath)
    {
        faults.set(options.faults);
    }

    StripeSimulator *q;
    SimulatorOptions options;
    FaultInjector faults;
    OffsetClock clock;
    Http::Server *server = nullptr;
    WebhookDispatcher *dispatcher = nullptr;
    QTimer *expiryTimer = nullptr;
    QTimer *saveTimer = nullptr;
    QUrl base;
    Router router;
    VersionedRenderer renderer;
    StateFile stateFile;

    ObjectStore<json> sessions; // id → {session, line_items, internal}
    std::multimap<qint64, std::string> openByExpiry; // open sessions by expires_at (completed ones are skipped)
    EventLog events;
    IdempotencyCache idempotency;

    // --- plumbing -------------------------------------------------------------------------------
    void handle(const HttpRequest &request, const Http::Responder &connection);
    void handleApi(const HttpRequest &request, const QString &path, const QByteArray &requestId,
        const Http::Responder &connection);
    HttpResponse handleControl(const HttpRequest &request, const QString &path);
    HttpResponse handlePage(const HttpRequest &request, const QString &path);
    std::optional<ApiError> authenticate(const HttpRequest &request, QString &key) const;
    void addRoutes();
    void addStateSections();
    void scheduleSave();
    /** How far the clock may still move forward (it stops at kLatestClockSecs). */
    [[nodiscard]] qint64 maxClockAdvance() const { return kLatestClockSecs - clock.nowSecs(); }

    // --- resources ------------------------------------------------------------------------------
    ApiResult createSession(const ApiCall &call);
    ApiResult retrieveSession(const ApiCall &call);
    ApiResult expireSession(const ApiCall &call);
    ApiResult listLineItems(const ApiCall &call);
    ApiResult listSessions(const ApiCall &call);
    ApiResult listEvents(const ApiCall &call);
    ApiResult retrieveEvent(const ApiCall &call);

    json *findSession(const std::string &id);
    void refresh(json &record);
    void sweepExpired();
    void expire(json &record, const RequestContext *ctx);
    json renderSession(const json &record, const std::set<std::string> &expand, const std::string &version) const;
    std::string createEvent(const std::string &type, const json &object, const RequestContext *ctx);

    PayOutcome pay(const std::string &id, const PayInput &input);
    void completePayment(json &record, const PayInput &input);
    void recordDecline(json &record, const TestCard &card, const PayInput &input);
    json paymentIntentObject(const json &record, const json &lastError, const PayInput &input) const;
    json paymentMethodObject(const PayInput &input) const;
    HttpResponse pageFor(const std::string &id, const PayOutcome *outcome, const PayInput *typed);
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
        response = ApiError::noSuch("route", u8(path)).response();
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
    RequestContext ctx;
    ctx.requestId = requestId;
    // As text (bytes that are not UTF-8 become U+FFFD): it is echoed in errors and stored in events.
    const QByteArray versionHeader = request.header("stripe-version");
    ctx.version = versionHeader.isEmpty() ? std::string(ApiVersion::kLatest) : u8(QString::fromUtf8(versionHeader));
    const bool versionOk = ApiVersion::isWellFormed(ctx.version);
    // The answer names the version it is written in: the request's, or the default when that is unusable.
    const QByteArray answeredVersion
        = versionOk ? QByteArray::fromStdString(ctx.version) : QByteArray(ApiVersion::kLatest);
    auto reply = [connection, requestId, answeredVersion](
                     HttpResponse response, const QList<QPair<QByteArray, QByteArray>> &extra = {}) {
        response.setHeader("Request-Id", requestId);
        response.setHeader("Stripe-Version", answeredVersion);
        for (const auto &h : extra)
            response.setHeader(h.first, h.second);
        connection.send(response);
    };

    QString apiKey;
    if (const auto authError = authenticate(request, apiKey)) {
        reply(errorResponse(*authError));
        return;
    }
    if (!versionOk) {
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

    bool dropAfterExecution = false;
    switch (faults.onApiRequest(request.method, path)) {
    case FaultInjector::Action::Drop:
        connection.drop();
        return;
    case FaultInjector::Action::Fail:
        reply(errorResponse(faults.failure()));
        return;
    case FaultInjector::Action::DropAfterExecution:
        dropAfterExecution = true;
        break;
    case FaultInjector::Action::None:
        break;
    }

    // Idempotency (POST only, scoped per API key).
    std::string slot;
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
        const std::string fingerprint
            = request.method.toStdString() + ' ' + u8(path) + ' ' + JsonText::dump(params).toStdString();
        const auto claim = idempotency.claim(apiKey, ctx.idempotencyKey, fingerprint, requestId, clock.nowSecs());
        switch (claim.outcome) {
        case IdempotencyCache::Outcome::Mismatch: {
            ApiError e;
            e.type = "idempotency_error";
            e.message = "Keys for idempotent requests can only be used with the same parameters they were first "
                        "used with. Try using a key other than '"
                + ctx.idempotencyKey + "' if you meant to execute a different request.";
            reply(errorResponse(e));
            return;
        }
        case IdempotencyCache::Outcome::InFlight:
            reply(errorResponse(invalid("There is currently another in-progress request using this Stripe token "
                                        "(probably the same idempotency key). Please try again later.",
                      {}, "idempotency_key_in_use")
                                    .withStatus(409)),
                { { "Stripe-Should-Retry", "true" } });
            return;
        case IdempotencyCache::Outcome::Replay: {
            HttpResponse replay;
            replay.status = claim.entry->status;
            replay.setHeader("Content-Type", "application/json");
            replay.body = claim.entry->body;
            reply(replay,
                { { "Idempotent-Replayed", "true" }, { "Original-Request", claim.entry->requestId },
                    { "Idempotency-Key", QByteArray::fromStdString(ctx.idempotencyKey) } });
            return;
        }
        case IdempotencyCache::Outcome::Claimed:
            slot = claim.slot;
            break;
        }
    }

    const QByteArray method = request.method;
    auto execute = [this, method, path, params, ctx, slot, dropAfterExecution, connection, reply]() {
        ApiResult result = router.dispatch(method, path, params, ctx);
        if (!slot.empty()) {
            if (result.store)
                idempotency.finish(slot, result.response.status, result.response.body);
            else
                idempotency.release(slot);
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

    if (const auto delay = faults.delayFor(path)) {
        QTimer::singleShot(*delay, q, execute);
        return;
    }
    execute();
}

void StripeSimulator::Private::addRoutes()
{
    // What each route takes and may expand: anything else is refused before the route runs, as
    // Stripe does. `payment_intent` is accepted but stays an id (no PaymentIntent object yet).
    const std::set<std::string> sessionExpandable { "line_items", "payment_intent" };
    const auto bind = [this](ApiResult (Private::*handler)(const ApiCall &)) {
        return [this, handler](const ApiCall &call) { return (this->*handler)(call); };
    };
    router.add("POST", QStringLiteral("/v1/checkout/sessions"), createSessionSpec(), sessionExpandable,
        bind(&Private::createSession));
    router.add("GET", QStringLiteral("/v1/checkout/sessions"),
        listParams({ ParamSpec::string("status"), ParamSpec::string("payment_intent"), ParamSpec::created(),
            ParamSpec::string("customer"),
            ParamSpec::object("customer_details", { ParamSpec::string("email").required() }),
            ParamSpec::string("payment_link"), ParamSpec::string("subscription") }),
        { "data.line_items", "data.payment_intent" }, bind(&Private::listSessions));
    router.add("GET", QStringLiteral("/v1/checkout/sessions/{id}"), { ParamSpec::expand() }, sessionExpandable,
        bind(&Private::retrieveSession));
    router.add("POST", QStringLiteral("/v1/checkout/sessions/{id}/expire"), { ParamSpec::expand() }, sessionExpandable,
        bind(&Private::expireSession));
    router.add("GET", QStringLiteral("/v1/checkout/sessions/{id}/line_items"), listParams(), {},
        bind(&Private::listLineItems));
    router.add("GET", QStringLiteral("/v1/events"), EventLog::listSpec(), {}, bind(&Private::listEvents));
    router.add("GET", QStringLiteral("/v1/events/{id}"), { ParamSpec::expand() }, {}, bind(&Private::retrieveEvent));
    renderer.add("checkout.session", renderSessionVersion);
}

void StripeSimulator::Private::scheduleSave()
{
    if (stateFile.enabled() && saveTimer && !saveTimer->isActive())
        saveTimer->start();
}

// --- sessions -----------------------------------------------------------------------------------

namespace {

/** Every parameter POST /v1/checkout/sessions takes, in the order Stripe checks them. */
ParamSpecList createSessionSpec()
{
    using P = ParamSpec;
    static const std::vector<std::string> newUiModes { "hosted_page", "embedded_page", "elements", "form" };
    static const std::vector<std::string> oldUiModes { "hosted", "embedded", "custom" };
    const P productData = P::object("product_data",
        { P::string("name").required(), P::string("description"), P::array("images", P::string("")), P::metadata(),
            P::string("tax_code"), P::string("unit_label") });
    const P priceData = P::object("price_data",
        { P::string("currency").required(), P::integer("unit_amount"), P::decimal("unit_amount_decimal"),
            P::string("product"), productData,
            P::enumOf("tax_behavior", { "exclusive", "inclusive", "unspecified" }) });
    const P lineItem = P::object("",
        { P::integer("quantity").required().range(1, 999'999), priceData, P::string("price"),
            P::object("adjustable_quantity",
                { P::boolean("enabled").required(), P::integer("minimum"), P::integer("maximum") }) });
    return {
        P::enumOf("mode", { "payment", "setup", "subscription" }).required(),
        P::enumOf("ui_mode", newUiModes).since(ApiVersion::kNewUiModes),
        P::enumOf("ui_mode", oldUiModes).until(ApiVersion::kNewUiModes),
        P::array("payment_method_types", P::string("")).until(ApiVersion::kAllowedPaymentMethodTypes),
        P::array("allowed_payment_method_types", P::string("")).since(ApiVersion::kAllowedPaymentMethodTypes),
        P::string("success_url").required(),
        P::string("cancel_url"),
        P::string("customer_email"),
        P::string("client_reference_id").maxChars(200),
        P::string("locale"),
        P::enumOf("submit_type", { "auto", "book", "donate", "pay", "subscribe" }),
        P::metadata(),
        P::integer("expires_at"),
        P::array("line_items", lineItem).required(),
        P::object("payment_intent_data",
            { P::metadata(), P::enumOf("capture_method", { "automatic", "automatic_async", "manual" }),
                P::string("description"), P::string("receipt_email"),
                P::enumOf("setup_future_usage", { "off_session", "on_session" }),
                P::string("statement_descriptor").maxChars(22),
                P::string("statement_descriptor_suffix").maxChars(22) }),
        P::expand(),
    };
}

/** ui_mode's values before 2026-03-25 (stored in the new spelling). */
void renderSessionVersion(json &session, const std::string &version)
{
    if (ApiVersion::atLeast(version, ApiVersion::kNewUiModes))
        return;
    static const std::map<std::string, std::string> oldNames { { "hosted_page", "hosted" },
        { "embedded_page", "embedded" }, { "elements", "custom" } };
    const auto it = session.find("ui_mode");
    if (it != session.end() && it->is_string()) {
        const auto old = oldNames.find(it->get<std::string>());
        if (old != oldNames.end())
            *it = old->second;
    }
}

} // namespace

json *StripeSimulator::Private::findSession(const std::string &id)
{
    json *record = sessions.find(id);
    if (record)
        refresh(*record);
    return record;
}

void StripeSimulator::Private::refresh(json &record)
{
    const json &session = record["session"];
    if (session["status"] == "open" && session["expires_at"].get<qint64>() <= clock.nowSecs())
        expire(record, nullptr);
}

void StripeSimulator::Private::sweepExpired()
{
    const qint64 now = clock.nowSecs();
    while (!openByExpiry.empty() && openByExpiry.begin()->first <= now) {
        const std::string id = openByExpiry.begin()->second;
        openByExpiry.erase(openByExpiry.begin());
        if (json *record = sessions.find(id))
            refresh(*record);
    }
}

void StripeSimulator::Private::expire(json &record, const RequestContext *ctx)
{
    json &session = record["session"];
    session["status"] = "expired";
    session["url"] = nullptr;
    record["internal"]["auth"] = nullptr;
    createEvent("checkout.session.expired", session, ctx);
    scheduleSave();
}

json StripeSimulator::Private::renderSession(
    const json &record, const std::set<std::string> &expand, const std::string &version) const
{
    json session = record["session"];
    if (expand.count("line_items")) {
        ListPage items;
        items.data = record["line_items"];
        session["line_items"]
            = items.render("/v1/checkout/sessions/" + session["id"].get<std::string>() + "/line_items");
    }
    return renderer.render(std::move(session), version);
}

ApiResult StripeSimulator::Private::createSession(const ApiCall &call)
{
    const json &params = call.params;
    const RequestContext &ctx = call.ctx;
    // ParamValidator has checked names, types, enums and required parameters; what remains are
    // the rules between values.
    const std::string methodTypesParam = ApiVersion::atLeast(ctx.version, ApiVersion::kAllowedPaymentMethodTypes)
        ? "allowed_payment_method_types"
        : "payment_method_types";
    const auto fail = [](const ApiError &e) { return ApiResult::refused(e); };

    const std::string mode = *stringParam(params, "mode");
    if (mode != "payment")
        return fail(invalid("The simulator only supports mode=payment.", "mode"));

    const bool newUiModes = ApiVersion::atLeast(ctx.version, ApiVersion::kNewUiModes);
    if (const auto uiMode = stringParam(params, "ui_mode");
        uiMode && *uiMode != (newUiModes ? "hosted_page" : "hosted"))
        return fail(invalid("The simulator only serves the hosted payment page (ui_mode="
                + std::string(newUiModes ? "hosted_page" : "hosted") + ").",
            "ui_mode"));
    json methodTypes = json::array({ "card" });
    if (params.contains(methodTypesParam)) {
        if (const auto error = refusedMethodTypes(params[methodTypesParam], methodTypesParam))
            return fail(*error);
        methodTypes = params[methodTypesParam];
    }

    const std::string successUrl = *stringParam(params, "success_url");
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
    const auto locale = stringParam(params, "locale");
    if (locale && !knownLocales().count(*locale))
        return fail(invalid("Invalid locale: " + *locale + " is not a supported Checkout locale", "locale"));
    const auto submitType = stringParam(params, "submit_type");

    json metadata = json::object();
    if (params.contains("metadata") && params["metadata"].is_object()) {
        for (auto it = params["metadata"].begin(); it != params["metadata"].end(); ++it) {
            if (!it.value().get_ref<const std::string &>().empty())
                metadata[it.key()] = it.value();
        }
    }

    const qint64 now = clock.nowSecs();
    qint64 expiresAt = now + 24 * 3600;
    if (const auto text = stringParam(params, "expires_at")) {
        parseInteger(*text, expiresAt);
        if (expiresAt < now + 30 * 60)
            return fail(
                invalid("The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.",
                    "expires_at"));
        if (expiresAt > now + 24 * 3600)
            return fail(invalid(
                "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.", "expires_at"));
    }

    // Line items.
    const json &lineItems = params["line_items"];
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
        if (const auto price = stringParam(item, "price"))
            return fail(ApiError::noSuch("price", *price, p + "[price]", 400));
        if (!item.contains("price_data") || !item["price_data"].is_object())
            return fail(invalid("You must specify either `price` or `price_data` in each line item.", p));
        const json &priceData = item["price_data"];
        qint64 quantity = 0;
        parseInteger(*stringParam(item, "quantity"), quantity);
        const auto currencyText = stringParam(priceData, "currency");
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
            return fail(ApiError::missing(p + "[price_data][unit_amount]"));
        }
        if (unitAmount < 0)
            return fail(invalid("This value must be greater than or equal to 0.", p + "[price_data][unit_amount]"));

        const json productData = priceData.contains("product_data") ? priceData["product_data"] : json();
        if (const auto product = stringParam(priceData, "product"))
            return fail(ApiError::noSuch("product", *product, p + "[price_data][product]", 400));
        if (!productData.is_object())
            return fail(ApiError::missing(p + "[price_data][product_data]"));
        const auto name = stringParam(productData, "name");
        json images = json::array();
        if (productData.contains("images")) {
            const json &img = productData["images"];
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

    const std::string id = "cs_test_" + RandomId::token(58);
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
        { "success_url", successUrl },
        { "total_details", json { { "amount_discount", 0 }, { "amount_shipping", 0 }, { "amount_tax", 0 } } },
        { "ui_mode", "hosted_page" },
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
    const json &stored = sessions.insert(id, now, std::move(record));
    openByExpiry.emplace(expiresAt, id);
    scheduleSave();
    return ApiResult::ok(renderSession(stored, call.expand, ctx.version));
}

ApiResult StripeSimulator::Private::retrieveSession(const ApiCall &call)
{
    json *record = findSession(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("checkout.session", call.id(), "session"));
    return ApiResult::ok(renderSession(*record, call.expand, call.ctx.version));
}

ApiResult StripeSimulator::Private::expireSession(const ApiCall &call)
{
    json *record = findSession(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("checkout.session", call.id(), "session"));
    const std::string status = (*record)["session"]["status"].get<std::string>();
    if (status != "open")
        return ApiResult::failed(invalid("Only Checkout Sessions with a status in [\"open\"] can be expired. This "
                                         "Checkout Session has a status of `"
            + status + "`."));
    expire(*record, &call.ctx);
    return ApiResult::ok(renderSession(*record, call.expand, call.ctx.version));
}

ApiResult StripeSimulator::Private::listLineItems(const ApiCall &call)
{
    json *record = findSession(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("checkout.session", call.id(), "session"));
    ListParams paging;
    if (const auto error = ListParams::read(call.params, paging))
        return ApiResult::refused(*error);
    // Line items are listed in the order they were given.
    const auto page = ListPage::ofArray((*record)["line_items"], paging, "item");
    if (!page.ok())
        return ApiResult::refused(page.error());
    return ApiResult::ok(
        renderer.render(page.value().render("/v1/checkout/sessions/" + call.id() + "/line_items"), call.ctx.version));
}

ApiResult StripeSimulator::Private::listSessions(const ApiCall &call)
{
    sweepExpired();
    const json &params = call.params;
    ListParams paging;
    if (const auto error = ListParams::read(params, paging))
        return ApiResult::refused(*error);
    // Filters that compare one field of the session with the given id or value.
    std::vector<std::pair<std::string, std::string>> equal;
    for (const char *field : { "status", "payment_intent", "customer", "payment_link", "subscription" }) {
        if (const auto value = stringParam(params, field))
            equal.emplace_back(field, *value);
    }
    std::optional<std::string> email;
    if (params.contains("customer_details") && params["customer_details"].is_object())
        email = stringParam(params["customer_details"], "email");
    const auto matches = [&](const json &record) {
        const json &session = record["session"];
        if (!std::all_of(
                equal.begin(), equal.end(), [&](const auto &filter) { return session[filter.first] == filter.second; }))
            return false;
        return !email || (session["customer_details"].is_object() && session["customer_details"]["email"] == *email);
    };
    const auto page = sessions.page(paging, matches, "checkout.session");
    if (!page.ok())
        return ApiResult::refused(page.error());
    const std::set<std::string> expandItems
        = call.expand.count("data.line_items") ? std::set<std::string> { "line_items" } : std::set<std::string> {};
    ListPage list;
    list.hasMore = page.value().hasMore;
    for (const json *record : page.value().items)
        list.data.push_back(renderSession(*record, expandItems, call.ctx.version));
    return ApiResult::ok(list.render("/v1/checkout/sessions"));
}

// --- events -------------------------------------------------------------------------------------

std::string StripeSimulator::Private::createEvent(
    const std::string &type, const json &object, const RequestContext *ctx)
{
    // Events are written in the account's default version, whoever caused them.
    const EventLog::Record &record = events.append(type, renderer.render(object, ApiVersion::kLatest),
        ApiVersion::kLatest, clock.nowSecs(), ctx, dispatcher->endpointCount());
    const std::string id = record.event["id"].get<std::string>();
    scheduleSave();
    Q_EMIT q->eventCreated(qs(id), qs(type));
    dispatcher->enqueue(qs(id), JsonText::dump(record.event, 2));
    return id;
}

ApiResult StripeSimulator::Private::retrieveEvent(const ApiCall &call)
{
    const EventLog::Record *record = events.find(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("event", call.id(), "id"));
    return ApiResult::ok(EventLog::render(*record));
}

ApiResult StripeSimulator::Private::listEvents(const ApiCall &call)
{
    sweepExpired();
    auto page = events.list(call.params);
    if (!page.ok())
        return ApiResult::refused(page.error());
    return ApiResult::ok(page.value());
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
    createEvent("payment_intent.payment_failed", paymentIntentObject(record, error, input), nullptr);
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
    createEvent("checkout.session.completed", session, nullptr);
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
        const json &session = (*sessions.find(id))["session"];
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
            body.fail(ApiError::missing("seconds"));
        if (!body.ok())
            return errorResponse(body.error());
        q->advanceClock(*seconds);
        return clockAnswer();
    }
    if (path == QLatin1String("/_sim/faults")) {
        if (request.method == "GET")
            return jsonResponse(200, faults.toJson());
        if (request.method == "DELETE") {
            q->resetFaults();
            return jsonResponse(200, faults.toJson());
        }
        if (isPost) {
            ControlBody body(request.body,
                { "fail_count", "fail_status", "fail_mode", "fail_path", "fail_method", "delay_ms", "delay_count",
                    "delay_path", "webhook_duplicate", "webhook_reorder", "webhook_drop" });
            const FaultConfig merged = faults.merged(body);
            if (!body.ok())
                return errorResponse(body.error());
            q->setFaults(merged);
            return jsonResponse(200, faults.toJson());
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
                session, nullptr);
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

} // namespace

void StripeSimulator::Private::addStateSections()
{
    stateFile.addSection(
        { "idempotency", "idempotency entry", [this] { return idempotency.toJson(); }, &IdempotencyCache::wellFormed,
            [this](const json &records, int format) { idempotency.load(records, format); } });
    stateFile.addSection({ "events", "event", [this] { return events.toJson(); },
        [](const json &record, int) { return EventLog::wellFormed(record); },
        [this](const json &records, int) { events.load(records); } });
    stateFile.addSection({ "sessions", "session",
        [this] {
            json list = json::array();
            for (size_t i = 0; i < sessions.size(); ++i)
                list.push_back(sessions.at(i));
            return list;
        },
        [](const json &record, int) { return wellFormedSession(record); },
        [this](const json &records, int) {
            for (json record : records) {
                json &session = record["session"];
                const std::string id = session["id"].get<std::string>();
                // Before format 3 a session kept ui_mode as its creator's version spelt it.
                if (session.contains("ui_mode") && session["ui_mode"] == "hosted")
                    session["ui_mode"] = "hosted_page";
                const qint64 created = session.value("created", qint64(0));
                if (session["status"] == "open")
                    openByExpiry.emplace(session["expires_at"].get<qint64>(), id);
                sessions.insert(id, created, std::move(record));
            }
        } });
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
        if (d->events.markDelivered(u8(eventId), endpoint))
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
    connect(d->saveTimer, &QTimer::timeout, this, [this]() { (void)saveState(); });
    d->addRoutes();
    d->addStateSections();
    setFaults(d->faults.config());
}

StripeSimulator::~StripeSimulator()
{
    (void)saveState();
}

Result<quint16> StripeSimulator::start()
{
    qint64 offset = 0;
    if (const Status loaded = d->stateFile.load(d->maxClockAdvance() + d->clock.offset(), offset); !loaded.ok())
        return loaded.error();
    d->clock.advance(offset - d->clock.offset());
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
    d->faults.set(faults);
    d->dispatcher->setDuplicate(faults.webhookDuplicate);
    d->dispatcher->setDrop(faults.webhookDrop);
    d->dispatcher->setReorderBatch(faults.webhookReorder);
}

FaultConfig StripeSimulator::faults() const
{
    return d->faults.config();
}

void StripeSimulator::resetFaults()
{
    setFaults(FaultConfig());
}

Status StripeSimulator::saveState()
{
    return d->stateFile.save(d->clock.offset());
}

} // namespace Kiosk::Sim
