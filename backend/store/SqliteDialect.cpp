// SPDX-License-Identifier: MIT
#include "SqliteDialect.h"

#include "ReadDeadline.h"
#include "Sql.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Kiosk {

namespace {

/** SQLite calls this every kProgressSteps virtual machine steps; non-zero interrupts the statement. */
int interruptWhenExpired(void *deadline)
{
    return static_cast<const ReadDeadline *>(deadline)->expired() ? 1 : 0;
}

// About a few hundred microseconds of work between checks: cheap, and a limit overshoots little.
constexpr int kProgressSteps = 10000;

} // namespace

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions() const
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
}

QStringList SqliteDialect::sessionSetup() const
{
    return { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON") };
}

QString SqliteDialect::autoIncrementPrimaryKey() const
{
    // An INTEGER PRIMARY KEY is the rowid: ids grow and index entries order by it for free.
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QString SqliteDialect::int64Type() const
{
    return QStringLiteral("INTEGER");
}

QString SqliteDialect::textType() const
{
    return QStringLiteral("TEXT");
}

QString SqliteDialect::binaryTextType() const
{
    // SQLite's default collation (BINARY) already compares UTF-8 bytes.
    return textType();
}

QString SqliteDialect::blobType() const
{
    return QStringLiteral("BLOB");
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::lockRows() const
{
    // BEGIN IMMEDIATE holds the database's one write lock already.
    return QString();
}

QString SqliteDialect::insertOrIgnore(
    const QString &table, const QString &columns, const QString &placeholders, const QString &conflictColumn) const
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
        .arg(table, columns, placeholders, conflictColumn);
}

QString SqliteDialect::lockSchema() const
{
    return QString();
}

QString SqliteDialect::unlockSchema() const
{
    return QString();
}

QString SqliteDialect::lockChangeSequence() const
{
    return QString();
}

QString SqliteDialect::notifyChange() const
{
    return QString();
}

QString SqliteDialect::changeChannel() const
{
    return QString();
}

QString SqliteDialect::clusteredTableSuffix() const
{
    return QStringLiteral(" WITHOUT ROWID");
}

QString SqliteDialect::dataVersionQuery() const
{
    return QStringLiteral("PRAGMA data_version");
}

QString SqliteDialect::contains(const QString &column) const
{
    return QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(column);
}

Status SqliteDialect::setUpReadConnection(const QSqlDatabase &db, int limitMs, const ReadDeadline &deadline) const
{
    Q_UNUSED(limitMs) // the deadline carries it, armed per read
    QSqlQuery readOnly(db);
    if (!readOnly.exec(QStringLiteral("PRAGMA query_only = ON")))
        return Sql::error(readOnly, QStringLiteral("Could not set up the read connection"));
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(QStringLiteral("database_error"), QStringLiteral("The read connection is not SQLite."));
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    // The handler only reads the deadline; SQLite's API takes a non-const pointer.
    sqlite3_progress_handler(connection, kProgressSteps, &interruptWhenExpired, const_cast<ReadDeadline *>(&deadline));
    return {};
}

} // namespace Kiosk
