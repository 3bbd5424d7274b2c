// SPDX-License-Identifier: MIT
#pragma once

#include "ManagerService.h"

#include <QHash>

#include <atomic>
#include <memory>

class QThread;

namespace Kiosk {

class OrderCsvExportJob;
class OrderReader;
class OrderStore;
class PinVault;
class RefundCoordinator;

/**
 * The manager service over an OrderStore in this process. Reads (history pages, count, totals,
 * details) run on an OrderReader's thread and connection, never on the store's (the UI and
 * payment) thread; their answers come back on the service's thread. A CSV export runs an OrderCsvExportJob
 * on a worker thread with its own connection to the store's database file (the store itself is
 * bound to its thread). The store must outlive the service; destroying the service cancels and
 * joins running exports. Refunds go through `refunds` (RefundCoordinator, which must outlive the
 * service); without one planRefund() and refundOrder() answer "not_available". The manager PIN
 * is checked by the PinVault given to setPinVault() (it must outlive the service); without one
 * checkManagerPin() answers "not_available".
 */
class EmbeddedManagerService final : public ManagerService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedManagerService)

public:
    /** Reads through a reader of its own on the store's database. */
    explicit EmbeddedManagerService(OrderStore &store, RefundCoordinator *refunds = nullptr, QObject *parent = nullptr);
    /** Reads through `reads` (KioskBackend::reads(); it must outlive the service). */
    EmbeddedManagerService(
        OrderStore &store, OrderReader &reads, RefundCoordinator *refunds = nullptr, QObject *parent = nullptr);
    ~EmbeddedManagerService() override;

    /** The vault checkManagerPin() asks (not owned; nullptr: no manager PIN on this till). */
    void setPinVault(PinVault *vault) { m_vault = vault; }

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

Q_SIGNALS:
    /** On the UI thread just before the job starts on its worker thread; an observer may connect
     *  to the job's signals here (a direct connection then runs in the worker thread). */
    void exportJobStarted(Kiosk::OrderCsvExportJob *job);

private:
    struct Export
    {
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    void finishExport(qint64 exportId);

    OrderStore &m_store;
    std::unique_ptr<OrderReader> m_ownReads;
    OrderReader *m_reads;
    RefundCoordinator *m_refunds;
    PinVault *m_vault = nullptr;
    QHash<qint64, Export> m_exports;
    qint64 m_nextExportId = 1;
};

} // namespace Kiosk
