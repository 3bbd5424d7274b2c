// SPDX-License-Identifier: MIT
#include "HistoryQuery.h"

#include "Database.h"
#include "OrderRows.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QSqlQuery>

#include <algorithm>

namespace Kiosk {

namespace {

/** Texts shorter than this match order numbers and e-mails from their first character only. */
constexpr qsizetype kMinContainsLength = 3;
/** Text matches are counted up to this many to choose how a history page is read. */
constexpr int kMatchCountCap = 20000;

bool sameFilter(const HistoryFilter &a, const HistoryFilter &b)
{
    return a.from == b.from && a.to == b.to && a.statuses == b.statuses && a.text == b.text;
}

} // namespace

QString HistoryQuery::Where::sql() const
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QVariantList HistoryQuery::TextMatch::termBinds() const
{
    return { needle, Sql::prefixEnd(needle) };
}

QString HistoryQuery::TextMatch::termCondition() const
{
    return wholeFieldsOnly ? QStringLiteral("t.kind = 0 AND t.term >= ? AND t.term < ?")
                           : QStringLiteral("t.kind IN (0, 1) AND t.term >= ? AND t.term < ?");
}

QString HistoryQuery::TextMatch::productProbe() const
{
    return nameIds.isEmpty() ? QString()
                             : QStringLiteral("EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id "
                                              "AND l.name_id IN (%1))")
                                   .arg(Sql::idList(nameIds));
}

Result<QList<Order>> HistoryQuery::history(const HistoryFilter &filter, int offset, int limit) const
{
    if (offset < 0 || limit <= 0 || limit > kMaxPageSize)
        return makeError(QStringLiteral("invalid_page"),
            QStringLiteral("A history page needs offset ≥ 0 and 1 to %1 rows.").arg(kMaxPageSize));
    Where w = where(filter);
    QString from = QStringLiteral("orders o");
    QVariantList binds;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!filter.text.trimmed().isEmpty()) {
        auto match = textMatch(filter.text);
        if (!match)
            return match.error();
        const TextMatch &m = match.value();
        // How many orders could match (term rows plus lines of matching products, capped), and
        // roughly how many orders there are (the highest id).
        QString estimate
            = QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM order_terms t WHERE %1 LIMIT %2) capped)")
                  .arg(m.termCondition())
                  .arg(kMatchCountCap);
        if (!m.nameIds.isEmpty())
            estimate += QStringLiteral(" + (SELECT COUNT(*) FROM (SELECT 1 FROM order_lines WHERE name_id IN (%1) "
                                       "LIMIT %2) capped)")
                            .arg(Sql::idList(m.nameIds))
                            .arg(kMatchCountCap);
        estimate += QStringLiteral(", (SELECT MAX(id) FROM orders)");
        if (!Sql::execBound(q, estimate, m.termBinds()) || !q.next())
            return Sql::error(q, QStringLiteral("Could not search the orders"));
        const double matches = std::max<qint64>(1, q.value(0).toLongLong());
        const double orders = std::max<qint64>(1, q.value(1).toLongLong());
        q.finish();
        // Walking newest first reads about (offset + limit) × orders / matches rows before the
        // page is full; fetching by id reads every match once (and sorts them).
        const double walk = double(offset + limit) * orders / matches;
        if (matches < kMatchCountCap && 2 * matches <= walk) {
            // Few: fetch them by id and sort. CROSS JOIN keeps the matches as the outer loop
            // (SQLite would rather walk a date or status index and probe the set).
            QString ids = QStringLiteral("SELECT t.order_id FROM order_terms t WHERE %1").arg(m.termCondition());
            if (!m.nameIds.isEmpty())
                ids += QStringLiteral(" UNION SELECT order_id FROM order_lines WHERE name_id IN (%1)")
                           .arg(Sql::idList(m.nameIds));
            from = QStringLiteral("(%1) m CROSS JOIN orders o").arg(ids);
            binds << m.termBinds();
            w.conditions << QStringLiteral("o.id = m.order_id");
        } else {
            // Many: walk the orders newest first (by date or status index) and probe each one,
            // which stops after one page.
            QString probe = QStringLiteral("EXISTS (SELECT 1 FROM order_terms t WHERE t.order_id = o.id AND %1)")
                                .arg(m.termCondition());
            if (!m.nameIds.isEmpty())
                probe = QStringLiteral("(%1 OR %2)").arg(m.productProbe(), probe);
            w.conditions << probe;
            w.binds << m.termBinds();
        }
    }
    binds << w.binds << limit << offset;
    if (!Sql::execBound(q,
            QStringLiteral("SELECT %1 FROM %2%3 ORDER BY o.created_at DESC, o.id DESC LIMIT ? OFFSET ?")
                .arg(OrderRows::columns(), from, w.sql()),
            binds))
        return Sql::error(q, QStringLiteral("Could not read the order history"));
    QList<Order> result;
    while (q.next())
        result.append(OrderRows::read(q));
    return result;
}

