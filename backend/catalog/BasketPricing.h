// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "PricingRule.h"

namespace Kiosk {

/**
 * Prices basket lines with the shop's tax rates (Catalog::taxRateFor) by the pricing rule
 * (docs/pricing-rule.md). The one place the till's screen and the payment flow get tax and
 * totals from, so what the cashier shows is what the order records and Stripe charges. Pure.
 */
class BasketPricing final
{
public:
    struct Line
    {
        const Product *product = nullptr; ///< its tax category chooses the rate
        qint64 unitAmount = 0; ///< the product's price plus the chosen options
        qint64 quantity = 1;
    };

    /** PricingRule::price's errors; "unknown_product" for a line without a product. */
    static Result<PricedBasket> price(
        const Catalog &catalog, const QList<Line> &lines, const BasketDiscount &discount = {});
};

} // namespace Kiosk
