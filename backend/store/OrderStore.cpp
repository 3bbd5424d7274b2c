// SPDX-License-Identifier: MIT
#include "OrderStore.h"

#include "CheckoutWrites.h"
#include "Database.h"
#include "EventLog.h"
#include "HistoryIndex.h"
#include "HistoryQuery.h"
#include "KeyValueTable.h"
#include "OrderImport.h"
#include "OrderRows.h"
#include "OrderSchema.h"
#include "OrderWrites.h"
#include "RefundTable.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace Kiosk {

namespace {

const QString kInstallationKey = QStringLiteral("store.installation_id");

} // namespace

struct OrderStore::Private
{
    explicit Private(std::shared_ptr<Database> db)
        : database(std::move(db))
        , state(*database, QStringLiteral("kv"))
        , index(*database)
        , writes(*database, index)
        , query(*database)
        , eventLog(*database, writes)
        , import(*database, index, writes)
        , refunds(*database)
        , checkouts(*database, index, writes, state)
    { }

    std::shared_ptr<Database> database;
    KeyValueTable state;
    HistoryIndex index;
    OrderWrites writes;
    HistoryQuery query;
    EventLog eventLog;
    OrderImport import;
    RefundTable refunds;
    CheckoutWrites checkouts;
    QString installationId;
};

OrderStore::OrderStore() = default;

OrderStore::~OrderStore() = default;

Result<std::unique_ptr<OrderStore>> OrderStore::open(std::shared_ptr<Database> database)
{
    std::unique_ptr<OrderStore> store(new OrderStore());
    store->d = std::make_unique<Private>(std::move(database));
    // Created once, at first start, and kept with the data it tells apart.
    auto installation = store->d->state.value(kInstallationKey);
    if (!installation)
        return installation.error();
    if (installation->isEmpty()) {
        // Replicas starting together on a new database: the first id written wins for all.
        Database &db = *store->d->database;
        QSqlQuery &claim = db.cached(db.dialect().insertOrIgnore(
            QStringLiteral("kv"), QStringLiteral("key, value"), QStringLiteral("?, ?"), QStringLiteral("key")));
        if (!Sql::execPrepared(claim, { kInstallationKey, QUuid::createUuid().toString(QUuid::Id128).left(16) }))
            return Sql::error(claim, QStringLiteral("Could not save the installation id"));
        installation = store->d->state.value(kInstallationKey);
        if (!installation)
            return installation.error();
    }
    store->d->installationId = installation.value();
    return store;
}

Result<std::unique_ptr<OrderStore>> OrderStore::open(const QString &location)
{
    auto database = Database::open(location);
    if (!database)
        return database.error();
    return open(std::move(database).value());
}

Result<std::unique_ptr<OrderStore>> OrderStore::openSqlite(const QString &path)
{
    auto database = Database::openSqlite(path);
    if (!database)
        return database.error();
    return open(std::move(database).value());
}

const std::shared_ptr<Database> &OrderStore::database() const
{
    return d->database;
}

QString OrderStore::path() const
{
    return d->database->location();
}

int OrderStore::schemaVersion() const
{
    return d->database->schemaVersion();
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
    d->database->setClock(clock);
}

Result<Order> OrderStore::createOrder(const NewOrder &newOrder)
{
    d->query.invalidate();
    return d->writes.createOrder(newOrder, d->installationId);
}

Result<Order> OrderStore::recordCashSale(const NewOrder &newOrder, const CashSale &cash, bool *createdOut)
{
    d->query.invalidate();
    bool created = false;
    auto id = d->writes.createCashSale(newOrder, cash, d->installationId, created);
    if (createdOut)
        *createdOut = created;
    if (!id)
        return id.error();
    if (created)
        Q_EMIT orderChanged(id.value(), OrderStatus::Paid);
    return order(id.value());
}

QList<Result<Order>> OrderStore::createOrders(const QList<DraftWrite> &drafts)
{
    d->query.invalidate();
    return d->checkouts.createOrders(drafts, d->installationId);
}

QList<OrderStore::SessionWriteResult> OrderStore::storeSessions(const QList<SessionWrite> &sessions)
{
    d->query.invalidate();
    QList<std::pair<qint64, OrderStatus>> changes;
    QList<SessionWriteResult> results = d->checkouts.storeSessions(sessions, changes);
    for (const auto &[orderId, status] : changes)
        Q_EMIT orderChanged(orderId, status);
    return results;
}

