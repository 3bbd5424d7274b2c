// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Kiosk {

/**
 * The small conversions and checks every part of the order store shares: typed NULLs, Unix
 * milliseconds, positional binding, and the one way a driver error becomes an Error (the driver's
 * text goes to the log, never to a person). Stateless.
 */
class Sql final
{
public:
    Sql() = delete;

    static constexpr qint64 kDayMs = 86400000;

    [[nodiscard]] static QVariant nullInt();
    [[nodiscard]] static QVariant nullText();
    [[nodiscard]] static QVariant msOrNull(const QDateTime &t);
    [[nodiscard]] static QVariant textOrNull(const QString &s);
    /** A NOT NULL text column: a null QString would bind as NULL. */
    [[nodiscard]] static QVariant textNotNull(const QString &s);
    [[nodiscard]] static QDateTime fromMs(const QVariant &v);
    [[nodiscard]] static qint64 floorDiv(qint64 a, qint64 b);

    /** Logs the driver's text and returns a "database_error" that only says what failed, or a
     *  kConflict when PostgreSQL aborted the transaction for a serialization failure or a deadlock
     *  (SQLSTATE 40001 / 40P01): then the whole transaction is to be run again (retried()). */
    [[nodiscard]] static Error error(const QSqlQuery &q, const QString &what);
    static inline const QString kConflict = QStringLiteral("database_conflict");
    [[nodiscard]] static bool isConflict(const Error &e) { return e.code == kConflict; }
    /** Write transactions run again after a conflict, at most. */
    static constexpr int kMaxAttempts = 5;
    /** Runs once() (one whole transaction) until it does not end in a conflict, kMaxAttempts at most. */
    template <typename F> static auto retried(F &&once) -> decltype(once())
    {
        for (int attempt = 1;; ++attempt) {
            auto result = once();
            if (result || !isConflict(result.error()) || attempt >= kMaxAttempts)
                return result;
            noteRetry(attempt);
        }
    }
    static void noteRetry(int attempt);
    [[nodiscard]] static Error notFound(qint64 orderId);

    /** Prepares, binds positionally and runs one statement. */
    static bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds);
    /** Binds positionally and runs an already prepared (cached) statement. */
    static bool execPrepared(QSqlQuery &q, const QVariantList &binds);

    /** "?, ?, ?" for an IN (...) list of n values. */
    [[nodiscard]] static QString placeholders(qsizetype n);
    /** Ids as an SQL list; only for ids read from the database, never for user input. */
    [[nodiscard]] static QString idList(const QList<qint64> &ids);
    /** Exclusive upper bound of the texts starting with prefix (for an index range). */
    [[nodiscard]] static QString prefixEnd(const QString &prefix);
};

} // namespace Kiosk
