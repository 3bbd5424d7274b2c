// SPDX-License-Identifier: MIT
#include "StripeReconciliation.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace Kiosk {

namespace {

bool add(qint64 &sum, qint64 value)
{
    return !__builtin_add_overflow(sum, value, &sum);
}

Error tooLarge()
{
    return makeError(QStringLiteral("amount_too_large"), QStringLiteral("Stripe's sums are too large to compute"));
}

QString paymentId(const StripePayment &p)
{
    if (!p.sessionId.isEmpty())
        return p.sessionId;
    return p.paymentIntentId.isEmpty() ? p.chargeId : p.paymentIntentId;
}

} // namespace

QString Discrepancy::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PaidAtStripeNotHere:
        return QStringLiteral("paid_at_stripe_not_here");
    case Kind::PaidHereNotAtStripe:
        return QStringLiteral("paid_here_not_at_stripe");
    case Kind::AmountDiffers:
        return QStringLiteral("amount_differs");
    case Kind::CurrencyDiffers:
        return QStringLiteral("currency_differs");
    case Kind::RefundMissingHere:
        return QStringLiteral("refund_missing_here");
    case Kind::RefundMissingAtStripe:
        return QStringLiteral("refund_missing_at_stripe");
    case Kind::RefundAmountDiffers:
        return QStringLiteral("refund_amount_differs");
    }
    return {};
}