Result<Order> OrderStore::order(qint64 id) const
{
    auto result = OrderRows::load(*d->database, QStringLiteral("o.id = ?"), id);
    if (!result && result.error().code == QLatin1String("not_found"))
        return Sql::notFound(id);
    return result;
}

Result<Order> OrderStore::orderByNumber(const QString &number) const
{
    auto result = OrderRows::load(*d->database, QStringLiteral("o.number = ?"), number.trimmed().toUpper());
    if (!result && result.error().code == QLatin1String("not_found"))
        return makeError(QStringLiteral("not_found"), QStringLiteral("There is no order number %1.").arg(number));
    return result;
}

Result<Order> OrderStore::orderBySession(const QString &sessionId) const
{
    if (sessionId.isEmpty())
        return makeError(QStringLiteral("not_found"), QStringLiteral("No checkout session was given."));
    auto result = OrderRows::load(*d->database, QStringLiteral("o.session_id = ?"), sessionId);
    if (!result && result.error().code == QLatin1String("not_found"))
        return makeError(
            QStringLiteral("not_found"), QStringLiteral("No order belongs to checkout session %1.").arg(sessionId));
    return result;
}

Status OrderStore::setSession(qint64 orderId, const QString &sessionId, const QString &url, const QDateTime &expiresAt)
{
    d->query.invalidate();
    return d->writes.setSession(orderId, sessionId, url, expiresAt);
}

Status OrderStore::setCoupon(qint64 orderId, const QString &couponId)
{
    d->query.invalidate();
    return d->writes.setCoupon(orderId, couponId);
}

Result<Order> OrderStore::requestCancel(qint64 orderId)
{
    d->query.invalidate();
    if (auto st = d->writes.requestCancel(orderId); !st)
        return st.error();
    return order(orderId);
}

Result<Order> OrderStore::transition(qint64 orderId, OrderStatus to, const TransitionDetails &details)
{
    d->query.invalidate();
    auto applied = Sql::retried([&]() -> Result<OrderWrites::Applied> {
        WriteTransaction tx(d->database->connection(), d->database->dialect());
        if (auto st = tx.begin(); !st)
            return st.error();
        auto result = d->writes.applyTransition(orderId, to, details);
        if (!result)
            return result.error();
        if (result.value() == OrderWrites::Applied::Changed) {
            if (auto st = tx.commit(); !st)
                return st.error();
        }
        return result;
    });
    if (!applied)
        return applied.error();
    if (applied.value() == OrderWrites::Applied::Changed)
        Q_EMIT orderChanged(orderId, to);
    return order(orderId);
}

Result<OrderRefund> OrderStore::recordRefund(
    OrderRefund refund, std::optional<OrderStatus> orderTo, const TransitionDetails &details)
{
    d->query.invalidate();
    OrderWrites::Applied applied = OrderWrites::Applied::Unchanged;
    auto recorded = Sql::retried([&]() -> Result<OrderRefund> {
        OrderRefund attempt = refund;
        WriteTransaction tx(d->database->connection(), d->database->dialect());
        if (auto st = tx.begin(); !st)
            return st.error();
        if (auto st = d->refunds.insert(attempt); !st)
            return st.error();
        auto moved = orderTo ? d->writes.applyTransition(attempt.orderId, *orderTo, details)
                             : Result<OrderWrites::Applied>(OrderWrites::Applied::Unchanged);
        if (!moved)
            return moved.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        applied = moved.value();
        return attempt;
    });
    if (recorded && applied == OrderWrites::Applied::Changed)
        Q_EMIT orderChanged(refund.orderId, *orderTo);
    return recorded;
}

Result<OrderRefund> OrderStore::settleRefund(
    qint64 refundId, const RefundUpdate &update, std::optional<OrderStatus> orderTo, const TransitionDetails &details)
{
    d->query.invalidate();
    OrderWrites::Applied applied = OrderWrites::Applied::Unchanged;
    auto settled = Sql::retried([&]() -> Result<OrderRefund> {
        WriteTransaction tx(d->database->connection(), d->database->dialect());
        if (auto st = tx.begin(); !st)
            return st.error();
        Result<OrderRefund> result = d->refunds.update(refundId, update);
        if (!result)
            return result.error();
        auto moved = orderTo ? d->writes.applyTransition(result.value().orderId, *orderTo, details)
                             : Result<OrderWrites::Applied>(OrderWrites::Applied::Unchanged);
        if (!moved)
            return moved.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        applied = moved.value();
        return result;
    });
    if (settled && applied == OrderWrites::Applied::Changed)
        Q_EMIT orderChanged(settled.value().orderId, *orderTo);
    return settled;
}

