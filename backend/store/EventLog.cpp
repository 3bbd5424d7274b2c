// SPDX-License-Identifier: MIT
#include "EventLog.h"

#include "Database.h"
#include "Log.h"
#include "OrderRows.h"
#include "OrderWrites.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Kiosk {

QList<OrderStore::EventWriteResult> EventLog::record(
    const QList<OrderStore::EventWrite> &events, QList<std::pair<qint64, OrderStatus>> &changed)
{
    // Two servers deciding on the same orders in another order may deadlock (PostgreSQL aborts
    // one): that batch is rolled back as a whole and run again, so it is answered only once
    // someone's commit holds each event.
    QList<OrderStore::EventWriteResult> results;
    for (int attempt = 1;; ++attempt) {
        results = recordOnce(events, changed);
        const bool conflict = std::any_of(results.cbegin(), results.cend(),
            [](const OrderStore::EventWriteResult &r) { return !r.outcome && Sql::isConflict(r.outcome.error()); });
        if (!conflict || attempt >= Sql::kMaxAttempts)
            return results;
        Sql::noteRetry(attempt);
    }
}

QList<OrderStore::EventWriteResult> EventLog::recordOnce(
    const QList<OrderStore::EventWrite> &events, QList<std::pair<qint64, OrderStatus>> &changed)
{
    using EventOutcome = OrderStore::EventOutcome;
    QList<OrderStore::EventWriteResult> results(events.size());
    if (events.isEmpty())
        return results;
    const auto failAll = [&results](const Error &e) {
        for (OrderStore::EventWriteResult &r : results) {
            r.outcome = e;
            r.changed.reset();
        }
    };
    WriteTransaction tx(m_database.connection(), m_database.dialect());
    if (auto st = tx.begin(); !st) {
        failAll(st.error());
        return results;
    }
    // Savepoints run as plain statements: PostgreSQL cannot PREPARE them.
    struct Plain
    {
        QSqlQuery query;
        QString sql;
        bool exec() { return query.exec(sql); }
        [[nodiscard]] QSqlError lastError() const { return query.lastError(); }
    };
    Plain savepoint { QSqlQuery(m_database.connection()), QStringLiteral("SAVEPOINT kiosk_event") };
    Plain release { QSqlQuery(m_database.connection()), QStringLiteral("RELEASE SAVEPOINT kiosk_event") };
    Plain rollbackTo { QSqlQuery(m_database.connection()), QStringLiteral("ROLLBACK TO SAVEPOINT kiosk_event") };
    QSqlQuery &insert = m_database.cached(m_database.dialect().insertOrIgnore(QStringLiteral("payment_events"),
        QStringLiteral("event_id, type, received_at, order_id, payload"), QStringLiteral("?, ?, ?, ?, ?"),
        QStringLiteral("event_id")));
    QSqlQuery &bySession = m_database.cached(QStringLiteral("SELECT id FROM orders WHERE session_id = ?"));
    // Locked until the commit: another connection deciding on the same order waits and then
    // sees this event's outcome.
    QSqlQuery &readById = m_database.cached(QStringLiteral("SELECT %1 FROM orders o WHERE o.id = ?%2")
                                                .arg(OrderRows::columns(), m_database.dialect().lockRows()));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_database.nowMs(), Qt::UTC);
    QList<std::pair<qint64, OrderStatus>> changes;

    for (qsizetype i = 0; i < events.size(); ++i) {
        const OrderStore::EventWrite &write = events.at(i);
        const PaymentEvent &event = write.event;
        OrderStore::EventWriteResult &result = results[i];
        if (event.eventId.isEmpty()) {
            result.outcome = makeError(QStringLiteral("invalid_event"), QStringLiteral("The payment event has no id."));
            continue;
        }
        if (!savepoint.exec()) {
            result.outcome
                = Sql::error(savepoint.query, QStringLiteral("Could not record payment event %1").arg(event.eventId));
            continue;
        }
        // Undoes everything this event wrote; the batch's other events are untouched.
        const auto undo = [&](const Error &e) {
            result.outcome = e;
            result.changed.reset();
            if (!rollbackTo.exec() || !release.exec())
                qCWarning(lcStore) << "could not roll back event" << event.eventId << ":"
                                   << rollbackTo.lastError().text();
        };
        qint64 orderId = event.orderId;
        if (orderId == 0 && !write.sessionId.isEmpty()) {
            if (!Sql::execPrepared(bySession, { write.sessionId })) {
                undo(Sql::error(
                    bySession, QStringLiteral("Could not look up checkout session %1").arg(write.sessionId)));
                continue;
            }
            orderId = bySession.next() ? bySession.value(0).toLongLong() : 0;
            bySession.finish();
        }
        std::optional<Order> order;
        if (orderId != 0) {
            // Without lines: the decision needs status, amount and currency only.
            if (!Sql::execPrepared(readById, { orderId })) {
                undo(Sql::error(readById, QStringLiteral("Could not read the order")));
                continue;
            }
            if (!readById.next()) {
                readById.finish();
                undo(Sql::notFound(orderId));
                continue;
            }
            order = OrderRows::read(readById);
            readById.finish();
        }
        const QDateTime received = event.receivedAt.isValid() ? event.receivedAt : now;
        if (!Sql::execPrepared(insert,
                { event.eventId, event.type, received.toMSecsSinceEpoch(),
                    orderId == 0 ? Sql::nullInt() : QVariant(orderId), event.payload })) {
            undo(Sql::error(insert, QStringLiteral("Could not record payment event %1").arg(event.eventId)));
            continue;
        }
        if (insert.numRowsAffected() == 0) {
            // Seen before, possibly earlier in this batch: nothing changes.
            result.outcome = EventOutcome::Duplicate;
            if (!release.exec())
                undo(Sql::error(release.query, QStringLiteral("Could not record payment event %1").arg(event.eventId)));
            continue;
        }
        if (order && write.decide) {
            const Result<std::optional<OrderStore::EventDecision>> decision = write.decide(*order);
            if (!decision) {
                undo(decision.error());
                continue;
            }
            if (const std::optional<OrderStore::EventDecision> &change = decision.value()) {
                auto applied = m_writes.applyTransition(order->id, change->to, change->details);
                if (!applied) {
                    if (applied.error().code != QLatin1String("illegal_transition")) {
                        undo(applied.error());
                        continue;
                    }
                    qCInfo(lcStore) << "event" << event.eventId << "not applied:" << applied.error().message;
                } else if (applied.value() == OrderWrites::Applied::Changed) {
                    Result<Order> after = OrderRows::load(m_database, QStringLiteral("o.id = ?"), order->id);
                    if (!after) {
                        undo(after.error());
                        continue;
                    }
                    result.changed = std::move(after).value();
                }
            }
        }
        if (!release.exec()) {
            undo(Sql::error(release.query, QStringLiteral("Could not record payment event %1").arg(event.eventId)));
            continue;
        }
        result.outcome = EventOutcome::Applied;
        if (result.changed)
            changes.append({ result.changed->id, result.changed->status });
    }
    const bool conflict = std::any_of(results.cbegin(), results.cend(),
        [](const OrderStore::EventWriteResult &r) { return !r.outcome && Sql::isConflict(r.outcome.error()); });
    if (conflict)
        return results; // rolled back whole; record() runs it again
    if (auto st = tx.commit(); !st) {
        failAll(st.error());
        return results;
    }
    changed = changes;
    return results;
}

