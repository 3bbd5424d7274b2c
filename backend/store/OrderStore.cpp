// SPDX-License-Identifier: MIT
#include "OrderStore.h"

#include "Clock.h"
#include "Log.h"
#include "OrderSchema.h"
#include "PrivateFiles.h"
#include "SqliteDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <map>

namespace Kiosk {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr int kMaxPageSize = 1000;
/** Texts shorter than this match order numbers and e-mails from their first character only. */
constexpr qsizetype kMinContainsLength = 3;
/** Text matches are counted up to this many to choose how a history page is read. */
constexpr int kMatchCountCap = 20000;
const QString kDefaultKioskId = QStringLiteral("K1");
const QString kManagerSource = QStringLiteral("manager");

std::atomic<quint64> s_connectionSerial { 0 };

const QString kOrderColumns = QStringLiteral(
    "o.id, o.number, o.created_at, o.updated_at, o.status, o.currency, o.amount_subtotal, o.amount_total, "
    "o.session_id, o.session_url, o.expires_at, o.customer_email, o.paid_at, o.payment_intent, o.kiosk_id, "
    "o.cashier, o.status_reason, o.attempt, o.installation_id, o.cancel_requested_at");

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : nullInt();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

/** A NOT NULL text column: a null QString would bind as NULL. */
QVariant textNotNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

Error sqlError(const QSqlQuery &q, const QString &what)
{
    // The driver's text (SQL, table and constraint names) is for the log, never for a person.
    qCWarning(lcStore).noquote() << what << "-" << q.lastError().text();
    return makeError(QStringLiteral("database_error"),
        QStringLiteral("%1: the order database reported an error (details are in the log).").arg(what));
}

Error notFound(qint64 orderId)
{
    return makeError(QStringLiteral("not_found"), QStringLiteral("There is no order with id %1.").arg(orderId));
}

/** Prepares, binds positionally and runs one statement. */
bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}

// Sorted statuses as stored strings for an IN (...) list.
QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += (i == 0 ? QStringLiteral("?") : QStringLiteral(", ?"));
    return s;
}

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.createdAt = fromMs(q.value(2));
    o.updatedAt = fromMs(q.value(3));
    const QString status = q.value(4).toString();
    if (const auto parsed = orderStatusFromString(status)) {
        o.status = *parsed;
    } else {
        // Only a hand-edited database gets here; keep automation away from such an order.
        qCWarning(lcStore) << "order" << o.id << "has unknown status" << status;
        o.status = OrderStatus::NeedsReview;
    }
    o.currency = q.value(5).toString();
    o.amountSubtotal = q.value(6).toLongLong();
    o.amountTotal = q.value(7).toLongLong();
    o.sessionId = q.value(8).toString();
    o.sessionUrl = q.value(9).toString();
    o.expiresAt = fromMs(q.value(10));
    o.customerEmail = q.value(11).toString();
    o.paidAt = fromMs(q.value(12));
    o.paymentIntent = q.value(13).toString();
    o.kioskId = q.value(14).toString();
    o.cashier = q.value(15).toString();
    o.statusReason = q.value(16).toString();
    o.attempt = q.value(17).toInt();
    o.installationId = q.value(18).toString();
    o.cancelRequestedAt = fromMs(q.value(19));
    return o;
}

/** (kind, term) rows of order_terms for an order: each lower-cased field whole (kind 0) and
 *  every word that starts inside it after a non-alphanumeric character (kind 1). Product names
 *  are searched separately (product_names). */
QList<std::pair<int, QString>> searchTerms(const QString &number, const QString &email)
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

/** Exclusive upper bound of the terms starting with prefix (SQLite compares UTF-8 bytes). */
QString prefixEnd(const QString &prefix)
{
    const char32_t last = 0x10FFFF;
    return prefix + QString::fromUcs4(&last, 1);
}

/** Order ids as an SQL list; they come from the database, never from user input. */
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

bool validCurrency(const QString &c)
{
    if (c.size() != 3)
        return false;
    for (const QChar ch : c) {
        if (ch < QLatin1Char('A') || ch > QLatin1Char('Z'))
            return false;
    }
    return true;
}

/** Checks lines and fills in line totals; returns the subtotal. */
Result<qint64> checkLines(QList<OrderLine> &lines)
{
    if (lines.isEmpty())
        return makeError(QStringLiteral("empty_order"), QStringLiteral("An order needs at least one line."));
    qint64 subtotal = 0;
    for (OrderLine &line : lines) {
        if (line.name.trimmed().isEmpty())
            return makeError(QStringLiteral("invalid_line"), QStringLiteral("Every order line needs a product name."));
        if (line.quantity <= 0)
            return makeError(QStringLiteral("invalid_line"),
                QStringLiteral("The quantity of \"%1\" must be at least 1.").arg(line.name));
        if (line.unitAmount < 0)
            return makeError(QStringLiteral("invalid_line"),
                QStringLiteral("The price of \"%1\" cannot be negative.").arg(line.name));
        qint64 lineTotal = 0;
        if (__builtin_mul_overflow(line.unitAmount, static_cast<qint64>(line.quantity), &lineTotal)
            || __builtin_add_overflow(subtotal, lineTotal, &subtotal))
            return makeError(QStringLiteral("amount_too_large"), QStringLiteral("The order total is too large."));
        if (line.lineTotal != 0 && line.lineTotal != lineTotal)
            return makeError(QStringLiteral("line_total_mismatch"),
                QStringLiteral("The line total of \"%1\" is %2 but quantity × price is %3.")
                    .arg(line.name)
                    .arg(line.lineTotal)
                    .arg(lineTotal));
        line.lineTotal = lineTotal;
    }
    return subtotal;
}

/** Rolls back unless committed; a write lock is taken at begin(). */
class WriteTransaction final
{
public:
    WriteTransaction(const QSqlDatabase &db, const SqlDialect &dialect)
        : m_db(db)
        , m_dialect(dialect)
    { }
    ~WriteTransaction()
    {
        if (m_open) {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("ROLLBACK")))
                qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
        }
    }
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    Status begin()
    {
        QSqlQuery q(m_db);
        if (!q.exec(m_dialect.beginWrite()))
            return sqlError(q, QStringLiteral("Could not start a database transaction"));
        m_open = true;
        return {};
    }
    Status commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return sqlError(q, QStringLiteral("Could not commit to the order database"));
        m_open = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    bool m_open = false;
};

