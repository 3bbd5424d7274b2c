// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"
#include "SalesRecords.h"
#include "StripeRecords.h"

namespace Kiosk {

/** One thing that does not agree between the kiosk and Stripe. Shown, never "fixed". */
struct Discrepancy
{
    enum class Kind {
        PaidAtStripeNotHere, ///< a paid session/charge with no paid order here
        PaidHereNotAtStripe, ///< a paid card order Stripe does not list
        AmountDiffers, ///< matched, amounts differ (amount = Stripe - here)
        CurrencyDiffers, ///< matched, currencies differ
        RefundMissingHere, ///< a Stripe refund with no local refund record
        RefundMissingAtStripe, ///< a local refund Stripe does not list (or lists as failed/canceled)
        RefundAmountDiffers, ///< matched refund, amounts differ (amount = Stripe - here)
    };
    Kind kind = Kind::PaidAtStripeNotHere;
    QString currency;
    QString orderNumber; ///< empty when no local order is known
    QString stripeId; ///< cs_/pi_/ch_ for payments, re_ for refunds; empty when Stripe has none
    qint64 amount = 0; ///< the money concerned (the difference for *_differs)
    qint64 localAmount = 0;
    qint64 stripeAmount = 0;

    /** "paid_at_stripe_not_here", "amount_differs", … as the JSON API names them. */
    static QString kindName(Kind kind);
};

/** Stripe's side of one currency, and how much of it matched. */
struct StripeCurrencyTotals
{
    QString currency;
    qint64 gross = 0; ///< all paid sessions/charges listed
    qint64 refunds = 0; ///< all refunds listed that moved money
    qint64 fees = 0; ///< fees of the balance transactions (payouts excluded)
    qint64 net = 0; ///< net of the balance transactions (payouts excluded)
    int matchedPayments = 0;
    qint64 matchedGross = 0; ///< Stripe amounts of the payments matched to a local order
    int matchedRefunds = 0;
    qint64 matchedRefundAmount = 0;
};

/**
 * Matches the kiosk's paid card orders and refunds of a period against what Stripe lists for it.
 * Payments match one-to-one by session id, else by payment intent; refunds by Stripe refund id.
 * Considered here: card orders that took money (paid, partially_refunded, refunded) and
 * needs_review ones (matched when Stripe has them, never reported missing at Stripe); local
 * refunds succeeded, or pending with a Stripe id; Stripe refunds pending, requires_action or
 * succeeded. Cash orders are not Stripe's. Discrepancies are sorted by currency, kind, order
 * number, Stripe id. Pure: the caller fetches both sides for the same period (records near the
 * period's edges may show up on one side only). Errors: "amount_too_large" for sums beyond int64.
 */
struct StripeReconciliation
{
    QList<StripeCurrencyTotals> currencies; ///< alphabetical, upper-case codes
    QList<Discrepancy> discrepancies;

    static Result<StripeReconciliation> reconcile(const QList<ReportOrder> &orders, const QList<ReportRefund> &refunds,
        const QList<StripePayment> &payments, const QList<StripeRefund> &stripeRefunds,
        const QList<StripeBalanceTransaction> &balanceTransactions);
};

} // namespace Kiosk
