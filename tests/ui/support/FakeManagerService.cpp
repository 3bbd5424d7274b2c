// SPDX-License-Identifier: MIT
#include "FakeManagerService.h"

#include "PaidOrder.h"
#include "RefundPlanner.h"

#include <QTimer>

#include <algorithm>

namespace Kiosk::Test {

namespace {

/** Calls `done` with `value` on the next turn of the loop, unless `context` is gone by then. */
template <typename T> void later(QObject *context, ManagerService::Reply<T> done, Result<T> value)
{
    QTimer::singleShot(
        0, context, [done = std::move(done), value = std::move(value)]() mutable { done(std::move(value)); });
}

bool isPaidStatus(OrderStatus s)
{
    return s == OrderStatus::Paid || s == OrderStatus::PartiallyRefunded || s == OrderStatus::Refunded;
}

} // namespace

FakeManagerService::FakeManagerService(QObject *parent)
    : ManagerService(parent)
{ }

FakeManagerService::~FakeManagerService() = default;

void FakeManagerService::addOrder(const Order &order, const QList<RateAmounts> &taxes)
{
    OrderDetails d;
    d.order = order;
    m_orders.insert(order.id, d);
    m_taxes.insert(order.id, taxes);
}

QList<Order> FakeManagerService::matching(const HistoryFilter &filter) const
{
    QList<Order> result;
    for (const OrderDetails &d : m_orders) {
        const Order &o = d.order;
        if (filter.from.isValid() && o.createdAt < filter.from)
            continue;
        if (filter.to.isValid() && o.createdAt >= filter.to)
            continue;
        if (!filter.statuses.isEmpty() && !filter.statuses.contains(o.status))
            continue;
        if (!filter.text.isEmpty() && !o.number.startsWith(filter.text, Qt::CaseInsensitive))
            continue;
        Order row = o;
        row.lines.clear();
        result.append(row);
    }
    std::sort(result.begin(), result.end(), [](const Order &a, const Order &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    return result;
}

void FakeManagerService::checkManagerPin(const QString &pin, QObject *context, Reply<ManagerPinCheck> done)
{
    ManagerPinCheck check;
    check.verdict = pin == managerPin ? ManagerPinCheck::Verdict::Ok : ManagerPinCheck::Verdict::Wrong;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), check] { done(check); }, Qt::QueuedConnection);
}

void FakeManagerService::countOrders(const HistoryFilter &filter, QObject *context, Reply<qint64> done)
{
    later<qint64>(context, std::move(done), qint64(matching(filter).size()));
}

void FakeManagerService::historyPage(
    const HistoryFilter &filter, int offset, int limit, QObject *context, Reply<QList<Order>> done)
{
    later<QList<Order>>(context, std::move(done), matching(filter).mid(offset, limit));
}

void FakeManagerService::totals(const HistoryFilter &filter, QObject *context, Reply<QList<CurrencyTotal>> done)
{
    m_totalsCalls.append(filter);
    QList<CurrencyTotal> sums;
    for (const Order &o : matching(filter)) {
        auto it
            = std::find_if(sums.begin(), sums.end(), [&o](const CurrencyTotal &t) { return t.currency == o.currency; });
        if (it == sums.end())
            it = sums.insert(sums.end(), CurrencyTotal { o.currency, 0, 0, 0 });
        it->amount += o.amountTotal;
        it->orders += 1;
        it->refunded += o.amountRefunded;
    }
    later<QList<CurrencyTotal>>(context, std::move(done), sums);
}

void FakeManagerService::orderDetails(qint64 orderId, QObject *context, Reply<OrderDetails> done)
{
    if (!m_orders.contains(orderId)) {
        later<OrderDetails>(
            context, std::move(done), Error { QStringLiteral("not_found"), QStringLiteral("No such order.") });
        return;
    }
    later<OrderDetails>(context, std::move(done), m_orders.value(orderId));
}

qint64 FakeManagerService::startCsvExport(const HistoryFilter &filter, const QDateTime & /*asOf*/,
    const QString & /*targetPath*/, QObject *context, ExportProgress /*progress*/, Reply<qint64> done)
{
    later<qint64>(context, std::move(done), qint64(matching(filter).size()));
    return 1;
}

void FakeManagerService::cancelCsvExport(qint64 /*exportId*/) { }

