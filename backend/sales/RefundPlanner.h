// SPDX-License-Identifier: MIT
#pragma once

#include "PaidOrder.h"
#include "RefundPlan.h"
#include "Result.h"

namespace Kiosk {

/**
 * Plans a refund of a paid order, given the refunds already made: the whole remainder, chosen
 * lines and quantities, or an amount. Pure and thread-safe; nothing is written — the caller
 * records the plan (before calling Stripe) and sends `amount`.
 *
 * Rules (backend/sales/README.md has the full text):
 * - Pending and succeeded refunds count against the order; failed and canceled ones do not.
 *   remaining = amountTotal - counted refunds; the refunded total never exceeds the paid total.
 * - A line of total T and quantity q refunds cumulatively: after m of q units in all, value(m) =
 *   T when m = q, else the multiple of the currency step nearest to T * m / q (half up), at most T;
 *   r more units after a give value(a + r) - value(a). Each rate's tax the same way, so a line
 *   refunded unit by unit gives back exactly its total and tax.
 * - An amount refund is not attributed to lines. Its tax per rate is the tax still unrefunded of
 *   that rate times amount / remaining, to the nearest step (half up); all of it when the amount
 *   is the remainder. A later line refund is worth its lines' value but at most the remainder
 *   (then cappedByRemainder; its tax is the lines' tax scaled by amount / value, at most what is
 *   unrefunded of the rate). A refund that empties the order gives back all the unrefunded tax.
 * - A refund without recorded tax (made in the Dashboard) is given tax by the amount rule, in
 *   the order listed.
 * Errors, with both amounts named where there are two: "order_not_paid", "nothing_left",
 * "amount_above_remaining", "invalid_amount" (zero, negative, off the currency's step),
 * "unknown_line", "invalid_quantity", "quantity_above_remaining", "duplicate_line",
 * "nothing_to_refund" (the chosen units were free), "inconsistent_order" (lines that do not add
 * up to the total, refunds naming lines the order lacks).
 */
class RefundPlanner final
{
public:
    static Result<RefundPlan> wholeRemainder(const PaidOrder &order, const QList<RefundRecord> &refunds);
    static Result<RefundPlan> lines(
        const PaidOrder &order, const QList<RefundRecord> &refunds, const QList<RefundLine> &requested);
    static Result<RefundPlan> amount(const PaidOrder &order, const QList<RefundRecord> &refunds, qint64 amount);
};

} // namespace Kiosk
