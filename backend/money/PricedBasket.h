// SPDX-License-Identifier: MIT
#pragma once

#include "Currency.h"
#include "Percentage.h"

#include <QList>

namespace Kiosk {

/** Tax of one rate: on one line, or summed over a basket (then both amounts are sums). */
struct RateTax
{
    QString rate; ///< TaxRate::id
    Percentage percentage;
    bool inclusive = false;
    qint64 amount = 0; ///< the tax
    qint64 taxableAmount = 0; ///< what it was computed on, net of inclusive tax
};

/** One line as the pricing rule prices it; the names are Stripe's line item fields. */
struct PricedLine
{
    qint64 unitAmount = 0;
    qint64 quantity = 0;
    qint64 amountSubtotal = 0; ///< unit_amount * quantity
    qint64 amountDiscount = 0; ///< this line's share of the basket discount
    qint64 amountTax = 0; ///< inclusive and exclusive tax
    qint64 amountTotal = 0; ///< subtotal - discount + exclusive tax
    QList<RateTax> taxes; ///< in the order of the line's rates
};

/**
 * A priced basket: what the screen shows and what Stripe charges (docs/pricing-rule.md). Every
 * amount is in minor units of `currency`; amountTotal is the sum of the lines' amountTotal.
 */
struct PricedBasket
{
    Currency currency;
    QList<PricedLine> lines;
    qint64 amountSubtotal = 0;
    qint64 amountDiscount = 0;
    qint64 amountTax = 0;
    qint64 amountTotal = 0;
    QList<RateTax> taxes; ///< per rate, in the order the rates first appear
};

} // namespace Kiosk