Result<qint64> HistoryQuery::count(const HistoryFilter &filter) const
{
    auto totals = aggregate(filter);
    if (!totals)
        return totals.error();
    qint64 n = 0;
    for (const Aggregate &a : totals.value())
        n += a.orders;
    return n;
}

Result<QList<CurrencyTotal>> HistoryQuery::totals(const HistoryFilter &filter) const
{
    auto totals = aggregate(filter);
    if (!totals)
        return totals.error();
    QList<CurrencyTotal> result;
    for (auto it = totals.value().cbegin(); it != totals.value().cend(); ++it) {
        if (it.value().orders > 0)
            result.append(CurrencyTotal { it.key(), it.value().amount, it.value().orders, it.value().refunded });
    }
    return result;
}

HistoryQuery::Where HistoryQuery::where(const HistoryFilter &filter)
{
    Where w;
    if (filter.from.isValid()) {
        w.conditions << QStringLiteral("o.created_at >= ?");
        w.binds << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        w.conditions << QStringLiteral("o.created_at < ?");
        w.binds << filter.to.toMSecsSinceEpoch();
    }
    if (!filter.statuses.isEmpty()) {
        w.conditions << QStringLiteral("o.status IN (%1)").arg(Sql::placeholders(filter.statuses.size()));
        for (const OrderStatus s : filter.statuses)
            w.binds << toString(s);
    }
    return w;
}

Result<HistoryQuery::TextMatch> HistoryQuery::textMatch(const QString &text) const
{
    TextMatch m;
    m.needle = text.trimmed().toLower();
    m.wholeFieldsOnly = m.needle.size() < kMinContainsLength;
    if (m.wholeFieldsOnly)
        return m;
    QSqlQuery q(m_database.connection());
    if (!Sql::execBound(q,
            QStringLiteral("SELECT id FROM product_names WHERE %1 ORDER BY id")
                .arg(m_database.dialect().contains(QStringLiteral("name_lower"))),
            { SqlDialect::containsPattern(m.needle) }))
        return Sql::error(q, QStringLiteral("Could not search the product names"));
    while (q.next())
        m.nameIds.append(q.value(0).toLongLong());
    return m;
}

Status HistoryQuery::addQuery(Aggregates &into, const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!Sql::execBound(q, sql, binds))
        return Sql::error(q, QStringLiteral("Could not add up the orders"));
    while (q.next()) {
        Aggregate &a = into[q.value(0).toString()];
        a.amount += q.value(1).toLongLong();
        a.orders += q.value(2).toLongLong();
    }
    return {};
}

Status HistoryQuery::addRefunded(Aggregates &into, const HistoryFilter &filter, const TextMatch *match) const
{
    Where w = where(filter);
    w.conditions.prepend(QStringLiteral("o.id = r.order_id"));
    if (match) {
        QString condition = QStringLiteral("EXISTS (SELECT 1 FROM order_terms t WHERE t.order_id = o.id AND %1)")
                                .arg(match->termCondition());
        w.binds << match->termBinds();
        if (!match->nameIds.isEmpty())
            condition = QStringLiteral("(%1 OR %2)").arg(match->productProbe(), condition);
        w.conditions << condition;
    }
    const QVariantList &binds = w.binds;
    // Driven from the refunds (an order with two refunds is one row of the DISTINCT set).
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!Sql::execBound(q,
            QStringLiteral("SELECT o.currency, SUM(o.amount_refunded) FROM (SELECT DISTINCT order_id FROM refunds) r "
                           "CROSS JOIN orders o%1 GROUP BY o.currency")
                .arg(w.sql()),
            binds))
        return Sql::error(q, QStringLiteral("Could not add up the refunds"));
    while (q.next()) {
        const QString currency = q.value(0).toString();
        if (into.contains(currency))
            into[currency].refunded += q.value(1).toLongLong();
    }
    return {};
}

Status HistoryQuery::addRaw(Aggregates &into, const QList<OrderStatus> &statuses, qint64 fromMs, qint64 toMs,
    const QString &extraCondition) const
{
    HistoryFilter edge;
    edge.from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    edge.to = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC);
    edge.statuses = statuses;
    Where w = where(edge);
    if (!extraCondition.isEmpty())
        w.conditions << extraCondition;
    return addQuery(into,
        QStringLiteral("SELECT o.currency, SUM(o.amount_total), COUNT(*) FROM orders o%1 GROUP BY o.currency")
            .arg(w.sql()),
        w.binds);
}

