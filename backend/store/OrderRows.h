// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"
#include "Result.h"

#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Kiosk {

class Database;

/** Reading orders: the column list every order query selects and the row-to-Order mapping. */
class OrderRows final
{
public:
    OrderRows() = delete;

    /** The columns of `orders o` in the order read() expects them. */
    [[nodiscard]] static const QString &columns();
    /** The order at the current row of a query that selected columns(). */
    [[nodiscard]] static Order read(const QSqlQuery &q);
    /** One order with its lines; whereSql is a condition on `o` with one placeholder for key.
     *  "not_found" if none. */
    [[nodiscard]] static Result<Order> load(Database &database, const QString &whereSql, const QVariant &key);
    [[nodiscard]] static Status loadLines(Database &database, Order &order);
    /** The lines of several orders read without them, in one query. */
    [[nodiscard]] static Status loadLines(Database &database, QList<Order> &orders);
};

} // namespace Kiosk
