// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlDatabase;

namespace Kiosk {

class ReadDeadline;

/**
 * The few places where SQL differs between database engines, so OrderStore's queries stay
 * portable and a PostgreSQL backend only needs another SqlDialect. Everything else OrderStore
 * writes is plain SQL that SQLite (3.24+) and PostgreSQL both accept, including
 * INSERT ... ON CONFLICT for upserts. Stateless and thread-safe.
 */
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /** Qt SQL driver name, e.g. "QSQLITE". */
    [[nodiscard]] virtual QString driverName() const = 0;
    /** Options passed to QSqlDatabase::setConnectOptions (busy timeout etc.). */
    [[nodiscard]] virtual QString connectOptions() const = 0;
    /** Statements run on every new connection (journal mode, foreign keys, durability). */
    [[nodiscard]] virtual QStringList sessionSetup() const = 0;

    /** Column definition of a surrogate key that the database assigns on insert. */
    [[nodiscard]] virtual QString autoIncrementPrimaryKey() const = 0;
    [[nodiscard]] virtual QString int64Type() const = 0;
    [[nodiscard]] virtual QString textType() const = 0;
    /** Text compared byte by byte (code point order), for columns searched by prefix ranges. */
    [[nodiscard]] virtual QString binaryTextType() const = 0;
    [[nodiscard]] virtual QString blobType() const = 0;

    /** Opens a transaction that takes the write lock at once (no lock upgrade later). */
    [[nodiscard]] virtual QString beginWrite() const = 0;
    /** Suffix of a SELECT that locks the rows it reads until the transaction ends ("" where
     *  beginWrite() already serialises writers). */
    [[nodiscard]] virtual QString lockRows() const = 0;

    /** "INSERT ... " that silently skips a row whose conflictColumn already exists. */
    [[nodiscard]] virtual QString insertOrIgnore(const QString &table, const QString &columns,
        const QString &placeholders, const QString &conflictColumn) const = 0;

    /** A query returning one number that changes whenever another connection commits, or an
     *  empty string if the engine has none (then nothing is cached across calls). */
    [[nodiscard]] virtual QString dataVersionQuery() const = 0;

    /** Statements that take / give back a lock held by the connection (not the transaction)
     *  while it migrates, so that replicas starting together migrate one after the other ("" where
     *  opening a write transaction already serialises them). */
    [[nodiscard]] virtual QString lockSchema() const = 0;
    [[nodiscard]] virtual QString unlockSchema() const = 0;
    /** Taken right before a transaction writes a status_history row and held until it ends, so
     *  that those rows' ids (the order changes feed's cursors) commit in increasing order with
     *  several writers ("" where beginWrite() already serialises writers). */
    [[nodiscard]] virtual QString lockChangeSequence() const = 0;
    /** Run right after a status_history row is written: tells the other replicas at commit, with
     *  that row's id, on changeChannel() ("" where there is nothing to tell). */
    [[nodiscard]] virtual QString notifyChange() const = 0;
    /** The channel notifyChange() notifies ("" without notifications). */
    [[nodiscard]] virtual QString changeChannel() const = 0;

    /** Suffix for tables that are only ever read by primary key ranges ("WITHOUT ROWID"). */
    [[nodiscard]] virtual QString clusteredTableSuffix() const = 0;

    /** "column contains" with one positional placeholder bound to containsPattern(); the column
     *  and the pattern are both lower-cased by the caller. */
    [[nodiscard]] virtual QString contains(const QString &column) const = 0;
    /**
     * Makes `db` a read connection (OrderReader's): it refuses writes, and a statement fails once
     * the read takes too long. SQLite: a progress handler interrupts the statement when `deadline`
     * (armed per read) has expired; PostgreSQL: statement_timeout of `limitMs` per statement.
     */
    [[nodiscard]] virtual Status setUpReadConnection(
        const QSqlDatabase &db, int limitMs, const ReadDeadline &deadline) const = 0;

    /** Bound value for contains(): escapes the wildcard characters of text. */
    [[nodiscard]] static QString containsPattern(const QString &text);
};

} // namespace Kiosk
