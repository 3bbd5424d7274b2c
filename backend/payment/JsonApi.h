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
class OrderStore;
class PaymentCoordinator;
class SettingsStore;

/**
 * The headless server's JSON API (served by KioskBackend when enabled):
 *   POST /api/checkout {"items":[{"sku":"…","quantity":2}],"customer_email":"…"}
 *        → 201 {order_id, order_number, session_id, url, expires_at, amount_total, currency}
 *   GET  /api/orders/{id}
 *   GET  /api/orders?status=&from=&to=&q=&offset=&limit=   (paged, with count and totals)
 *   POST /api/orders/{id}/cancel
 *   GET  /healthz
 * Bad requests are 400 {"error":{"code","message"}} naming the problem. With a token set, every
 * /api request needs "Authorization: Bearer <token>" (compared in constant time), else 401.
 * Amounts are integer minor units, currencies lower-case as Stripe writes them.
 */
class JsonApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonApi)

public:
    /** token: the server's API token (a manager's credential), empty for none (loopback). The
     *  manager PIN is checked against settings' PinVault. */
    JsonApi(OrderStore *store, PaymentCoordinator *payments, const Catalog *catalog, SettingsStore *settings,
        QByteArray token, QObject *parent = nullptr);
    ~JsonApi() override;

    /** Answers the request if it is ours (/api/…, /healthz); false otherwise. */
    bool handle(const Http::Request &request, const ApiReply &reply);

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
    std::unique_ptr<ApiAuth> m_auth;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OrderChangeFeed> m_feed;
};

} // namespace Kiosk
