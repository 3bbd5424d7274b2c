// SPDX-License-Identifier: MIT
#pragma once

#include "PaymentCoordinator.h"
#include "WebhookVerifier.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <variant>

namespace Kiosk {

/**
 * POST /webhooks/stripe, independent of the HTTP server so it can be driven directly. The raw
 * body is verified before it is parsed; a verified event is applied through the coordinator and
 * answered 200 only after it is committed.
 * Answers: 200 {"received":true,"duplicate":bool}; 413 body over 1 MiB; 400 missing, forged or
 * stale signature or not an event (nothing recorded); 500 when the store failed (Stripe
 * retries). Every event type is recorded, including ones the kiosk does not act on, so
 * duplicates of them are recognised too.
 *
 * Group commit: submit() verifies at once (refusals are answered at once) and queues a verified
 * event; the queue is flushed when the event loop has handled what is ready now (a zero timer)
 * or when it holds MaxBatch events, in ONE store transaction through
 * PaymentCoordinator::applyWebhookEvents() (one fsync per batch), and only then is every queued
 * request answered, in the order it arrived.
 */
class WebhookEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookEndpoint)

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
    };
    using Done = std::function<void(const Response &)>;

    WebhookEndpoint(QByteArray secret, PaymentCoordinator *payments, const Clock &clock = Clock::system(),
        QObject *parent = nullptr);
    ~WebhookEndpoint() override;

    /** Verifies now; answers a refusal now and a verified event after its batch is committed.
     *  `done` is called exactly once, on this object's thread. */
    void submit(const QByteArray &body, const QByteArray &signatureHeader, Done done);
    /** Commits and answers the queued events now (also done on destruction). */
    void flush();
    [[nodiscard]] qsizetype pending() const { return m_queue.size(); }

    struct Stats
    {
        qint64 batches = 0;
        qint64 events = 0;
        qint64 largest = 0;
    };
    [[nodiscard]] Stats stats() const { return m_stats; }

    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    static constexpr qsizetype MaxBatch = 256;

Q_SIGNALS:
    /** After a batch was committed and its requests answered. */
    void batchCommitted(int events);

private:
    struct Queued
    {
        PaymentCoordinator::VerifiedEvent event;
        Done done;
    };
    /** The verified event, or the answer refusing it. */
    std::variant<StripeEvent, Response> verify(const QByteArray &body, const QByteArray &signatureHeader) const;

    WebhookVerifier m_verifier;
    PaymentCoordinator *m_payments;
    QList<Queued> m_queue;
    QTimer m_flushTimer;
    Stats m_stats;
};

} // namespace Kiosk
