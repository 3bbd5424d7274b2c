// SPDX-License-Identifier: MIT
#include "OrderRows.h"

#include "Database.h"
#include "Log.h"
#include "Sql.h"

#include <QSqlQuery>

namespace Kiosk {

const QString &OrderRows::columns()
{
    static const QString columns = QStringLiteral(
        "o.id, o.number, o.created_at, o.updated_at, o.status, o.currency, o.amount_subtotal, o.amount_total, "
        "o.session_id, o.session_url, o.expires_at, o.customer_email, o.paid_at, o.payment_intent, o.kiosk_id, "
        "o.cashier, o.status_reason, o.attempt, o.installation_id, o.cancel_requested_at, o.amount_refunded, "
        "o.amount_tax, o.discount_kind, o.discount_value, o.amount_discount, o.stripe_coupon, o.tender, "
        "o.cash_tendered, o.cash_change, o.cash_rounding");
    return columns;
}

Order OrderRows::read(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.createdAt = Sql::fromMs(q.value(2));
    o.updatedAt = Sql::fromMs(q.value(3));
    const QString status = q.value(4).toString();
    if (const auto parsed = orderStatusFromString(status)) {
        o.status = *parsed;
    } else {
        // Only a hand-edited database gets here; keep automation away from such an order.
        qCWarning(lcStore) << "order" << o.id << "has unknown status" << status;
        o.status = OrderStatus::NeedsReview;
    }
    o.currency = q.value(5).toString();
    o.amountSubtotal = q.value(6).toLongLong();
    o.amountTotal = q.value(7).toLongLong();
    o.sessionId = q.value(8).toString();
    o.sessionUrl = q.value(9).toString();
    o.expiresAt = Sql::fromMs(q.value(10));
    o.customerEmail = q.value(11).toString();
    o.paidAt = Sql::fromMs(q.value(12));
    o.paymentIntent = q.value(13).toString();
    o.kioskId = q.value(14).toString();
    o.cashier = q.value(15).toString();
    o.statusReason = q.value(16).toString();
    o.attempt = q.value(17).toInt();
    o.installationId = q.value(18).toString();
    o.cancelRequestedAt = Sql::fromMs(q.value(19));
    o.amountRefunded = q.value(20).toLongLong();
    o.amountTax = q.value(21).toLongLong();
    o.discountKind = q.value(22).toString();
    o.discountValue = q.value(23).toString();
    o.amountDiscount = q.value(24).toLongLong();
    o.stripeCoupon = q.value(25).toString();
    if (!q.value(26).isNull())
        o.tender = q.value(26).toString();
    o.cashTendered = q.value(27).toLongLong();
    o.cashChange = q.value(28).toLongLong();
    o.cashRounding = q.value(29).toLongLong();
    return o;
}

Result<Order> OrderRows::load(Database &database, const QString &whereSql, const QVariant &key)
{
    QSqlQuery q(database.connection());
    if (!Sql::execBound(q, QStringLiteral("SELECT %1 FROM orders o WHERE %2").arg(columns(), whereSql), { key }))
        return Sql::error(q, QStringLiteral("Could not read the order"));
    if (!q.next())
        return makeError(
            QStringLiteral("not_found"), QStringLiteral("There is no such order (%1).").arg(key.toString()));
    Order order = read(q);
    q.finish();
    if (auto st = loadLines(database, order); !st)
        return st.error();
    return order;
}

Status OrderRows::loadLines(Database &database, Order &order)
{
    QSqlQuery q(database.connection());
    if (!Sql::execBound(q,
            QStringLiteral(
                "SELECT product_id, sku, name, quantity, unit_amount, line_total, options, amount_tax, tax_rate, "
                "tax_percentage, tax_inclusive, stripe_tax_rate, amount_discount FROM order_lines "
                "WHERE order_id = ? ORDER BY position"),
            { order.id }))
        return Sql::error(q, QStringLiteral("Could not read the order lines"));
    order.lines.clear();
    while (q.next()) {
        OrderLine line;
        line.productId = q.value(0).toString();
        line.sku = q.value(1).toString();
        line.name = q.value(2).toString();
        line.quantity = q.value(3).toInt();
        line.unitAmount = q.value(4).toLongLong();
        line.lineTotal = q.value(5).toLongLong();
        line.options = q.value(6).toString();
        line.amountTax = q.value(7).toLongLong();
        line.taxRate = q.value(8).toString();
        if (const Result<Percentage> percentage = Percentage::fromScaled(q.value(9).toLongLong()))
            line.taxPercentage = percentage.value();
        line.taxInclusive = q.value(10).toLongLong() != 0;
        line.stripeTaxRate = q.value(11).toString();
        line.amountDiscount = q.value(12).toLongLong();
        order.lines.append(line);
    }
    return {};
}

Status OrderRows::loadLines(Database &database, QList<Order> &orders)
{
    if (orders.isEmpty())
        return {};
    QHash<qint64, Order *> byId;
    QList<qint64> ids;
    for (Order &o : orders) {
        o.lines.clear();
        byId.insert(o.id, &o);
        ids.append(o.id);
    }
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT order_id, product_id, sku, name, quantity, unit_amount, line_total, options "
                               "FROM order_lines WHERE order_id IN (%1) ORDER BY order_id, position")
                    .arg(Sql::idList(ids))))
        return Sql::error(q, QStringLiteral("Could not read the order lines"));
    while (q.next()) {
        Order *order = byId.value(q.value(0).toLongLong());
        if (!order)
            continue;
        OrderLine line;
        line.productId = q.value(1).toString();
        line.sku = q.value(2).toString();
        line.name = q.value(3).toString();
        line.quantity = q.value(4).toInt();
        line.unitAmount = q.value(5).toLongLong();
        line.lineTotal = q.value(6).toLongLong();
        line.options = q.value(7).toString();
        order->lines.append(line);
    }
    return {};
}

} // namespace Kiosk
