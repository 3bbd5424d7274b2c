// SPDX-License-Identifier: MIT
#pragma once

#include "ManagerService.h"
#include "RateAmount.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace Kiosk::Test {

/**
 * A manager service over a few orders held in memory, for the manager screens' tests. Reads and
 * refund plans are answered on the next turn of the event loop (never from inside the call),
 * plans by the real RefundPlanner over the order's lines and the per-line tax the test gave.
 * refundOrder() is recorded and answered with `refundOutcome` (or held until answerRefund()
 * when holdRefunds is set); a refund that counts moves the order as RefundDecision would.
 */
class FakeManagerService final : public ManagerService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeManagerService)

public:
    explicit FakeManagerService(QObject *parent = nullptr);
    ~FakeManagerService() override;

    /** Adds an order (its id, lines and amounts as given); `taxes[i]` is line i's tax per rate. */
    void addOrder(const Order &order, const QList<RateAmounts> &taxes = {});
    [[nodiscard]] OrderDetails details(qint64 orderId) const { return m_orders.value(orderId); }
    /** Changes a recorded refund's status (as a webhook would) and emits ordersChanged. */
    void settleRefund(qint64 refundId, RefundRecord::Status status, const QString &failureReason = QString());

    void checkManagerPin(const QString &pin, QObject *context, Reply<ManagerPinCheck> done) override;
    void countOrders(const HistoryFilter &filter, QObject *context, Reply<qint64> done) override;
    void historyPage(
        const HistoryFilter &filter, int offset, int limit, QObject *context, Reply<QList<Order>> done) override;
    void totals(const HistoryFilter &filter, QObject *context, Reply<QList<CurrencyTotal>> done) override;
    void orderDetails(qint64 orderId, QObject *context, Reply<OrderDetails> done) override;
    qint64 startCsvExport(const HistoryFilter &filter, const QDateTime &asOf, const QString &targetPath,
        QObject *context, ExportProgress progress, Reply<qint64> done) override;
    void cancelCsvExport(qint64 exportId) override;
    void planRefund(
        qint64 orderId, const RefundOrderRequest &request, QObject *context, Reply<RefundPlan> done) override;
    void refundOrder(
        qint64 orderId, const RefundOrderRequest &request, QObject *context, Reply<OrderRefund> done) override;

    struct RefundCall
    {
        qint64 orderId = 0;
        RefundOrderRequest request;
    };
    [[nodiscard]] const QList<RefundCall> &refundCalls() const { return m_refundCalls; }
    [[nodiscard]] int planCalls() const { return m_planCalls; }
    [[nodiscard]] const QList<HistoryFilter> &totalsCalls() const { return m_totalsCalls; }

    /** The PIN checkManagerPin() accepts. */
    QString managerPin = QStringLiteral("2468");
    /** What Stripe "answers" to a refund. */
    RefundRecord::Status refundOutcome = RefundRecord::Status::Succeeded;
    QString refundFailure = QStringLiteral("insufficient_funds");
    /** Hold refundOrder() answers until answerRefund(). */
    bool holdRefunds = false;
    /** Answers the oldest held refund; false when none waits. */
    bool answerRefund();

private:
    [[nodiscard]] QList<Order> matching(const HistoryFilter &filter) const;
    Result<RefundPlan> plan(qint64 orderId, const RefundOrderRequest &request) const;
    Result<OrderRefund> record(qint64 orderId, const RefundOrderRequest &request);
    void applyCounted(qint64 orderId);

    struct HeldRefund
    {
        qint64 orderId = 0;
        RefundOrderRequest request;
        QPointer<QObject> context;
        Reply<OrderRefund> done;
    };
    QHash<qint64, OrderDetails> m_orders;
    QHash<qint64, QList<RateAmounts>> m_taxes;
    QList<RefundCall> m_refundCalls;
    QList<HistoryFilter> m_totalsCalls;
    QList<HeldRefund> m_held;
    int m_planCalls = 0;
    qint64 m_nextRefundId = 1;
};

} // namespace Kiosk::Test