Result<RefundPlan> FakeManagerService::plan(qint64 orderId, const RefundOrderRequest &request) const
{
    if (!m_orders.contains(orderId))
        return Error { QStringLiteral("not_found"), QStringLiteral("No such order.") };
    const OrderDetails &d = m_orders[orderId];
    const auto currency = Currency::fromCode(d.order.currency);
    if (!currency)
        return currency.error();
    PaidOrder paid;
    paid.currency = currency.value();
    paid.paid = isPaidStatus(d.order.status);
    paid.amountTotal = d.order.amountTotal;
    const QList<RateAmounts> taxes = m_taxes.value(orderId);
    for (int i = 0; i < d.order.lines.size(); ++i) {
        const OrderLine &l = d.order.lines.at(i);
        paid.lines.append(PaidLine { i + 1, l.unitAmount, l.quantity, 0, l.lineTotal, taxes.value(i) });
    }
    QList<RefundRecord> records;
    for (const OrderRefund &r : d.refunds)
        records.append(RefundRecord { r.amount, r.status, r.lines, r.tax, r.taxRecorded });
    switch (request.kind) {
    case RefundOrderRequest::Kind::WholeRemainder:
        return RefundPlanner::wholeRemainder(paid, records);
    case RefundOrderRequest::Kind::Lines:
        return RefundPlanner::lines(paid, records, request.lines);
    case RefundOrderRequest::Kind::Amount:
        return RefundPlanner::amount(paid, records, request.amount);
    }
    return Error { QStringLiteral("invalid_request"), QStringLiteral("Unknown refund kind.") };
}

void FakeManagerService::planRefund(
    qint64 orderId, const RefundOrderRequest &request, QObject *context, Reply<RefundPlan> done)
{
    ++m_planCalls;
    later<RefundPlan>(context, std::move(done), plan(orderId, request));
}

Result<OrderRefund> FakeManagerService::record(qint64 orderId, const RefundOrderRequest &request)
{
    const Result<RefundPlan> p = plan(orderId, request);
    if (!p)
        return p.error();
    OrderDetails &d = m_orders[orderId];
    OrderRefund r;
    r.id = m_nextRefundId++;
    r.orderId = orderId;
    r.amount = p.value().amount;
    r.currency = d.order.currency;
    r.reason = request.reason;
    r.status = refundOutcome;
    r.stripeRefundId = QStringLiteral("re_fake%1").arg(r.id);
    if (refundOutcome == RefundRecord::Status::Failed)
        r.failureReason = refundFailure;
    r.lines = p.value().lines;
    r.tax = p.value().tax;
    r.createdAt = QDateTime(QDate(2026, 3, 14), QTime(15, 9), Qt::UTC);
    r.updatedAt = r.createdAt;
    d.refunds.append(r);
    applyCounted(orderId);
    return r;
}

void FakeManagerService::applyCounted(qint64 orderId)
{
    OrderDetails &d = m_orders[orderId];
    qint64 counted = 0;
    bool anySucceeded = false;
    for (const OrderRefund &r : d.refunds) {
        if (r.status == RefundRecord::Status::Pending || r.status == RefundRecord::Status::Succeeded)
            counted += r.amount;
        anySucceeded = anySucceeded || r.status == RefundRecord::Status::Succeeded;
    }
    d.order.amountRefunded = counted;
    if (anySucceeded && isPaidStatus(d.order.status))
        d.order.status = counted >= d.order.amountTotal ? OrderStatus::Refunded : OrderStatus::PartiallyRefunded;
}

void FakeManagerService::refundOrder(
    qint64 orderId, const RefundOrderRequest &request, QObject *context, Reply<OrderRefund> done)
{
    m_refundCalls.append({ orderId, request });
    if (holdRefunds) {
        m_held.append({ orderId, request, context, std::move(done) });
        return;
    }
    later<OrderRefund>(context, std::move(done), record(orderId, request));
    QTimer::singleShot(0, this, &ManagerService::ordersChanged);
}

bool FakeManagerService::answerRefund()
{
    if (m_held.isEmpty())
        return false;
    HeldRefund held = m_held.takeFirst();
    Result<OrderRefund> r = record(held.orderId, held.request);
    if (held.context)
        held.done(std::move(r));
    Q_EMIT ordersChanged();
    return true;
}

void FakeManagerService::settleRefund(qint64 refundId, RefundRecord::Status status, const QString &failureReason)
{
    for (OrderDetails &d : m_orders) {
        for (OrderRefund &r : d.refunds) {
            if (r.id != refundId)
                continue;
            r.status = status;
            r.failureReason = failureReason;
            applyCounted(d.order.id);
            Q_EMIT ordersChanged();
            return;
        }
    }
}

} // namespace Kiosk::Test
