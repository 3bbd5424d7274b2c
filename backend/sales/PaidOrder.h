// SPDX-License-Identifier: MIT
#pragma once

#include "Currency.h"
#include "PricedBasket.h"
#include "RateAmount.h"

namespace Kiosk {

/** One line of a paid order, as the pricing rule priced it. */
struct PaidLine
{
    int number = 0; ///< 1-based, as the API and receipts name it
    qint64 unitAmount = 0;
    qint64 quantity = 0;
    qint64 amountDiscount = 0; ///< the line's share of the basket discount
    qint64 amountTotal = 0; ///< what the customer paid for the line (after discount, with exclusive tax)
    RateAmounts taxes; ///< tax per rate, inclusive and exclusive
};

/**
 * What a refund is planned against: the order's currency, whether its money was taken, the total
 * paid and the lines. An order without lines (its lines unknown) can only be refunded by amount.
 */
struct PaidOrder
{
    Currency currency;
    bool paid = false;
    qint64 amountTotal = 0;
    QList<PaidLine> lines;

    /** The lines and totals of a priced basket, numbered 1..n; `paid` is left false. */
    static PaidOrder fromPricedBasket(const PricedBasket &basket);
};

} // namespace Kiosk
