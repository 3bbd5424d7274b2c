// SPDX-License-Identifier: MIT
#pragma once

#include "ManagerService.h"
#include "ServerConnection.h"

#include <QHash>

#include <memory>

class QUrlQuery;

namespace Kiosk {

/**
 * The manager service over a shop server: history, counts and totals from GET /api/orders
 * (paged), details from GET /api/orders/{id}/details, refunds through POST
 * /api/orders/{id}/refunds (previewed by …/refunds/plan), the CSV export written here from pages
 * of the history. checkManagerPin() asks the server (POST /api/manager/session with
 * X-Manager-PIN; the server's lockout answers 403 with "retry_after"); the PIN it accepted is
 * kept in memory only, sent with every later call until endManagerSession(); without one a call
 * answers "pin_required". Same rules as the embedded service: answers later, on this thread, not
 * once `context` is gone; the export writes atomically (QSaveFile) and ends with one `done`.
 */
class RemoteManagerService final : public ManagerService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteManagerService)

public:
    static constexpr int kExportPageSize = 500;

    explicit RemoteManagerService(ServerConnection &connection, QObject *parent = nullptr);
    ~RemoteManagerService() override;

    void checkManagerPin(const QString &pin, QObject *context, Reply<ManagerPinCheck> done) override;
    /** Forgets the PIN (the manager screen locked or closed). */
    void endManagerSession() override;
    [[nodiscard]] bool hasManagerSession() const { return !m_pin.isEmpty(); }

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

    /** The query of GET /api/orders for a filter and page. Pure. */
    static QUrlQuery historyQuery(const HistoryFilter &filter, int offset, int limit);
    /** The verdict in the server's answer to POST /api/manager/session (200, or 403 with
     *  "wrong_pin" / "manager_required" / "pin_locked"); any other answer is an error. Pure. */
    static Result<ManagerPinCheck> pinCheckFrom(int status, const QByteArray &body, const QByteArray &token);
    /** The body of POST /api/orders/{id}/refunds. Pure. */
    static QByteArray refundBody(const RefundOrderRequest &request);

private:
    struct Export;
    void page(const HistoryFilter &filter, int offset, int limit, QObject *context,
        std::function<void(Result<QByteArray>)> done);
    void exportNext(qint64 exportId);
    [[nodiscard]] ServerConnection::Headers managerHeaders() const;

    ServerConnection &m_connection;
    QString m_pin;
    QHash<qint64, std::shared_ptr<Export>> m_exports;
    qint64 m_nextExportId = 1;
};

} // namespace Kiosk
