// SPDX-License-Identifier: MIT
#pragma once

#include "BasketDiscount.h"
#include "PricedBasket.h"
#include "TaxRate.h"

namespace Kiosk {

/** One basket line as the pricing rule takes it. */
struct PricingLine
{
    qint64 unitAmount = 0; ///< minor units, >= 0
    qint64 quantity = 1; ///< 1 .. PricingRule::kMaxQuantity
    QList<TaxRate> taxRates; ///< all inclusive or all exclusive; at most kMaxRatesPerLine
};

/**
 * The kiosk's side of the pricing contract in docs/pricing-rule.md (tax per line and rate,
 * inclusive or exclusive, one basket discount allocated across lines, currency steps). The
 * simulator implements the same text independently; when the two disagree the amount check
 * sends the order to needs_review. Pure and thread-safe; integer arithmetic only (128-bit
 * intermediates, so no product overflows on the way).
 */
class PricingRule final
{
public:
    static constexpr qsizetype kMaxLines = 1000;
    static constexpr qsizetype kMaxRatesPerLine = 10;
    static constexpr qint64 kMaxQuantity = 1'000'000;

    /** Prices a basket. Errors, nothing half-computed: "unknown_currency", "empty_basket",
     *  "too_many_lines", "invalid_line" (negative unit amount, quantity out of range),
     *  "invalid_tax_rate" (no id, the same rate twice on a line, too many rates, one id with two
     *  percentages), "mixed_tax_behavior" (inclusive and exclusive on one line),
     *  "invalid_discount" (amount_off not positive, percent_off 0), "amount_too_large" (a
     *  result beyond qint64). Messages name the line (1-based) and the values. */
    static Result<PricedBasket> price(
        const Currency &currency, const QList<PricingLine> &lines, const BasketDiscount &discount = {});
};

} // namespace Kiosk
