// SPDX-License-Identifier: MIT
#pragma once

#include "Currency.h"
#include "RefundRecord.h"

namespace Kiosk {

/** What a refund will do: the amount for Stripe, the lines and tax it gives back. */
struct RefundPlan
{
    Currency currency;
    qint64 amount = 0; ///< positive; what the customer gets back, tax included
    QList<RefundLine> lines; ///< empty for an amount refund
    RateAmounts tax; ///< tax given back per rate, in the order's rate order
    /** Line refunds only: the lines were worth more than was left on the order (after an amount
     *  refund) and the refund is capped at what was left; `linesValue` is what they were worth. */
    bool cappedByRemainder = false;
    qint64 linesValue = 0;
    qint64 remainingBefore = 0; ///< refundable before this refund
    qint64 remainingAfter = 0; ///< and after it
};

} // namespace Kiosk
