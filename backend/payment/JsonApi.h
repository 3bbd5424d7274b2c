// SPDX-License-Identifier: MIT
#pragma once

#include "ApiAuth.h"
#include "ApiReply.h"
#include "AuditLog.h"
#include "Order.h"
#include "Request.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Kiosk {

class Catalog;
class OrderChangeFeed;
class OrderReader;
class OrderStore;
class PaymentCoordinator;
class RefundApi;
class RefundCoordinator;
class ReportApi;
class SettingsStore;

/**
 * The headless server's JSON API (served by KioskBackend when enabled):
 *   POST /api/checkout {"items":[{"sku":"…","quantity":2}],"customer_email":"…"}
 *        → 201 {order_id, order_number, session_id, url, expires_at, amount_total, currency}   [till]
 *   GET  /api/catalog          the catalog in the kiosk's JSON catalog file format             [till]
 *   GET  /api/orders/{id}      with amount_refunded and refunds[]; a till: its own only        [till]
 *   POST /api/orders/{id}/cancel                                                             [till]
 *   GET  /api/orders/changes?after=CURSOR   Server-Sent Events (OrderChangeFeed)              [till]
 *   GET  /api/orders?status=&from=&to=&q=&offset=&limit=   (paged, with count and totals)   [manager]
 *   GET  /api/orders/{id}/details → {order, status_history, events, refunds}                [manager]
 *   POST /api/orders/{id}/refunds {} | {"amount":250} | {"lines":[{"line":1,"quantity":1}]},
 *        "reason"? → 201 {id, amount, currency, status, stripe_refund_id, ...} (RefundApi) [manager]
 *   POST /api/orders/{id}/refunds/plan   the same body → 200 what it would refund (RefundApi) [manager]
 *   POST /api/manager/session   → 200 {actor, kiosk_id}: a till's PIN check                  [manager]
 *   /api/reports/… (end of day): ReportApi, when one is set                                 [manager]
 *   GET  /healthz
 * Credentials (ApiAuth): "Authorization: Bearer <token>" with the server's API token (a
 * manager) or a till's token (`checkout-kiosk-server kiosks add ID`; the till's orders carry
 * its kiosk id). A till reaches a manager endpoint with "X-Manager-PIN: <pin>" (PinVault, with
 * its lockout); without it 403 (with "tries_left" or "retry_after" and Retry-After: ApiAuth::refuse). Unknown or
 * revoked token: 401. Without an API token configured (loopback only) a request without a token is a manager. Every
 * endpoint not marked [till] is a manager's, and every manager action (those, and a manager's cancel) is written to the
 * audit log (AuditLog) with who, what, order, when and the answer's status. Bad requests are 400
 * {"error":{"code","message"}} naming the problem. Amounts are integer minor units, currencies lower-case as Stripe
 * writes them.
 */
class JsonApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonApi)

public:
    /** token: the server's API token (a manager's credential), empty for none (loopback). The
     *  manager PIN is checked against settings' PinVault. */
    JsonApi(OrderStore *store, PaymentCoordinator *payments, RefundCoordinator *refunds, const Catalog *catalog,
        SettingsStore *settings, QByteArray token, QObject *parent = nullptr);
    ~JsonApi() override;

    /** Answers the request if it is ours (/api/…, /healthz); false otherwise. */
    bool handle(const Http::Request &request, const ApiReply &reply);

    /** Where the order list and an order's details are read (not owned, required: KioskBackend's),
     *  off the thread that takes payments; a full queue or a read over its time limit is 503. */
    void setReader(OrderReader *reads) { m_reads = reads; }

    /** Serves /api/reports/… (not owned; null: 404 as for any unknown path). */
    void setReportApi(ReportApi *reports) { m_reports = reports; }

    /** The order as the API shows it (compact JSON object). */
    static QByteArray orderJson(const Order &order);

private:
    void route(const Http::Request &request, const ApiReply &reply, const ApiCaller &caller, const QStringList &parts,
        std::optional<qint64> orderId);
    void checkout(const Http::Request &request, const ApiReply &reply, const ApiCaller &caller);
    void listOrders(const Http::Request &request, const ApiReply &reply);
    void details(const Order &order, const ApiReply &reply);
    void audit(const QString &actor, const QString &action, qint64 orderId, const QString &outcome);

    OrderStore *m_store;
    PaymentCoordinator *m_payments;
    const Catalog *m_catalog;
    std::unique_ptr<RefundApi> m_refunds;
    ReportApi *m_reports = nullptr;
    OrderReader *m_reads = nullptr;
    std::unique_ptr<ApiAuth> m_auth;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OrderChangeFeed> m_feed;
};

} // namespace Kiosk