Result<StripeReconciliation> StripeReconciliation::reconcile(const QList<ReportOrder> &orders,
    const QList<ReportRefund> &refunds, const QList<StripePayment> &payments, const QList<StripeRefund> &stripeRefunds,
    const QList<StripeBalanceTransaction> &balanceTransactions)
{
    QMap<QString, StripeCurrencyTotals> totals;
    auto totalsOf = [&totals](const QString &currency) -> StripeCurrencyTotals & {
        const QString code = currency.toUpper();
        StripeCurrencyTotals &t = totals[code];
        t.currency = code;
        return t;
    };
    QList<Discrepancy> found;
    auto report = [&found](Discrepancy::Kind kind, const QString &currency, const QString &orderNumber,
                      const QString &stripeId, qint64 amount, qint64 local, qint64 stripe) {
        found.append(Discrepancy { kind, currency.toUpper(), orderNumber, stripeId, amount, local, stripe });
    };

    // Local card orders, indexed for matching; each is matched at most once.
    QList<const ReportOrder *> candidates;
    QHash<QString, qsizetype> bySession;
    QHash<QString, qsizetype> byIntent;
    for (const ReportOrder &order : orders) {
        if (order.tender != Tender::Card || (!order.tookMoney() && order.status != QLatin1String("needs_review")))
            continue;
        const qsizetype at = candidates.size();
        candidates.append(&order);
        if (!order.stripeSessionId.isEmpty() && !bySession.contains(order.stripeSessionId))
            bySession.insert(order.stripeSessionId, at);
        if (!order.paymentIntentId.isEmpty() && !byIntent.contains(order.paymentIntentId))
            byIntent.insert(order.paymentIntentId, at);
    }
    QList<bool> matched(candidates.size(), false);
    QHash<QString, QString> orderOfIntent; // pi_ → order number, for naming refunds

    for (const StripePayment &payment : payments) {
        StripeCurrencyTotals &t = totalsOf(payment.currency);
        if (!add(t.gross, payment.amount))
            return tooLarge();
        qsizetype at = -1;
        if (!payment.sessionId.isEmpty() && bySession.contains(payment.sessionId))
            at = bySession.value(payment.sessionId);
        else if (!payment.paymentIntentId.isEmpty() && byIntent.contains(payment.paymentIntentId))
            at = byIntent.value(payment.paymentIntentId);
        if (at < 0 || matched[at]) {
            report(Discrepancy::Kind::PaidAtStripeNotHere, payment.currency, {}, paymentId(payment), payment.amount, 0,
                payment.amount);
            continue;
        }
        matched[at] = true;
        const ReportOrder &order = *candidates[at];
        if (!payment.paymentIntentId.isEmpty())
            orderOfIntent.insert(payment.paymentIntentId, order.orderNumber);
        if (order.currency.compare(payment.currency, Qt::CaseInsensitive) != 0)
            report(Discrepancy::Kind::CurrencyDiffers, payment.currency, order.orderNumber, paymentId(payment),
                payment.amount, order.amountTotal, payment.amount);
        else if (order.amountTotal != payment.amount)
            report(Discrepancy::Kind::AmountDiffers, payment.currency, order.orderNumber, paymentId(payment),
                payment.amount - order.amountTotal, order.amountTotal, payment.amount);
        ++t.matchedPayments;
        if (!add(t.matchedGross, payment.amount))
            return tooLarge();
    }
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const ReportOrder &order = *candidates[i];
        if (!order.paymentIntentId.isEmpty() && !orderOfIntent.contains(order.paymentIntentId))
            orderOfIntent.insert(order.paymentIntentId, order.orderNumber);
        if (!matched[i] && order.tookMoney())
            report(Discrepancy::Kind::PaidHereNotAtStripe, order.currency, order.orderNumber, order.stripeSessionId,
                order.amountTotal, order.amountTotal, 0);
    }

    // Refunds, by Stripe refund id.
    QHash<QString, qsizetype> localById;
    QList<bool> refundMatched(refunds.size(), false);
    for (qsizetype i = 0; i < refunds.size(); ++i) {
        const ReportRefund &r = refunds[i];
        if (r.tender == Tender::Card && !r.stripeRefundId.isEmpty() && !localById.contains(r.stripeRefundId))
            localById.insert(r.stripeRefundId, i);
    }
    for (const StripeRefund &refund : stripeRefunds) {
        if (!refund.counts())
            continue;
        StripeCurrencyTotals &t = totalsOf(refund.currency);
        if (!add(t.refunds, refund.amount))
            return tooLarge();
        const qsizetype at = localById.value(refund.refundId, -1);
        const bool localCounts = at >= 0 && refunds[at].status != RefundRecord::Status::Failed
            && refunds[at].status != RefundRecord::Status::Canceled;
        if (!localCounts) {
            report(Discrepancy::Kind::RefundMissingHere, refund.currency, orderOfIntent.value(refund.paymentIntentId),
                refund.refundId, refund.amount, 0, refund.amount);
            continue;
        }
        refundMatched[at] = true;
        const ReportRefund &local = refunds[at];
        if (local.amount != refund.amount)
            report(Discrepancy::Kind::RefundAmountDiffers, refund.currency, local.orderNumber, refund.refundId,
                refund.amount - local.amount, local.amount, refund.amount);
        ++t.matchedRefunds;
        if (!add(t.matchedRefundAmount, refund.amount))
            return tooLarge();
    }
    for (qsizetype i = 0; i < refunds.size(); ++i) {
        const ReportRefund &r = refunds[i];
        const bool expected = r.status == RefundRecord::Status::Succeeded
            || (r.status == RefundRecord::Status::Pending && !r.stripeRefundId.isEmpty());
        if (r.tender == Tender::Card && expected && !refundMatched[i])
            report(Discrepancy::Kind::RefundMissingAtStripe, r.currency, r.orderNumber, r.stripeRefundId, r.amount,
                r.amount, 0);
    }

    for (const StripeBalanceTransaction &txn : balanceTransactions) {
        if (txn.type == QLatin1String("payout"))
            continue;
        StripeCurrencyTotals &t = totalsOf(txn.currency);
        if (!add(t.fees, txn.fee) || !add(t.net, txn.net))
            return tooLarge();
    }

    std::sort(found.begin(), found.end(), [](const Discrepancy &a, const Discrepancy &b) {
        return std::tie(a.currency, a.kind, a.orderNumber, a.stripeId)
            < std::tie(b.currency, b.kind, b.orderNumber, b.stripeId);
    });
    StripeReconciliation result;
    result.currencies = totals.values();
    result.discrepancies = std::move(found);
    return result;
}

} // namespace Kiosk
