// SPDX-License-Identifier: MIT
#include "WebhookEndpoint.h"

#include "Log.h"
#include "PaymentCoordinator.h"

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

QByteArray errorBody(const char *code, const QString &message)
{
    const nlohmann::json j = {{"error", {{"code", code}, {"message", message.toStdString()}}}};
    return QByteArray::fromStdString(j.dump());
}

const char *failureCode(WebhookFailure failure)
{
    switch (failure) {
    case WebhookFailure::NoHeader: return "missing_signature";
    case WebhookFailure::UnparsableHeader: return "unparsable_signature";
    case WebhookFailure::NoV1Signature: return "no_v1_signature";
    case WebhookFailure::NoMatch: return "signature_mismatch";
    case WebhookFailure::OutsideTolerance: return "timestamp_outside_tolerance";
    case WebhookFailure::BodyTooLarge: return "body_too_large";
    case WebhookFailure::BadPayload: return "bad_payload";
    }
    return "invalid";
}

} // namespace

WebhookEndpoint::WebhookEndpoint(QByteArray secret, PaymentCoordinator *payments, const Clock &clock)
    : m_verifier(std::move(secret), clock, 300, MaxBodyBytes), m_payments(payments)
{
}

WebhookEndpoint::Response WebhookEndpoint::handle(const QByteArray &body, const QByteArray &signatureHeader) const
{
    if (body.size() > MaxBodyBytes)
        return {413, errorBody("body_too_large", QStringLiteral("Webhook bodies are limited to 1 MiB."))};
    Result<StripeEvent, WebhookError> event = m_verifier.constructEvent(body, signatureHeader);
    if (!event) {
        const WebhookError &e = event.error();
        qCWarning(lcWebhook) << "refused a webhook:" << failureCode(e.failure) << e.message;
        const int status = e.failure == WebhookFailure::BodyTooLarge ? 413 : 400;
        return {status, errorBody(failureCode(e.failure), e.message)};
    }
    const Result<OrderStore::EventOutcome> outcome = m_payments->applyWebhookEvent(event.value(), body);
    if (!outcome) {
        qCWarning(lcWebhook) << "could not record" << event->id << ":" << outcome.error().toString();
        return {500, errorBody("store_failed", QStringLiteral("The event could not be recorded; retry later."))};
    }
    const bool duplicate = outcome.value() == OrderStore::EventOutcome::Duplicate;
    return {200, duplicate ? QByteArrayLiteral("{\"received\":true,\"duplicate\":true}")
                           : QByteArrayLiteral("{\"received\":true,\"duplicate\":false}")};
}

} // namespace Kiosk
