// SPDX-License-Identifier: MIT
#include "WebhookEndpoint.h"

#include "JsonText.h"
#include "Log.h"

#include <QThread>

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

constexpr int kMaxAutoWorkers = 4;
constexpr int kRetryAfterSecs = 1;

} // namespace

WebhookEndpoint::WebhookEndpoint(
    QByteArray secret, PaymentCoordinator *payments, Limits limits, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_verifier(std::move(secret), clock, 300, MaxBodyBytes)
    , m_clock(clock)
    , m_payments(payments)
    , m_limits(limits)
{
    m_workers.setMaxThreadCount(
        m_limits.workers > 0 ? m_limits.workers : qBound(1, QThread::idealThreadCount(), kMaxAutoWorkers));
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &WebhookEndpoint::flush);
    m_maxWaitTimer.setSingleShot(true);
    m_maxWaitTimer.setInterval(MaxBatchWaitMs);
    connect(&m_maxWaitTimer, &QTimer::timeout, this, &WebhookEndpoint::flush);
}

WebhookEndpoint::~WebhookEndpoint()
{
    // Every delivery taken is answered: wait for the ones being verified, then commit.
    m_workers.waitForDone();
    collect();
    flush();
    if (m_stats.batches > 0)
        qCInfo(lcWebhook).nospace() << "webhook group commit: " << m_stats.events << " events in " << m_stats.batches
                                    << " batches (mean " << double(m_stats.events) / double(m_stats.batches)
                                    << ", largest " << m_stats.largest << ")";
}

WebhookEndpoint::Verdict WebhookEndpoint::verify(
    const QByteArray &body, const QByteArray &signatureHeader, qint64 receivedAt) const
{
    try {
        Result<StripeEvent, WebhookError> event = m_verifier.constructEvent(body, signatureHeader, receivedAt);
        if (!event) {
            const WebhookError &e = event.error();
            qCWarning(lcWebhook) << "refused a webhook:" << failureCode(e.failure) << e.message;
            const int status = e.failure == WebhookFailure::BodyTooLarge ? 413 : 400;
            return Response { status, errorBody(failureCode(e.failure), e.message) };
        }
        return std::move(event).value();
    } catch (const std::exception &) {
        // Out of memory on a worker: this delivery fails alone; Stripe delivers it again.
        return Response { 500,
            errorBody("internal_error", QStringLiteral("The event could not be read; retry later.")) };
    }
}

void WebhookEndpoint::submit(const QByteArray &body, const QByteArray &signatureHeader, Done done)
{
    if (body.size() > MaxBodyBytes) {
        done(Response { 413, errorBody("body_too_large", QStringLiteral("Webhook bodies are limited to 1 MiB.")) });
        return;
    }
    if (pending() >= m_limits.maxPending || m_pendingBytes + body.size() > m_limits.maxPendingBytes) {
        ++m_stats.overloaded;
        done(Response { 503,
            errorBody("overloaded", QStringLiteral("Too many webhooks are waiting to be recorded; retry later.")),
            kRetryAfterSecs });
        return;
    }
    const quint64 ticket = m_nextTicket++;
    m_pendingBytes += body.size();
    m_verifying.push_back(Verifying { ticket, body, std::move(done) });
    const qint64 receivedAt = m_clock.nowSecs();
    m_workers.start([this, ticket, body, signatureHeader, receivedAt] {
        Verdict verdict = verify(body, signatureHeader, receivedAt);
        {
            const QMutexLocker lock(&m_verdictsMutex);
            m_verdicts.insert(ticket, std::move(verdict));
        }
        // One queued call collects every verdict that is back by then.
        if (!m_collectPosted.exchange(true))
            QMetaObject::invokeMethod(this, &WebhookEndpoint::collect, Qt::QueuedConnection);
    });
}

void WebhookEndpoint::collect()
{
    m_collectPosted = false;
    QHash<quint64, Verdict> back;
    {
        const QMutexLocker lock(&m_verdictsMutex);
        back.swap(m_verdicts);
    }
    // In arrival order: a delivery whose verdict is back waits for the earlier ones, so the
    // first copy of an event that arrived twice is the one applied.
    while (!m_verifying.empty()) {
        const auto found = back.find(m_verifying.front().ticket);
        if (found == back.end())
            break;
        Verifying delivery = std::move(m_verifying.front());
        m_verifying.pop_front();
        Verdict verdict = std::move(found.value());
        back.erase(found);
        if (auto *refused = std::get_if<Response>(&verdict)) {
            m_pendingBytes -= delivery.body.size();
            delivery.done(*refused);
            continue;
        }
        m_queue.append(
            Queued { { std::get<StripeEvent>(std::move(verdict)), delivery.body }, std::move(delivery.done) });
        if (m_queue.size() >= MaxBatch)
            flush();
        else if (!m_maxWaitTimer.isActive())
            m_maxWaitTimer.start();
    }
    if (!back.isEmpty()) {
        // Verdicts behind one still being verified: kept for the next collect().
        const QMutexLocker lock(&m_verdictsMutex);
        m_verdicts.insert(back);
    }
    if (!m_queue.isEmpty() && m_verifying.empty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void WebhookEndpoint::flush()
{
    m_flushTimer.stop();
    m_maxWaitTimer.stop();
    if (m_queue.isEmpty())
        return;
    const QList<Queued> batch = std::exchange(m_queue, {});
    QList<PaymentCoordinator::VerifiedEvent> events;
    events.reserve(batch.size());
    for (const Queued &q : batch) {
        events.append(q.event);
        m_pendingBytes -= q.event.rawBody.size();
    }
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
