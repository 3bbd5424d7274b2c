// SPDX-License-Identifier: MIT
#include "KeyValueTable.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlQuery>

namespace Kiosk {

Result<QString> KeyValueTable::value(const QString &key, const QString &defaultValue) const
{
    QSqlQuery &q = m_database.cached(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(m_table));
    if (!Sql::execPrepared(q, { key }))
        return Sql::error(q, QStringLiteral("Could not read setting %1").arg(key));
    const QString result = q.next() ? q.value(0).toString() : defaultValue;
    q.finish();
    return result;
}

Status KeyValueTable::setValue(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return makeError(QStringLiteral("invalid_key"), QStringLiteral("A setting needs a name."));
    QSqlQuery &q = m_database.cached(
        QStringLiteral("INSERT INTO %1 (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                       "excluded.value")
            .arg(m_table));
    if (!Sql::execPrepared(q, { key, Sql::textNotNull(value) }))
        return Sql::error(q, QStringLiteral("Could not save setting %1").arg(key));
    return {};
}

} // namespace Kiosk
