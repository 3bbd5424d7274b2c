// SPDX-License-Identifier: MIT
#include "OrderChangeLog.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlQuery>

namespace Kiosk {

OrderChangeLog::OrderChangeLog(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<qint64> OrderChangeLog::latestCursor() const
{
    QSqlQuery q(m_database->connection());
    if (!Sql::execBound(q, QStringLiteral("SELECT MAX(id) FROM status_history"), {}) || !q.next())
        return Sql::error(q, QStringLiteral("Could not read the order changes"));
    return q.value(0).toLongLong();
}

Result<QList<OrderChangeRef>> OrderChangeLog::after(qint64 cursor, const QString &kioskId, int limit) const
{
    QSqlQuery &q = kioskId.isEmpty()
        ? m_database->cached(QStringLiteral("SELECT id, order_id FROM status_history WHERE id > ? ORDER BY id LIMIT ?"))
        : m_database->cached(QStringLiteral("SELECT h.id, h.order_id FROM status_history h JOIN orders o ON o.id = "
                                            "h.order_id WHERE h.id > ? AND o.kiosk_id = ? ORDER BY h.id LIMIT ?"));
    const QVariantList binds = kioskId.isEmpty() ? QVariantList { cursor, qMax(0, limit) }
                                                 : QVariantList { cursor, kioskId, qMax(0, limit) };
    if (!Sql::execPrepared(q, binds))
        return Sql::error(q, QStringLiteral("Could not read the order changes"));
    QList<OrderChangeRef> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    q.finish();
    return out;
}

} // namespace Kiosk
