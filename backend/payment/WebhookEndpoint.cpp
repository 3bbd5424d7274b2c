// SPDX-License-Identifier: MIT
#include "WebhookEndpoint.h"

#include "JsonText.h"
#include "Log.h"

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

QByteArray errorBody(const char *code, const QString &message)
{
    const nlohmann::json j = { { "error", { { "code", code }, { "message", message.toStdString() } } } };
    return JsonText::dump(j);
}

const char *failureCode(WebhookFailure failure)
{
    switch (failure) {
    case WebhookFailure::NoHeader:
        return "missing_signature";
    case WebhookFailure::UnparsableHeader:
        return "unparsable_signature";
    case WebhookFailure::NoV1Signature:
        return "no_v1_signature";
    case WebhookFailure::NoMatch:
        return "signature_mismatch";
    case WebhookFailure::OutsideTolerance:
        return "timestamp_outside_tolerance";
    case WebhookFailure::BodyTooLarge:
        return "body_too_large";
    case WebhookFailure::BadPayload:
        return "bad_payload";
    }
    return "invalid";
}

WebhookEndpoint::Response answer(const Result<OrderStore::EventOutcome> &outcome, const QString &eventId)
{
    if (!outcome) {
        qCWarning(lcWebhook) << "could not record" << eventId << ":" << outcome.error().toString();
        return { 500, errorBody("store_failed", QStringLiteral("The event could not be recorded; retry later.")) };
    }
    const bool duplicate = outcome.value() == OrderStore::EventOutcome::Duplicate;
    return { 200,
        duplicate ? QByteArrayLiteral("{\"received\":true,\"duplicate\":true}")
                  : QByteArrayLiteral("{\"received\":true,\"duplicate\":false}") };
}

} // namespace

WebhookEndpoint::WebhookEndpoint(QByteArray secret, PaymentCoordinator *payments, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_verifier(std::move(secret), clock, 300, MaxBodyBytes)
    , m_payments(payments)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &WebhookEndpoint::flush);
}

WebhookEndpoint::~WebhookEndpoint()
{
    flush();
    if (m_stats.batches > 0)
        qCInfo(lcWebhook).nospace() << "webhook group commit: " << m_stats.events << " events in " << m_stats.batches
                                    << " batches (mean " << double(m_stats.events) / double(m_stats.batches)
                                    << ", largest " << m_stats.largest << ")";
}

std::variant<StripeEvent, WebhookEndpoint::Response> WebhookEndpoint::verify(
    const QByteArray &body, const QByteArray &signatureHeader) const
{
    if (body.size() > MaxBodyBytes)
        return Response { 413, errorBody("body_too_large", QStringLiteral("Webhook bodies are limited to 1 MiB.")) };
    Result<StripeEvent, WebhookError> event = m_verifier.constructEvent(body, signatureHeader);
    if (!event) {
        const WebhookError &e = event.error();
        qCWarning(lcWebhook) << "refused a webhook:" << failureCode(e.failure) << e.message;
        const int status = e.failure == WebhookFailure::BodyTooLarge ? 413 : 400;
        return Response { status, errorBody(failureCode(e.failure), e.message) };
    }
    return std::move(event).value();
}

void WebhookEndpoint::submit(const QByteArray &body, const QByteArray &signatureHeader, Done done)
{
    auto verified = verify(body, signatureHeader);
    if (auto *refused = std::get_if<Response>(&verified)) {
        done(*refused);
        return;
    }
    m_queue.append(Queued { { std::get<StripeEvent>(std::move(verified)), body }, std::move(done) });
    if (m_queue.size() >= MaxBatch)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void WebhookEndpoint::flush()
{
    m_flushTimer.stop();
    if (m_queue.isEmpty())
        return;
    const QList<Queued> batch = std::exchange(m_queue, {});
    QList<PaymentCoordinator::VerifiedEvent> events;
    events.reserve(batch.size());
    for (const Queued &q : batch)
        events.append(q.event);
    const QList<Result<OrderStore::EventOutcome>> outcomes = m_payments->applyWebhookEvents(events);
    ++m_stats.batches;
    m_stats.events += batch.size();
    m_stats.largest = qMax<qint64>(m_stats.largest, batch.size());
    // Committed (or failed) as a whole: answer in arrival order.
    for (qsizetype i = 0; i < batch.size(); ++i)
        batch.at(i).done(answer(outcomes.at(i), batch.at(i).event.event.id));
    emit batchCommitted(int(batch.size()));
}

} // namespace Kiosk
