// SPDX-License-Identifier: MIT
#pragma once

#include "PaymentCoordinator.h"
#include "WebhookLimits.h"
#include "WebhookVerifier.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <variant>

namespace Kiosk {

/**
 * POST /webhooks/stripe, independent of the HTTP server so it can be driven directly. The raw
 * body is verified before it is parsed; a verified event is applied through the coordinator and
 * answered 200 only after it is committed.
 * Answers: 200 {"received":true,"duplicate":bool}; 413 body over 1 MiB; 400 missing, forged or
 * stale signature or not an event (nothing recorded); 503 with Retry-After when too many
 * deliveries are waiting already (nothing recorded; Stripe delivers it again); 500 when the
 * store failed (Stripe retries). Every event type is recorded, including ones the kiosk does not
 * act on, so duplicates of them are recognised too.
 *
 * Off the event loop: submit() only takes the delivery (its age is measured from that moment)
 * and hands it to a small pool of worker threads, which check the signature and parse; the
 * verdicts come back to this object's thread in the order the deliveries arrived.
 * Group commit: a verified event waits in the queue, which is flushed once no delivery is being
 * verified any more (on a zero timer, so the event loop first takes what is ready now), when it
 * holds MaxBatch events, or MaxBatchWaitMs after its first event, in ONE store transaction
 * through PaymentCoordinator::applyWebhookEvents() (one fsync per batch); only then is every
 * queued request answered, in the order it arrived.
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
        int retryAfterSecs = 0; ///< > 0: send Retry-After
    };
    using Done = std::function<void(const Response &)>;

    using Limits = WebhookLimits;

    WebhookEndpoint(QByteArray secret, PaymentCoordinator *payments, Limits limits = {},
        const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~WebhookEndpoint() override;

    /** Takes a delivery: a refusal that needs no look inside (too large, overloaded) is
     *  answered now, everything else once verified and, if verified, committed. `done` is
     *  called exactly once, on this object's thread, never from inside submit() for a delivery
     *  that was taken. */
    void submit(const QByteArray &body, const QByteArray &signatureHeader, Done done);
    /** Commits and answers the verified events queued so far now (also done on destruction,
     *  after waiting for the deliveries being verified). */
    void flush();
    /** Deliveries taken and not answered yet (being verified or waiting for their commit). */
    [[nodiscard]] qsizetype pending() const { return m_verifying.size() + m_queue.size(); }

    struct Stats
    {
        qint64 batches = 0;
        qint64 events = 0;
        qint64 largest = 0;
        qint64 overloaded = 0; ///< deliveries answered 503
    };
    [[nodiscard]] Stats stats() const { return m_stats; }

    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    static constexpr qsizetype MaxBatch = 256;
    static constexpr int MaxBatchWaitMs = 5;

Q_SIGNALS:
    /** After a batch was committed and its requests answered. */
    void batchCommitted(int events);

private:
    /** The verified event, or the answer refusing it. */
    using Verdict = std::variant<StripeEvent, Response>;
    struct Verifying
    {
        quint64 ticket = 0;
        QByteArray body;
        Done done;
    };
    struct Queued
    {
        PaymentCoordinator::VerifiedEvent event;
        Done done;
    };
    /** On a worker thread: never throws, never reads the clock. */
    Verdict verify(const QByteArray &body, const QByteArray &signatureHeader, qint64 receivedAt) const;
    /** Takes the verdicts that are back, in arrival order, and schedules the commit. */
    void collect();

    WebhookVerifier m_verifier;
    const Clock &m_clock;
    PaymentCoordinator *m_payments;
    Limits m_limits;
    QThreadPool m_workers;
    quint64 m_nextTicket = 0;
    qsizetype m_pendingBytes = 0;
    std::deque<Verifying> m_verifying; ///< in arrival order
    QMutex m_verdictsMutex;
    QHash<quint64, Verdict> m_verdicts; ///< guarded by m_verdictsMutex
    std::atomic<bool> m_collectPosted { false };
    QList<Queued> m_queue;
    QTimer m_flushTimer;
    QTimer m_maxWaitTimer;
    Stats m_stats;
};

} // namespace Kiosk
