// SPDX-License-Identifier: MIT
#include "CheckoutWrites.h"

#include "Database.h"
#include "HistoryIndex.h"
#include "KeyValueTable.h"
#include "Log.h"
#include "OrderRows.h"
#include "OrderWrites.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kiosk {

namespace {

/** One checkout's savepoint inside the group's transaction. Savepoints run as plain
 *  statements: PostgreSQL cannot PREPARE them. */
class Savepoint final
{
public:
    explicit Savepoint(const QSqlDatabase &db)
        : m_query(db)
    { }

    Status begin() { return run(QStringLiteral("SAVEPOINT kiosk_checkout")); }
    Status release() { return run(QStringLiteral("RELEASE SAVEPOINT kiosk_checkout")); }
    /** Undoes what this checkout wrote; the group's others are untouched. */
    void rollback()
    {
        if (!run(QStringLiteral("ROLLBACK TO SAVEPOINT kiosk_checkout"))
            || !run(QStringLiteral("RELEASE SAVEPOINT kiosk_checkout")))
            qCWarning(lcStore) << "could not roll back a checkout:" << m_query.lastError().text();
    }

private:
    Status run(const QString &sql)
    {
        if (!m_query.exec(sql))
            return Sql::error(m_query, QStringLiteral("Could not save the checkout"));
        return {};
    }

    QSqlQuery m_query;
};

template <typename T> void failAll(QList<T> &results, const Error &error)
{
    for (T &r : results)
        r = error;
}

} // namespace

QList<Result<Order>> CheckoutWrites::createOrders(
    const QList<OrderStore::DraftWrite> &drafts, const QString &installationId)
{
    QList<Result<Order>> results;
    results.reserve(drafts.size());
    if (drafts.isEmpty())
        return results;
    m_index.beginWrite();
    WriteTransaction tx(m_database.connection(), m_database.dialect());
    if (auto st = tx.begin(); !st) {
        for (qsizetype i = 0; i < drafts.size(); ++i)
            results.append(st.error());
        return results;
    }
    Savepoint savepoint(m_database.connection());
    for (const OrderStore::DraftWrite &draft : drafts) {
        Result<Order> order = m_writes.newDraft(draft.order, installationId);
        if (!order) {
            results.append(order.error());
            continue;
        }
        if (auto st = savepoint.begin(); !st) {
            results.append(st.error());
            continue;
        }
        Status written = m_writes.insertDraft(order.value());
        if (written && draft.values) {
            for (const auto &[key, value] : draft.values(order.value())) {
                written = m_state.setValue(key, value);
                if (!written)
                    break;
            }
        }
        if (written)
            written = savepoint.release();
        if (!written) {
            savepoint.rollback();
            m_index.beginWrite(); // name ids it cached may have been rolled back
            results.append(written.error());
            continue;
        }
        results.append(std::move(order));
    }
    if (auto st = tx.commit(); !st)
        failAll(results, st.error());
    return results;
}

Result<bool> CheckoutWrites::storeSession(const OrderStore::SessionWrite &write)
{
    if (auto st = m_writes.setSession(write.orderId, write.sessionId, write.url, write.expiresAt); !st)
        return st.error();
    QSqlQuery &status = m_database.cached(
        QStringLiteral("SELECT status FROM orders WHERE id = ?%1").arg(m_database.dialect().lockRows()));
    if (!Sql::execPrepared(status, { write.orderId }))
        return Sql::error(status, QStringLiteral("Could not read the order"));
    const bool draft = status.next() && status.value(0).toString() == toString(OrderStatus::Draft);
    status.finish();
    if (!draft)
        return false; // a webhook or recovery got there first
    auto applied = m_writes.applyTransition(write.orderId, OrderStatus::AwaitingPayment, write.details);
    if (!applied)
        return applied.error();
    return applied.value() == OrderWrites::Applied::Changed;
}

QList<OrderStore::SessionWriteResult> CheckoutWrites::storeSessions(
    const QList<OrderStore::SessionWrite> &sessions, QList<std::pair<qint64, OrderStatus>> &changed)
{
    QList<OrderStore::SessionWriteResult> results(sessions.size());
    if (sessions.isEmpty())
        return results;
    const auto failEvery = [&results](const Error &e) {
        for (OrderStore::SessionWriteResult &r : results) {
            r.order = e;
            r.movedToAwaiting = false;
        }
    };
    WriteTransaction tx(m_database.connection(), m_database.dialect());
    if (auto st = tx.begin(); !st) {
        failEvery(st.error());
        return results;
    }
    Savepoint savepoint(m_database.connection());
    QList<std::pair<qint64, OrderStatus>> changes;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const OrderStore::SessionWrite &write = sessions.at(i);
        OrderStore::SessionWriteResult &result = results[i];
        if (auto st = savepoint.begin(); !st) {
            result.order = st.error();
            continue;
        }
        Result<bool> moved = storeSession(write);
        Result<Order> after = moved ? OrderRows::load(m_database, QStringLiteral("o.id = ?"), write.orderId)
                                    : Result<Order>(moved.error());
        Status released = after ? savepoint.release() : Status(after.error());
        if (!released) {
            savepoint.rollback();
            result.order = released.error();
            continue;
        }
        result.order = std::move(after);
        result.movedToAwaiting = moved.value();
        if (result.movedToAwaiting)
            changes.append({ write.orderId, OrderStatus::AwaitingPayment });
    }
    if (auto st = tx.commit(); !st) {
        failEvery(st.error());
        return results;
    }
    changed = std::move(changes);
    return results;
}

} // namespace Kiosk
