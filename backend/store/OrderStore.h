// SPDX-License-Identifier: MIT
#pragma once

#include "DayRecordsQuery.h"
#include "HistoryFilter.h"
#include "Order.h"
#include "OrderRefund.h"
#include "RefundTable.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Kiosk {

class Clock;
class Database;

/** What to change along with a status transition. Unset fields stay as they are. */
struct TransitionDetails
{
    QString source;
    QString reason;
    std::optional<QDateTime> paidAt;
    std::optional<QString> paymentIntent;
    std::optional<QString> customerEmail;
};

/**
 * Durable store of orders, their lines, status history and the Stripe event log, in a Database
 * (SQLite by default: WAL, foreign keys, busy timeout; dialect differences in SqlDialect). The
 * façade over its parts: OrderWrites (creation, transitions), HistoryIndex (the denormalised
 * totals and search terms), HistoryQuery (history pages, count, totals), EventLog (Stripe events,
 * exactly once), OrderImport (bulk insert) and a KeyValueTable of its own state. Settings such as
 * the PIN are not here (SettingsStore). Every mutation is one transaction; a process killed
 * mid-write leaves the database consistent. Not thread-safe: use from the thread that opened it.
 * Errors come back as Result; nothing throws.
 */
class OrderStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderStore)

public:
    ~OrderStore() override;

    /** The order store in an open database (which it shares with whoever else holds it). */
    static Result<std::unique_ptr<OrderStore>> open(std::shared_ptr<Database> database);
    /** Database::open(location) (a postgresql:// URL or an SQLite file), then open(). */
    static Result<std::unique_ptr<OrderStore>> open(const QString &location);
    /** Database::openSqlite(path), then open(). */
    static Result<std::unique_ptr<OrderStore>> openSqlite(const QString &path = QString());
    [[nodiscard]] const std::shared_ptr<Database> &database() const;
    /** The database's location (the SQLite file, or the URL without its password). */
    [[nodiscard]] QString path() const;
    [[nodiscard]] int schemaVersion() const;
    /** Random, made at the first start and kept in the database: tells this installation's
     *  orders (and Stripe sessions, through idempotency keys and metadata) from another's. */
    [[nodiscard]] QString installationId() const;
    /** The newest schema this build knows; a database with a newer one is refused. */
    [[nodiscard]] static int latestSchemaVersion();
    /** Where "now" comes from for created_at, updated_at, paid_at, history (default: the system
     *  clock). The clock must outlive the store. */
    void setClock(const Clock &clock);

    struct NewOrder
    {
        QString currency;
        QList<OrderLine> lines;
        QString customerEmail;
        QString kioskId;
        QString cashier;
        /** The basket discount: Order::kDiscountPercentOff or kDiscountAmountOff with its value
         *  ("12.5", "250"), or empty; the lines carry their shares (OrderLine::amountDiscount). */
        QString discountKind {};
        QString discountValue {};
    };
    /** Creates a draft order with a fresh order number; totals computed from the lines. */
    Result<Order> createOrder(const NewOrder &order);

    /** A cash payment at a staffed till (CashTender::settle()'s figures). */
    struct CashSale
    {
        qint64 tendered = 0;
        qint64 change = 0;
        qint64 rounding = 0; ///< rounded due - total
        /** One per confirmed payment: the same id again returns the order it made. */
        QString requestId;
    };
    /**
     * Records a cash sale in ONE transaction: the order with its lines, tender "cash" and the
     * cash figures, moved draft → awaiting_payment → paid (source "cash", paid_at now). A request
     * id already used returns that order and writes nothing ("request_reused" if its total
     * differs). Emits orderChanged for a new order; `created` (optional) says whether it is one.
     */
    Result<Order> recordCashSale(const NewOrder &order, const CashSale &cash, bool *created = nullptr);
    /** One order of a createOrders() batch. */
    struct DraftWrite
    {
        NewOrder order;
        /** Entries of the store's own state (value()) written with the order, from it as
         *  numbered and stored (its id): the checkout request's fixed parameters. */
        std::function<QList<std::pair<QString, QString>>(const Order &)> values;
    };
    /**
     * createOrder() for several orders in ONE transaction (one fsync), each order with its
     * values() in its own savepoint: a refused one changes nothing and the others are still
     * created. Results in input order, durable on return; a failed commit fails every one.
     */
    QList<Result<Order>> createOrders(const QList<DraftWrite> &drafts);

    /** One order of a storeSessions() batch: the Checkout Session Stripe made for it. */
    struct SessionWrite
    {
        qint64 orderId = 0;
        QString sessionId;
        QString url;
        QDateTime expiresAt;
        TransitionDetails details; ///< of its move draft → awaiting_payment
    };
    struct SessionWriteResult
    {
        Result<Order> order = makeError(QStringLiteral("not_run"), QStringLiteral("Not stored."));
        bool movedToAwaiting = false; ///< this write moved it from draft to awaiting_payment
    };
    /**
     * setSession() and, for an order still a draft (a webhook or recovery may have moved it
     * already), its move to awaiting_payment, for several orders in ONE transaction (one fsync),
     * each in its own savepoint. Each order as stored afterwards, with its lines, in input order,
     * durable on return. Emits orderChanged after the commit.
     */
    QList<SessionWriteResult> storeSessions(const QList<SessionWrite> &sessions);

    Result<Order> order(qint64 id) const;
    Result<Order> orderByNumber(const QString &number) const;
    /** "not_found" error when no order has this session. */
    Result<Order> orderBySession(const QString &sessionId) const;

    /** Stores the Stripe session of an order (id, hosted url, expiry). */
    Status setSession(qint64 orderId, const QString &sessionId, const QString &url, const QDateTime &expiresAt);
    /** Stores the Stripe coupon its discount was sent as (once; the same id again is a no-op). */
    Status setCoupon(qint64 orderId, const QString &couponId);
    /** Records, durably, that the order is to be cancelled (the first request's time is kept)
     *  and returns it. The status does not change here: PaymentCoordinator settles it. */
    Result<Order> requestCancel(qint64 orderId);
    /**
     * Moves an order to a new status through OrderStateMachine, in one transaction with the
     * history entry. Moving to the status it already has is a no-op success (idempotent);
     * an illegal move is an "illegal_transition" error and changes nothing.
     * Returns the order as stored afterwards.
     */
    Result<Order> transition(qint64 orderId, OrderStatus to, const TransitionDetails &details = {});

    /**
     * Refunds. recordRefund() writes one (pending before the kiosk calls Stripe; as Stripe says
     * for one made elsewhere) and settleRefund() applies what Stripe answered; each in ONE
     * transaction with the order's move to `orderTo` (RefundDecision's), if any. The refunded
     * total never exceeds the paid total ("amount_above_remaining"; the schema refuses it too);
     * a refund of an order that took no money is "order_not_paid". Both emit orderChanged
     * after a committed status change.
     */
    Result<OrderRefund> recordRefund(
        OrderRefund refund, std::optional<OrderStatus> orderTo = std::nullopt, const TransitionDetails &details = {});
    Result<OrderRefund> settleRefund(qint64 refundId, const RefundUpdate &update,
        std::optional<OrderStatus> orderTo = std::nullopt, const TransitionDetails &details = {});
    Result<QList<OrderRefund>> refunds(qint64 orderId) const;
    /** Pending refunds of every order, oldest first: recovery re-sends them with their key. */
    Result<QList<OrderRefund>> pendingRefunds() const;
    /** The same writes, from a recordEvents() decide callback only (inside its savepoint; the
     *  order's move is the callback's EventDecision). */
    Status recordRefundInBatch(OrderRefund &refund);
    Result<OrderRefund> settleRefundInBatch(qint64 refundId, const RefundUpdate &update);

    enum class EventOutcome { Applied, Duplicate };
    [[nodiscard]] bool hasEvent(const QString &eventId) const;
    Result<QList<PaymentEvent>> events(qint64 orderId) const;
    Result<QList<StatusChange>> statusHistory(qint64 orderId) const;

    /** Orders in any of the given statuses, oldest first (recovery on start). */
    Result<QList<Order>> ordersWithStatus(const QList<OrderStatus> &statuses) const;

    /** Newest first, without lines (fast); offset/limit paging. count() and totals() are exact
     *  for every filter (an order with two matching products counts once). */
    Result<QList<Order>> history(const HistoryFilter &filter, int offset, int limit) const;
    /** Fills in the lines of orders read without them (a history page), in one query. */
    Status loadLines(QList<Order> &orders) const;
    Result<qint64> count(const HistoryFilter &filter) const;
    Result<QList<CurrencyTotal>> totals(const HistoryFilter &filter) const;
    /** The orders paid and the refunds created in [fromUtc, toUtc), of one till (kioskId) or
     *  all (empty): what the day report adds up (DayRecordsQuery: one index range per kind). */
    Result<DayRecords> dayRecords(const QDateTime &fromUtc, const QDateTime &toUtc, const QString &kioskId = {}) const;
    /** totals() and count() of the same filter share one computation until the data changes;
     *  this forgets it (benchmarks measure the uncached cost with it). */
    void clearCache();

    /**
     * Bulk insert of complete orders (demo data, imports, benchmarks) in ONE transaction with
     * prepared statements: all or nothing. Each order keeps its status, times and amounts; an
     * empty number gets a generated one; lines must add up to amountSubtotal and a paid order
     * needs paidAt. No status history is written for imported orders. Returns the new ids.
     */
    Result<QList<qint64>> importOrders(const QList<Order> &orders);

    /** The payment flow's own state, kept with the orders it describes: the events sweep's cursor,
     *  each order's checkout parameters. Settings belong in SettingsStore. */
    Result<QString> value(const QString &key, const QString &defaultValue = QString()) const;
    Status setValue(const QString &key, const QString &value);

    /** A status change decided for one event of a recordEvents() batch. */
    struct EventDecision
    {
        OrderStatus to;
        TransitionDetails details;
    };
    /** One event of a recordEvents() batch. */
    struct EventWrite
    {
        PaymentEvent event; ///< orderId 0: the event belongs to no order (or see sessionId)
        /** With orderId 0: the order holding this Checkout Session, looked up inside the
         *  transaction (cheaper than orderIdForSession() beforehand); none is not an error. */
        QString sessionId;
        /**
         * Decides the status change inside the batch's transaction, given the order as it stands
         * after the batch's earlier events (without its lines); not called for duplicates or events
         * without an order. nullopt: no change. An error rolls this event back (not recorded).
         */
        std::function<Result<std::optional<EventDecision>>(const Order &)> decide;
    };
    struct EventWriteResult
    {
        Result<EventOutcome> outcome = makeError(QStringLiteral("not_run"), QStringLiteral("Not recorded."));
        std::optional<Order> changed; ///< the order right after this event changed its status
    };
    /**
     * Records Stripe events (webhooks, the events sweep) in ONE transaction: every event (and the status change its
     * decide() returns) in ONE transaction, each event inside its own savepoint so a failing event is rolled back alone
     * and the others still commit. A duplicate id (also within the batch) is Duplicate and changes nothing; an illegal
     * transition keeps the event and leaves the order as it is. Results are in input order and are final only once this
     * returns: if the commit itself fails, every event carries that error. One fsync for the whole batch.
     */
    QList<EventWriteResult> recordEvents(const QList<EventWrite> &events);
    /** The id of the order holding this Checkout Session, 0 if none. One prepared statement,
     *  for the webhook hot path (orderBySession() also reads the lines). */
    Result<qint64> orderIdForSession(const QString &sessionId) const;
    /** The id of the order paid through this PaymentIntent, 0 if none (refund events name only
     *  the payment intent). */
    Result<qint64> orderIdForPaymentIntent(const QString &paymentIntent) const;

Q_SIGNALS:
    /** Emitted after a committed status change. */
    void orderChanged(qint64 orderId, Kiosk::OrderStatus status);

private:
    OrderStore();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kiosk
