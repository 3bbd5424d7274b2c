// SPDX-License-Identifier: MIT
#pragma once

#include "ApiReply.h"
#include "Order.h"
#include "Request.h"

#include <QObject>

#include <memory>

namespace Kiosk {

class Catalog;
class OrderStore;
class PaymentCoordinator;
class RefundApi;
class RefundCoordinator;
class ReportApi;

/**
 * The headless server's JSON API (served by KioskBackend when enabled):
 *   POST /api/checkout {"items":[{"sku":"…","quantity":2}],"customer_email":"…"}
 *        → 201 {order_id, order_number, session_id, url, expires_at, amount_total, currency}
 *   GET  /api/orders/{id}      (with amount_refunded and refunds[])
 *   POST /api/orders/{id}/refunds {} | {"amount":250} | {"lines":[{"line":1,"quantity":1}]},
 *        "reason"? → 201 {id, amount, currency, status, stripe_refund_id, ...} (RefundApi)
 *   GET  /api/orders?status=&from=&to=&q=&offset=&limit=   (paged, with count and totals)
 *   POST /api/orders/{id}/cancel
 *   GET  /healthz
 *   /api/reports/… (end of day): ReportApi, when one is set
 * Bad requests are 400 {"error":{"code","message"}} naming the problem. With a token set, every
 * /api request needs "Authorization: Bearer <token>" (compared in constant time), else 401.
 * Amounts are integer minor units, currencies lower-case as Stripe writes them.
 */
class JsonApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonApi)

public:
    JsonApi(OrderStore *store, PaymentCoordinator *payments, RefundCoordinator *refunds, const Catalog *catalog,
        QByteArray token, QObject *parent = nullptr);
    ~JsonApi() override;

    /** Answers the request if it is ours (/api/…, /healthz); false otherwise. */
    bool handle(const Http::Request &request, const ApiReply &reply);

    /** Serves /api/reports/… (not owned; null: 404 as for any unknown path). */
    void setReportApi(ReportApi *reports) { m_reports = reports; }

    /** The order as the API shows it (compact JSON object). */
    static QByteArray orderJson(const Order &order);

private:
    void checkout(const Http::Request &request, const ApiReply &reply);
    void listOrders(const Http::Request &request, const ApiReply &reply);
    [[nodiscard]] bool authorised(const Http::Request &request) const;

    OrderStore *m_store;
    PaymentCoordinator *m_payments;
    const Catalog *m_catalog;
    std::unique_ptr<RefundApi> m_refunds;
    QByteArray m_token;
    ReportApi *m_reports = nullptr;
};

} // namespace Kiosk
