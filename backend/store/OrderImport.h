// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"
#include "Result.h"

#include <QList>

namespace Kiosk {

class Database;
class OrderWrites;
class HistoryIndex;

/**
 * Bulk insert of complete orders (demo data, imports, benchmarks): checked, then written in ONE
 * transaction with prepared statements, all or nothing. See OrderStore::importOrders(). Does not
 * own what it is given. Same thread as the database.
 */
class OrderImport final
{
public:
    OrderImport(Database &database, HistoryIndex &index, OrderWrites &writes)
        : m_database(database)
        , m_index(index)
        , m_writes(writes)
    { }

    Result<QList<qint64>> run(const QList<Order> &orders);

private:
    Database &m_database;
    HistoryIndex &m_index;
    OrderWrites &m_writes;
};

} // namespace Kiosk
