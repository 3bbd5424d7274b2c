// SPDX-License-Identifier: MIT
#include "RefundDecision.h"

#include "Money.h"

namespace Kiosk {

namespace {

using RS = RefundRecord::Status;

int rank(RS status)
{
    switch (status) {
    case RS::Pending:
        return 0;
    case RS::Succeeded:
        return 1;
    case RS::Failed:
    case RS::Canceled:
        return 2;
    }
    return 2;
}

QString amountText(qint64 minor, const QString &currency)
{
    const Result<Money> money = Money::fromMinor(minor, currency.toUpper());
    const QString amount = money ? money.value().toDecimalString() : QString::number(minor);
    return amount + QLatin1Char(' ') + currency.toUpper();
}

int findRecord(const QList<OrderRefund> &refunds, const Refund &stripe, const QString &installationId)
{
    for (int i = 0; i < refunds.size(); ++i) {
        if (!refunds.at(i).stripeRefundId.isEmpty() && refunds.at(i).stripeRefundId == stripe.id)
            return i;
    }
    // The call's answer was lost (a crash, a timeout) but Stripe's refund names our record.
    const QString localId = stripe.metadata.value(QStringLiteral("refund_id"));
    if (localId.isEmpty() || installationId.isEmpty()
        || stripe.metadata.value(QStringLiteral("installation_id")) != installationId)
        return -1;
    for (int i = 0; i < refunds.size(); ++i) {
        if (refunds.at(i).stripeRefundId.isEmpty() && QString::number(refunds.at(i).id) == localId)
            return i;
    }
    return -1;
}

} // namespace

bool RefundDecision::tookMoney(OrderStatus status)
{
    return status == OrderStatus::Paid || status == OrderStatus::PartiallyRefunded || status == OrderStatus::Refunded;
}

bool RefundDecision::canMove(RS from, RS to)
{
    if (from == to)
        return false;
    if (from == RS::Succeeded && to == RS::Canceled)
        return false; // only a pending (requires_action) refund can be canceled
    return rank(to) > rank(from);
}

RS RefundDecision::statusOf(const Refund &stripe, const QString &eventType)
{
    if (eventType == QLatin1String("refund.failed") || stripe.isFailed())
        return RS::Failed;
    if (stripe.isCanceled())
        return RS::Canceled;
    if (stripe.isSucceeded())
        return RS::Succeeded;
    return RS::Pending; // pending, requires_action, or a status not known yet
}

std::optional<OrderStatus> RefundDecision::orderStatusAfter(
    const Order &order, const QList<OrderRefund> &refunds, QString *reason)
{
    if (!tookMoney(order.status))
        return std::nullopt;
    qint64 succeeded = 0;
    for (const OrderRefund &r : refunds) {
        if (r.status == RS::Succeeded)
            succeeded += r.amount;
    }
    OrderStatus to = OrderStatus::Paid;
    QString why;
    if (succeeded > order.amountTotal) {
        to = OrderStatus::NeedsReview;
        why = QStringLiteral("Refunds of %1 are more than the %2 paid.")
                  .arg(amountText(succeeded, order.currency), amountText(order.amountTotal, order.currency));
    } else if (succeeded == order.amountTotal && succeeded > 0) {
        to = OrderStatus::Refunded;
    } else if (succeeded > 0) {
        to = OrderStatus::PartiallyRefunded;
    }
    if (to == order.status)
        return std::nullopt;
    if (!OrderStateMachine::canTransition(order.status, to)) {
        // E.g. a succeeded refund no longer counts: the books no longer add up by themselves.
        to = OrderStatus::NeedsReview;
        why = QStringLiteral("Refunds of %1 no longer match an order that was %2.")
                  .arg(amountText(succeeded, order.currency), toString(order.status));
    }
    if (reason)
        *reason = why;
    return to;
}

RefundDecision::Outcome RefundDecision::decide(const Order &order, const QList<OrderRefund> &refunds,
    const Refund &stripe, const QString &installationId, const QString &eventType)
{
    Outcome out;
    if (!stripe.paymentIntent.isEmpty() && stripe.paymentIntent != order.paymentIntent) {
        out.reason = QStringLiteral("Refund %1 is of another payment.").arg(stripe.id);
        return out;
    }
    const RS to = statusOf(stripe, eventType);
    QList<OrderRefund> after = refunds;
    QString mismatch;
    const int index = findRecord(refunds, stripe, installationId);
    if (index >= 0) {
        const OrderRefund &record = refunds.at(index);
        out.match = index;
        if (record.stripeRefundId.isEmpty())
            out.stripeRefundId = stripe.id;
        if (canMove(record.status, to))
            out.refundTo = to;
        if (stripe.amount != record.amount || stripe.currency.compare(record.currency, Qt::CaseInsensitive) != 0)
            mismatch = QStringLiteral("Stripe refund %1 is %2, but the kiosk asked for %3.")
                           .arg(stripe.id, amountText(stripe.amount, stripe.currency),
                               amountText(record.amount, record.currency));
        after[index].status = out.refundTo.value_or(record.status);
        after[index].amount = stripe.amount;
    } else {
        out.adopt = true;
        out.refundTo = to;
        out.stripeRefundId = stripe.id;
        if (stripe.currency.compare(order.currency, Qt::CaseInsensitive) != 0)
            mismatch = QStringLiteral("Refund %1 made elsewhere is in %2, the order in %3.")
                           .arg(stripe.id, stripe.currency.toUpper(), order.currency);
        OrderRefund adopted;
        adopted.amount = stripe.amount;
        adopted.status = to;
        adopted.madeElsewhere = true;
        after.append(adopted);
    }
    if (out.refundTo == RS::Failed)
        out.failureReason = stripe.failureReason.isEmpty() ? QStringLiteral("unknown") : stripe.failureReason;

    const bool reviewable = tookMoney(order.status);
    if (reviewable && out.refundTo == RS::Failed) {
        out.orderTo = OrderStatus::NeedsReview;
        out.reason = QStringLiteral("Refund %1 of %2 failed: %3.")
                         .arg(stripe.id, amountText(stripe.amount, stripe.currency), out.failureReason);
    } else if (reviewable && !mismatch.isEmpty()) {
        out.orderTo = OrderStatus::NeedsReview;
        out.reason = mismatch;
    } else {
        out.orderTo = orderStatusAfter(order, after, &out.reason);
        if (out.reason.isEmpty() && (out.refundTo || out.orderTo))
            out.reason
                = QStringLiteral("Refund %1 of %2 is %3.")
                      .arg(stripe.id, amountText(stripe.amount, stripe.currency), toString(out.refundTo.value_or(to)));
    }
    return out;
}

RefundDecision::Outcome RefundDecision::decideCharge(
    const Order &order, const QList<OrderRefund> &refunds, const Charge &charge)
{
    Outcome out;
    if (charge.paymentIntent.isEmpty() || charge.paymentIntent != order.paymentIntent)
        return out;
    qint64 counted = 0;
    for (const OrderRefund &r : refunds) {
        if (r.status == RS::Pending || r.status == RS::Succeeded)
            counted += r.amount;
    }
    if (charge.amountRefunded != counted) {
        out.resync = true;
        out.reason = QStringLiteral("Stripe has refunded %1 of this payment; the kiosk knows of %2.")
                         .arg(amountText(charge.amountRefunded, charge.currency), amountText(counted, order.currency));
    }
    return out;
}

} // namespace Kiosk
