// SPDX-License-Identifier: MIT
#include "WriteTransaction.h"

#include "Log.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kiosk {

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
    }
}

Status WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect.beginWrite()))
        return Sql::error(q, QStringLiteral("Could not start a database transaction"));
    m_open = true;
    return {};
}

Status WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return Sql::error(q, QStringLiteral("Could not commit to the order database"));
    m_open = false;
    return {};
}

} // namespace Kiosk
