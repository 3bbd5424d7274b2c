// SPDX-License-Identifier: MIT
#include "ControlApi.h"

#include "ApiError.h"
#include "ApiResponse.h"
#include "ControlBody.h"
#include "FaultInjector.h"
#include "StripeSimulator.h"
#include "WebhookDispatcher.h"

#include <QUrl>

namespace Kiosk::Sim {

using nlohmann::json;

namespace {

Http::Response bad(const std::string &message, int status = 400, const std::string &param = {})
{
    return ApiError::invalid(message, param).withStatus(status).response();
}

Http::Response apiError(const ApiError &error)
{
    return error.response();
}

} // namespace

ControlApi::ControlApi(StripeSimulator &simulator, SimContext &sim, CheckoutSessions &sessions, PaymentEngine &engine,
    RefundResource &refunds, const WebhookDispatcher &dispatcher)
    : m_simulator(simulator)
    , m_sim(sim)
    , m_sessions(sessions)
    , m_engine(engine)
    , m_refunds(refunds)
    , m_dispatcher(dispatcher)
{ }

Http::Response ControlApi::handle(const Http::Request &request, const QString &path)
{
    const auto faultsJson = [this]() {
        FaultInjector current;
        current.set(m_simulator.faults());
        return current.toJson();
    };
    const bool isPost = request.method == "POST";
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // _sim, ...
    const auto clockAnswer = [this]() {
        return jsonResponse(200, json { { "now", m_sim.clock.nowSecs() }, { "offset", m_sim.clock.offset() } });
    };
    if (path == QLatin1String("/_sim/clock") && request.method == "GET")
        return clockAnswer();
    if (path == QLatin1String("/_sim/clock/advance") && isPost) {
        ControlBody body(request.body, { "seconds" });
        const auto seconds = body.integer("seconds", 0, m_sim.maxClockAdvance());
        if (body.ok() && !seconds)
            body.fail(ApiError::missing("seconds"));
        if (!body.ok())
            return apiError(body.error());
        m_simulator.advanceClock(*seconds);
        return clockAnswer();
    }
    if (path == QLatin1String("/_sim/faults")) {
        if (request.method == "GET")
            return jsonResponse(200, faultsJson());
        if (request.method == "DELETE") {
            m_simulator.resetFaults();
            return jsonResponse(200, faultsJson());
        }
        if (isPost) {
            ControlBody body(request.body,
                { "fail_count", "fail_status", "fail_mode", "fail_path", "fail_method", "delay_ms", "delay_count",
                    "delay_path", "webhook_duplicate", "webhook_reorder", "webhook_drop" });
            FaultInjector current;
            current.set(m_simulator.faults());
            const FaultConfig merged = current.merged(body);
            if (!body.ok())
                return apiError(body.error());
            m_simulator.setFaults(merged);
            return jsonResponse(200, faultsJson());
        }
    }
    if (path == QLatin1String("/_sim/webhooks") && isPost) {
        ControlBody body(request.body, { "url", "secret" });
        const QUrl url(body.string("url").value_or(QString()));
        const QString secret = body.string("secret").value_or(QString());
        if (!body.ok())
            return apiError(body.error());
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty() || secret.isEmpty())
            return bad("Send {\"url\": \"http://…\", \"secret\": \"whsec_…\"}.");
        m_simulator.addWebhookEndpoint({ url, secret.toUtf8() });
        return jsonResponse(200, json { { "endpoints", m_dispatcher.endpointCount() } });
    }
    if (isPost && parts.size() == 3 && parts.at(1) == QLatin1String("refunds")
        && parts.at(2) == QLatin1String("fail_next"))
        return failRefund(std::nullopt, request.body);
    if (isPost && parts.size() == 4 && parts.at(1) == QLatin1String("refunds") && parts.at(3) == QLatin1String("fail"))
        return failRefund(parts.at(2).toStdString(), request.body);
    if (parts.size() == 4 && parts.at(1) == QLatin1String("sessions") && isPost) {
        const std::string id = parts.at(2).toStdString();
        if (parts.at(3) == QLatin1String("pay"))
            return pay(id, request.body);
        if (parts.at(3) == QLatin1String("async"))
            return finishAsync(id, request.body);
    }
    return bad("Unknown control endpoint " + request.method.toStdString() + " " + path.toStdString(), 404);
}

