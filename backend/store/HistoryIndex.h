// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Kiosk {

class Database;

/**
 * The denormalised tables that make history, totals and the day report fast, kept in step with
 * `orders` inside the writer's transaction: product_names (one id per distinct product name),
 * order_totals and order_product_totals (per UTC day, status and currency; per product name too)
 * and order_terms (prefix-searchable words of order numbers and e-mails). Does not own the
 * database. Same thread as it.
 */
class HistoryIndex final
{
public:
    explicit HistoryIndex(Database &database)
        : m_database(database)
    { }

    /** Call at the start of every write transaction: product name ids are cached only within
     *  one (a rollback would leave ids behind that do not exist). */
    void beginWrite() { m_nameIds.clear(); }
    /** The id of a product name, created if new. */
    Result<qint64> nameId(const QString &name);

    /** Counts a new order (its distinct product name ids in names) and indexes its terms. */
    Status addOrder(qint64 orderId, qint64 createdAtMs, const QString &status, const QString &currency, qint64 amount,
        const QList<qint64> &names, const QString &number, const QString &email);
    /** Moves an order's counts from one status to another. */
    Status moveStatus(qint64 orderId, qint64 createdAtMs, const QString &from, const QString &to,
        const QString &currency, qint64 amount);
    /** Replaces the order's search terms. */
    Status reindex(qint64 orderId, const QString &number, const QString &email);

    /** (kind, term) rows of order_terms for an order: each lower-cased field whole (kind 0) and
     *  every word that starts inside it after a non-alphanumeric character (kind 1). */
    [[nodiscard]] static QList<std::pair<int, QString>> searchTerms(const QString &number, const QString &email);

private:
    Status adjustTotals(
        qint64 createdAtMs, const QString &status, const QString &currency, qint64 amount, qint64 orders);
    Status adjustProductTotals(const QList<qint64> &names, qint64 createdAtMs, const QString &status,
        const QString &currency, qint64 amount, qint64 orders);

    Database &m_database;
    QHash<QString, qint64> m_nameIds;
};

} // namespace Kiosk
