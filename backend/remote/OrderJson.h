// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryFilter.h"
#include "ManagerService.h"
#include "Order.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

namespace Kiosk {

/**
 * Reads the shop server's JSON (backend/payment/JsonApi's order object, the history page, the
 * manager's details and refunds) into the plain values the screens use. Pure and strict: a
 * missing required field, a wrong type, a fractional or out-of-range amount, an unknown status,
 * nesting deeper than kMaxDepth or more than kMaxLines lines is an "invalid_response" error
 * naming the field, never a partly read value. Optional fields (the checkout reply has fewer)
 * may be absent or null. Currencies come lower-case on the wire and upper-case out.
 */
class OrderJson final
{
public:
    static constexpr int kMaxDepth = 16;
    static constexpr int kMaxLines = 1000;
    static constexpr int kMaxPageOrders = 1000;
    /** Amounts above this (minor units) are not believed. */
    static constexpr qint64 kMaxAmount = 1'000'000'000'000;

    struct Page
    {
        QList<Order> orders;
        qint64 count = 0;
        QList<CurrencyTotal> totals;
    };

    /** A pushed `payment_failed` event's data. */
    struct Decline
    {
        qint64 orderId = 0;
        QString message; ///< the bank's words, at most 500 characters; may be empty
    };

    static Result<Order> parseOrder(const QByteArray &json);
    static Result<Decline> parseDecline(const QByteArray &json);
    static Result<Page> parsePage(const QByteArray &json);
    /** {"order":…, "status_history":[…], "events":[…], "refunds":[…]} */
    static Result<OrderDetails> parseDetails(const QByteArray &json);
    static Result<OrderRefund> parseRefund(const QByteArray &json);
    /** POST /api/orders/{id}/refunds/plan's answer: amount, lines, tax per rate, remaining. */
    static Result<RefundPlan> parseRefundPlan(const QByteArray &json);
};

} // namespace Kiosk
