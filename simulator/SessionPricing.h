// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "PricingRule.h"
#include "Result.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace Kiosk::Sim {

class TaxRates;

/**
 * What a Checkout Session's prices come to: the line items' `tax_rates[]` resolved against the
 * TaxRates store (unknown → 400 resource_missing, inactive or a mix of inclusive and exclusive on
 * one line → 400), PricingRule applied, and the results written into the session, its line items
 * and the `total_details.breakdown` kept for `expand[]=total_details.breakdown`.
 */
class SessionPricing final
{
public:
    /** The rates of one line item (`param` is "line_items[n]"), as PricingRule takes them. */
    static Result<std::vector<PricingRule::Rate>, ApiError> resolveRates(
        const nlohmann::json &item, const std::string &param, const TaxRates &taxRates);

    /**
     * Writes `totals` into the session (amount_subtotal, amount_total (+ `shipping`),
     * total_details) and its line items, and returns the breakdown {discounts, taxes}: per rate
     * the summed amounts with the rate object; `discount` is the discount object or null.
     */
    static nlohmann::json apply(const PricingRule::Totals &totals, const TaxRates &taxRates,
        const nlohmann::json &discount, qint64 shipping, nlohmann::json &session, nlohmann::json &items);
};

} // namespace Kiosk::Sim
