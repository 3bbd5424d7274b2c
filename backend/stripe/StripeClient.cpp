// SPDX-License-Identifier: MIT
#include "StripeClient.h"

#include "FormEncoder.h"
#include "Log.h"
#include "StripeParsers.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace Kiosk {

struct StripeClient::Call
{
    HttpRequest request;
    QString path; // for log lines: never contains the key
    QPointer<QObject> context;
    int retries = 0;
    std::function<void(Result<QByteArray, StripeError>)> done;
};

namespace {

constexpr int kMaxEventPages = 10000;

bool isSafeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{1,255}$"));
    return pattern.match(id).hasMatch();
}

/**
 * The response's Request-Id if it has Stripe's shape, else empty. It comes from the network and
 * goes into logs and errors, so anything else (a proxy's echo of our key, control characters,
 * 10 kB of text) is dropped rather than repeated.
 */
QString requestIdOf(const HttpResponse &response)
{
    static const QRegularExpression shape(QStringLiteral("^req_[A-Za-z0-9]{1,64}$"));
    const QString id = QString::fromUtf8(response.header("Request-Id"));
    return shape.match(id).hasMatch() ? id : QString();
}

StripeError invalidRequest(const QString &message, const QString &param = QString())
{
    StripeError e;
    e.type = QStringLiteral("invalid_request_error");
    e.code = QStringLiteral("parameter_invalid");
    e.message = message;
    e.param = param;
    return e;
}

StripeError invalidResponse(const Error &error, const QString &requestId)
{
    StripeError e;
    e.httpStatus = 200;
    e.type = QStringLiteral("api_error");
    e.code = QStringLiteral("invalid_response");
    e.message = error.message;
    e.requestId = requestId;
    return e;
}

// Stripe's answer to "should this be sent again?", following RequestSender._shouldRetry.
bool shouldRetry(const HttpResponse &response, int retriesSoFar, int maxRetries)
{
    // Like stripe-node (ECONNRESET/EPIPE): a closed connection is retried once even with retries
    // off, since the request most likely never reached Stripe.
    if (response.connectionClosed && retriesSoFar == 0)
        return true;
    if (retriesSoFar >= maxRetries)
        return false;
    if (response.connectionError)
        return true;
    const QByteArray advice = response.header("Stripe-Should-Retry");
    if (advice == "false")
        return false;
    if (advice == "true")
        return true;
    return response.status == 409 || response.status >= 500;
}

template <typename T>
std::function<void(Result<QByteArray, StripeError>)> parseWith(
    std::function<Result<T>(const nlohmann::json &)> parse, StripeClient::Callback<T> done)
{
    return [parse = std::move(parse), done = std::move(done)](Result<QByteArray, StripeError> body) {
        if (!body) {
            done(body.error());
            return;
        }
        const QByteArray &bytes = body.value();
        const nlohmann::json parsed = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object()) {
            done(invalidResponse(
                makeError(QStringLiteral("invalid_response"), QStringLiteral("Stripe's answer is not a JSON object")),
                QString()));
            return;
        }
        Result<T> value = parse(parsed);
        if (!value) {
            done(invalidResponse(value.error(), QString()));
            return;
        }
        done(std::move(value).value());
    };
}

} // namespace

