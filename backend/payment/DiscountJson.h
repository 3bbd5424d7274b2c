// SPDX-License-Identifier: MIT
#pragma once

#include "CheckoutRequest.h"
#include "Order.h"
#include "Result.h"

#include <nlohmann/json_fwd.hpp>

namespace Kiosk {

/**
 * The basket discount in the JSON API. A checkout's `"discount"` is `{"percent_off": "12.5"}`
 * (decimal text, never a JSON number: no floating point on the way) or `{"amount_off": 250}`
 * (integer minor units); anything else is an "invalid_discount" that names the problem. An order
 * shows `"amount_discount"` and `"discount": {"kind", "value", "amount"}` (null without one).
 */
class DiscountJson final
{
public:
    DiscountJson() = delete;

    /** A missing or null `discount` is no discount. */
    static Result<CheckoutDiscount> parse(const nlohmann::json &checkout);
    /** Adds `amount_discount` and `discount` to an order object, `amount_discount` to its lines. */
    static void addTo(nlohmann::json &orderObject, const Order &order);
};

} // namespace Kiosk