struct Aggregate
{
    qint64 amount = 0;
    qint64 orders = 0;
};

bool sameFilter(const HistoryFilter &a, const HistoryFilter &b)
{
    return a.from == b.from && a.to == b.to && a.statuses == b.statuses && a.text == b.text;
}

} // namespace

struct OrderStore::Private
{
    std::unique_ptr<SqlDialect> dialect;
    QString connectionName;
    QString path;
    QSqlDatabase db;
    int schemaVersion = 0;
    QString installationId;
    const Clock *clock = &Clock::system();
    /** Statements of the hot write path, prepared once per connection. */
    std::map<QString, std::unique_ptr<QSqlQuery>> prepared;

    QSqlQuery &cached(const QString &sql);
    qint64 nowMs() const { return clock->now().toMSecsSinceEpoch(); }

    Result<Order> loadOrder(const QString &where, const QVariant &key) const;
    Status loadLines(Order &order) const;
    Result<QString> nextNumber(const QString &kioskId);
    Status insertOrder(Order &order);
    /** Product name ids are cached only within one write transaction (a rollback would leave
     *  ids behind that do not exist). */
    QHash<QString, qint64> nameIds;
    Result<qint64> nameId(const QString &name);
    Status adjustTotals(
        qint64 createdAtMs, const QString &status, const QString &currency, qint64 amount, qint64 orders);
    Status adjustProductTotals(const QList<qint64> &names, qint64 createdAtMs, const QString &status,
        const QString &currency, qint64 amount, qint64 orders);
    Status reindex(qint64 orderId, const QString &number, const QString &email);

    enum class Applied { Unchanged, Changed };
    /** Inside an open write transaction. */
    Result<Applied> applyTransition(qint64 orderId, OrderStatus to, const TransitionDetails &details);

    struct Where
    {
        QStringList conditions;
        QVariantList binds;
        [[nodiscard]] QString sql() const
        {
            return conditions.isEmpty() ? QString()
                                        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        }
    };
    /** Date range and statuses only. */
    Where where(const HistoryFilter &filter) const;

    /** What a history text matches: order_terms by prefix and the ids of matching product names. */
    struct TextMatch
    {
        QString needle; ///< trimmed, lower case
        bool wholeFieldsOnly = false; ///< shorter than kMinContainsLength: number/e-mail prefix only
        QList<qint64> nameIds;
        [[nodiscard]] QVariantList termBinds() const { return { needle, prefixEnd(needle) }; }
        /** Condition on t (an order_terms row) with termBinds(). */
        [[nodiscard]] QString termCondition() const
        {
            return wholeFieldsOnly ? QStringLiteral("t.kind = 0 AND t.term >= ? AND t.term < ?")
                                   : QStringLiteral("t.kind IN (0, 1) AND t.term >= ? AND t.term < ?");
        }
        /** "o contains a line of a matching product"; empty when no product name matches. */
        [[nodiscard]] QString productProbe() const
        {
            return nameIds.isEmpty() ? QString()
                                     : QStringLiteral("EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id "
                                                      "AND l.name_id IN (%1))")
                                           .arg(idList(nameIds));
        }
    };
    Result<TextMatch> textMatch(const QString &text) const;

    Result<QMap<QString, Aggregate>> aggregate(const HistoryFilter &filter) const;
    Result<QMap<QString, Aggregate>> computeAggregate(const HistoryFilter &filter) const;

    /** The history screen asks for totals and count of the same filter in a row: the last
     *  aggregate is reused until this store writes or another connection commits. */
    struct CachedAggregate
    {
        HistoryFilter filter;
        qint64 dataVersion = 0;
        QMap<QString, Aggregate> result;
    };
    mutable std::optional<CachedAggregate> lastAggregate;
    void invalidate() { lastAggregate.reset(); }
    Status addRaw(QMap<QString, Aggregate> &into, const QList<OrderStatus> &statuses, qint64 fromMs, qint64 toMs,
        const QString &extraCondition = QString()) const;
    /** Sums order_totals (or, with a product name id, order_product_totals) over whole days and
     *  the orders of the partial days at either end. */
    Status addDays(
        QMap<QString, Aggregate> &into, const HistoryFilter &filter, std::optional<qint64> nameId = std::nullopt) const;
    Status addQuery(QMap<QString, Aggregate> &into, const QString &sql, const QVariantList &binds) const;
};

