// SPDX-License-Identifier: MIT
#include "SqliteDialect.h"

namespace Kiosk {

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

} // namespace Kiosk