bool EventLog::contains(const QString &eventId) const
{
    QSqlQuery q(m_database.connection());
    return Sql::execBound(q, QStringLiteral("SELECT 1 FROM payment_events WHERE event_id = ?"), { eventId })
        && q.next();
}

Result<QList<PaymentEvent>> EventLog::events(qint64 orderId) const
{
    QSqlQuery q(m_database.connection());
    if (!Sql::execBound(q,
            QStringLiteral("SELECT event_id, type, received_at, order_id, payload FROM payment_events WHERE "
                           "order_id = ? ORDER BY received_at, id"),
            { orderId }))
        return Sql::error(q, QStringLiteral("Could not read the payment events"));
    QList<PaymentEvent> result;
    while (q.next()) {
        PaymentEvent e;
        e.eventId = q.value(0).toString();
        e.type = q.value(1).toString();
        e.receivedAt = Sql::fromMs(q.value(2));
        e.orderId = q.value(3).toLongLong();
        e.payload = q.value(4).toByteArray();
        result.append(e);
    }
    return result;
}

Result<qint64> EventLog::orderIdForSession(const QString &sessionId) const
{
    if (sessionId.isEmpty())
        return qint64(0);
    QSqlQuery &q = m_database.cached(QStringLiteral("SELECT id FROM orders WHERE session_id = ?"));
    if (!Sql::execPrepared(q, { sessionId }))
        return Sql::error(q, QStringLiteral("Could not look up checkout session %1").arg(sessionId));
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

} // namespace Kiosk
