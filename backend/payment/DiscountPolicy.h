// SPDX-License-Identifier: MIT
#pragma once

#include "BasketDiscount.h"
#include "CheckoutRequest.h"
#include "Currency.h"
#include "Result.h"

namespace Kiosk {

/**
 * The one decision whether a till may give a basket discount: the request read exactly (a
 * percentage as decimal text, an amount in whole steps of the currency), checked against the
 * basket and the shop's policy (discount/enabled, discount/max_without_pin), and whether the
 * manager's PIN allows it. Pure; tests/backend/payment/tst_discountpolicy pins it down row by row.
 */
class DiscountPolicy final
{
public:
    struct Policy
    {
        bool enabled = true;
        qint64 maxWithoutPin = 10 * Percentage::kScale; ///< a percentage × 10^4 of the subtotal
    };
    /** What the PIN check said (PinVault::verify), or that no PIN came with the request. */
    enum class Pin { NotGiven, Ok, Wrong, LockedOut };

    struct Checked
    {
        BasketDiscount discount; ///< Kind::None when none was asked for
        bool needsManager = false; ///< above maxWithoutPin
    };

    /**
     * Reads and checks a requested discount for a basket of `subtotal` minor units. Errors, each
     * naming the problem: "discount_disabled"; "invalid_discount" for both kinds at once, a
     * percentage that is not decimal text above 0 and at most 100 with at most 4 decimals, an
     * amount that is not positive, more than the basket, or not a whole step of the currency
     * (10 minor units in three-decimal currencies, 100 in ISK).
     */
    static Result<Checked> check(
        const CheckoutDiscount &requested, const Currency &currency, qint64 subtotal, const Policy &policy);
    /** Ok for a discount within the limit, or above it with a right PIN; else
     *  "discount_needs_manager" (no PIN), "wrong_pin" or "pin_locked". */
    static Status authorise(const Checked &checked, Pin pin);
};

} // namespace Kiosk
