// SPDX-License-Identifier: MIT
#include "RefundCoordinator.h"

#include "Log.h"
#include "Money.h"
#include "RefundDecision.h"
#include "RefundPlanner.h"
#include "StripeClient.h"
#include "StripeEvent.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace Kiosk {

namespace {

using RS = RefundRecord::Status;

const QString kRefundCreated = QStringLiteral("refund.created");
const QString kRefundUpdated = QStringLiteral("refund.updated");
const QString kRefundFailed = QStringLiteral("refund.failed");
const QString kChargeRefunded = QStringLiteral("charge.refunded");

/** `done` bound to `context` (to `fallback` without one) and always called from the event loop. */
template <typename T>
std::function<void(T)> boundLater(QObject *context, QObject *fallback, std::function<void(T)> done)
{
    return [guard = QPointer<QObject>(context ? context : fallback), done = std::move(done)](T value) {
        if (!guard || !done)
            return;
        QTimer::singleShot(0, guard.data(), [guard, done, value = std::move(value)]() mutable {
            if (guard)
                done(std::move(value));
        });
    };
}

QString amountText(qint64 minor, const QString &currency)
{
    const Result<Money> money = Money::fromMinor(minor, currency);
    return (money ? money.value().toDecimalString() : QString::number(minor)) + QLatin1Char(' ') + currency;
}

/** A connection failure, timeout, lock conflict, rate limit or server error: Stripe may or may
 *  not have made the refund, so it stays pending and is asked for again under the same key. */
bool leavesPending(const StripeError &e)
{
    return e.connectionError || e.httpStatus == 409 || e.httpStatus == 429 || e.httpStatus >= 500 || e.httpStatus == 401
        || e.httpStatus == 403 || e.type == QLatin1String("idempotency_error");
}

PaidOrder paidOrderOf(const Order &order)
{
    PaidOrder paid;
    if (const Result<Currency> currency = Currency::fromCode(order.currency))
        paid.currency = currency.value();
    paid.paid = RefundDecision::tookMoney(order.status);
    paid.amountTotal = order.amountTotal;
    int number = 0;
    for (const OrderLine &line : order.lines) {
        PaidLine l;
        l.number = ++number;
        l.unitAmount = line.unitAmount;
        l.quantity = line.quantity;
        l.amountTotal = line.lineTotal;
        paid.lines.append(l);
    }
    return paid;
}

QList<RefundRecord> recordsOf(const QList<OrderRefund> &refunds)
{
    QList<RefundRecord> records;
    records.reserve(refunds.size());
    for (const OrderRefund &r : refunds)
        records.append(RefundRecord { r.amount, r.status, r.lines, r.tax, r.taxRecorded });
    return records;
}

Result<RefundPlan> planFor(const Order &order, const QList<OrderRefund> &refunds, const RefundOrderRequest &request)
{
    if (!request.reason.isEmpty() && !RefundRequest::isValidReason(request.reason))
        return makeError(QStringLiteral("invalid_reason"),
            QStringLiteral("\"%1\" is not a refund reason: use requested_by_customer, duplicate or fraudulent.")
                .arg(request.reason.left(40)));
    const PaidOrder paid = paidOrderOf(order);
    const QList<RefundRecord> records = recordsOf(refunds);
    switch (request.kind) {
    case RefundOrderRequest::Kind::WholeRemainder:
        return RefundPlanner::wholeRemainder(paid, records);
    case RefundOrderRequest::Kind::Lines:
        return RefundPlanner::lines(paid, records, request.lines);
    case RefundOrderRequest::Kind::Amount:
        return RefundPlanner::amount(paid, records, request.amount);
    }
    return makeError(QStringLiteral("invalid_request"), QStringLiteral("Unknown kind of refund."));
}

bool sameLines(const QList<RefundLine> &a, const QList<RefundLine> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const RefundLine &x, const RefundLine &y) { return x.line == y.line && x.quantity == y.quantity; });
}

/** The record for a refund made elsewhere, as RefundDecision adopts it. */
OrderRefund adopted(const Order &order, const Refund &stripe, const RefundDecision::Outcome &out)
{
    OrderRefund r;
    r.orderId = order.id;
    r.amount = stripe.amount;
    r.currency = order.currency;
    r.reason = stripe.reason;
    r.status = out.refundTo.value_or(RS::Pending);
    r.stripeRefundId = stripe.id;
    r.failureReason = out.failureReason;
    r.taxRecorded = false;
    r.madeElsewhere = true;
    return r;
}

RefundUpdate updateOf(const RefundDecision::Outcome &out)
{
    return RefundUpdate { out.refundTo, out.stripeRefundId, out.failureReason };
}

} // namespace

struct RefundCoordinator::Resume
{
    QList<OrderRefund> queue;
    std::function<void(Status)> done;
};

