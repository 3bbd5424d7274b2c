// SPDX-License-Identifier: MIT
#include "PricingRule.h"
#include "Percentage.h"

#include <algorithm>
#include <numeric>
#include <set>

namespace Kiosk::Sim {

namespace {

// Products of an amount and a scaled percentage can exceed 64 bits before the division.
__extension__ using Wide = __int128;

qint64 rhu(Wide a, Wide b)
{
    return qint64((2 * a + b) / (2 * b));
}

} // namespace

qint64 PricingRule::step(const std::string &currency)
{
    static const std::set<std::string> threeDecimal { "bhd", "jod", "kwd", "omr", "tnd" };
    if (threeDecimal.count(currency))
        return 10;
    return currency == "isk" ? 100 : 1;
}

qint64 PricingRule::roundHalfUp(qint64 a, qint64 b)
{
    return rhu(a, b);
}

PricingRule::Totals PricingRule::compute(const std::vector<Line> &lines, const Discount &discount, qint64 step)
{
    Totals totals;
    totals.lines.resize(lines.size());
    for (size_t n = 0; n < lines.size(); ++n) {
        totals.lines[n].subtotal = lines[n].unitAmount * lines[n].quantity;
        totals.subtotal += totals.lines[n].subtotal;
    }

    // The discount, before tax, in whole currency steps k, spread over the lines in proportion to
    // their amounts, also in steps: the steps floor() leaves go one each to the largest remainders
    // (ties: the earlier line). An amount_off between steps is refused before it gets here.
    if (discount.kind == Discount::Kind::Percent)
        totals.discount = rhu(Wide(totals.subtotal) * discount.value, Wide(Percentage::kHundred) * step) * step;
    else if (discount.kind == Discount::Kind::Amount)
        totals.discount = std::min(discount.value, totals.subtotal);
    if (totals.subtotal > 0 && totals.discount > 0) {
        const qint64 steps = totals.discount / step;
        std::vector<qint64> remainders(lines.size());
        qint64 allocated = 0;
        for (size_t n = 0; n < lines.size(); ++n) {
            const Wide share = Wide(steps) * totals.lines[n].subtotal;
            totals.lines[n].discount = qint64(share / totals.subtotal) * step;
            remainders[n] = qint64(share % totals.subtotal);
            allocated += totals.lines[n].discount / step;
        }
        std::vector<size_t> order(lines.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
        for (size_t i = 0; allocated < steps; ++i, ++allocated)
            totals.lines[order[i]].discount += step;
    }

    // Tax per line and per rate, on the discounted line, rounded once per line (not per unit).
    for (size_t n = 0; n < lines.size(); ++n) {
        PricedLine &line = totals.lines[n];
        const qint64 taxable = line.subtotal - line.discount;
        qint64 inclusiveSum = 0;
        for (const Rate &rate : lines[n].rates) {
            if (rate.inclusive)
                inclusiveSum += rate.percent;
        }
        qint64 inclusiveTax = 0;
        qint64 exclusiveTax = 0;
        for (const Rate &rate : lines[n].rates) {
            const Wide denominator = rate.inclusive ? Percentage::kHundred + inclusiveSum : Percentage::kHundred;
            const qint64 amount = rhu(Wide(taxable) * rate.percent, denominator * step) * step;
            line.taxes.push_back({ rate.id, rate.inclusive, amount, taxable });
            (rate.inclusive ? inclusiveTax : exclusiveTax) += amount;
        }
        for (LineTax &tax : line.taxes) {
            if (tax.inclusive)
                tax.taxableAmount = taxable - inclusiveTax;
        }
        line.tax = inclusiveTax + exclusiveTax;
        line.total = taxable + exclusiveTax;
        totals.tax += line.tax;
        totals.total += line.total;
    }
    return totals;
}

} // namespace Kiosk::Sim
