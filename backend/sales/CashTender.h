// SPDX-License-Identifier: MIT
#pragma once

#include "Currency.h"
#include "Result.h"

namespace Kiosk {

/** A cash payment worked out: what is due after cash rounding, what was handed over, the change. */
struct CashPayment
{
    qint64 due = 0; ///< the order's total
    qint64 roundedDue = 0; ///< what the customer pays in cash (== due without cash rounding)
    qint64 roundingAdjustment = 0; ///< roundedDue - due (may be negative)
    qint64 tendered = 0;
    qint64 change = 0; ///< tendered - roundedDue, >= 0
};

/**
 * Amount tendered → change due, for staffed tills. Optional cash rounding (Swiss CHF 0.05,
 * `increment` 5; 0 or 1 is none) rounds the total to the nearest multiple of the increment,
 * half-way cases up (CHF 0.025 → 0.05), as cash rounding rules do; card payments are never
 * rounded. Pure. Errors: "invalid_amount" (due or tendered negative, increment negative or not
 * a multiple of the currency's step), "tender_short" naming what is due, what was given and
 * what is missing.
 */
class CashTender final
{
public:
    static Result<CashPayment> settle(const Currency &currency, qint64 due, qint64 tendered, qint64 increment = 0);
    /** The cash rounding alone: `due` to the nearest multiple of `increment`, half up. */
    static qint64 roundForCash(qint64 due, qint64 increment);
};

} // namespace Kiosk
