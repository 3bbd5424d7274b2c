// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "PricingRule.h"
#include "Result.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace Kiosk::Sim {

class Coupons;
class PromotionCodes;
class TaxRates;

/**
 * What a Checkout Session's prices come to. A session record keeps its pricing inputs in
 * `internal.pricing` ({lines: [{unit_amount, quantity, tax_rates}], discount: {coupon,
 * promotion_code} or null}); price() applies PricingRule to them and writes the results into the
 * session, its line items and the `total_details.breakdown` kept for
 * `expand[]=total_details.breakdown`. Checks between values (unknown, inactive or mixed tax rates,
 * unusable coupons or promotion codes) answer Stripe-shaped 400s naming the parameter.
 */
class SessionPricing final
{
public:
    /** The stores a session's prices refer to. */
    struct Sources
    {
        const TaxRates &taxRates;
        const Coupons &coupons;
        const PromotionCodes &promotionCodes;
    };
    /** A discount a session may use: a coupon, possibly through a promotion code. */
    struct Discount
    {
        std::string coupon;
        std::string promotionCode; ///< "" when the coupon was given directly
    };

    /** The rate ids of one line item (`param` is "line_items[n]") after checking them. */
    static Result<nlohmann::json, ApiError> resolveRates(
        const nlohmann::json &item, const std::string &param, const TaxRates &taxRates);

    /** The session parameters `discounts` and `allow_promotion_codes`: the discount, or none. */
    static Result<std::optional<Discount>, ApiError> resolveDiscount(
        const nlohmann::json &params, const Sources &sources, const std::string &currency, qint64 subtotal);

    /** Whether `discount` may be used on a session of `subtotal` in `currency` (param: where it was given). */
    static std::optional<ApiError> refusal(const Discount &discount, const std::string &param, const Sources &sources,
        const std::string &currency, qint64 subtotal);

    /** The subtotal of `internal.pricing.lines` (what a promotion code's minimum applies to). */
    static qint64 subtotal(const nlohmann::json &record);

    /**
     * Prices the record with `discount` (stored in internal.pricing.discount): amounts, line
     * items, session `discounts[]` and the breakdown. `now` is the discount's `start`.
     */
    static void price(
        nlohmann::json &record, const std::optional<Discount> &discount, const Sources &sources, qint64 now);
};

} // namespace Kiosk::Sim