Result<QList<OrderRefund>> OrderStore::refunds(qint64 orderId) const
{
    return d->refunds.forOrder(orderId);
}

Result<DayRecords> OrderStore::dayRecords(
    const QDateTime &fromUtc, const QDateTime &toUtc, const QString &kioskId) const
{
    return DayRecordsQuery(*d->database).read(fromUtc, toUtc, kioskId);
}

Result<QList<OrderRefund>> OrderStore::pendingRefunds() const
{
    return d->refunds.pending();
}

Status OrderStore::recordRefundInBatch(OrderRefund &refund)
{
    return d->refunds.insert(refund);
}

Result<OrderRefund> OrderStore::settleRefundInBatch(qint64 refundId, const RefundUpdate &update)
{
    return d->refunds.update(refundId, update);
}

bool OrderStore::hasEvent(const QString &eventId) const
{
    return d->eventLog.contains(eventId);
}

Result<QList<PaymentEvent>> OrderStore::events(qint64 orderId) const
{
    return d->eventLog.events(orderId);
}

Result<QList<StatusChange>> OrderStore::statusHistory(qint64 orderId) const
{
    QSqlQuery q(d->database->connection());
    if (!Sql::execBound(q,
            QStringLiteral("SELECT from_status, to_status, at, source, reason FROM status_history WHERE "
                           "order_id = ? ORDER BY id"),
            { orderId }))
        return Sql::error(q, QStringLiteral("Could not read the status history"));
    QList<StatusChange> result;
    while (q.next()) {
        StatusChange c { orderStatusFromString(q.value(0).toString()).value_or(OrderStatus::NeedsReview),
            orderStatusFromString(q.value(1).toString()).value_or(OrderStatus::NeedsReview), Sql::fromMs(q.value(2)),
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
    QSqlQuery q(d->database->connection());
    if (!Sql::execBound(q,
            QStringLiteral("SELECT %1 FROM orders o WHERE o.status IN (%2) ORDER BY o.created_at, o.id")
                .arg(OrderRows::columns(), Sql::placeholders(statuses.size())),
            binds))
        return Sql::error(q, QStringLiteral("Could not read the orders"));
    while (q.next())
        result.append(OrderRows::read(q));
    q.finish();
    for (Order &o : result) {
        if (auto st = OrderRows::loadLines(*d->database, o); !st)
            return st.error();
    }
    return result;
}

Result<QList<Order>> OrderStore::history(const HistoryFilter &filter, int offset, int limit) const
{
    return d->query.history(filter, offset, limit);
}

Status OrderStore::loadLines(QList<Order> &orders) const
{
    return OrderRows::loadLines(*d->database, orders);
}

Result<qint64> OrderStore::count(const HistoryFilter &filter) const
{
    return d->query.count(filter);
}

Result<QList<CurrencyTotal>> OrderStore::totals(const HistoryFilter &filter) const
{
    return d->query.totals(filter);
}

void OrderStore::clearCache()
{
    d->query.invalidate();
}

Result<QList<qint64>> OrderStore::importOrders(const QList<Order> &orders)
{
    d->query.invalidate();
    return d->import.run(orders);
}

Result<QString> OrderStore::value(const QString &key, const QString &defaultValue) const
{
    return d->state.value(key, defaultValue);
}

Status OrderStore::setValue(const QString &key, const QString &value)
{
    return d->state.setValue(key, value);
}

QList<OrderStore::EventWriteResult> OrderStore::recordEvents(const QList<EventWrite> &events)
{
    d->query.invalidate();
    QList<std::pair<qint64, OrderStatus>> changes;
    QList<EventWriteResult> results = d->eventLog.record(events, changes);
    for (const auto &[orderId, status] : changes)
        Q_EMIT orderChanged(orderId, status);
    return results;
}

Result<qint64> OrderStore::orderIdForSession(const QString &sessionId) const
{
    return d->eventLog.orderIdForSession(sessionId);
}

Result<qint64> OrderStore::orderIdForPaymentIntent(const QString &paymentIntent) const
{
    if (paymentIntent.isEmpty())
        return qint64(0);
    QSqlQuery &q = d->database->cached(QStringLiteral("SELECT id FROM orders WHERE payment_intent = ?"));
    if (!Sql::execPrepared(q, { paymentIntent }))
        return Sql::error(q, QStringLiteral("Could not look up payment intent %1").arg(paymentIntent));
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

} // namespace Kiosk
