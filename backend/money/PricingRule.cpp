// SPDX-License-Identifier: MIT
#include "PricingRule.h"

#include "MinorUnitMath.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Kiosk {

namespace {

using MinorUnitMath::roundHalfUp;
using MinorUnitMath::Wide;

Error lineError(QString code, qsizetype index, const QString &what)
{
    return makeError(std::move(code), QStringLiteral("Line %1: %2").arg(index + 1).arg(what));
}

Error tooLarge(const QString &what)
{
    return makeError(
        QStringLiteral("amount_too_large"), QStringLiteral("The %1 is too large to compute exactly").arg(what));
}

/** Everything about the lines that can be refused before any arithmetic. */
Status validate(const QList<PricingLine> &lines)
{
    if (lines.isEmpty())
        return makeError(QStringLiteral("empty_basket"), QStringLiteral("The basket has no lines"));
    if (lines.size() > PricingRule::kMaxLines)
        return makeError(QStringLiteral("too_many_lines"),
            QStringLiteral("The basket has %1 lines; at most %2 are allowed")
                .arg(lines.size())
                .arg(PricingRule::kMaxLines));
    QHash<QString, TaxRate> seen;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const PricingLine &line = lines[n];
        if (line.unitAmount < 0)
            return lineError(QStringLiteral("invalid_line"), n,
                QStringLiteral("the unit amount must not be negative (got %1)").arg(line.unitAmount));
        if (line.quantity < 1 || line.quantity > PricingRule::kMaxQuantity)
            return lineError(QStringLiteral("invalid_line"), n,
                QStringLiteral("the quantity must be from 1 to %1 (got %2)")
                    .arg(PricingRule::kMaxQuantity)
                    .arg(line.quantity));
        if (line.taxRates.size() > PricingRule::kMaxRatesPerLine)
            return lineError(QStringLiteral("invalid_tax_rate"), n,
                QStringLiteral("%1 tax rates; at most %2 are allowed")
                    .arg(line.taxRates.size())
                    .arg(PricingRule::kMaxRatesPerLine));
        int inclusive = 0;
        for (qsizetype i = 0; i < line.taxRates.size(); ++i) {
            const TaxRate &rate = line.taxRates[i];
            if (rate.id.isEmpty())
                return lineError(QStringLiteral("invalid_tax_rate"), n, QStringLiteral("a tax rate has no id"));
            for (qsizetype j = 0; j < i; ++j) {
                if (line.taxRates[j].id == rate.id)
                    return lineError(QStringLiteral("invalid_tax_rate"), n,
                        QStringLiteral("tax rate \"%1\" is applied twice").arg(rate.id.left(50)));
            }
            const auto known = seen.constFind(rate.id);
            if (known == seen.constEnd())
                seen.insert(rate.id, rate);
            else if (known->percentage != rate.percentage || known->inclusive != rate.inclusive)
                return lineError(QStringLiteral("invalid_tax_rate"), n,
                    QStringLiteral("tax rate \"%1\" is %2 here but %3 on an earlier line")
                        .arg(rate.id.left(50),
                            rate.percentage.toString()
                                + (rate.inclusive ? QStringLiteral(" % inclusive") : QStringLiteral(" % exclusive")),
                            known->percentage.toString()
                                + (known->inclusive ? QStringLiteral(" % inclusive")
                                                    : QStringLiteral(" % exclusive"))));
            inclusive += rate.inclusive ? 1 : 0;
        }
        if (inclusive != 0 && inclusive != line.taxRates.size())
            return lineError(QStringLiteral("mixed_tax_behavior"), n,
                QStringLiteral("inclusive and exclusive tax rates cannot be mixed on one line"));
    }
    return {};
}

/**
 * Step 2: D, then d_n by largest remainder (ties to the lower line), both in whole steps of the
 * currency so that every discounted line stays an amount Stripe can charge.
 */
