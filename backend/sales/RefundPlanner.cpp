// SPDX-License-Identifier: MIT
#include "RefundPlanner.h"

#include "MinorUnitMath.h"
#include "Money.h"

#include <QHash>

#include <algorithm>

namespace Kiosk {

namespace {

QString shown(qint64 amount, const Currency &currency)
{
    return Money(amount, currency).toDecimalString() + QLatin1Char(' ') + currency.code;
}

qint64 stepOf(const Currency &currency)
{
    return currency.amountStep > 1 ? currency.amountStep : 1;
}

/** part * numerator / denominator to the nearest step, half up, never above `part`. The
 *  arguments are non-negative and numerator <= denominator, so the result fits. */
qint64 share(qint64 part, qint64 numerator, qint64 denominator, qint64 step)
{
    if (denominator <= 0 || numerator >= denominator)
        return part;
    const auto scaled = MinorUnitMath::mulDivRoundHalfUpToStep(part, numerator, denominator, step);
    return std::min(part, scaled.value_or(part));
}

/** What the order and its refunds so far add up to. */
struct Ledger
{
    qint64 remaining = 0;
    QHash<int, qint64> refundedUnits; ///< line number → units refunded by counted refunds
    QStringList rates; ///< in the order they first appear on the lines
    QHash<QString, qint64> paidTax;
    QHash<QString, qint64> refundedTax;

