// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace Kiosk {

class Clock;
class OrderSchema;
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

    /**
     * Opens what location names: a postgresql:// (or postgres://) URL, else an SQLite file
     * (empty: the default file). See openPostgres() and openSqlite().
     */
    static Result<std::shared_ptr<Database>> open(const QString &location);
    /** Opens (creating and migrating as needed) the SQLite database at path. An empty path
     *  means the default: QStandardPaths::AppDataLocation/orders.sqlite. */
    static Result<std::shared_ptr<Database>> openSqlite(const QString &path = QString());
    /**
     * Connects to postgresql://user:password@host:port/dbname and migrates it. Without a password
     * in the URL libpq finds one itself (PGPASSWORD, ~/.pgpass); without a host it uses its unix
     * socket, and ?host=/dir names a socket directory. The password never appears in a log or error.
     */
    static Result<std::shared_ptr<Database>> openPostgres(const QString &url);
    [[nodiscard]] static bool isPostgresUrl(const QString &location);

    /** The file (SQLite) or the URL without its password (PostgreSQL). */
    [[nodiscard]] QString location() const;
    /** What open() needs to make another connection to this database (another thread's). May hold
     *  the password: never log or show it. */
    [[nodiscard]] QString reopenLocation() const;
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
    /** Session setup, migrations, statement cache. */
    Status prepare(const OrderSchema &schema);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kiosk
