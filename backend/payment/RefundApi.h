// SPDX-License-Identifier: MIT
#pragma once

#include "ApiReply.h"
#include "OrderRefund.h"
#include "RefundPlan.h"
#include "Request.h"

#include <QList>
#include <QObject>

#include <nlohmann/json_fwd.hpp>

namespace Kiosk {

class OrderStore;
class RefundCoordinator;

/**
 * The JSON API's refunds (JsonApi dispatches to it):
 *   POST /api/orders/{id}/refunds  {} (the whole remainder) | {"amount": 250} |
 *        {"lines": [{"line": 1, "quantity": 1}]}, optional "reason" (requested_by_customer,
 *        duplicate, fraudulent)
 *        → 201 {"id","order_id","amount","currency","status","reason","stripe_refund_id",...}
 * and the `refunds[]` that GET /api/orders/{id} shows. A bad body is a 400 naming the problem
 * (unknown field, amount and lines together, a non-integer amount, more than the remainder with
 * both amounts, an unpaid order, an unknown line, a bad quantity or reason); 404 an unknown
 * order; 409 "refund_in_progress" while another refund of the order awaits Stripe's answer (the
 * same request again gets that refund); 502 "stripe_unreachable" when Stripe did not answer (the
 * refund stays pending and is retried with the same key). The body is at most 8 levels deep and
 * 100 lines.
 *   POST /api/orders/{id}/refunds/plan  the same body → 200 {"currency","amount","lines"[],
 *        "tax":[{"rate","amount"}],"capped_by_remainder","lines_value","remaining_before",
 *        "remaining_after"}: what POST …/refunds would do (RefundPlanner), without doing it; the
 *        same 400 or 404 it would answer.
 */
class RefundApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundApi)

public:
    RefundApi(OrderStore *store, RefundCoordinator *refunds, QObject *parent = nullptr);

    /** POST /api/orders/{orderId}/refunds. */
    void create(qint64 orderId, const Http::Request &request, const ApiReply &reply);

    /** POST /api/orders/{orderId}/refunds/plan: writes nothing. */
    void plan(qint64 orderId, const Http::Request &request, const ApiReply &reply);

    /** One refund plan as the API shows it. */
    static nlohmann::json planObject(const RefundPlan &plan);
    /** One refund as the API shows it. */
    static nlohmann::json refundObject(const OrderRefund &refund);

    static constexpr int MaxLines = 100;
    static constexpr int MaxDepth = 8;

private:
    OrderStore *m_store;
    RefundCoordinator *m_refunds;
};

} // namespace Kiosk
