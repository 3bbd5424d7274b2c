// SPDX-License-Identifier: MIT
#pragma once

#include "OrderStore.h"

namespace Kiosk {

class Database;
class OrderWrites;

/**
 * The Stripe event log (payment_events): each event id recorded once, with the status change
 * it decides in the same transaction, so a webhook or sweep that delivers it again changes
 * nothing. See OrderStore::recordEvents(). Does not own what it is given. Same thread as the
 * database.
 */
class EventLog final
{
public:
    EventLog(Database &database, OrderWrites &writes)
        : m_database(database)
        , m_writes(writes)
    { }

    /** changed: (order id, new status) of every committed status change, in order. */
    QList<OrderStore::EventWriteResult> record(
        const QList<OrderStore::EventWrite> &events, QList<std::pair<qint64, OrderStatus>> &changed);
    [[nodiscard]] bool contains(const QString &eventId) const;
    Result<QList<PaymentEvent>> events(qint64 orderId) const;
    Result<qint64> orderIdForSession(const QString &sessionId) const;

private:
    /** One attempt in one transaction; not committed when an event conflicted (see record()). */
    QList<OrderStore::EventWriteResult> recordOnce(
        const QList<OrderStore::EventWrite> &events, QList<std::pair<qint64, OrderStatus>> &changed);

    Database &m_database;
    OrderWrites &m_writes;
};

} // namespace Kiosk