StripeClient::StripeClient(StripeConfig config, std::shared_ptr<HttpTransport> transport, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_transport(std::move(transport))
    , m_jitter([] { return static_cast<int>(QRandomGenerator::global()->bounded(500, 1001)); })
{ }

StripeClient::~StripeClient() = default;

void StripeClient::setJitterSource(JitterSource jitter)
{
    m_jitter = std::move(jitter);
}

QByteArray StripeClient::userAgent()
{
    return QByteArrayLiteral("CheckoutKiosk/" KIOSK_VERSION " (Qt ") + QByteArray(qVersion()) + ')';
}

bool StripeClient::isTestMode() const
{
    if (m_config.secretKey.startsWith(QLatin1String("sk_test_"))
        || m_config.secretKey.startsWith(QLatin1String("rk_test_")))
        return true;
    return m_config.apiBase.host() != QLatin1String("api.stripe.com");
}

int StripeClient::retryDelayMs(int retriesSoFar, int initialMs, int maxMs, int jitterPermille)
{
    const int n = qBound(0, retriesSoFar, 30);
    // initial * 2^(n-1), kept in integers: (initial << n) / 2.
    const qint64 exponential = (static_cast<qint64>(qMax(initialMs, 0)) << n) / 2;
    qint64 sleep = qMin<qint64>(exponential, maxMs);
    sleep = sleep * qBound(500, jitterPermille, 1000) / 1000;
    return static_cast<int>(qMax<qint64>(initialMs, sleep));
}

QString StripeClient::idempotencyKey(
    const QString &orderNumber, qint64 attempt, const QString &operation, const QString &installationId)
{
    const QString scope = installationId.isEmpty() ? QString() : installationId + QLatin1Char('-');
    const QString readable = QStringLiteral("kiosk-") + scope + operation + QLatin1Char('-') + orderNumber
        + QLatin1Char('-') + QString::number(attempt);
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (readable.size() <= 255 && safe.match(readable).hasMatch())
        return readable;
    // Odd characters or a long order number: a digest keeps the key stable and within limits.
    QByteArray material = operation.toUtf8() + '\n' + orderNumber.toUtf8() + '\n' + QByteArray::number(attempt);
    if (!installationId.isEmpty())
        material += '\n' + installationId.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
    return QStringLiteral("kiosk-") + QString::fromLatin1(digest.toHex());
}

QString StripeClient::refundIdempotencyKey(
    const QString &orderNumber, qint64 localRefundId, const QString &installationId)
{
    return idempotencyKey(orderNumber, localRefundId, QStringLiteral("refund"), installationId);
}

QString StripeClient::taxRateIdempotencyKey(const QString &definition, const QString &installationId)
{
    const QByteArray digest = QCryptographicHash::hash(definition.toUtf8(), QCryptographicHash::Sha256).toHex();
    QString key = QStringLiteral("kiosk-");
    if (!installationId.isEmpty())
        key += installationId + QLatin1Char('-');
    key += QStringLiteral("tax_rate-") + QString::fromLatin1(digest);
    // The installation id is [A-Za-z0-9_-]; anything else is hashed like the other keys.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.-]{1,255}$"));
    if (!safe.match(key).hasMatch())
        key = QStringLiteral("kiosk-tax_rate-")
            + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    return key;
}

void StripeClient::createTaxRate(
    const TaxRateRequest &request, const QString &idempotencyKey, QObject *context, Callback<StripeTaxRate> done)
{
    if (Status valid = request.validate(); !valid) {
        QTimer::singleShot(
            0, context ? context : this, [done, error = invalidRequest(valid.error().message)]() { done(error); });
        return;
    }
    send("POST", QStringLiteral("/v1/tax_rates"), request.toParams(), idempotencyKey, context,
        parseWith<StripeTaxRate>(&StripeParsers::taxRate, std::move(done)));
}

void StripeClient::createCoupon(
    const CouponRequest &request, const QString &idempotencyKey, QObject *context, Callback<StripeCoupon> done)
{
    if (Status valid = request.validate(); !valid) {
        QTimer::singleShot(
            0, context ? context : this, [done, error = invalidRequest(valid.error().message)]() { done(error); });
        return;
    }
    send("POST", QStringLiteral("/v1/coupons"), request.toParams(), idempotencyKey, context,
        parseWith<StripeCoupon>(&StripeParsers::coupon, std::move(done)));
}

void StripeClient::send(const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &params,
    const QString &idempotencyKey, QObject *context, std::function<void(Result<QByteArray, StripeError>)> done)
{
    auto call = std::make_shared<Call>();
    call->path = path;
    call->context = context ? context : this;
    call->done = std::move(done);

    QUrl url = m_config.apiBase;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    const QByteArray encoded = FormEncoder::encode(params);
    const bool inQuery = method == "GET" || method == "DELETE";
    if (inQuery && !encoded.isEmpty())
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);

    HttpRequest &request = call->request;
    request.method = method;
    request.url = url;
    request.timeoutMs = m_config.timeoutMs;
    request.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    request.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + m_config.secretKey.toUtf8() });
    request.headers.append({ QByteArrayLiteral("Stripe-Version"), m_config.apiVersion.toUtf8() });
    request.headers.append({ QByteArrayLiteral("User-Agent"), userAgent() });
    if (!inQuery) {
        request.headers.append(
            { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") });
        request.body = encoded;
    }
    if (method == "POST") {
        // stripe-node adds a random key when the caller gives none; ours are derived from the
        // order so a restarted kiosk resends the same key.
        const QString key
            = idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : idempotencyKey;
        request.headers.append({ QByteArrayLiteral("Idempotency-Key"), key.toUtf8() });
    }
    attempt(std::move(call));
}

void StripeClient::attempt(std::shared_ptr<Call> call)
{
    qCDebug(lcStripe).noquote() << "->" << call->request.method << call->path << "attempt" << call->retries + 1;
    m_transport->send(call->request, this, [this, call](HttpResponse response) {
        const QString requestId = requestIdOf(response);
        if (shouldRetry(response, call->retries, m_config.maxNetworkRetries)) {
            const int delay
                = retryDelayMs(call->retries, m_config.initialRetryDelayMs, m_config.maxRetryDelayMs, m_jitter());
            ++call->retries;
            qCInfo(lcStripe).noquote() << call->request.method << call->path << "failed with"
                                       << (response.connectionError ? QStringLiteral("a connection error")
                                                                    : QStringLiteral("HTTP %1").arg(response.status))
                                       << requestId << "- retry" << call->retries << "in" << delay << "ms";
            QTimer::singleShot(delay, this, [this, call]() { attempt(call); });
            return;
        }
        if (!call->context)
            return;
        if (response.connectionError) {
            StripeError error = StripeError::fromConnectionFailure(response.errorString, m_config.secretKey);
            qCWarning(lcStripe).noquote() << call->request.method << call->path << error.toString();
            call->done(error);
            return;
        }
        if (response.status < 200 || response.status > 299) {
            StripeError error
                = StripeError::fromResponse(response.status, response.body, requestId, m_config.secretKey);
            qCWarning(lcStripe).noquote() << call->request.method << call->path << error.toString();
            call->done(error);
            return;
        }
        qCDebug(lcStripe).noquote() << "<-" << call->request.method << call->path << response.status << requestId;
        call->done(response.body);
    });
}

void StripeClient::createCheckoutSession(const CheckoutSessionRequest &request, const QString &idempotencyKey,
    QObject *context, Callback<CheckoutSession> done)
{
    if (Status valid = request.validate(); !valid) {
        QTimer::singleShot(
            0, context ? context : this, [done, error = invalidRequest(valid.error().message)]() { done(error); });
        return;
    }
    send("POST", QStringLiteral("/v1/checkout/sessions"), request.toParams(), idempotencyKey, context,
        parseWith<CheckoutSession>(&StripeParsers::checkoutSession, std::move(done)));
}

void StripeClient::retrieveCheckoutSession(
    const QString &id, bool expandLineItems, QObject *context, Callback<CheckoutSession> done)
{
    if (!isSafeId(id)) {
        QTimer::singleShot(0, context ? context : this,
            [done]() { done(invalidRequest(QStringLiteral("not a checkout session id"), QStringLiteral("id"))); });
        return;
    }
    QList<QPair<QString, QString>> params;
    if (expandLineItems)
        params.append({ QStringLiteral("expand[0]"), QStringLiteral("line_items") });
    send("GET", QStringLiteral("/v1/checkout/sessions/") + id, params, QString(), context,
        parseWith<CheckoutSession>(&StripeParsers::checkoutSession, std::move(done)));
}

void StripeClient::expireCheckoutSession(
    const QString &id, const QString &idempotencyKey, QObject *context, Callback<CheckoutSession> done)
{
    if (!isSafeId(id)) {
        QTimer::singleShot(0, context ? context : this,
            [done]() { done(invalidRequest(QStringLiteral("not a checkout session id"), QStringLiteral("id"))); });
        return;
    }
    send("POST", QStringLiteral("/v1/checkout/sessions/") + id + QStringLiteral("/expire"), {}, idempotencyKey, context,
        parseWith<CheckoutSession>(&StripeParsers::checkoutSession, std::move(done)));
}

void StripeClient::listLineItems(const QString &sessionId, QObject *context, Callback<StripeList<LineItem>> done)
{
    if (!isSafeId(sessionId)) {
        QTimer::singleShot(0, context ? context : this,
            [done]() { done(invalidRequest(QStringLiteral("not a checkout session id"), QStringLiteral("id"))); });
        return;
    }
    const QList<QPair<QString, QString>> params { { QStringLiteral("limit"), QStringLiteral("100") } };
    send("GET", QStringLiteral("/v1/checkout/sessions/") + sessionId + QStringLiteral("/line_items"), params, QString(),
        context,
        parseWith<StripeList<LineItem>>(
            [](const nlohmann::json &j) { return StripeParsers::list<LineItem>(j, &StripeParsers::lineItem); },
            std::move(done)));
}

void StripeClient::listEvents(const EventListParams &params, QObject *context, Callback<StripeList<StripeEvent>> done)
{
    if (params.limit < 1 || params.limit > 100 || params.types.size() > 20) {
        QTimer::singleShot(0, context ? context : this, [done]() {
            done(invalidRequest(
                QStringLiteral("events can be listed 1 to 100 at a time, filtered by at most 20 types")));
        });
        return;
    }
    send("GET", QStringLiteral("/v1/events"), params.toParams(), QString(), context,
        parseWith<StripeList<StripeEvent>>(
            [](const nlohmann::json &j) { return StripeParsers::list<StripeEvent>(j, &StripeParsers::event); },
            std::move(done)));
}

void StripeClient::createRefund(
    const RefundRequest &request, const QString &idempotencyKey, QObject *context, Callback<Refund> done)
{
    if (Status valid = request.validate(); !valid) {
        QTimer::singleShot(
            0, context ? context : this, [done, error = invalidRequest(valid.error().message)]() { done(error); });
        return;
    }
    send("POST", QStringLiteral("/v1/refunds"), request.toParams(), idempotencyKey, context,
        parseWith<Refund>(&StripeParsers::refund, std::move(done)));
}

void StripeClient::retrieveRefund(const QString &id, QObject *context, Callback<Refund> done)
{
    if (!isSafeId(id)) {
        QTimer::singleShot(0, context ? context : this,
            [done]() { done(invalidRequest(QStringLiteral("not a refund id"), QStringLiteral("id"))); });
        return;
    }
    send("GET", QStringLiteral("/v1/refunds/") + id, {}, QString(), context,
        parseWith<Refund>(&StripeParsers::refund, std::move(done)));
}

void StripeClient::listRefunds(const RefundListParams &params, QObject *context, Callback<StripeList<Refund>> done)
{
    const bool idsSafe = (params.charge.isEmpty() || isSafeId(params.charge))
        && (params.paymentIntent.isEmpty() || isSafeId(params.paymentIntent))
        && (params.startingAfter.isEmpty() || isSafeId(params.startingAfter));
    if (params.limit < 1 || params.limit > 100 || !idsSafe) {
        QTimer::singleShot(0, context ? context : this, [done]() {
            done(invalidRequest(QStringLiteral("refunds are listed 1 to 100 at a time, filtered by Stripe ids")));
        });
        return;
    }
    send("GET", QStringLiteral("/v1/refunds"), params.toParams(), QString(), context,
        parseWith<StripeList<Refund>>(
            [](const nlohmann::json &j) { return StripeParsers::list<Refund>(j, &StripeParsers::refund); },
            std::move(done)));
}

void StripeClient::listAllEvents(const EventListParams &params, QObject *context, Callback<QList<StripeEvent>> done)
{
    walkEvents(params, {}, context, std::move(done));
}

void StripeClient::walkEvents(
    EventListParams params, QList<StripeEvent> collected, QObject *context, Callback<QList<StripeEvent>> done)
{
    QPointer<QObject> guard(context ? context : this);
    listEvents(params, context,
        [this, params, collected, guard, context, done](Result<StripeList<StripeEvent>, StripeError> page) mutable {
            if (!page) {
                done(page.error());
                return;
            }
            const StripeList<StripeEvent> &list = page.value();
            collected.append(list.data);
            if (!list.hasMore || list.data.isEmpty()) {
                done(collected);
                return;
            }
            const QString last = list.data.constLast().id;
            if (last == params.startingAfter || collected.size() / qMax(params.limit, 1) > kMaxEventPages) {
                done(invalidResponse(makeError(QStringLiteral("invalid_response"),
                                         QStringLiteral("event list does not advance past ") + last),
                    QString()));
                return;
            }
            params.startingAfter = last;
            if (guard)
                walkEvents(params, std::move(collected), context, std::move(done));
        });
}

namespace {

Result<void, StripeError> checkPeriod(const PeriodListParams &params)
{
    if (params.limit < 1 || params.limit > 100 || (!params.startingAfter.isEmpty() && !isSafeId(params.startingAfter)))
        return invalidRequest(QStringLiteral("lists are read 1 to 100 at a time, after a Stripe id"));
    return {};
}

} // namespace

void StripeClient::listCharges(const PeriodListParams &params, QObject *context, Callback<StripeList<Charge>> done)
{
    if (auto valid = checkPeriod(params); !valid) {
        QTimer::singleShot(0, context ? context : this, [done, error = valid.error()]() { done(error); });
        return;
    }
    send("GET", QStringLiteral("/v1/charges"), params.toParams(), QString(), context,
        parseWith<StripeList<Charge>>(
            [](const nlohmann::json &j) { return StripeParsers::list<Charge>(j, &StripeParsers::charge); },
            std::move(done)));
}

void StripeClient::listRefunds(const PeriodListParams &params, QObject *context, Callback<StripeList<Refund>> done)
{
    if (auto valid = checkPeriod(params); !valid) {
        QTimer::singleShot(0, context ? context : this, [done, error = valid.error()]() { done(error); });
        return;
    }
    send("GET", QStringLiteral("/v1/refunds"), params.toParams(), QString(), context,
        parseWith<StripeList<Refund>>(
            [](const nlohmann::json &j) { return StripeParsers::list<Refund>(j, &StripeParsers::refund); },
            std::move(done)));
}

void StripeClient::listBalanceTransactions(
    const PeriodListParams &params, QObject *context, Callback<StripeList<BalanceTransaction>> done)
{
    if (auto valid = checkPeriod(params); !valid) {
        QTimer::singleShot(0, context ? context : this, [done, error = valid.error()]() { done(error); });
        return;
    }
    send("GET", QStringLiteral("/v1/balance_transactions"), params.toParams(), QString(), context,
        parseWith<StripeList<BalanceTransaction>>(
            [](const nlohmann::json &j) {
                return StripeParsers::list<BalanceTransaction>(j, &StripeParsers::balanceTransaction);
            },
            std::move(done)));
}

template <typename T> struct StripeClient::PeriodWalk
{
    PeriodListParams params;
    QList<T> collected;
    int pages = 0;
    QPointer<QObject> context;
    std::function<void(const PeriodListParams &, Callback<StripeList<T>>)> page;
    Callback<QList<T>> done;
};

template <typename T> void StripeClient::walkPeriod(std::shared_ptr<PeriodWalk<T>> walk)
{
    QPointer<StripeClient> self(this);
    walk->page(walk->params, [self, walk](Result<StripeList<T>, StripeError> page) {
        if (!page) {
            walk->done(page.error());
            return;
        }
        const StripeList<T> &list = page.value();
        walk->collected.append(list.data);
        ++walk->pages;
        if (!list.hasMore || list.data.isEmpty()) {
            walk->done(std::move(walk->collected));
            return;
        }
        const QString last = list.data.constLast().id;
        if (last == walk->params.startingAfter || walk->pages >= kMaxPeriodPages) {
            walk->done(invalidResponse(
                makeError(QStringLiteral("invalid_response"),
                    QStringLiteral("the list does not end within %1 pages (after %2)").arg(kMaxPeriodPages).arg(last)),
                QString()));
            return;
        }
        walk->params.startingAfter = last;
        if (self && walk->context)
            self->walkPeriod(walk);
    });
}

void StripeClient::listAllCharges(PeriodListParams params, QObject *context, Callback<QList<Charge>> done)
{
    auto walk = std::make_shared<PeriodWalk<Charge>>();
    walk->params = std::move(params);
    walk->context = context ? context : this;
    walk->page = [this, context](const PeriodListParams &p, Callback<StripeList<Charge>> cb) {
        listCharges(p, context, std::move(cb));
    };
    walk->done = std::move(done);
    walkPeriod(walk);
}

void StripeClient::listAllRefunds(PeriodListParams params, QObject *context, Callback<QList<Refund>> done)
{
    auto walk = std::make_shared<PeriodWalk<Refund>>();
    walk->params = std::move(params);
    walk->context = context ? context : this;
    walk->page = [this, context](const PeriodListParams &p, Callback<StripeList<Refund>> cb) {
        listRefunds(p, context, std::move(cb));
    };
    walk->done = std::move(done);
    walkPeriod(walk);
}

void StripeClient::listAllBalanceTransactions(
    PeriodListParams params, QObject *context, Callback<QList<BalanceTransaction>> done)
{
    auto walk = std::make_shared<PeriodWalk<BalanceTransaction>>();
    walk->params = std::move(params);
    walk->context = context ? context : this;
    walk->page = [this, context](const PeriodListParams &p, Callback<StripeList<BalanceTransaction>> cb) {
        listBalanceTransactions(p, context, std::move(cb));
    };
    walk->done = std::move(done);
    walkPeriod(walk);
}

} // namespace Kiosk
