// SPDX-License-Identifier: MIT
#include "DayReport.h"

#include "Currency.h"

#include <QMap>

namespace Kiosk {

namespace {

Error tooLarge(const QString &currency)
{
    return makeError(
        QStringLiteral("amount_too_large"), QStringLiteral("The day's %1 sums are too large to compute").arg(currency));
}

bool add(qint64 &sum, qint64 value)
{
    return !__builtin_add_overflow(sum, value, &sum);
}

struct Accumulator
{
    CurrencyDayTotals totals;
    QMap<QString, qint64> salesTax;
    QMap<QString, qint64> refundedTax;
};

RateAmounts toList(const QMap<QString, qint64> &map)
{
    RateAmounts list;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        list.append(RateAmount { it.key(), it.value() });
    return list;
}

Result<QString> currencyOf(const QString &code, const QString &orderNumber)
{
    const Result<Currency> currency = Currency::fromCode(code);
    if (!currency)
        return makeError(
            currency.error().code, QStringLiteral("Order %1: %2").arg(orderNumber.left(40), currency.error().message));
    return currency->code;
}

} // namespace

Result<DayReport> DayReport::aggregate(
    const BusinessDayInterval &day, const QList<ReportOrder> &orders, const QList<ReportRefund> &refunds)
{
    QMap<QString, Accumulator> byCurrency;
    auto slot = [&byCurrency](const QString &code) -> Accumulator & {
        Accumulator &acc = byCurrency[code];
        acc.totals.currency = code;
        return acc;
    };

    for (const ReportOrder &order : orders) {
        if (!day.contains(order.paidAt))
            continue;
        const bool review = order.status == QLatin1String("needs_review");
        if (!order.tookMoney() && !review)
            continue;
        if (order.amountTotal < 0 || order.amountDiscount < 0)
            return makeError(QStringLiteral("invalid_amount"),
                QStringLiteral("Order %1 has a negative amount").arg(order.orderNumber.left(40)));
        const Result<QString> code = currencyOf(order.currency, order.orderNumber);
        if (!code)
            return code.error();
        Accumulator &acc = slot(code.value());
        CurrencyDayTotals &t = acc.totals;
        if (review) {
            ++t.needsReviewCount;
            if (!add(t.needsReviewAmount, order.amountTotal))
                return tooLarge(code.value());
            continue;
        }
        ++t.salesCount;
        if (!add(t.gross, order.amountTotal) || !add(t.discounts, order.amountDiscount)
            || !add(order.tender == Tender::Cash ? t.cash : t.card, order.amountTotal))
            return tooLarge(code.value());
        for (const RateAmount &tax : order.tax) {
            if (!add(acc.salesTax[tax.rate], tax.amount))
                return tooLarge(code.value());
        }
    }

    for (const ReportRefund &refund : refunds) {
        if (!day.contains(refund.created))
            continue;
        if (refund.amount < 0)
            return makeError(QStringLiteral("invalid_amount"),
                QStringLiteral("A refund of order %1 has a negative amount").arg(refund.orderNumber.left(40)));
        const bool pending = refund.status == RefundRecord::Status::Pending;
        if (refund.status != RefundRecord::Status::Succeeded && !pending)
            continue;
        const Result<QString> code = currencyOf(refund.currency, refund.orderNumber);
        if (!code)
            return code.error();
        Accumulator &acc = slot(code.value());
        CurrencyDayTotals &t = acc.totals;
        if (pending) {
            if (!add(t.pendingRefunds, refund.amount))
                return tooLarge(code.value());
            continue;
        }
        ++t.refundsCount;
        if (!add(t.refunds, refund.amount) || !add(refund.tender == Tender::Cash ? t.cash : t.card, -refund.amount))
            return tooLarge(code.value());
        for (const RateAmount &tax : refund.tax) {
            if (!add(acc.refundedTax[tax.rate], tax.amount))
                return tooLarge(code.value());
        }
    }

    DayReport report;
    report.date = day.date;
    report.fromUtc = day.fromUtc;
    report.toUtc = day.toUtc;
    for (Accumulator &acc : byCurrency) {
        CurrencyDayTotals &t = acc.totals;
        t.net = t.gross - t.refunds;
        t.salesTax = toList(acc.salesTax);
        t.refundedTax = toList(acc.refundedTax);
        QMap<QString, qint64> net = acc.salesTax;
        for (auto it = acc.refundedTax.cbegin(); it != acc.refundedTax.cend(); ++it)
            net[it.key()] -= it.value();
        t.tax = toList(net);
        report.currencies.append(t);
    }
    return report;
}

} // namespace Kiosk
