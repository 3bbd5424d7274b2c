// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryFilter.h"
#include "Result.h"

#include <QMap>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Kiosk {

class Database;

/**
 * The manager's history: pages of orders for a HistoryFilter, and their count and totals per
 * currency, read through HistoryIndex's tables so every filter uses an index (see
 * bench/store/README.md). The last count/totals computation is reused until this connection
 * writes (invalidate()) or another one commits (SqlDialect::dataVersionQuery()). Does not own the
 * database. Same thread as it.
 */
class HistoryQuery final
{
public:
    explicit HistoryQuery(Database &database)
        : m_database(database)
    { }

    static constexpr int kMaxPageSize = 1000;

    Result<QList<Order>> history(const HistoryFilter &filter, int offset, int limit) const;
    Result<qint64> count(const HistoryFilter &filter) const;
    Result<QList<CurrencyTotal>> totals(const HistoryFilter &filter) const;
    /** Forgets the cached aggregate; every write calls it. */
    void invalidate() { m_lastAggregate.reset(); }

private:
    struct Aggregate
    {
        qint64 amount = 0;
        qint64 orders = 0;
        qint64 refunded = 0;
    };
    using Aggregates = QMap<QString, Aggregate>;

    struct Where
    {
        QStringList conditions;
        QVariantList binds;
        [[nodiscard]] QString sql() const;
    };
    /** Date range and statuses only. */
    [[nodiscard]] static Where where(const HistoryFilter &filter);

    /** What a history text matches: order_terms by prefix and the ids of matching product names. */
    struct TextMatch
    {
        QString needle; ///< trimmed, lower case
        bool wholeFieldsOnly = false; ///< too short: number/e-mail prefix only
        QList<qint64> nameIds;
        [[nodiscard]] QVariantList termBinds() const;
        /** Condition on t (an order_terms row) with termBinds(). */
        [[nodiscard]] QString termCondition() const;
        /** "o contains a line of a matching product"; empty when no product name matches. */
        [[nodiscard]] QString productProbe() const;
    };
    Result<TextMatch> textMatch(const QString &text) const;

    Result<Aggregates> aggregate(const HistoryFilter &filter) const;
    Result<Aggregates> computeAggregate(const HistoryFilter &filter) const;
    Status addRaw(Aggregates &into, const QList<OrderStatus> &statuses, qint64 fromMs, qint64 toMs,
        const QString &extraCondition = QString()) const;
    /** Sums order_totals (or, with a product name id, order_product_totals) over whole days and
     *  the orders of the partial days at either end. */
    Status addDays(Aggregates &into, const HistoryFilter &filter, std::optional<qint64> nameId = std::nullopt) const;
    Status addQuery(Aggregates &into, const QString &sql, const QVariantList &binds) const;
    /** Adds the filter's amount_refunded per currency, read from the orders that have refunds
     *  (few), so it costs nothing on a store without refunds. */
    Status addRefunded(Aggregates &into, const HistoryFilter &filter, const TextMatch *match) const;

    struct CachedAggregate
    {
        HistoryFilter filter;
        qint64 dataVersion = 0;
        Aggregates result;
    };

    Database &m_database;
    mutable std::optional<CachedAggregate> m_lastAggregate;
};

} // namespace Kiosk
