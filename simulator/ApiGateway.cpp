// SPDX-License-Identifier: MIT
#include "ApiGateway.h"

#include "ApiVersion.h"
#include "FormDecoder.h"
#include "InputChecks.h"

#include "JsonText.h"

#include <QRegularExpression>
#include <QTimer>

namespace Kiosk::Sim {

using nlohmann::json;

namespace {

std::string u8(const QString &s)
{
    return s.toStdString();
}

ApiError invalid(const std::string &message, const std::string &param = {}, const std::string &code = {})
{
    return ApiError::invalid(message, param, code);
}

Http::Response errorResponse(const ApiError &error)
{
    return error.response();
}

std::string maskedKey(const QString &key)
{
    const int second = key.indexOf(QLatin1Char('_'), key.indexOf(QLatin1Char('_')) + 1);
    const QString prefix = second > 0 && second < 10 ? key.left(second + 1) : QString();
    return u8(prefix + QStringLiteral("****") + (key.size() > 12 ? key.right(4) : QString()));
}

} // namespace

ApiGateway::ApiGateway(
    const SimulatorOptions &options, const Clock &clock, std::function<void()> changed, QObject *context)
    : m_options(options)
    , m_clock(clock)
    , m_changed(std::move(changed))
    , m_context(context)
{
    m_faults.set(options.faults);
}

std::optional<ApiError> ApiGateway::authenticate(const Http::Request &request, QString &key) const
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
    const bool accepted = m_options.apiKey.isEmpty() ? wellFormed.match(key).hasMatch() : key == m_options.apiKey;
    if (!accepted) {
        ApiError e = invalid("Invalid API Key provided: " + maskedKey(key), {}, "api_key_invalid");
        e.status = 401;
        return e;
    }
    return std::nullopt;
}

void ApiGateway::handle(
    const Http::Request &request, const QString &path, const QByteArray &requestId, const Http::Responder &connection)
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
                     Http::Response response, const QList<QPair<QByteArray, QByteArray>> &extra = {}) {
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
    switch (m_faults.onApiRequest(request.method, path)) {
    case FaultInjector::Action::Drop:
        connection.drop();
        return;
    case FaultInjector::Action::Fail:
        reply(errorResponse(m_faults.failure()));
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
        if (!InputChecks::isUtf8(rawKey)) {
            reply(errorResponse(invalid("Invalid idempotency key: it must be valid UTF-8.", "idempotency_key")));
            return;
        }
        const std::string fingerprint
            = request.method.toStdString() + ' ' + u8(path) + ' ' + JsonText::dump(params).toStdString();
        const auto claim = m_idempotency.claim(apiKey, ctx.idempotencyKey, fingerprint, requestId, m_clock.nowSecs());
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
            Http::Response replay;
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
        ApiResult result = m_router.dispatch(method, path, params, ctx);
        if (!slot.empty()) {
            if (result.store)
                m_idempotency.finish(slot, result.response.status, result.response.body);
            else
                m_idempotency.release(slot);
            if (m_changed)
                m_changed();
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

    if (const auto delay = m_faults.delayFor(path)) {
        QTimer::singleShot(*delay, m_context, execute);
        return;
    }
    execute();
}

} // namespace Kiosk::Sim
