// SPDX-License-Identifier: MIT
#pragma once

#include "OrderRefund.h"
#include "OrderStore.h"
#include "Refund.h"
#include "RefundOrderRequest.h"
#include "RefundPlan.h"
#include "Result.h"
#include "StripeError.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Kiosk {

class StripeClient;
struct StripeEvent;

/**
 * The exactly-once refund flow, like PaymentCoordinator for payments. refund() plans with
 * RefundPlanner, records the refund (pending) BEFORE asking Stripe, sends it under
 * StripeClient::refundIdempotencyKey() with metadata `refund_id`, `installation_id` and
 * `order_number`, and settles it by RefundDecision from the answer. Every other path goes through
 * the same decision: `refund.created|updated|failed` and `charge.refunded` webhooks and the events
 * sweep (prepareEvent(), inside the event batch's transaction), resume() (start-up and after each
 * sweep: pending refunds are retrieved, or looked for among the payment intent's refunds and
 * re-sent with the same key) and resync() (charge.refunded disagreed with the records).
 *
 * One refund of an order is asked for at a time: while one is recorded but unanswered by Stripe,
 * the same request again (a double tap, a client's retry) joins it (re-sent with its key if no call
 * is under way), any other is refused with "refund_in_progress". A connection failure, timeout,
 * 409, 429 or 5xx leaves the refund pending ("stripe_unreachable"); Stripe refusing the request
 * (4xx) marks it failed with Stripe's message, gives no money back and moves no order.
 *
 * Owns nothing: the store and client must outlive it. One thread (the store's); answers come
 * later through context-bound callbacks, never from inside the call; nothing throws.
 */
class RefundCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundCoordinator)

public:
    RefundCoordinator(OrderStore *store, StripeClient *client, QObject *parent = nullptr);
    ~RefundCoordinator() override;

    /** What the refund would give back (RefundPlanner against the order's refunds so far);
     *  writes nothing. Also "not_found", "invalid_reason". */
    [[nodiscard]] Result<RefundPlan> plan(qint64 orderId, const RefundOrderRequest &request) const;

    /** Records and sends the refund; answers with the record as Stripe's answer left it (pending,
     *  succeeded or failed). Errors: the planner's and "invalid_reason", "refund_in_progress",
     *  "not_found" (nothing recorded); "stripe_unreachable" (recorded, pending, retried with the
     *  same key by resume() or the same request); Stripe's own code when it refused (recorded as
     *  failed). */
    void refund(qint64 orderId, const RefundOrderRequest &request, QObject *context,
        std::function<void(Result<OrderRefund>)> done);

    /** Settles every pending refund with Stripe, one after another: one Stripe has answered for
     *  is retrieved; one it has not is looked for among its payment intent's refunds (by its
     *  metadata) and, when absent, sent again under the same key. */
    void resume(QObject *context = nullptr, std::function<void(Status)> done = {});
    /** Lists the order's payment intent's refunds at Stripe and decides each: records ours,
     *  adopts those made elsewhere (the Dashboard). */
    void resync(qint64 orderId, QObject *context = nullptr, std::function<void(Status)> done = {});

    /** The event types prepareEvent() handles (the events sweep asks for them). */
    [[nodiscard]] static QStringList eventTypes();
    /**
     * For a refund.* or charge.refunded event (false for any other): sets the event's order (found
     * by payment intent) and a decide() that settles or adopts the refund by RefundDecision inside
     * the batch's transaction. `resync` is set during that decision when charge.refunded disagrees
     * with the records or one of them is still pending: call resync() for the order once the batch
     * is committed.
     */
    bool prepareEvent(const StripeEvent &event, const QString &source, OrderStore::EventWrite &write,
        const std::shared_ptr<bool> &resync) const;

    /** Applies one refund object from Stripe (a call's answer, a retrieve, a list) by
     *  RefundDecision; the record as it stands afterwards, "not_ours" for another payment's. */
    Result<OrderRefund> apply(const Refund &stripe, const QString &source);

private:
    struct Resume;
    void resumeNext(std::shared_ptr<Resume> run);
    /** Sends a recorded pending refund (or joins the call already under way for it). */
    void send(const Order &order, const OrderRefund &record, const QString &source,
        std::function<void(Result<OrderRefund>)> done);
    void answered(qint64 orderId, qint64 refundId, const Result<Refund, StripeError> &answer, const QString &source);
    [[nodiscard]] qint64 orderIdOf(const Refund &stripe) const;

    OrderStore *m_store;
    StripeClient *m_client;
    /** Refund records whose create call is under way, with everyone waiting for its answer. */
    QHash<qint64, QList<std::function<void(Result<OrderRefund>)>>> m_inFlight;
    bool m_resuming = false;
};

} // namespace Kiosk
