// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

class QSqlQuery;

namespace Kiosk {

/**
 * Statements of the hot paths, prepared once per connection and reused (SQLite and PostgreSQL
 * both plan a prepared statement once). Owned by the Database of that connection; clear() before
 * the connection closes. Same thread as the connection.
 */
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /** The prepared statement for sql (a failed prepare is logged; its exec() then fails). */
    QSqlQuery &get(const QString &sql);
    void clear();

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

} // namespace Kiosk
