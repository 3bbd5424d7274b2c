// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk {

/** A paid Checkout Session (or charge) at Stripe for the period. */
struct StripePayment
{
    QString sessionId; ///< cs_…; empty for a charge made outside Checkout
    QString paymentIntentId; ///< pi_…
    QString chargeId; ///< ch_…
    QString currency; ///< as Stripe sends it ("eur") or upper case
    qint64 amount = 0;
};

/** A refund at Stripe; `status` is Stripe's (pending, requires_action, succeeded, failed, canceled). */
struct StripeRefund
{
    QString refundId; ///< re_…
    QString paymentIntentId;
    QString chargeId;
    QString currency;
    qint64 amount = 0;
    QString status;

    /** Money moved or is moving back to the customer. */
    [[nodiscard]] bool counts() const
    {
        return status == QLatin1String("succeeded") || status == QLatin1String("pending")
            || status == QLatin1String("requires_action");
    }
};

/** A balance transaction: gross `amount` (negative for refunds), Stripe's `fee`, `net`. */
struct StripeBalanceTransaction
{
    QString id; ///< txn_…
    QString sourceId; ///< ch_… or re_…
    QString type; ///< charge, payment, refund, payment_refund, adjustment, payout, …
    QString currency;
    qint64 amount = 0;
    qint64 fee = 0;
    qint64 net = 0;
};

} // namespace Kiosk