Result<QList<Wide>> allocateDiscount(
    const QList<Wide> &lineAmounts, Wide subtotal, const BasketDiscount &discount, Wide step)
{
    QList<Wide> shares(lineAmounts.size(), 0);
    Wide total = 0;
    switch (discount.kind) {
    case BasketDiscount::Kind::None:
        return shares;
    case BasketDiscount::Kind::PercentOff:
        if (discount.percentOff.isZero())
            return makeError(QStringLiteral("invalid_discount"), QStringLiteral("A percent discount must be above 0"));
        total = roundHalfUp(subtotal * discount.percentOff.scaled(), Percentage::kHundred * step) * step;
        break;
    case BasketDiscount::Kind::AmountOff:
        if (discount.amountOff <= 0)
            return makeError(QStringLiteral("invalid_discount"),
                QStringLiteral("An amount discount must be positive (got %1)").arg(discount.amountOff));
        if (discount.amountOff % step != 0)
            return makeError(QStringLiteral("invalid_discount"),
                QStringLiteral("An amount discount must be a multiple of %1 minor units (got %2)")
                    .arg(qint64(step))
                    .arg(discount.amountOff));
        total = std::min(Wide(discount.amountOff), subtotal);
        break;
    }
    if (subtotal == 0)
        return shares;

    // Line amounts are whole steps when unit amounts are, so the subtotal is too and
    // `units` is exact; a line may still be off-step when a caller prices such amounts.
    const Wide units = total / step;
    QList<Wide> remainders(lineAmounts.size(), 0);
    Wide allocated = 0;
    for (qsizetype n = 0; n < lineAmounts.size(); ++n) {
        const Wide product = units * lineAmounts[n];
        shares[n] = product / subtotal;
        remainders[n] = product % subtotal;
        allocated += shares[n];
    }
    QList<qsizetype> order(lineAmounts.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(
        order.begin(), order.end(), [&remainders](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    // Fewer units are left than there are lines, since each line lost less than one unit.
    for (qsizetype k = 0; allocated < units; ++k, ++allocated)
        shares[order[k]] += 1;
    for (Wide &share : shares)
        share *= step;
    return shares;
}

} // namespace

Result<PricedBasket> PricingRule::price(
    const Currency &currency, const QList<PricingLine> &lines, const BasketDiscount &discount)
{
    if (!currency.isValid())
        return makeError(QStringLiteral("unknown_currency"), QStringLiteral("No currency given for the basket"));
    if (Status valid = validate(lines); !valid)
        return valid.error();
    const Wide step = currency.amountStep > 1 ? currency.amountStep : 1;

    // Step 1. Every quantity is bounded by kMaxQuantity and lines by kMaxLines, so these
    // 128-bit sums cannot overflow; only the results are narrowed.
    QList<Wide> lineAmounts;
    lineAmounts.reserve(lines.size());
    Wide subtotal = 0;
    for (const PricingLine &line : lines) {
        lineAmounts.append(Wide(line.unitAmount) * line.quantity);
        subtotal += lineAmounts.back();
    }

    Result<QList<Wide>> shares = allocateDiscount(lineAmounts, subtotal, discount, step);
    if (!shares)
        return shares.error();

    PricedBasket basket;
    basket.currency = currency;
    basket.lines.reserve(lines.size());
    Wide discountTotal = 0;
    Wide taxTotal = 0;
    Wide grandTotal = 0;
    QList<Wide> rateAmounts;
    QList<Wide> rateTaxable;
    QHash<QString, qsizetype> rateIndex;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const PricingLine &line = lines[n];
        const Wide taxable = lineAmounts[n] - shares.value()[n];
        Wide inclusiveSum = 0;
        for (const TaxRate &rate : line.taxRates) {
            if (rate.inclusive)
                inclusiveSum += rate.percentage.scaled();
        }
        const Wide denominator = Percentage::kHundred + inclusiveSum;

        QList<Wide> taxes;
        Wide lineTax = 0;
        Wide exclusiveTax = 0;
        Wide inclusiveTax = 0;
        for (const TaxRate &rate : line.taxRates) {
            const Wide tax = roundHalfUp(taxable * rate.percentage.scaled(), denominator * step) * step;
            taxes.append(tax);
            lineTax += tax;
            (rate.inclusive ? inclusiveTax : exclusiveTax) += tax;
        }

        PricedLine priced;
        priced.unitAmount = line.unitAmount;
        priced.quantity = line.quantity;
        const Wide lineTotal = taxable + exclusiveTax;
        const auto subtotalOut = MinorUnitMath::narrow(lineAmounts[n]);
        const auto discountOut = MinorUnitMath::narrow(shares.value()[n]);
        const auto taxOut = MinorUnitMath::narrow(lineTax);
        const auto totalOut = MinorUnitMath::narrow(lineTotal);
        if (!subtotalOut || !discountOut || !taxOut || !totalOut)
            return tooLarge(QStringLiteral("amount of line %1").arg(n + 1));
        priced.amountSubtotal = *subtotalOut;
        priced.amountDiscount = *discountOut;
        priced.amountTax = *taxOut;
        priced.amountTotal = *totalOut;
        for (qsizetype i = 0; i < line.taxRates.size(); ++i) {
            const TaxRate &rate = line.taxRates[i];
            const Wide base = rate.inclusive ? taxable - inclusiveTax : taxable;
            const auto taxableOut = MinorUnitMath::narrow(base);
            if (!taxableOut)
                return tooLarge(QStringLiteral("taxable amount of line %1").arg(n + 1));
            // Each tax is at most the line's tax, which was narrowed above.
            priced.taxes.append(RateTax { rate.id, rate.percentage, rate.inclusive, qint64(taxes[i]), *taxableOut });

            auto at = rateIndex.constFind(rate.id);
            if (at == rateIndex.constEnd()) {
                at = rateIndex.insert(rate.id, basket.taxes.size());
                basket.taxes.append(RateTax { rate.id, rate.percentage, rate.inclusive, 0, 0 });
                rateAmounts.append(0);
                rateTaxable.append(0);
            }
            rateAmounts[*at] += taxes[i];
            rateTaxable[*at] += base;
        }
        basket.lines.append(priced);
        discountTotal += shares.value()[n];
        taxTotal += lineTax;
        grandTotal += lineTotal;
    }

    const auto subtotalOut = MinorUnitMath::narrow(subtotal);
    const auto discountOut = MinorUnitMath::narrow(discountTotal);
    const auto taxOut = MinorUnitMath::narrow(taxTotal);
    const auto totalOut = MinorUnitMath::narrow(grandTotal);
    if (!subtotalOut || !discountOut || !taxOut || !totalOut)
        return tooLarge(QStringLiteral("basket total"));
    basket.amountSubtotal = *subtotalOut;
    basket.amountDiscount = *discountOut;
    basket.amountTax = *taxOut;
    basket.amountTotal = *totalOut;
    for (qsizetype r = 0; r < basket.taxes.size(); ++r) {
        const auto amount = MinorUnitMath::narrow(rateAmounts[r]);
        const auto base = MinorUnitMath::narrow(rateTaxable[r]);
        if (!amount || !base)
            return tooLarge(QStringLiteral("tax of rate \"%1\"").arg(basket.taxes[r].rate.left(50)));
        basket.taxes[r].amount = *amount;
        basket.taxes[r].taxableAmount = *base;
    }
    return basket;
}

} // namespace Kiosk
