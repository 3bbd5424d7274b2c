// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryFilter.h"
#include "ManagerPinCheck.h"
#include "Order.h"
#include "OrderRefund.h"
#include "RefundOrderRequest.h"
#include "RefundPlan.h"
#include "Result.h"

#include <QObject>

#include <functional>

namespace Kiosk {

/** One order with its timeline, as the manager's details dialog shows it. */
struct OrderDetails
{
    Order order;
    QList<StatusChange> statusHistory; ///< oldest first
    QList<PaymentEvent> events; ///< oldest first
    QList<OrderRefund> refunds; ///< oldest first
};

/**
 * What the manager screens read: history pages, counts and totals for a filter, one order's
 * details, and a CSV export of a filter's orders. Same rules as TillService (see README.md):
 * plain values only, every answer later on the service's (the UI) thread through `done`, never
 * from inside the call and not once `context` is gone; errors are for people.
 */
class ManagerService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerService)

public:
    template <typename T> using Reply = std::function<void(Result<T>)>;
    /** Rows written so far out of the rows the export will write. */
    using ExportProgress = std::function<void(qint64 written, qint64 total)>;

    explicit ManagerService(QObject *parent = nullptr);
    ~ManagerService() override;

    /**
     * Checks the PIN the manager typed (the embedded till against its PinVault, a remote till
     * against the shop server, both with their lockout). An Ok PIN opens a manager session: a
     * remote service keeps it in memory and sends it with every later call until
     * endManagerSession(). The error is for a check that could not be made (e.g. the server is
     * unreachable), never for a wrong PIN.
     */
    virtual void checkManagerPin(const QString &pin, QObject *context, Reply<ManagerPinCheck> done) = 0;
    /** The manager screen locked or closed: forget the session's PIN (the next call needs a new check). */
    virtual void endManagerSession() { }

    virtual void countOrders(const HistoryFilter &filter, QObject *context, Reply<qint64> done) = 0;
    /** Newest first; `limit` orders from `offset`, without their lines. */
    virtual void historyPage(
        const HistoryFilter &filter, int offset, int limit, QObject *context, Reply<QList<Order>> done)
        = 0;
    /** Sums of amount_total per currency. */
    virtual void totals(const HistoryFilter &filter, QObject *context, Reply<QList<CurrencyTotal>> done) = 0;
    virtual void orderDetails(qint64 orderId, QObject *context, Reply<OrderDetails> done) = 0;

    /**
     * Writes the filter's orders created before `asOf` as CSV to `targetPath` (a local file),
     * atomically: a failed or cancelled export leaves no file. Reports progress, then `done`
     * once with the rows written, or an error; a cancelled export's error code is "cancelled".
     * Returns an id for cancelCsvExport().
     */
    virtual qint64 startCsvExport(const HistoryFilter &filter, const QDateTime &asOf, const QString &targetPath,
        QObject *context, ExportProgress progress, Reply<qint64> done)
        = 0;
    /** Stops the export soon; its `done` still comes, with "cancelled". Unknown ids are ignored. */
    virtual void cancelCsvExport(qint64 exportId) = 0;

    /** What the refund would give back (amount, lines, tax per rate), for the confirmation;
     *  writes nothing. Errors are RefundPlanner's (e.g. "amount_above_remaining"). */
    virtual void planRefund(qint64 orderId, const RefundOrderRequest &request, QObject *context, Reply<RefundPlan> done)
        = 0;
    /** Records the refund and asks Stripe for it, exactly once however often it is retried; the
     *  reply is the refund as it stands after Stripe's answer (pending, succeeded or failed), or
     *  an error that recorded nothing. Later changes arrive through ordersChanged. */
    virtual void refundOrder(
        qint64 orderId, const RefundOrderRequest &request, QObject *context, Reply<OrderRefund> done)
        = 0;

Q_SIGNALS:
    /** Orders were created or changed; a history view should refresh (bursts may be coalesced). */
    void ordersChanged();
};

} // namespace Kiosk