Http::Response ControlApi::pay(const std::string &id, const QByteArray &bytes)
{
    ControlBody body(bytes,
        { "card", "email", "exp", "cvc", "name", "three_d_secure", "async", "phone", "shipping", "shipping_rate",
            "custom_fields", "terms_of_service", "promotions" });
    PaymentInput input;
    input.card = body.string("card").value_or(QString());
    input.email = body.string("email").value_or(QString());
    input.expiry = body.string("exp").value_or(QStringLiteral("12/34"));
    input.cvc = body.string("cvc").value_or(QStringLiteral("123"));
    input.name = body.string("name").value_or(QString());
    input.threeDSecure = body.string("three_d_secure").value_or(QString());
    input.async = body.boolean("async").value_or(false);
    // What the page would collect for the session (phone, shipping, custom fields, consent).
    input.phone = body.string("phone").value_or(QString());
    const auto shipping
        = body.strings("shipping", { "name", "line1", "line2", "city", "postal_code", "state", "country" })
              .value_or(std::map<std::string, QString>());
    const auto part = [&shipping](const char *key) {
        const auto it = shipping.find(key);
        return it == shipping.end() ? QString() : it->second;
    };
    input.shipping = { part("name"), part("line1"), part("line2"), part("city"), part("postal_code"), part("state"),
        part("country") };
    input.shippingRate = body.string("shipping_rate").value_or(QString());
    input.customFields = body.strings("custom_fields").value_or(std::map<std::string, QString>());
    input.termsAccepted = body.boolean("terms_of_service").value_or(false);
    input.promotionsOptIn = body.boolean("promotions").value_or(false);
    if (!input.threeDSecure.isEmpty() && input.threeDSecure != QLatin1String("complete")
        && input.threeDSecure != QLatin1String("fail"))
        body.fail(ApiError::invalid("three_d_secure must be \"complete\" or \"fail\".", "three_d_secure"));
    if (!body.ok())
        return body.error().response();
    const PaymentOutcome outcome = m_engine.pay(id, input);
    static const char *const names[]
        = { "paid", "processing", "declined", "invalid", "requires_action", "closed", "not_found" };
    json answer = { { "outcome", names[int(outcome.kind)] } };
    if (!outcome.message.isEmpty())
        answer["message"] = outcome.message.toStdString();
    if (!outcome.code.isEmpty())
        answer["code"] = outcome.code.toStdString();
    if (!outcome.declineCode.isEmpty())
        answer["decline_code"] = outcome.declineCode.toStdString();
    if (!outcome.field.isEmpty())
        answer["field"] = outcome.field.toStdString();
    if (json *record = m_sessions.find(id))
        answer["session"] = (*record)["session"];
    return jsonResponse(outcome.status, answer);
}

Http::Response ControlApi::finishAsync(const std::string &id, const QByteArray &bytes)
{
    ControlBody body(bytes, { "result" });
    const QString result = body.string("result").value_or(QString());
    if (!body.ok())
        return body.error().response();
    if (result != QLatin1String("succeeded") && result != QLatin1String("failed"))
        return bad("Send {\"result\": \"succeeded\"} or {\"result\": \"failed\"}.", 400, "result");
    switch (m_engine.finishAsync(id, result == QLatin1String("succeeded"))) {
    case PaymentEngine::AsyncResult::NoSuchSession:
        return bad("No such checkout.session: '" + id + "'", 404);
    case PaymentEngine::AsyncResult::NothingPending:
        return bad("This session has no delayed payment waiting (pay it with \"async\": true first).", 409);
    case PaymentEngine::AsyncResult::Finished:
        break;
    }
    return jsonResponse(
        200, json { { "outcome", result.toStdString() }, { "session", (*m_sessions.find(id))["session"] } });
}

Http::Response ControlApi::failRefund(const std::optional<std::string> &id, const QByteArray &bytes)
{
    // The next refund created (it stays pending until the clock moves), or a given one now.
    ControlBody body(bytes, { "failure_reason" });
    const std::string reason = body.string("failure_reason").value_or(QStringLiteral("declined")).toStdString();
    const auto &reasons = RefundResource::failureReasons();
    if (body.ok() && std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
        body.fail(ApiError::invalid("Invalid failure_reason: " + reason, "failure_reason"));
    if (!body.ok())
        return apiError(body.error());
    if (!id) {
        m_refunds.failNext(reason);
        return jsonResponse(200, json { { "fail_next", reason } });
    }
    const auto failed = m_refunds.fail(*id, reason);
    if (!failed.ok())
        return apiError(failed.error());
    return jsonResponse(200, failed.value());
}

} // namespace Kiosk::Sim