    [[nodiscard]] qint64 taxLeft(const QString &rate) const
    {
        return std::max<qint64>(0, paidTax.value(rate) - refundedTax.value(rate));
    }
};

Result<Ledger> buildLedger(const PaidOrder &order, const QList<RefundRecord> &refunds)
{
    if (!order.paid)
        return makeError(
            QStringLiteral("order_not_paid"), QStringLiteral("The order is not paid, so there is nothing to refund"));
    if (order.amountTotal <= 0)
        return makeError(
            QStringLiteral("nothing_left"), QStringLiteral("The order was free; there is nothing to refund"));

    Ledger ledger;
    qint64 linesTotal = 0;
    QHash<int, const PaidLine *> byNumber;
    for (const PaidLine &line : order.lines) {
        if (byNumber.contains(line.number) || line.quantity <= 0 || line.amountTotal < 0)
            return makeError(QStringLiteral("inconsistent_order"),
                QStringLiteral("Line %1 of the order is listed twice or has no quantity").arg(line.number));
        byNumber.insert(line.number, &line);
        if (__builtin_add_overflow(linesTotal, line.amountTotal, &linesTotal))
            return makeError(QStringLiteral("inconsistent_order"), QStringLiteral("The order's lines are too large"));
        for (const RateAmount &tax : line.taxes) {
            if (!ledger.paidTax.contains(tax.rate))
                ledger.rates.append(tax.rate);
            ledger.paidTax[tax.rate] += tax.amount;
        }
    }
    if (!order.lines.isEmpty() && linesTotal != order.amountTotal)
        return makeError(QStringLiteral("inconsistent_order"),
            QStringLiteral("The order's lines add up to %1 but its total is %2")
                .arg(shown(linesTotal, order.currency), shown(order.amountTotal, order.currency)));

    const qint64 step = stepOf(order.currency);
    ledger.remaining = order.amountTotal;
    for (const RefundRecord &refund : refunds) {
        if (!refund.counts())
            continue;
        for (const RefundLine &line : refund.lines) {
            if (!byNumber.contains(line.line))
                return makeError(QStringLiteral("inconsistent_order"),
                    QStringLiteral("An earlier refund names line %1, which the order does not have").arg(line.line));
            ledger.refundedUnits[line.line] += line.quantity;
        }
        if (refund.taxRecorded) {
            for (const RateAmount &tax : refund.tax)
                ledger.refundedTax[tax.rate] += tax.amount;
        } else {
            // Tax of a refund made elsewhere: the amount rule, against what was left then.
            for (const QString &rate : std::as_const(ledger.rates))
                ledger.refundedTax[rate]
                    += share(ledger.taxLeft(rate), std::max<qint64>(0, refund.amount), ledger.remaining, step);
        }
        ledger.remaining -= refund.amount;
    }
    if (ledger.remaining <= 0)
        return makeError(QStringLiteral("nothing_left"),
            QStringLiteral("The order has been refunded in full (%1); nothing is left to refund")
                .arg(shown(order.amountTotal, order.currency)));
    return ledger;
}

/** Tax per rate for an amount that is `amount` of `remaining`. */
RateAmounts proportionalTax(const Ledger &ledger, qint64 amount, qint64 remaining, qint64 step)
{
    RateAmounts tax;
    for (const QString &rate : ledger.rates)
        tax.append(RateAmount { rate, share(ledger.taxLeft(rate), amount, remaining, step) });
    return tax;
}

/** value(m) of the cumulative line rule. */
qint64 cumulative(qint64 total, qint64 units, qint64 quantity, qint64 step)
{
    return share(total, units, quantity, step);
}

} // namespace

Result<RefundPlan> RefundPlanner::wholeRemainder(const PaidOrder &order, const QList<RefundRecord> &refunds)
{
    Result<Ledger> ledger = buildLedger(order, refunds);
    if (!ledger)
        return ledger.error();
    RefundPlan plan;
    plan.currency = order.currency;
    plan.amount = ledger->remaining;
    plan.remainingBefore = ledger->remaining;
    plan.remainingAfter = 0;
    const qint64 step = stepOf(order.currency);
    for (const PaidLine &line : order.lines) {
        const qint64 done = std::min(line.quantity, ledger->refundedUnits.value(line.number));
        if (done < line.quantity) {
            const qint64 worth = line.amountTotal - cumulative(line.amountTotal, done, line.quantity, step);
            plan.lines.append(RefundLine { line.number, line.quantity - done, worth });
            plan.linesValue += worth;
        }
    }
    plan.cappedByRemainder = plan.linesValue > plan.amount;
    for (const QString &rate : std::as_const(ledger->rates))
        plan.tax.append(RateAmount { rate, ledger->taxLeft(rate) });
    return plan;
}

Result<RefundPlan> RefundPlanner::lines(
    const PaidOrder &order, const QList<RefundRecord> &refunds, const QList<RefundLine> &requested)
{
    Result<Ledger> ledger = buildLedger(order, refunds);
    if (!ledger)
        return ledger.error();
    if (requested.isEmpty())
        return makeError(QStringLiteral("invalid_quantity"), QStringLiteral("No lines were chosen to refund"));

    const qint64 step = stepOf(order.currency);
    RefundPlan plan;
    plan.currency = order.currency;
    plan.remainingBefore = ledger->remaining;
    QHash<QString, qint64> lineTax;
    QList<int> seen;
    for (const RefundLine &want : requested) {
        const auto line = std::find_if(
            order.lines.begin(), order.lines.end(), [&want](const PaidLine &l) { return l.number == want.line; });
        if (line == order.lines.end()) {
            const QString has = order.lines.isEmpty()
                ? QStringLiteral("its lines are not known; refund an amount instead")
                : QStringLiteral("it has %1 line(s)").arg(order.lines.size());
            return makeError(QStringLiteral("unknown_line"),
                QStringLiteral("The order has no line %1 (%2)").arg(want.line).arg(has));
        }
        if (seen.contains(want.line))
            return makeError(
                QStringLiteral("duplicate_line"), QStringLiteral("Line %1 is listed twice").arg(want.line));
        seen.append(want.line);
        if (want.quantity <= 0)
            return makeError(QStringLiteral("invalid_quantity"),
                QStringLiteral("Line %1: the quantity to refund must be at least 1 (got %2)")
                    .arg(want.line)
                    .arg(want.quantity));
        const qint64 done = std::min(line->quantity, ledger->refundedUnits.value(line->number));
        const qint64 left = line->quantity - done;
        if (want.quantity > left)
            return makeError(QStringLiteral("quantity_above_remaining"),
                QStringLiteral("Line %1: %2 to refund, but only %3 of %4 are left")
                    .arg(want.line)
                    .arg(want.quantity)
                    .arg(left)
                    .arg(line->quantity));

        const qint64 after = done + want.quantity;
        const qint64 worth = cumulative(line->amountTotal, after, line->quantity, step)
            - cumulative(line->amountTotal, done, line->quantity, step);
        plan.lines.append(RefundLine { want.line, want.quantity, worth });
        plan.linesValue += worth;
        for (const RateAmount &tax : line->taxes)
            lineTax[tax.rate] += cumulative(tax.amount, after, line->quantity, step)
                - cumulative(tax.amount, done, line->quantity, step);
    }
    if (plan.linesValue <= 0)
        return makeError(QStringLiteral("nothing_to_refund"),
            QStringLiteral("The chosen units were free after the discount; there is nothing to give back"));

    plan.amount = std::min(plan.linesValue, ledger->remaining);
    plan.cappedByRemainder = plan.amount < plan.linesValue;
    // A refund that empties the order gives back all the tax still unrefunded, whatever an
    // earlier amount refund took, so the refunded tax always ends equal to the paid tax.
    const bool last = plan.amount == ledger->remaining;
    for (const QString &rate : std::as_const(ledger->rates)) {
        const qint64 left = ledger->taxLeft(rate);
        const qint64 own = share(lineTax.value(rate), plan.amount, plan.linesValue, step);
        plan.tax.append(RateAmount { rate, last ? left : std::min(own, left) });
    }
    plan.remainingAfter = ledger->remaining - plan.amount;
    return plan;
}

Result<RefundPlan> RefundPlanner::amount(const PaidOrder &order, const QList<RefundRecord> &refunds, qint64 amount)
{
    if (amount <= 0)
        return makeError(QStringLiteral("invalid_amount"),
            QStringLiteral("A refund must be a positive amount (got %1)").arg(shown(amount, order.currency)));
    Result<Ledger> ledger = buildLedger(order, refunds);
    if (!ledger)
        return ledger.error();
    if (amount > ledger->remaining)
        return makeError(QStringLiteral("amount_above_remaining"),
            QStringLiteral("A refund of %1 is more than the %2 left to refund on this order")
                .arg(shown(amount, order.currency), shown(ledger->remaining, order.currency)));
    const qint64 step = stepOf(order.currency);
    if (amount % step != 0 && amount != ledger->remaining)
        return makeError(QStringLiteral("invalid_amount"),
            QStringLiteral("%1 is not a valid %2 amount: it must be a multiple of %3")
                .arg(shown(amount, order.currency), order.currency.code, shown(step, order.currency)));

    RefundPlan plan;
    plan.currency = order.currency;
    plan.amount = amount;
    plan.remainingBefore = ledger->remaining;
    plan.remainingAfter = ledger->remaining - amount;
    plan.tax = proportionalTax(ledger.value(), amount, ledger->remaining, step);
    return plan;
}

} // namespace Kiosk
