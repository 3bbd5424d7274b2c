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
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA foreign_keys=ON")};
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

QString SqliteDialect::blobType() const
{
    return QStringLiteral("BLOB");
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::insertOrIgnore(const QString &table, const QString &columns, const QString &placeholders,
                                      const QString &conflictColumn) const
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
        .arg(table, columns, placeholders, conflictColumn);
}

QStringList SqliteDialect::searchSchema() const
{
    return {QStringLiteral("CREATE VIRTUAL TABLE order_search USING fts5(doc, tokenize = 'trigram')")};
}

// FTS5 has no upsert: OrderStore removes then inserts, inside its own transaction.
QString SqliteDialect::searchRemove() const
{
    return QStringLiteral("DELETE FROM order_search WHERE rowid = ?");
}

QString SqliteDialect::searchInsert() const
{
    return QStringLiteral("INSERT INTO order_search (rowid, doc) VALUES (?, ?)");
}

SqlDialect::SearchQuery SqliteDialect::searchIds(const QString &text) const
{
    const QString needle = text.toLower();
    if (needle.size() >= 3) {
        // A quoted FTS5 string is a phrase of consecutive trigrams, i.e. a substring match.
        QString quoted = needle;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return {QStringLiteral("SELECT rowid FROM order_search WHERE order_search MATCH ?"),
                QVariant(QLatin1Char('"') + quoted + QLatin1Char('"'))};
    }
    return {QStringLiteral("SELECT rowid FROM order_search WHERE doc LIKE ? ESCAPE '\\'"),
            QVariant(containsPattern(needle))};
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