QSqlQuery &OrderStore::Private::cached(const QString &sql)
{
    auto it = prepared.find(sql);
    if (it == prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(db);
        if (!query->prepare(sql))
            qCWarning(lcStore) << "cannot prepare statement:" << query->lastError().text();
        it = prepared.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

/** Binds positionally and runs a cached statement. */
static bool execCached(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}

Result<Order> OrderStore::Private::loadOrder(const QString &whereSql, const QVariant &key) const
{
    QSqlQuery q(db);
    if (!execBound(q, QStringLiteral("SELECT %1 FROM orders o WHERE %2").arg(kOrderColumns, whereSql), { key }))
        return sqlError(q, QStringLiteral("Could not read the order"));
    if (!q.next())
        return makeError(
            QStringLiteral("not_found"), QStringLiteral("There is no such order (%1).").arg(key.toString()));
    Order order = readOrder(q);
    if (auto st = loadLines(order); !st)
        return st.error();
    return order;
}

Status OrderStore::Private::loadLines(Order &order) const
{
    QSqlQuery q(db);
    if (!execBound(q,
            QStringLiteral("SELECT product_id, sku, name, quantity, unit_amount, line_total FROM order_lines "
                           "WHERE order_id = ? ORDER BY position"),
            { order.id }))
        return sqlError(q, QStringLiteral("Could not read the order lines"));
    order.lines.clear();
    while (q.next()) {
        OrderLine line;
        line.productId = q.value(0).toString();
        line.sku = q.value(1).toString();
        line.name = q.value(2).toString();
        line.quantity = q.value(3).toInt();
        line.unitAmount = q.value(4).toLongLong();
        line.lineTotal = q.value(5).toLongLong();
        order.lines.append(line);
    }
    return {};
}

Result<QString> OrderStore::Private::nextNumber(const QString &kioskId)
{
    // A per-kiosk counter, so numbers stay short and unique even when kiosks share a database.
    const QString key = QStringLiteral("store.order_seq.") + kioskId;
    QSqlQuery &bump = cached(QStringLiteral("INSERT INTO kv (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE "
                                            "SET value = CAST(CAST(kv.value AS INTEGER) + 1 AS TEXT)"));
    if (!execCached(bump, { key }))
        return sqlError(bump, QStringLiteral("Could not number the order"));
    QSqlQuery &read = cached(QStringLiteral("SELECT value FROM kv WHERE key = ?"));
    if (!execCached(read, { key }) || !read.next())
        return sqlError(read, QStringLiteral("Could not number the order"));
    qint64 seq = read.value(0).toLongLong();
    read.finish();
    const QString prefix = kioskId + QLatin1Char('-');
    const auto format
        = [&prefix](qint64 n) -> QString { return prefix + QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0')); };
    QSqlQuery &taken = cached(QStringLiteral("SELECT 1 FROM orders WHERE number = ?"));
    if (!execCached(taken, { QVariant(format(seq)) }))
        return sqlError(taken, QStringLiteral("Could not number the order"));
    const bool isTaken = taken.next();
    taken.finish();
    if (isTaken) {
        // Imported or generated history holds numbers the counter never gave out: continue
        // above the highest one of this kiosk id (read once; the counter remembers it).
        QSqlQuery numbers(db);
        numbers.setForwardOnly(true);
        if (!execBound(numbers, QStringLiteral("SELECT number FROM orders WHERE number >= ? AND number < ?"),
                { prefix, prefixEnd(prefix) }))
            return sqlError(numbers, QStringLiteral("Could not number the order"));
        while (numbers.next()) {
            bool ok = false;
            const qint64 n = QStringView(numbers.value(0).toString()).mid(prefix.size()).toLongLong(&ok);
            if (ok && n >= seq)
                seq = n + 1;
        }
        QSqlQuery &store = cached(QStringLiteral("UPDATE kv SET value = ? WHERE key = ?"));
        if (!execCached(store, { QString::number(seq), key }))
            return sqlError(store, QStringLiteral("Could not number the order"));
    }
    return format(seq);
}

Status OrderStore::Private::insertOrder(Order &order)
{
    QSqlQuery &q = cached(QStringLiteral(
        "INSERT INTO orders (number, created_at, updated_at, status, currency, amount_subtotal, "
        "amount_total, session_id, session_url, expires_at, customer_email, paid_at, payment_intent, "
        "kiosk_id, cashier, status_reason, attempt, installation_id, cancel_requested_at) VALUES (?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool ok = execCached(q,
        { order.number, order.createdAt.toMSecsSinceEpoch(), order.updatedAt.toMSecsSinceEpoch(),
            toString(order.status), order.currency, order.amountSubtotal, order.amountTotal,
            textOrNull(order.sessionId), textOrNull(order.sessionUrl), msOrNull(order.expiresAt),
            textOrNull(order.customerEmail), msOrNull(order.paidAt), textOrNull(order.paymentIntent), order.kioskId,
            textOrNull(order.cashier), textOrNull(order.statusReason), order.attempt, textOrNull(order.installationId),
            msOrNull(order.cancelRequestedAt) });
    if (!ok)
        return sqlError(q, QStringLiteral("Could not save the order"));
    order.id = q.lastInsertId().toLongLong();
    QSqlQuery &lineQuery
        = cached(QStringLiteral("INSERT INTO order_lines (order_id, position, product_id, sku, name, "
                                "name_id, quantity, unit_amount, line_total) VALUES (?, ?, ?, ?, ?, ?, "
                                "?, ?, ?)"));
    QList<qint64> names;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        auto id = nameId(line.name);
        if (!id)
            return id.error();
        if (!names.contains(id.value()))
            names.append(id.value());
        if (!execCached(lineQuery,
                { order.id, static_cast<int>(i), line.productId, textOrNull(line.sku), line.name, id.value(),
                    line.quantity, line.unitAmount, line.lineTotal }))
            return sqlError(lineQuery, QStringLiteral("Could not save the order lines"));
    }
    const qint64 created = order.createdAt.toMSecsSinceEpoch();
    const QString status = toString(order.status);
    if (auto st = adjustTotals(created, status, order.currency, order.amountTotal, 1); !st)
        return st;
    if (auto st = adjustProductTotals(names, created, status, order.currency, order.amountTotal, 1); !st)
        return st;
    return reindex(order.id, order.number, order.customerEmail);
}

Result<qint64> OrderStore::Private::nameId(const QString &name)
{
    if (const auto it = nameIds.constFind(name); it != nameIds.cend())
        return it.value();
    QSqlQuery &insert = cached(dialect->insertOrIgnore(QStringLiteral("product_names"),
        QStringLiteral("name, name_lower"), QStringLiteral("?, ?"), QStringLiteral("name")));
    if (!execCached(insert, { name, name.toLower() }))
        return sqlError(insert, QStringLiteral("Could not save the product name"));
    QSqlQuery &read = cached(QStringLiteral("SELECT id FROM product_names WHERE name = ?"));
    if (!execCached(read, { name }) || !read.next())
        return sqlError(read, QStringLiteral("Could not read the product name"));
    const qint64 id = read.value(0).toLongLong();
    read.finish();
    nameIds.insert(name, id);
    return id;
}

Status OrderStore::Private::adjustTotals(
    qint64 createdAtMs, const QString &status, const QString &currency, qint64 amount, qint64 orders)
{
    QSqlQuery &q = cached(QStringLiteral(
        "INSERT INTO order_totals (day, status, currency, amount, orders) VALUES (?, ?, ?, ?, ?) ON CONFLICT (day, "
        "status, currency) DO UPDATE SET amount = order_totals.amount + excluded.amount, orders = order_totals.orders "
        "+ excluded.orders"));
    if (!execCached(q, { floorDiv(createdAtMs, kDayMs), status, currency, amount, orders }))
        return sqlError(q, QStringLiteral("Could not update the order totals"));
    return {};
}

Status OrderStore::Private::adjustProductTotals(const QList<qint64> &names, qint64 createdAtMs, const QString &status,
    const QString &currency, qint64 amount, qint64 orders)
{
    QSqlQuery &q = cached(QStringLiteral(
        "INSERT INTO order_product_totals (name_id, day, status, currency, amount, orders) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (name_id, day, status, currency) DO UPDATE SET amount = order_product_totals.amount + "
        "excluded.amount, orders = order_product_totals.orders + excluded.orders"));
    for (const qint64 name : names) {
        if (!execCached(q, { name, floorDiv(createdAtMs, kDayMs), status, currency, amount, orders }))
            return sqlError(q, QStringLiteral("Could not update the product totals"));
    }
    return {};
}

Status OrderStore::Private::reindex(qint64 orderId, const QString &number, const QString &email)
{
    QSqlQuery &remove = cached(QStringLiteral("DELETE FROM order_terms WHERE order_id = ?"));
    if (!execCached(remove, { orderId }))
        return sqlError(remove, QStringLiteral("Could not update the order search index"));
    QSqlQuery &insert = cached(dialect->insertOrIgnore(QStringLiteral("order_terms"),
        QStringLiteral("kind, term, order_id"), QStringLiteral("?, ?, ?"), QStringLiteral("kind, term, order_id")));
    for (const auto &[kind, term] : searchTerms(number, email)) {
        if (!execCached(insert, { kind, term, orderId }))
            return sqlError(insert, QStringLiteral("Could not update the order search index"));
    }
    return {};
}

Result<OrderStore::Private::Applied> OrderStore::Private::applyTransition(
    qint64 orderId, OrderStatus to, const TransitionDetails &details)
{
    QSqlQuery q(db);
    if (!execBound(q,
            QStringLiteral("SELECT status, created_at, currency, amount_total, number, customer_email FROM "
                           "orders WHERE id = ?"),
            { orderId }))
        return sqlError(q, QStringLiteral("Could not read the order"));
    if (!q.next())
        return notFound(orderId);
    const auto from = orderStatusFromString(q.value(0).toString()).value_or(OrderStatus::NeedsReview);
    const qint64 createdAt = q.value(1).toLongLong();
    const QString currency = q.value(2).toString();
    const qint64 amount = q.value(3).toLongLong();
    const QString number = q.value(4).toString();
    const QString oldEmail = q.value(5).toString();
    q.finish();

    if (from == to)
        return Applied::Unchanged;
    if (auto st = OrderStateMachine::check(from, to); !st)
        return st.error();
    if (OrderStateMachine::needsHuman(from) && details.source != kManagerSource)
        return makeError(QStringLiteral("illegal_transition"),
            QStringLiteral("An order in %1 can only be moved to %2 by a manager.").arg(toString(from), toString(to)));

    const qint64 now = nowMs();
    QStringList sets { QStringLiteral("status = ?"), QStringLiteral("updated_at = ?") };
    QVariantList binds { toString(to), now };
    if (!details.reason.isEmpty()) {
        sets << QStringLiteral("status_reason = ?");
        binds << details.reason;
    }
    if (to == OrderStatus::Paid) {
        sets << QStringLiteral("paid_at = ?");
        binds << (details.paidAt && details.paidAt->isValid() ? details.paidAt->toMSecsSinceEpoch() : now);
    }
    if (details.paymentIntent) {
        sets << QStringLiteral("payment_intent = ?");
        binds << textOrNull(*details.paymentIntent);
    }
    const bool emailChanged = details.customerEmail && *details.customerEmail != oldEmail;
    if (emailChanged) {
        sets << QStringLiteral("customer_email = ?");
        binds << textOrNull(*details.customerEmail);
    }
    binds << orderId;
    if (!execBound(q, QStringLiteral("UPDATE orders SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), binds))
        return sqlError(q, QStringLiteral("Could not update the order"));
    if (!execBound(q,
            QStringLiteral("INSERT INTO status_history (order_id, from_status, to_status, at, source, reason) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            { orderId, toString(from), toString(to), now, textNotNull(details.source), textOrNull(details.reason) }))
        return sqlError(q, QStringLiteral("Could not record the status change"));
    if (auto st = adjustTotals(createdAt, toString(from), currency, -amount, -1); !st)
        return st.error();
    if (auto st = adjustTotals(createdAt, toString(to), currency, amount, 1); !st)
        return st.error();
    QList<qint64> names;
    if (!execBound(q, QStringLiteral("SELECT DISTINCT name_id FROM order_lines WHERE order_id = ?"), { orderId }))
        return sqlError(q, QStringLiteral("Could not read the order lines"));
    while (q.next())
        names.append(q.value(0).toLongLong());
    q.finish();
    if (auto st = adjustProductTotals(names, createdAt, toString(from), currency, -amount, -1); !st)
        return st.error();
    if (auto st = adjustProductTotals(names, createdAt, toString(to), currency, amount, 1); !st)
        return st.error();
    if (emailChanged) {
        if (auto st = reindex(orderId, number, *details.customerEmail); !st)
            return st.error();
    }
    return Applied::Changed;
}

OrderStore::Private::Where OrderStore::Private::where(const HistoryFilter &filter) const
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
        w.conditions << QStringLiteral("o.status IN (%1)").arg(placeholders(filter.statuses.size()));
        for (const OrderStatus s : filter.statuses)
            w.binds << toString(s);
    }
    return w;
}

Result<OrderStore::Private::TextMatch> OrderStore::Private::textMatch(const QString &text) const
{
    TextMatch m;
    m.needle = text.trimmed().toLower();
    m.wholeFieldsOnly = m.needle.size() < kMinContainsLength;
    if (m.wholeFieldsOnly)
        return m;
    QSqlQuery q(db);
    if (!execBound(q,
            QStringLiteral("SELECT id FROM product_names WHERE %1 ORDER BY id")
                .arg(dialect->contains(QStringLiteral("name_lower"))),
            { SqlDialect::containsPattern(m.needle) }))
        return sqlError(q, QStringLiteral("Could not search the product names"));
    while (q.next())
        m.nameIds.append(q.value(0).toLongLong());
    return m;
}

Status OrderStore::Private::addQuery(
    QMap<QString, Aggregate> &into, const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execBound(q, sql, binds))
        return sqlError(q, QStringLiteral("Could not add up the orders"));
    while (q.next()) {
        Aggregate &a = into[q.value(0).toString()];
        a.amount += q.value(1).toLongLong();
        a.orders += q.value(2).toLongLong();
    }
    return {};
}

Status OrderStore::Private::addRaw(QMap<QString, Aggregate> &into, const QList<OrderStatus> &statuses, qint64 fromMs,
    qint64 toMs, const QString &extraCondition) const
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

Status OrderStore::Private::addDays(
    QMap<QString, Aggregate> &into, const HistoryFilter &filter, std::optional<qint64> nameId) const
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
        firstDay = floorDiv(filter.from.toMSecsSinceEpoch() + kDayMs - 1, kDayMs);
    if (filter.to.isValid())
        endDay = floorDiv(filter.to.toMSecsSinceEpoch(), kDayMs);
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
        conditions << QStringLiteral("status IN (%1)").arg(placeholders(filter.statuses.size()));
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
    if (firstDay && filter.from.toMSecsSinceEpoch() < *firstDay * kDayMs) {
        if (auto st = addRaw(into, filter.statuses, filter.from.toMSecsSinceEpoch(), *firstDay * kDayMs, probe); !st)
            return st;
    }
    if (endDay && *endDay * kDayMs < filter.to.toMSecsSinceEpoch()) {
        if (auto st = addRaw(into, filter.statuses, *endDay * kDayMs, filter.to.toMSecsSinceEpoch(), probe); !st)
            return st;
    }
    return {};
}

Result<QMap<QString, Aggregate>> OrderStore::Private::aggregate(const HistoryFilter &filter) const
{
    const QString versionSql = dialect->dataVersionQuery();
    if (versionSql.isEmpty())
        return computeAggregate(filter);
    QSqlQuery q(db);
    if (!q.exec(versionSql) || !q.next())
        return sqlError(q, QStringLiteral("Could not read the database version"));
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (lastAggregate && lastAggregate->dataVersion == version && sameFilter(lastAggregate->filter, filter))
        return lastAggregate->result;
    auto result = computeAggregate(filter);
    if (result)
        lastAggregate = CachedAggregate { filter, version, result.value() };
    return result;
}

Result<QMap<QString, Aggregate>> OrderStore::Private::computeAggregate(const HistoryFilter &filter) const
{
    QMap<QString, Aggregate> result;
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        return result;
    if (filter.text.trimmed().isEmpty()) {
        if (auto st = addDays(result, filter); !st)
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
                            .arg(idList(m.nameIds));
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
    return result;
}

OrderStore::OrderStore()
    : d(std::make_unique<Private>())
{ }

OrderStore::~OrderStore()
{
    d->prepared.clear();
    if (d->db.isValid())
        d->db.close();
    d->db = QSqlDatabase();
    if (!d->connectionName.isEmpty())
        QSqlDatabase::removeDatabase(d->connectionName);
}

Result<std::unique_ptr<OrderStore>> OrderStore::openSqlite(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (dir.isEmpty())
            return makeError(QStringLiteral("no_data_dir"),
                QStringLiteral("There is no writable data folder for the order database."));
        file = dir + QStringLiteral("/orders.sqlite");
    }
    const QFileInfo info(file);
    if (!PrivateFiles::makeDir(info.absolutePath()))
        return makeError(QStringLiteral("cannot_open"),
            QStringLiteral("Could not create the folder %1 for the order database.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));

    std::unique_ptr<OrderStore> store(new OrderStore());
    Private &d = *store->d;
    d.dialect = std::make_unique<SqliteDialect>();
    d.path = info.absoluteFilePath();
    d.connectionName = QStringLiteral("kiosk-order-store-%1").arg(++s_connectionSerial);

    OrderSchema schema(*d.dialect);
    if (auto st = schema.inspectExisting(d.path, d.connectionName + QStringLiteral("-probe")); !st)
        return st.error();
    // E-mails, payment intents and the PIN hash: owner-only. SQLite gives the -wal and -shm it
    // creates the database's mode; older ones are narrowed here too. A file system without modes
    // (or a file owned by someone else) is reported, not fatal: SQLite says if it cannot open it.
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const Status own
            = suffix.isEmpty() ? PrivateFiles::prepare(d.path) : PrivateFiles::restrictIfExists(d.path + suffix);
        if (!own)
            qCWarning(lcStore).noquote() << own.error().message;
    }

    d.db = QSqlDatabase::addDatabase(d.dialect->driverName(), d.connectionName);
    d.db.setDatabaseName(d.path);
    d.db.setConnectOptions(d.dialect->connectOptions());
    if (!d.db.open())
        return makeError(QStringLiteral("cannot_open"),
            QStringLiteral("Could not open the order database %1: %2")
                .arg(QDir::toNativeSeparators(d.path), d.db.lastError().text()));
    for (const QString &statement : d.dialect->sessionSetup()) {
        QSqlQuery q(d.db);
        if (!q.exec(statement))
            return sqlError(q, QStringLiteral("Could not set up the order database"));
    }
    auto version = schema.migrate(d.db);
    if (!version)
        return version.error();
    d.schemaVersion = version.value();
    // Created once, at first start, and kept with the data it tells apart.
    const QString installationKey = QStringLiteral("store.installation_id");
    auto installation = store->value(installationKey);
    if (!installation)
        return installation.error();
    if (installation->isEmpty()) {
        installation = QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (auto st = store->setValue(installationKey, installation.value()); !st)
            return st.error();
    }
    d.installationId = installation.value();
    qCDebug(lcStore) << "order database" << d.path << "schema" << d.schemaVersion;
    return store;
}

QString OrderStore::path() const
{
    return d->path;
}

int OrderStore::schemaVersion() const
{
    return d->schemaVersion;
}

QString OrderStore::installationId() const
{
    return d->installationId;
}

int OrderStore::latestSchemaVersion()
{
    return OrderSchema::latestVersion();
}

void OrderStore::setClock(const Clock &clock)
{
    d->clock = &clock;
}

Result<Order> OrderStore::createOrder(const NewOrder &newOrder)
{
    d->invalidate();
    d->nameIds.clear();
    Order order;
    order.currency = newOrder.currency.trimmed().toUpper();
    if (!validCurrency(order.currency))
        return makeError(QStringLiteral("invalid_currency"),
            QStringLiteral("\"%1\" is not a three-letter currency code.").arg(newOrder.currency));
    order.lines = newOrder.lines;
    auto subtotal = checkLines(order.lines);
    if (!subtotal)
        return subtotal.error();
    order.amountSubtotal = subtotal.value();
    order.amountTotal = subtotal.value();
    order.customerEmail = newOrder.customerEmail.trimmed();
    order.kioskId = newOrder.kioskId.trimmed().isEmpty() ? kDefaultKioskId : newOrder.kioskId.trimmed();
    order.cashier = newOrder.cashier;
    order.status = OrderStatus::Draft;
    order.attempt = 1;
    order.installationId = d->installationId;
    order.createdAt = QDateTime::fromMSecsSinceEpoch(d->nowMs(), Qt::UTC);
    order.updatedAt = order.createdAt;

    WriteTransaction tx(d->db, *d->dialect);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto number = d->nextNumber(order.kioskId);
    if (!number)
        return number.error();
    order.number = number.value();
    if (auto st = d->insertOrder(order); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return order;
}

Result<Order> OrderStore::order(qint64 id) const
{
    auto result = d->loadOrder(QStringLiteral("o.id = ?"), id);
    if (!result && result.error().code == QLatin1String("not_found"))
        return notFound(id);
    return result;
}

Result<Order> OrderStore::orderByNumber(const QString &number) const
{
    auto result = d->loadOrder(QStringLiteral("o.number = ?"), number.trimmed().toUpper());
    if (!result && result.error().code == QLatin1String("not_found"))
        return makeError(QStringLiteral("not_found"), QStringLiteral("There is no order number %1.").arg(number));
    return result;
}

Result<Order> OrderStore::orderBySession(const QString &sessionId) const
{
    if (sessionId.isEmpty())
        return makeError(QStringLiteral("not_found"), QStringLiteral("No checkout session was given."));
    auto result = d->loadOrder(QStringLiteral("o.session_id = ?"), sessionId);
    if (!result && result.error().code == QLatin1String("not_found"))
        return makeError(
            QStringLiteral("not_found"), QStringLiteral("No order belongs to checkout session %1.").arg(sessionId));
    return result;
}

Status OrderStore::setSession(qint64 orderId, const QString &sessionId, const QString &url, const QDateTime &expiresAt)
{
    d->invalidate();
    if (sessionId.isEmpty())
        return makeError(QStringLiteral("invalid_session"), QStringLiteral("The checkout session id is empty."));
    QSqlQuery q(d->db);
    if (!execBound(q,
            QStringLiteral("UPDATE orders SET session_id = ?, session_url = ?, expires_at = ?, updated_at = ? "
                           "WHERE id = ?"),
            { sessionId, textOrNull(url), msOrNull(expiresAt), d->nowMs(), orderId })) {
        QSqlQuery other(d->db);
        if (execBound(other, QStringLiteral("SELECT number FROM orders WHERE session_id = ? AND id <> ?"),
                { sessionId, orderId })
            && other.next())
            return makeError(QStringLiteral("duplicate_session"),
                QStringLiteral("Checkout session %1 already belongs to order %2.")
                    .arg(sessionId, other.value(0).toString()));
        return sqlError(q, QStringLiteral("Could not save the checkout session"));
    }
    if (q.numRowsAffected() == 0)
        return notFound(orderId);
    return {};
}

Result<Order> OrderStore::requestCancel(qint64 orderId)
{
    d->invalidate();
    QSqlQuery q(d->db);
    if (!execBound(q,
            QStringLiteral("UPDATE orders SET cancel_requested_at = ?, updated_at = ? WHERE id = ? AND "
                           "cancel_requested_at IS NULL"),
            { d->nowMs(), d->nowMs(), orderId }))
        return sqlError(q, QStringLiteral("Could not record the cancel request"));
    return order(orderId);
}

Result<Order> OrderStore::transition(qint64 orderId, OrderStatus to, const TransitionDetails &details)
{
    d->invalidate();
    WriteTransaction tx(d->db, *d->dialect);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto applied = d->applyTransition(orderId, to, details);
    if (!applied)
        return applied.error();
    if (applied.value() == Private::Applied::Changed) {
        if (auto st = tx.commit(); !st)
            return st.error();
        Q_EMIT orderChanged(orderId, to);
    }
    return order(orderId);
}

bool OrderStore::hasEvent(const QString &eventId) const
{
    QSqlQuery q(d->db);
    return execBound(q, QStringLiteral("SELECT 1 FROM payment_events WHERE event_id = ?"), { eventId }) && q.next();
}

Result<QList<PaymentEvent>> OrderStore::events(qint64 orderId) const
{
    QSqlQuery q(d->db);
    if (!execBound(q,
            QStringLiteral("SELECT event_id, type, received_at, order_id, payload FROM payment_events WHERE "
                           "order_id = ? ORDER BY received_at, id"),
            { orderId }))
        return sqlError(q, QStringLiteral("Could not read the payment events"));
    QList<PaymentEvent> result;
    while (q.next()) {
        PaymentEvent e;
        e.eventId = q.value(0).toString();
        e.type = q.value(1).toString();
        e.receivedAt = fromMs(q.value(2));
        e.orderId = q.value(3).toLongLong();
        e.payload = q.value(4).toByteArray();
        result.append(e);
    }
    return result;
}

Result<QList<StatusChange>> OrderStore::statusHistory(qint64 orderId) const
{
    QSqlQuery q(d->db);
    if (!execBound(q,
            QStringLiteral("SELECT from_status, to_status, at, source, reason FROM status_history WHERE "
                           "order_id = ? ORDER BY id"),
            { orderId }))
        return sqlError(q, QStringLiteral("Could not read the status history"));
    QList<StatusChange> result;
    while (q.next()) {
        StatusChange c { orderStatusFromString(q.value(0).toString()).value_or(OrderStatus::NeedsReview),
            orderStatusFromString(q.value(1).toString()).value_or(OrderStatus::NeedsReview), fromMs(q.value(2)),
            q.value(3).toString(), q.value(4).toString() };
        result.append(c);
    }
    return result;
}

Result<QList<Order>> OrderStore::ordersWithStatus(const QList<OrderStatus> &statuses) const
{
    QList<Order> result;
    if (statuses.isEmpty())
        return result;
    QVariantList binds;
    for (const OrderStatus s : statuses)
        binds << toString(s);
    QSqlQuery q(d->db);
    if (!execBound(q,
            QStringLiteral("SELECT %1 FROM orders o WHERE o.status IN (%2) ORDER BY o.created_at, o.id")
                .arg(kOrderColumns, placeholders(statuses.size())),
            binds))
        return sqlError(q, QStringLiteral("Could not read the orders"));
    while (q.next())
        result.append(readOrder(q));
    for (Order &o : result) {
        if (auto st = d->loadLines(o); !st)
            return st.error();
    }
    return result;
}

Result<QList<Order>> OrderStore::history(const HistoryFilter &filter, int offset, int limit) const
{
    if (offset < 0 || limit <= 0 || limit > kMaxPageSize)
        return makeError(QStringLiteral("invalid_page"),
            QStringLiteral("A history page needs offset ≥ 0 and 1 to %1 rows.").arg(kMaxPageSize));
    Private::Where w = d->where(filter);
    QString from = QStringLiteral("orders o");
    QVariantList binds;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!filter.text.trimmed().isEmpty()) {
        auto match = d->textMatch(filter.text);
        if (!match)
            return match.error();
        const Private::TextMatch &m = match.value();
        // How many orders could match (term rows plus lines of matching products, capped), and
        // roughly how many orders there are (the highest id).
        QString estimate
            = QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM order_terms t WHERE %1 LIMIT %2))")
                  .arg(m.termCondition())
                  .arg(kMatchCountCap);
        if (!m.nameIds.isEmpty())
            estimate += QStringLiteral(" + (SELECT COUNT(*) FROM (SELECT 1 FROM order_lines WHERE name_id IN (%1) "
                                       "LIMIT %2))")
                            .arg(idList(m.nameIds))
                            .arg(kMatchCountCap);
        estimate += QStringLiteral(", (SELECT MAX(id) FROM orders)");
        if (!execBound(q, estimate, m.termBinds()) || !q.next())
            return sqlError(q, QStringLiteral("Could not search the orders"));
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
                           .arg(idList(m.nameIds));
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
    if (!execBound(q,
            QStringLiteral("SELECT %1 FROM %2%3 ORDER BY o.created_at DESC, o.id DESC LIMIT ? OFFSET ?")
                .arg(kOrderColumns, from, w.sql()),
            binds))
        return sqlError(q, QStringLiteral("Could not read the order history"));
    QList<Order> result;
    while (q.next())
        result.append(readOrder(q));
    return result;
}

Result<qint64> OrderStore::count(const HistoryFilter &filter) const
{
    auto totals = d->aggregate(filter);
    if (!totals)
        return totals.error();
    qint64 n = 0;
    for (const Aggregate &a : totals.value())
        n += a.orders;
    return n;
}

Result<QList<CurrencyTotal>> OrderStore::totals(const HistoryFilter &filter) const
{
    auto totals = d->aggregate(filter);
    if (!totals)
        return totals.error();
    QList<CurrencyTotal> result;
    for (auto it = totals.value().cbegin(); it != totals.value().cend(); ++it) {
        if (it.value().orders > 0)
            result.append(CurrencyTotal { it.key(), it.value().amount, it.value().orders });
    }
    return result;
}

void OrderStore::clearCache()
{
    d->invalidate();
}

Result<QList<qint64>> OrderStore::importOrders(const QList<Order> &orders)
{
    d->invalidate();
    d->nameIds.clear();
    WriteTransaction tx(d->db, *d->dialect);
    if (auto st = tx.begin(); !st)
        return st.error();
    QList<qint64> ids;
    ids.reserve(orders.size());
    const qint64 now = d->nowMs();
    for (const Order &source : orders) {
        Order order = source;
        order.currency = order.currency.toUpper();
        if (!validCurrency(order.currency))
            return makeError(QStringLiteral("invalid_currency"),
                QStringLiteral("\"%1\" is not a three-letter currency code.").arg(source.currency));
        auto subtotal = checkLines(order.lines);
        if (!subtotal)
            return subtotal.error();
        if (subtotal.value() != order.amountSubtotal || order.amountTotal < 0)
            return makeError(QStringLiteral("amount_mismatch"),
                QStringLiteral("The lines of order %1 add up to %2, not %3.")
                    .arg(order.number)
                    .arg(subtotal.value())
                    .arg(order.amountSubtotal));
        if (order.status == OrderStatus::Paid && !order.paidAt.isValid())
            return makeError(QStringLiteral("invalid_order"),
                QStringLiteral("Paid order %1 has no payment time.").arg(order.number));
        if (order.kioskId.isEmpty())
            order.kioskId = kDefaultKioskId;
        if (!order.createdAt.isValid())
            order.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        if (!order.updatedAt.isValid())
            order.updatedAt = order.createdAt;
        if (order.number.isEmpty()) {
            auto number = d->nextNumber(order.kioskId);
            if (!number)
                return number.error();
            order.number = number.value();
        }
        if (auto st = d->insertOrder(order); !st)
            return st.error();
        ids.append(order.id);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return ids;
}

Result<QString> OrderStore::value(const QString &key, const QString &defaultValue) const
{
    QSqlQuery q(d->db);
    if (!execBound(q, QStringLiteral("SELECT value FROM kv WHERE key = ?"), { key }))
        return sqlError(q, QStringLiteral("Could not read setting %1").arg(key));
    return q.next() ? q.value(0).toString() : defaultValue;
}

Status OrderStore::setValue(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return makeError(QStringLiteral("invalid_key"), QStringLiteral("A setting needs a name."));
    QSqlQuery q(d->db);
    if (!execBound(q,
            QStringLiteral("INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                           "excluded.value"),
            { key, textNotNull(value) }))
        return sqlError(q, QStringLiteral("Could not save setting %1").arg(key));
    return {};
}

// ---- group commit of payment events ---------------------------------------------------------

QList<OrderStore::EventWriteResult> OrderStore::recordEvents(const QList<EventWrite> &events)
{
    QList<EventWriteResult> results(events.size());
    if (events.isEmpty())
        return results;
    d->invalidate();
    const auto failAll = [&results](const Error &e) {
        for (EventWriteResult &r : results) {
            r.outcome = e;
            r.changed.reset();
        }
    };
    WriteTransaction tx(d->db, *d->dialect);
    if (auto st = tx.begin(); !st) {
        failAll(st.error());
        return results;
    }
    QSqlQuery &savepoint = d->cached(QStringLiteral("SAVEPOINT kiosk_event"));
    QSqlQuery &release = d->cached(QStringLiteral("RELEASE SAVEPOINT kiosk_event"));
    QSqlQuery &rollbackTo = d->cached(QStringLiteral("ROLLBACK TO SAVEPOINT kiosk_event"));
    QSqlQuery &insert = d->cached(d->dialect->insertOrIgnore(QStringLiteral("payment_events"),
        QStringLiteral("event_id, type, received_at, order_id, payload"), QStringLiteral("?, ?, ?, ?, ?"),
        QStringLiteral("event_id")));
    QSqlQuery &bySession = d->cached(QStringLiteral("SELECT id FROM orders WHERE session_id = ?"));
    QSqlQuery &readById = d->cached(QStringLiteral("SELECT %1 FROM orders o WHERE o.id = ?").arg(kOrderColumns));
    const QDateTime now = d->clock->now();
    QList<std::pair<qint64, OrderStatus>> changes;

    for (qsizetype i = 0; i < events.size(); ++i) {
        const EventWrite &write = events.at(i);
        const PaymentEvent &event = write.event;
        EventWriteResult &result = results[i];
        if (event.eventId.isEmpty()) {
            result.outcome = makeError(QStringLiteral("invalid_event"), QStringLiteral("The payment event has no id."));
            continue;
        }
        if (!savepoint.exec()) {
            result.outcome
                = sqlError(savepoint, QStringLiteral("Could not record payment event %1").arg(event.eventId));
            continue;
        }
        // Undoes everything this event wrote; the batch's other events are untouched.
        const auto undo = [&](const Error &e) {
            result.outcome = e;
            result.changed.reset();
            if (!rollbackTo.exec() || !release.exec())
                qCWarning(lcStore) << "could not roll back event" << event.eventId << ":"
                                   << rollbackTo.lastError().text();
        };
        qint64 orderId = event.orderId;
        if (orderId == 0 && !write.sessionId.isEmpty()) {
            if (!execCached(bySession, { write.sessionId })) {
                undo(sqlError(bySession, QStringLiteral("Could not look up checkout session %1").arg(write.sessionId)));
                continue;
            }
            orderId = bySession.next() ? bySession.value(0).toLongLong() : 0;
            bySession.finish();
        }
        std::optional<Order> order;
        if (orderId != 0) {
            // Without lines: the decision needs status, amount and currency only.
            if (!execCached(readById, { orderId })) {
                undo(sqlError(readById, QStringLiteral("Could not read the order")));
                continue;
            }
            if (!readById.next()) {
                readById.finish();
                undo(notFound(orderId));
                continue;
            }
            order = readOrder(readById);
            readById.finish();
        }
        const QDateTime received = event.receivedAt.isValid() ? event.receivedAt : now;
        if (!execCached(insert,
                { event.eventId, event.type, received.toMSecsSinceEpoch(), orderId == 0 ? nullInt() : QVariant(orderId),
                    event.payload })) {
            undo(sqlError(insert, QStringLiteral("Could not record payment event %1").arg(event.eventId)));
            continue;
        }
        if (insert.numRowsAffected() == 0) {
            // Seen before, possibly earlier in this batch: nothing changes.
            result.outcome = EventOutcome::Duplicate;
            if (!release.exec())
                undo(sqlError(release, QStringLiteral("Could not record payment event %1").arg(event.eventId)));
            continue;
        }
        if (order && write.decide) {
            const Result<std::optional<EventDecision>> decision = write.decide(*order);
            if (!decision) {
                undo(decision.error());
                continue;
            }
            if (const std::optional<EventDecision> &change = decision.value()) {
                auto applied = d->applyTransition(order->id, change->to, change->details);
                if (!applied) {
                    if (applied.error().code != QLatin1String("illegal_transition")) {
                        undo(applied.error());
                        continue;
                    }
                    qCInfo(lcStore) << "event" << event.eventId << "not applied:" << applied.error().message;
                } else if (applied.value() == Private::Applied::Changed) {
                    Result<Order> after = d->loadOrder(QStringLiteral("o.id = ?"), order->id);
                    if (!after) {
                        undo(after.error());
                        continue;
                    }
                    result.changed = std::move(after).value();
                }
            }
        }
        if (!release.exec()) {
            undo(sqlError(release, QStringLiteral("Could not record payment event %1").arg(event.eventId)));
            continue;
        }
        result.outcome = EventOutcome::Applied;
        if (result.changed)
            changes.append({ result.changed->id, result.changed->status });
    }
    if (auto st = tx.commit(); !st) {
        failAll(st.error());
        return results;
    }
    for (const auto &[orderId, status] : changes)
        Q_EMIT orderChanged(orderId, status);
    return results;
}

Result<qint64> OrderStore::orderIdForSession(const QString &sessionId) const
{
    if (sessionId.isEmpty())
        return qint64(0);
    QSqlQuery &q = d->cached(QStringLiteral("SELECT id FROM orders WHERE session_id = ?"));
    if (!execCached(q, { sessionId }))
        return sqlError(q, QStringLiteral("Could not look up checkout session %1").arg(sessionId));
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

} // namespace Kiosk
