// SPDX-License-Identifier: MIT
#pragma once

#include "OrderRefund.h"
#include "Result.h"

#include <QList>

namespace Kiosk {

class Database;

/** A change to one refund record, as RefundDecision decided it. Unset fields stay. */
struct RefundUpdate
{
    std::optional<RefundRecord::Status> status;
    QString stripeRefundId; ///< empty: unchanged
    QString failureReason; ///< empty: unchanged
};

/**
 * The `refunds` table and the order's running `amount_refunded` (the refunds that count: pending
 * and succeeded), kept in step in the same transaction. The refunded total never exceeds the
 * paid total: checked here ("amount_above_remaining", naming both amounts) and refused by the
 * schema's CHECK as well. Functions marked "inside" expect the caller's open write transaction.
 * Same thread as the database.
 */
class RefundTable final
{
public:
    explicit RefundTable(Database &database)
        : m_database(database)
    { }

    /** Inside. Records a refund of the order (status and stripe id as given: pending and empty
     *  before the kiosk's call, Stripe's for one made elsewhere); sets id and times. Refused
     *  ("order_not_paid") unless the order took money (paid, partially_refunded, refunded) or,
     *  for one made elsewhere, whatever its status; "amount_above_remaining" when it would
     *  count above amount_total. */
    Status insert(OrderRefund &refund);
    /** Inside. Applies the update; amount_refunded follows the status. */
    Result<OrderRefund> update(qint64 refundId, const RefundUpdate &update);

    Result<QList<OrderRefund>> forOrder(qint64 orderId) const;
    /** The `tax` column's JSON ([{"rate","amount"}]) as RateAmounts; empty for anything else. */
    [[nodiscard]] static RateAmounts taxFromText(const QString &text);
    Result<OrderRefund> byId(qint64 refundId) const;
    /** Every pending refund, oldest first (recovery on start re-sends them). */
    Result<QList<OrderRefund>> pending() const;

private:
    /** lockSuffix: SqlDialect::lockRows() to lock the rows read until the commit. */
    Result<QList<OrderRefund>> select(
        const QString &whereSql, const QVariantList &binds, const QString &lockSuffix = QString()) const;
    Status adjustOrderTotal(qint64 orderId, qint64 delta);

    Database &m_database;
};

} // namespace Kiosk
