// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace Kiosk {

class Clock;
class SqlDialect;
class StatementCache;

/**
 * One open, migrated connection to the kiosk's database, shared by the stores that live in it
 * (OrderStore, SettingsStore): the Qt SQL connection, its SqlDialect, its prepared statements
 * and the clock its writes take "now" from. Opening checks an existing file before anything
 * writes to it, applies the engine's session settings and brings the schema up to date
 * (OrderSchema). Not thread-safe: use from the thread that opened it; another thread opens its
 * own. Errors come back as Result.
 */
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (creating and migrating as needed) the SQLite database at path. An empty path
     *  means the default: QStandardPaths::AppDataLocation/orders.sqlite. */
    static Result<std::shared_ptr<Database>> openSqlite(const QString &path = QString());

    /** The file (SQLite). */
    [[nodiscard]] QString location() const;
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const SqlDialect &dialect() const;
    /** A statement prepared once on this connection. */
    [[nodiscard]] QSqlQuery &cached(const QString &sql);

    /** Where "now" comes from for this connection's writes (default: the system clock). The
     *  clock must outlive the database. */
    void setClock(const Clock &clock);
    [[nodiscard]] const Clock &clock() const;
    [[nodiscard]] qint64 nowMs() const;

private:
    Database();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kiosk
