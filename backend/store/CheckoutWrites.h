// SPDX-License-Identifier: MIT
#pragma once

#include "OrderStore.h"

namespace Kiosk {

class Database;
class HistoryIndex;
class KeyValueTable;
class OrderWrites;

/**
 * The two durable steps of a checkout, grouped across the checkouts ready at the same moment:
 * the drafts (order, lines, the request's fixed parameters) before the Stripe call, and the
 * sessions Stripe made (with the move to awaiting_payment) after it. Each group is ONE
 * transaction (one fsync), each checkout in its own savepoint. See OrderStore::createOrders()
 * and OrderStore::storeSessions(). Does not own what it is given. Same thread as the database.
 */
class CheckoutWrites final
{
public:
    CheckoutWrites(Database &database, HistoryIndex &index, OrderWrites &writes, KeyValueTable &state)
        : m_database(database)
        , m_index(index)
        , m_writes(writes)
        , m_state(state)
    { }

    QList<Result<Order>> createOrders(const QList<OrderStore::DraftWrite> &drafts, const QString &installationId);
    /** changed: (order id, new status) of every committed status change, in order. */
    QList<OrderStore::SessionWriteResult> storeSessions(
        const QList<OrderStore::SessionWrite> &sessions, QList<std::pair<qint64, OrderStatus>> &changed);

private:
    /** Inside one savepoint: the session, and the move out of draft if it still is one. */
    Result<bool> storeSession(const OrderStore::SessionWrite &write);

    Database &m_database;
    HistoryIndex &m_index;
    OrderWrites &m_writes;
    KeyValueTable &m_state;
};

} // namespace Kiosk
