// SPDX-License-Identifier: MIT
#include "AuditLog.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace Kiosk {

AuditLog::AuditLog(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Status AuditLog::record(const QString &actor, const QString &action, qint64 orderId, const QString &outcome)
{
    QSqlQuery &q = m_database->cached(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, order_id, outcome) VALUES (?, ?, ?, ?, ?)"));
    if (!Sql::execPrepared(q,
            { m_database->nowMs(), Sql::textNotNull(actor.left(kMaxFieldLength)),
                Sql::textNotNull(action.left(kMaxFieldLength)), orderId > 0 ? QVariant(orderId) : Sql::nullInt(),
                Sql::textNotNull(outcome.left(kMaxFieldLength)) }))
        return Sql::error(q, QStringLiteral("Could not write the audit log"));
    return {};
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    QSqlQuery q(m_database->connection());
    if (!Sql::execBound(q,
            QStringLiteral("SELECT id, at, actor, action, order_id, outcome FROM audit_log ORDER BY id DESC LIMIT ?"),
            { qMax(0, limit) }))
        return Sql::error(q, QStringLiteral("Could not read the audit log"));
    QList<AuditEntry> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), Sql::fromMs(q.value(1)), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toLongLong(), q.value(5).toString() });
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace Kiosk
