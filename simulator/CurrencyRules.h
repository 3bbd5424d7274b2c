// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"

#include <QLocale>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace Kiosk::Sim {

/**
 * Stripe's charge rules per currency, as the simulator imitates them, kept apart from the
 * backend's own table on purpose: a wrong minimum in one is then caught by the other. Written from
 * ../shared/docs/stripe-reference.md ("Currencies and amounts"): minor units; zero-decimal BIF CLP
 * DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF; three-decimal BHD JOD KWD OMR TND whose
 * last digit must be 0; ISK two-decimal but divisible by 100; at most 99 999 999 minor units; the
 * minimums the reference names (USD/EUR/CAD/AUD/CHF 0.50, GBP 0.30, JPY 50, DKK 2.50, HKD 4.00,
 * NOK/SEK 3.00, MXN 10.00) and, for the other currencies of Stripe's minimum-charge table, its
 * figures; a currency without a documented minimum takes any positive amount.
 */
class CurrencyRules final
{
public:
    static constexpr qint64 kMaximumCharge = 99'999'999;

    struct Rule
    {
        const char *code; ///< lowercase, as the API spells it
        int exponent; ///< digits after the decimal point (0, 2 or 3)
        qint64 step; ///< an amount must be a multiple of this (10 for three-decimal, 100 for ISK)
        qint64 minimum; ///< least charge in minor units (0: none documented)
        const char *symbol; ///< for the payment page and messages ("$"), or "" to show the code
    };

    /** The rule of a lowercase code, or nullptr when the simulator does not know it. */
    static const Rule *find(const std::string &code);
    /** Every known code, in table order (for "Invalid currency" messages). */
    static std::vector<std::string> codes();

    /** Stripe's refusal of a total of `amount` minor units, if it refuses it. */
    static std::optional<ApiError> checkCharge(qint64 amount, const Rule &rule, const std::string &param);
    /** An amount for people: in `locale`'s pattern, with digits assembled from integers. */
    static QString format(qint64 amount, const Rule &rule, const QLocale &locale);
};

} // namespace Kiosk::Sim
