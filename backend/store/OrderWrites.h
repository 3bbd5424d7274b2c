// SPDX-License-Identifier: MIT
#pragma once

#include "OrderStore.h"

namespace Kiosk {

class Database;
class HistoryIndex;

/**
 * Every write to an order: creating one (numbered per kiosk id), inserting a complete one,
 * status transitions through OrderStateMachine with their history entry, the Checkout Session
 * and the cancel request. Keeps HistoryIndex in step in the same transaction. Functions marked
 * "inside" expect the caller's open write transaction; the others open their own. Does not own
 * the database or index. Same thread as them.
 */
class OrderWrites final
{
public:
    OrderWrites(Database &database, HistoryIndex &index)
        : m_database(database)
        , m_index(index)
    { }

    Result<Order> createOrder(const OrderStore::NewOrder &newOrder, const QString &installationId);
    /** The draft createOrder() would insert, checked and totalled, not yet numbered or stored. */
    [[nodiscard]] Result<Order> newDraft(const OrderStore::NewOrder &newOrder, const QString &installationId) const;
    /** A paid cash order in one transaction (OrderStore::recordCashSale()); `created` false when
     *  the request id had made it already. Returns its id. */
    Result<qint64> createCashSale(const OrderStore::NewOrder &newOrder, const OrderStore::CashSale &cash,
        const QString &installationId, bool &created);
    /** Inside. Numbers a newDraft() and inserts it; sets order.number and order.id. */
    Status insertDraft(Order &order);
    Status setSession(qint64 orderId, const QString &sessionId, const QString &url, const QDateTime &expiresAt);
    /** Sets cancel_requested_at unless already set. */
    /** Stores the Stripe coupon of an order with a discount; the same id again is a no-op,
     *  another one "coupon_mismatch". */
    Status setCoupon(qint64 orderId, const QString &couponId);
    Status requestCancel(qint64 orderId);

    enum class Applied { Unchanged, Changed };
    /** Inside. Moving to the current status is Unchanged; an illegal move "illegal_transition". */
    Result<Applied> applyTransition(qint64 orderId, OrderStatus to, const TransitionDetails &details);
    /** Inside. A fresh order number for kioskId, unique among the stored ones. */
    Result<QString> nextNumber(const QString &kioskId);
    /** Inside. Inserts a complete order with its lines and index rows; sets order.id. */
    Status insertOrder(Order &order);

    [[nodiscard]] static bool validCurrency(const QString &currency);
    /** Checks lines and fills in line totals; returns the subtotal. */
    static Result<qint64> checkLines(QList<OrderLine> &lines);
    struct Totals
    {
        qint64 subtotal = 0;
        qint64 total = 0; ///< subtotal plus exclusive tax
        qint64 tax = 0; ///< inclusive and exclusive
        qint64 discount = 0; ///< the lines' shares of the basket discount, already off `total`
    };
    /** checkLines() and the order's totals from the lines' tax and discount shares. */
    static Result<Totals> totals(QList<OrderLine> &lines);
    [[nodiscard]] static const QString &defaultKioskId();

private:
    Database &m_database;
    HistoryIndex &m_index;
};

} // namespace Kiosk