RefundCoordinator::RefundCoordinator(OrderStore *store, StripeClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{ }

RefundCoordinator::~RefundCoordinator() = default;

QStringList RefundCoordinator::eventTypes()
{
    return { kRefundCreated, kRefundUpdated, kRefundFailed, kChargeRefunded };
}

Result<RefundPlan> RefundCoordinator::plan(qint64 orderId, const RefundOrderRequest &request) const
{
    const Result<Order> order = m_store->order(orderId);
    if (!order)
        return order.error();
    const Result<QList<OrderRefund>> refunds = m_store->refunds(orderId);
    if (!refunds)
        return refunds.error();
    return planFor(order.value(), refunds.value(), request);
}

void RefundCoordinator::refund(
    qint64 orderId, const RefundOrderRequest &request, QObject *context, std::function<void(Result<OrderRefund>)> done)
{
    auto finish = boundLater(context, this, std::move(done));
    const Result<Order> order = m_store->order(orderId);
    if (!order) {
        finish(order.error());
        return;
    }
    const Result<QList<OrderRefund>> refunds = m_store->refunds(orderId);
    if (!refunds) {
        finish(refunds.error());
        return;
    }
    // One refund at a time: Stripe has not answered for this one yet (or the answer was lost).
    for (const OrderRefund &open : refunds.value()) {
        if (open.status != RS::Pending || !open.stripeRefundId.isEmpty())
            continue;
        QList<OrderRefund> others = refunds.value();
        others.removeIf([&open](const OrderRefund &r) { return r.id == open.id; });
        const Result<RefundPlan> again = planFor(order.value(), others, request);
        if (again && again->amount == open.amount && sameLines(again->lines, open.lines)
            && request.reason == open.reason) {
            send(order.value(), open, QStringLiteral("refund"), std::move(finish)); // that refund, once
            return;
        }
        finish(makeError(QStringLiteral("refund_in_progress"),
            QStringLiteral("A refund of this order is under way (%1); wait for Stripe's answer before asking for "
                           "another.")
                .arg(amountText(open.amount, open.currency))));
        return;
    }
    const Result<RefundPlan> planned = planFor(order.value(), refunds.value(), request);
    if (!planned) {
        finish(planned.error());
        return;
    }
    if (order->isCash()) {
        // Paid out of the drawer: nothing to ask Stripe, so the refund is made as it is
        // recorded, in one transaction with the order's move (the drawer counts it).
        OrderRefund cash;
        cash.orderId = orderId;
        cash.amount = planned->amount;
        cash.currency = order->currency;
        cash.reason = request.reason;
        cash.status = RS::Succeeded;
        cash.lines = planned->lines;
        cash.tax = planned->tax;
        cash.tender = QStringLiteral("cash");
        QList<OrderRefund> after = refunds.value();
        after.append(cash);
        const std::optional<OrderStatus> to = RefundDecision::orderStatusAfter(order.value(), after);
        finish(m_store->recordRefund(cash, to, TransitionDetails { QStringLiteral("cash_refund"), {}, {}, {}, {} }));
        return;
    }
    if (order->paymentIntent.isEmpty()) {
        finish(makeError(QStringLiteral("order_not_paid"),
            QStringLiteral("Order %1 has no Stripe payment to refund.").arg(order->number)));
        return;
    }
    OrderRefund record;
    record.orderId = orderId;
    record.amount = planned->amount;
    record.currency = order->currency;
    record.reason = request.reason;
    record.status = RS::Pending;
    record.lines = planned->lines;
    record.tax = planned->tax;
    // Written before Stripe is asked: whatever happens next, the refund exists here first.
    const Result<OrderRefund> recorded = m_store->recordRefund(record);
    if (!recorded) {
        finish(recorded.error());
        return;
    }
    send(order.value(), recorded.value(), QStringLiteral("refund"), std::move(finish));
}

void RefundCoordinator::send(
    const Order &order, const OrderRefund &record, const QString &source, std::function<void(Result<OrderRefund>)> done)
{
    const auto running = m_inFlight.find(record.id);
    if (running != m_inFlight.end()) {
        running->append(std::move(done));
        return;
    }
    m_inFlight.insert(record.id, { std::move(done) });
    const QString installation = m_store->installationId();
    RefundRequest request;
    request.paymentIntent = order.paymentIntent;
    request.amount = record.amount;
    request.reason = record.reason;
    request.metadata = { { QStringLiteral("refund_id"), QString::number(record.id) },
        { QStringLiteral("installation_id"), installation }, { QStringLiteral("order_number"), order.number } };
    const QString key = StripeClient::refundIdempotencyKey(order.number, record.id, installation);
    m_client->createRefund(request, key, this,
        [this, orderId = order.id, refundId = record.id, source](
            Result<Refund, StripeError> answer) { answered(orderId, refundId, answer, source); });
}

void RefundCoordinator::answered(
    qint64 orderId, qint64 refundId, const Result<Refund, StripeError> &answer, const QString &source)
{
    const QList<std::function<void(Result<OrderRefund>)>> waiting = m_inFlight.take(refundId);
    Result<OrderRefund> outcome = makeError(QStringLiteral("not_found"), QString());
    if (answer) {
        outcome = apply(answer.value(), source);
    } else if (leavesPending(answer.error())) {
        qCWarning(lcPayment) << "refund" << refundId << "of order" << orderId
                             << "stays pending:" << answer.error().toString();
        outcome = makeError(QStringLiteral("stripe_unreachable"),
            QStringLiteral("Stripe did not answer (%1). The refund is kept as pending and asked for again with the "
                           "same key, so it is made once.")
                .arg(answer.error().message.isEmpty() ? answer.error().toString() : answer.error().message));
    } else {
        // Stripe refused it: no refund was made. The books may disagree with Stripe's (a refund
        // made in the Dashboard), so look at the payment's refunds too.
        const StripeError &e = answer.error();
        const QString message = e.message.isEmpty() ? e.toString() : e.message;
        const Result<OrderRefund> failed
            = m_store->settleRefund(refundId, RefundUpdate { RS::Failed, QString(), message });
        if (!failed)
            qCWarning(lcPayment) << "refund" << refundId << "could not be marked failed:" << failed.error().toString();
        outcome = makeError(e.code.isEmpty() ? QStringLiteral("refund_refused") : e.code,
            QStringLiteral("Stripe refused the refund: %1").arg(message));
        resync(orderId);
    }
    for (const auto &done : waiting)
        done(outcome);
}

qint64 RefundCoordinator::orderIdOf(const Refund &stripe) const
{
    if (const Result<qint64> byIntent = m_store->orderIdForPaymentIntent(stripe.paymentIntent);
        byIntent && byIntent.value() > 0)
        return byIntent.value();
    return 0;
}

Result<OrderRefund> RefundCoordinator::apply(const Refund &stripe, const QString &source)
{
    const qint64 orderId = orderIdOf(stripe);
    const Result<Order> order = orderId > 0 ? m_store->order(orderId)
                                            : Result<Order>(makeError(QStringLiteral("not_ours"),
                                                QStringLiteral("Refund %1 is of no order here.").arg(stripe.id)));
    if (!order)
        return order.error();
    const Result<QList<OrderRefund>> refunds = m_store->refunds(orderId);
    if (!refunds)
        return refunds.error();
    // Read, decide and write with no event-loop turn in between.
    const RefundDecision::Outcome out
        = RefundDecision::decide(order.value(), refunds.value(), stripe, m_store->installationId());
    const TransitionDetails details { source, out.reason, {}, {}, {} };
    if (out.adopt)
        return m_store->recordRefund(adopted(order.value(), stripe, out), out.orderTo, details);
    if (out.match < 0)
        return makeError(QStringLiteral("not_ours"), out.reason);
    const OrderRefund &record = refunds->at(out.match);
    if (out.refundTo || !out.stripeRefundId.isEmpty())
        return m_store->settleRefund(record.id, updateOf(out), out.orderTo, details);
    if (out.orderTo) {
        if (const Result<Order> moved = m_store->transition(orderId, *out.orderTo, details); !moved)
            return moved.error();
    }
    return record;
}

bool RefundCoordinator::prepareEvent(const StripeEvent &event, const QString &source, OrderStore::EventWrite &write,
    const std::shared_ptr<bool> &resync) const
{
    const QString installation = m_store->installationId();
    if (event.refund && eventTypes().contains(event.type)) {
        const Refund stripe = *event.refund;
        write.event.orderId = orderIdOf(stripe);
        write.decide = [this, stripe, installation, type = event.type, source](
                           const Order &order) -> Result<std::optional<OrderStore::EventDecision>> {
            const Result<QList<OrderRefund>> refunds = m_store->refunds(order.id);
            if (!refunds)
                return refunds.error();
            const RefundDecision::Outcome out
                = RefundDecision::decide(order, refunds.value(), stripe, installation, type);
            if (out.adopt) {
                OrderRefund record = adopted(order, stripe, out);
                if (const Status st = m_store->recordRefundInBatch(record); !st)
                    return st.error();
            } else if (out.match >= 0 && (out.refundTo || !out.stripeRefundId.isEmpty())) {
                if (const auto st = m_store->settleRefundInBatch(refunds->at(out.match).id, updateOf(out)); !st)
                    return st.error();
            }
            if (!out.orderTo)
                return std::optional<OrderStore::EventDecision>();
            return std::optional<OrderStore::EventDecision>(
                OrderStore::EventDecision { *out.orderTo, TransitionDetails { source, out.reason, {}, {}, {} } });
        };
        return true;
    }
    if (event.charge && event.type == kChargeRefunded) {
        const Charge charge = *event.charge;
        const Result<qint64> orderId = m_store->orderIdForPaymentIntent(charge.paymentIntent);
        write.event.orderId = orderId ? orderId.value() : 0;
        write.decide = [this, charge, resync](const Order &order) -> Result<std::optional<OrderStore::EventDecision>> {
            const Result<QList<OrderRefund>> refunds = m_store->refunds(order.id);
            if (!refunds)
                return refunds.error();
            // Only the running total: when it disagrees, or a refund here still waits for
            // Stripe's word (its answer or event may be lost), the refunds themselves are listed.
            const bool waiting = std::any_of(
                refunds->cbegin(), refunds->cend(), [](const OrderRefund &r) { return r.status == RS::Pending; });
            if ((waiting || RefundDecision::decideCharge(order, refunds.value(), charge).resync) && resync)
                *resync = true;
            return std::optional<OrderStore::EventDecision>();
        };
        return true;
    }
    return false;
}

void RefundCoordinator::resync(qint64 orderId, QObject *context, std::function<void(Status)> done)
{
    auto finish = boundLater(context, this, std::move(done));
    const Result<Order> order = m_store->order(orderId);
    if (!order || order->paymentIntent.isEmpty()) {
        finish(order ? Status() : Status(order.error()));
        return;
    }
    RefundListParams params;
    params.paymentIntent = order->paymentIntent;
    m_client->listRefunds(params, this, [this, finish](Result<StripeList<Refund>, StripeError> listed) {
        if (!listed) {
            finish(makeError(QStringLiteral("stripe_unreachable"), listed.error().toString()));
            return;
        }
        // Stripe lists newest first; apply in the order they were made.
        const QList<Refund> &data = listed->data;
        for (auto it = data.crbegin(); it != data.crend(); ++it) {
            if (const Result<OrderRefund> applied = apply(*it, QStringLiteral("resync")); !applied)
                qCInfo(lcPayment) << "refund" << it->id << "not applied:" << applied.error().toString();
        }
        finish({});
    });
}

void RefundCoordinator::resume(QObject *context, std::function<void(Status)> done)
{
    auto finish = boundLater(context, this, std::move(done));
    if (m_resuming) {
        finish({}); // the run under way covers this request
        return;
    }
    const Result<QList<OrderRefund>> pending = m_store->pendingRefunds();
    if (!pending) {
        finish(pending.error());
        return;
    }
    m_resuming = true;
    resumeNext(std::make_shared<Resume>(Resume { pending.value(), std::move(finish) }));
}

void RefundCoordinator::resumeNext(std::shared_ptr<Resume> run)
{
    while (!run->queue.isEmpty()) {
        const OrderRefund record = run->queue.takeFirst();
        if (m_inFlight.contains(record.id))
            continue; // its answer settles it
        const Result<Order> order = m_store->order(record.orderId);
        if (!order)
            continue;
        if (!record.stripeRefundId.isEmpty()) {
            m_client->retrieveRefund(record.stripeRefundId, this, [this, run](Result<Refund, StripeError> got) {
                if (got)
                    (void)apply(got.value(), QStringLiteral("recovery"));
                resumeNext(run);
            });
            return;
        }
        // Stripe's answer never arrived. Its refunds of the payment say whether it made ours (by
        // the metadata); if not, the same key asks again, so it is made at most once.
        RefundListParams params;
        params.paymentIntent = order->paymentIntent;
        m_client->listRefunds(params, this,
            [this, run, order = order.value(), refundId = record.id](Result<StripeList<Refund>, StripeError> listed) {
                if (!listed) {
                    resumeNext(run);
                    return;
                }
                const QList<Refund> &data = listed->data;
                for (auto it = data.crbegin(); it != data.crend(); ++it)
                    (void)apply(*it, QStringLiteral("recovery"));
                std::optional<OrderRefund> still;
                if (const Result<QList<OrderRefund>> now = m_store->refunds(order.id)) {
                    for (const OrderRefund &r : now.value()) {
                        if (r.id == refundId && r.status == RS::Pending && r.stripeRefundId.isEmpty())
                            still = r;
                    }
                }
                if (!still || m_inFlight.contains(refundId)) {
                    resumeNext(run);
                    return;
                }
                send(order, *still, QStringLiteral("recovery"),
                    [this, run](const Result<OrderRefund> &) { resumeNext(run); });
            });
        return;
    }
    m_resuming = false;
    run->done({});
}

} // namespace Kiosk
