// SPDX-License-Identifier: MIT
#include "HistoryIndex.h"

#include "Database.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QSqlQuery>

namespace Kiosk {

QList<std::pair<int, QString>> HistoryIndex::searchTerms(const QString &number, const QString &email)
{
    QList<std::pair<int, QString>> terms;
    for (const QString &field : { number, email }) {
        const QString lower = field.trimmed().toLower();
        if (lower.isEmpty())
            continue;
        terms.append({ 0, lower });
        for (qsizetype i = 1; i < lower.size(); ++i) {
            if (lower.at(i).isLetterOrNumber() && !lower.at(i - 1).isLetterOrNumber())
                terms.append({ 1, lower.mid(i) });
        }
    }
    return terms;
}

Result<qint64> HistoryIndex::nameId(const QString &name)
{
    if (const auto it = m_nameIds.constFind(name); it != m_nameIds.cend())
        return it.value();
    QSqlQuery &insert = m_database.cached(m_database.dialect().insertOrIgnore(QStringLiteral("product_names"),
        QStringLiteral("name, name_lower"), QStringLiteral("?, ?"), QStringLiteral("name")));
    if (!Sql::execPrepared(insert, { name, name.toLower() }))
        return Sql::error(insert, QStringLiteral("Could not save the product name"));
    QSqlQuery &read = m_database.cached(QStringLiteral("SELECT id FROM product_names WHERE name = ?"));
    if (!Sql::execPrepared(read, { name }) || !read.next())
        return Sql::error(read, QStringLiteral("Could not read the product name"));
    const qint64 id = read.value(0).toLongLong();
    read.finish();
    m_nameIds.insert(name, id);
    return id;
}

Status HistoryIndex::addOrder(qint64 orderId, qint64 createdAtMs, const QString &status, const QString &currency,
    qint64 amount, const QList<qint64> &names, const QString &number, const QString &email)
{
    if (auto st = adjustTotals(createdAtMs, status, currency, amount, 1); !st)
        return st;
    if (auto st = adjustProductTotals(names, createdAtMs, status, currency, amount, 1); !st)
        return st;
    return reindex(orderId, number, email);
}

Status HistoryIndex::moveStatus(
    qint64 orderId, qint64 createdAtMs, const QString &from, const QString &to, const QString &currency, qint64 amount)
{
    if (auto st = adjustTotals(createdAtMs, from, currency, -amount, -1); !st)
        return st;
    if (auto st = adjustTotals(createdAtMs, to, currency, amount, 1); !st)
        return st;
    QList<qint64> names;
    QSqlQuery &q = m_database.cached(QStringLiteral("SELECT DISTINCT name_id FROM order_lines WHERE order_id = ?"));
    if (!Sql::execPrepared(q, { orderId }))
        return Sql::error(q, QStringLiteral("Could not read the order lines"));
    while (q.next())
        names.append(q.value(0).toLongLong());
    q.finish();
    if (auto st = adjustProductTotals(names, createdAtMs, from, currency, -amount, -1); !st)
        return st;
    return adjustProductTotals(names, createdAtMs, to, currency, amount, 1);
}

Status HistoryIndex::adjustTotals(
    qint64 createdAtMs, const QString &status, const QString &currency, qint64 amount, qint64 orders)
{
    QSqlQuery &q = m_database.cached(QStringLiteral(
        "INSERT INTO order_totals (day, status, currency, amount, orders) VALUES (?, ?, ?, ?, ?) ON CONFLICT (day, "
        "status, currency) DO UPDATE SET amount = order_totals.amount + excluded.amount, orders = order_totals.orders "
        "+ excluded.orders"));
    if (!Sql::execPrepared(q, { Sql::floorDiv(createdAtMs, Sql::kDayMs), status, currency, amount, orders }))
        return Sql::error(q, QStringLiteral("Could not update the order totals"));
    return {};
}

Status HistoryIndex::adjustProductTotals(const QList<qint64> &names, qint64 createdAtMs, const QString &status,
    const QString &currency, qint64 amount, qint64 orders)
{
    QSqlQuery &q = m_database.cached(QStringLiteral(
        "INSERT INTO order_product_totals (name_id, day, status, currency, amount, orders) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (name_id, day, status, currency) DO UPDATE SET amount = order_product_totals.amount + "
        "excluded.amount, orders = order_product_totals.orders + excluded.orders"));
    for (const qint64 name : names) {
        if (!Sql::execPrepared(q, { name, Sql::floorDiv(createdAtMs, Sql::kDayMs), status, currency, amount, orders }))
            return Sql::error(q, QStringLiteral("Could not update the product totals"));
    }
    return {};
}

Status HistoryIndex::reindex(qint64 orderId, const QString &number, const QString &email)
{
    QSqlQuery &remove = m_database.cached(QStringLiteral("DELETE FROM order_terms WHERE order_id = ?"));
    if (!Sql::execPrepared(remove, { orderId }))
        return Sql::error(remove, QStringLiteral("Could not update the order search index"));
    QSqlQuery &insert = m_database.cached(m_database.dialect().insertOrIgnore(QStringLiteral("order_terms"),
        QStringLiteral("kind, term, order_id"), QStringLiteral("?, ?, ?"), QStringLiteral("kind, term, order_id")));
    for (const auto &[kind, term] : searchTerms(number, email)) {
        if (!Sql::execPrepared(insert, { kind, term, orderId }))
            return Sql::error(insert, QStringLiteral("Could not update the order search index"));
    }
    return {};
}

} // namespace Kiosk