Status HistoryQuery::addDays(Aggregates &into, const HistoryFilter &filter, std::optional<qint64> nameId) const
{
    // Whole UTC days come from the pre-aggregated rows (maintained with every insert and status
    // change) and only the partial days at either end are summed from the orders.
    const QString probe = nameId ? QStringLiteral("EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND "
                                                  "l.name_id = %1)")
                                       .arg(*nameId)
                                 : QString();
    std::optional<qint64> firstDay;
    std::optional<qint64> endDay;
    if (filter.from.isValid())
        firstDay = Sql::floorDiv(filter.from.toMSecsSinceEpoch() + Sql::kDayMs - 1, Sql::kDayMs);
    if (filter.to.isValid())
        endDay = Sql::floorDiv(filter.to.toMSecsSinceEpoch(), Sql::kDayMs);
    if (firstDay && endDay && *firstDay >= *endDay)
        return addRaw(into, filter.statuses, filter.from.toMSecsSinceEpoch(), filter.to.toMSecsSinceEpoch(), probe);
    QStringList conditions;
    QVariantList binds;
    if (nameId) {
        conditions << QStringLiteral("name_id = ?");
        binds << *nameId;
    }
    if (firstDay) {
        conditions << QStringLiteral("day >= ?");
        binds << *firstDay;
    }
    if (endDay) {
        conditions << QStringLiteral("day < ?");
        binds << *endDay;
    }
    if (!filter.statuses.isEmpty()) {
        conditions << QStringLiteral("status IN (%1)").arg(Sql::placeholders(filter.statuses.size()));
        for (const OrderStatus s : filter.statuses)
            binds << toString(s);
    }
    const QString whereSql
        = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (auto st = addQuery(into,
            QStringLiteral("SELECT currency, SUM(amount), SUM(orders) FROM %1%2 GROUP BY currency")
                .arg(nameId ? QStringLiteral("order_product_totals") : QStringLiteral("order_totals"), whereSql),
            binds);
        !st)
        return st;
    if (firstDay && filter.from.toMSecsSinceEpoch() < *firstDay * Sql::kDayMs) {
        if (auto st = addRaw(into, filter.statuses, filter.from.toMSecsSinceEpoch(), *firstDay * Sql::kDayMs, probe);
            !st)
            return st;
    }
    if (endDay && *endDay * Sql::kDayMs < filter.to.toMSecsSinceEpoch()) {
        if (auto st = addRaw(into, filter.statuses, *endDay * Sql::kDayMs, filter.to.toMSecsSinceEpoch(), probe); !st)
            return st;
    }
    return {};
}

Result<HistoryQuery::Aggregates> HistoryQuery::aggregate(const HistoryFilter &filter) const
{
    const QString versionSql = m_database.dialect().dataVersionQuery();
    if (versionSql.isEmpty())
        return computeAggregate(filter);
    QSqlQuery q(m_database.connection());
    if (!q.exec(versionSql) || !q.next())
        return Sql::error(q, QStringLiteral("Could not read the database version"));
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (m_lastAggregate && m_lastAggregate->dataVersion == version && sameFilter(m_lastAggregate->filter, filter))
        return m_lastAggregate->result;
    auto result = computeAggregate(filter);
    if (result)
        m_lastAggregate = CachedAggregate { filter, version, result.value() };
    return result;
}

Result<HistoryQuery::Aggregates> HistoryQuery::computeAggregate(const HistoryFilter &filter) const
{
    Aggregates result;
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        return result;
    if (filter.text.trimmed().isEmpty()) {
        if (auto st = addDays(result, filter); !st)
            return st.error();
        if (auto st = addRefunded(result, filter, nullptr); !st)
            return st.error();
        return result;
    }
    auto match = textMatch(filter.text);
    if (!match)
        return match.error();
    const TextMatch &m = match.value();

    // Orders with a matching product: one name is pre-aggregated; several are summed over the
    // distinct orders that contain any of them (IN is a set, so two matching lines count once).
    if (m.nameIds.size() == 1) {
        if (auto st = addDays(result, filter, m.nameIds.constFirst()); !st)
            return st.error();
    } else if (m.nameIds.size() > 1) {
        Where w = where(filter);
        w.conditions << QStringLiteral("o.id IN (SELECT order_id FROM order_lines WHERE name_id IN (%1))")
                            .arg(Sql::idList(m.nameIds));
        if (auto st = addQuery(result,
                QStringLiteral("SELECT o.currency, SUM(o.amount_total), COUNT(*) FROM orders o%1 GROUP "
                               "BY o.currency")
                    .arg(w.sql()),
                w.binds);
            !st)
            return st.error();
    }
    // Plus the orders whose number or e-mail matches and that were not counted above, driven
    // from the matches (GROUP BY: an order can match with several terms; it also hands the ids
    // over in ascending order, which makes the lookups in orders about twice as fast as DISTINCT).
    Where w = where(filter);
    w.conditions.prepend(QStringLiteral("o.id = m.order_id"));
    if (!m.nameIds.isEmpty())
        w.conditions << QStringLiteral("NOT ") + m.productProbe();
    if (auto st = addQuery(result,
            QStringLiteral("SELECT o.currency, SUM(o.amount_total), COUNT(*) FROM (SELECT t.order_id FROM "
                           "order_terms t WHERE %1 GROUP BY t.order_id) m CROSS JOIN orders o%2 GROUP "
                           "BY o.currency")
                .arg(m.termCondition(), w.sql()),
            m.termBinds() + w.binds);
        !st)
        return st.error();
    if (auto st = addRefunded(result, filter, &m); !st)
        return st.error();
    return result;
}

} // namespace Kiosk
