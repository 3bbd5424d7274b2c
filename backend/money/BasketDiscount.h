// SPDX-License-Identifier: MIT
#pragma once

#include "Percentage.h"

namespace Kiosk {

/**
 * The at most one discount of a basket (Stripe: one coupon per session): a percentage of the
 * subtotal or an amount in the basket's minor units. Value type.
 */
struct BasketDiscount
{
    enum class Kind { None, PercentOff, AmountOff };
    Kind kind = Kind::None;
    Percentage percentOff; ///< Kind::PercentOff: above 0, at most 100
    qint64 amountOff = 0; ///< Kind::AmountOff: positive minor units

    static BasketDiscount none() { return {}; }
    static BasketDiscount percent(Percentage p) { return { Kind::PercentOff, p, 0 }; }
    static BasketDiscount amount(qint64 minorUnits) { return { Kind::AmountOff, {}, minorUnits }; }
};

} // namespace Kiosk
