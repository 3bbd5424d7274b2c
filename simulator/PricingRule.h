// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <string>
#include <vector>

namespace Kiosk::Sim {

/**
 * The simulator's own tax-and-discount arithmetic (README "Tax and discounts", the rule of
 * docs/pricing-rule.md), written independently of the kiosk's backend/money so that a mistake on
 * one side shows as a disagreement. A pure function of integers: minor units, percentages scaled
 * by 10^4 (Percentage). Inputs are already validated (amounts ≥ 0, a line's rates all inclusive or
 * all exclusive); compute() never fails.
 */
class PricingRule final
{
public:
    struct Rate
    {
        std::string id; ///< txr_…, carried into the result
        qint64 percent = 0; ///< scaled by 10^4
        bool inclusive = false;
    };
    struct Line
    {
        qint64 unitAmount = 0;
        qint64 quantity = 0;
        std::vector<Rate> rates;
    };
    struct Discount
    {
        enum class Kind { None, Percent, Amount };
        Kind kind = Kind::None;
        qint64 value = 0; ///< Percent: scaled by 10^4; Amount: minor units, whole steps
    };
    struct LineTax
    {
        std::string rateId;
        bool inclusive = false;
        qint64 amount = 0;
        qint64 taxableAmount = 0; ///< exclusive: the discounted line; inclusive: it minus its tax
    };
    struct PricedLine
    {
        qint64 subtotal = 0; ///< unit × quantity
        qint64 discount = 0;
        qint64 tax = 0; ///< inclusive and exclusive
        qint64 total = 0; ///< subtotal − discount + exclusive tax
        std::vector<LineTax> taxes;
    };
    struct Totals
    {
        std::vector<PricedLine> lines;
        qint64 subtotal = 0;
        qint64 discount = 0;
        qint64 tax = 0;
        qint64 total = 0; ///< without shipping
    };

    /** The currency's step k: tax and discount amounts are multiples of this many minor units
     * (10 for BHD JOD KWD OMR TND, 100 for ISK, else 1). */
    static qint64 step(const std::string &currency);
    /** Round half up of a / b for a ≥ 0, b > 0 (exact integers). */
    static qint64 roundHalfUp(qint64 a, qint64 b);

    /** `step` is step(currency); an Amount discount must be a multiple of it (Coupons refuses others). */
    static Totals compute(const std::vector<Line> &lines, const Discount &discount, qint64 step);
};

} // namespace Kiosk::Sim
