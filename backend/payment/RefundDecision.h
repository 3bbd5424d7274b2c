// SPDX-License-Identifier: MIT
#pragma once

#include "Charge.h"
#include "Order.h"
#include "OrderRefund.h"
#include "Refund.h"

#include <QList>
#include <QString>

#include <optional>

namespace Kiosk {

/**
 * The one refund decision, like PaymentCoordinator::decide for payments: given an order, its
 * local refund records and what Stripe says (a refund object from the create call's answer, a
 * retrieve, the events sweep or a `refund.created|updated|failed` webhook; or the Charge of a
 * `charge.refunded`), which record moves to which status and where the order goes. Pure; every
 * path (call answer, webhook, sweep, recovery) uses it, so duplicated, reordered and missing
 * events end in the same place.
 *
 * - A Stripe refund is the record whose stripe id it has, else the record whose id and
 *   installation its metadata names (`refund_id`, `installation_id`: the answer was lost in a
 *   crash but the webhook came). None: a refund made elsewhere (the Dashboard), to be recorded
 *   (`adopt`). A refund of another payment intent changes nothing.
 * - A record's status only moves forward: pending → succeeded → failed, pending → failed |
 *   canceled; failed and canceled never move. So a late `refund.created` (pending) after
 *   `refund.updated` (succeeded) changes nothing, and a duplicate changes nothing.
 * - The order follows the succeeded refunds: none → paid, some → partially_refunded, all of
 *   amount_total → refunded. A refund that fails (newly) moves the order to needs_review with
 *   the reason ("Refund re_… of 2.50 EUR failed: insufficient_funds."); so does a Stripe amount
 *   or currency that differs from the record, or succeeded refunds above the paid total. Orders
 *   whose money was not taken (yet) and needs_review orders keep their status.
 * - `charge.refunded` carries only the running total (amount_refunded, pending and succeeded
 *   refunds): when it differs from the records, `resync` asks the caller to list the payment
 *   intent's refunds and decide each.
 */
class RefundDecision final
{
public:
    struct Outcome
    {
        int match = -1; ///< index in `refunds` of the record this is; -1 with adopt or nothing
        bool adopt = false; ///< no record: record Stripe's refund (made elsewhere) as refundTo
        std::optional<RefundRecord::Status> refundTo; ///< nullopt: the record stays as it is
        QString stripeRefundId; ///< to store on the record (it had none) or the adopted one
        QString failureReason;
        std::optional<OrderStatus> orderTo; ///< nullopt: the order stays as it is
        QString reason; ///< for the status history; needs_review's reason for people
        bool resync = false; ///< charge.refunded disagrees: list the payment intent's refunds
        [[nodiscard]] bool changesAnything() const
        {
            return refundTo.has_value() || orderTo.has_value() || adopt || !stripeRefundId.isEmpty() || resync;
        }
    };

    /** `eventType` is the refund.* event that carried the refund, empty for a call's answer. */
    [[nodiscard]] static Outcome decide(const Order &order, const QList<OrderRefund> &refunds, const Refund &stripe,
        const QString &installationId, const QString &eventType = QString());
    [[nodiscard]] static Outcome decideCharge(
        const Order &order, const QList<OrderRefund> &refunds, const Charge &charge);

    /** Where the order stands given these records (nullopt: no change). */
    [[nodiscard]] static std::optional<OrderStatus> orderStatusAfter(
        const Order &order, const QList<OrderRefund> &refunds, QString *reason = nullptr);
    /** Stripe's status (refund.failed means failed) as a record status; requires_action is pending. */
    [[nodiscard]] static RefundRecord::Status statusOf(const Refund &stripe, const QString &eventType = QString());
    /** Forward only; same is no move. */
    [[nodiscard]] static bool canMove(RefundRecord::Status from, RefundRecord::Status to);
    /** True for paid, partially_refunded and refunded: the order's money was taken. */
    [[nodiscard]] static bool tookMoney(OrderStatus status);
};

} // namespace Kiosk
