// SPDX-License-Identifier: MIT
#include "RefundTable.h"

#include "Database.h"
#include "Money.h"
#include "Order.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Kiosk {

namespace {

const QString kColumns = QStringLiteral("id, order_id, amount, currency, reason, status, stripe_refund_id, "
                                        "failure_reason, lines, tax, tax_recorded, made_elsewhere, created_at, "
                                        "updated_at, tender");

bool counts(RefundRecord::Status s)
{
    return s == RefundRecord::Status::Pending || s == RefundRecord::Status::Succeeded;
}

QString amountText(qint64 minor, const QString &currency)
{
    const Result<Money> money = Money::fromMinor(minor, currency);
    return (money ? money.value().toDecimalString() : QString::number(minor)) + QLatin1Char(' ') + currency;
}

QString linesText(const QList<RefundLine> &lines)
{
    QJsonArray array;
    for (const RefundLine &l : lines)
        array.append(QJsonObject { { QStringLiteral("line"), l.line }, { QStringLiteral("quantity"), l.quantity },
            { QStringLiteral("amount"), l.amount } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString taxText(const RateAmounts &tax)
{
    QJsonArray array;
    for (const RateAmount &t : tax)
        array.append(QJsonObject { { QStringLiteral("rate"), t.rate }, { QStringLiteral("amount"), t.amount } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

OrderRefund readRefund(const QSqlQuery &q)
{
    OrderRefund r;
    r.id = q.value(0).toLongLong();
    r.orderId = q.value(1).toLongLong();
    r.amount = q.value(2).toLongLong();
    r.currency = q.value(3).toString();
    r.reason = q.value(4).toString();
    r.status = refundStatusFromString(q.value(5).toString()).value_or(RefundRecord::Status::Pending);
    r.stripeRefundId = q.value(6).toString();
    r.failureReason = q.value(7).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        r.lines.append({ o.value(QStringLiteral("line")).toInt(), o.value(QStringLiteral("quantity")).toInteger(),
            o.value(QStringLiteral("amount")).toInteger() });
    }
    r.tax = RefundTable::taxFromText(q.value(9).toString());
    r.taxRecorded = q.value(10).toLongLong() != 0;
    r.madeElsewhere = q.value(11).toLongLong() != 0;
    r.createdAt = Sql::fromMs(q.value(12));
    r.updatedAt = Sql::fromMs(q.value(13));
    if (!q.value(14).isNull())
        r.tender = q.value(14).toString();
    return r;
}

} // namespace

Status RefundTable::insert(OrderRefund &refund)
{
    QSqlQuery q(m_database.connection());
    if (!Sql::execBound(q,
            // Locked until the commit: another server refunding the same order waits, then reads
            // the total this refund leaves.
            QStringLiteral("SELECT status, currency, amount_total, amount_refunded FROM orders WHERE id = ?%1")
                .arg(m_database.dialect().lockRows()),
            { refund.orderId }))
        return Sql::error(q, QStringLiteral("Could not read the order"));
    if (!q.next())
        return Sql::notFound(refund.orderId);
    const auto status = orderStatusFromString(q.value(0).toString());
    const QString currency = q.value(1).toString();
    const qint64 total = q.value(2).toLongLong();
    const qint64 refunded = q.value(3).toLongLong();
    q.finish();
    const bool tookMoney
        = status == OrderStatus::Paid || status == OrderStatus::PartiallyRefunded || status == OrderStatus::Refunded;
    if (!refund.madeElsewhere && !tookMoney)
        return makeError(QStringLiteral("order_not_paid"),
            QStringLiteral("Order %1 is %2; only a paid order can be refunded.")
                .arg(refund.orderId)
                .arg(status ? toString(*status) : QStringLiteral("unknown")));
    if (refund.amount <= 0)
        return makeError(QStringLiteral("invalid_amount"), QStringLiteral("A refund must be more than zero."));
    if (counts(refund.status) && refunded + refund.amount > total)
        return makeError(QStringLiteral("amount_above_remaining"),
            QStringLiteral("A refund of %1 is more than the %2 left on the order.")
                .arg(amountText(refund.amount, currency), amountText(total - refunded, currency)));
    const qint64 now = m_database.nowMs();
    refund.currency = currency;
    if (!Sql::execBound(q,
            QStringLiteral("INSERT INTO refunds (order_id, amount, currency, reason, status, stripe_refund_id, "
                           "failure_reason, lines, tax, tax_recorded, made_elsewhere, created_at, updated_at, tender) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { refund.orderId, refund.amount, currency, Sql::textOrNull(refund.reason), toString(refund.status),
                Sql::textOrNull(refund.stripeRefundId), Sql::textOrNull(refund.failureReason), linesText(refund.lines),
                taxText(refund.tax), refund.taxRecorded ? 1 : 0, refund.madeElsewhere ? 1 : 0, now, now,
                refund.tender == QLatin1String("cash") ? QStringLiteral("cash") : QStringLiteral("card") }))
        return Sql::error(q, QStringLiteral("Could not record the refund"));
    refund.id = q.lastInsertId().toLongLong();
    refund.createdAt = refund.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (counts(refund.status))
        return adjustOrderTotal(refund.orderId, refund.amount);
    return {};
}

Result<OrderRefund> RefundTable::update(qint64 refundId, const RefundUpdate &change)
{
    // Locked: two servers settling the same refund must not both move the order's total.
    Result<QList<OrderRefund>> locked = select(QStringLiteral("id = ?"), { refundId }, m_database.dialect().lockRows());
    if (!locked)
        return locked.error();
    if (locked.value().isEmpty())
        return makeError(QStringLiteral("not_found"), QStringLiteral("There is no refund %1.").arg(refundId));
    Result<OrderRefund> current = locked.value().constFirst();
    if (!current)
        return current.error();
    OrderRefund r = current.value();
    const bool countedBefore = counts(r.status);
    if (change.status)
        r.status = *change.status;
    if (!change.stripeRefundId.isEmpty())
        r.stripeRefundId = change.stripeRefundId;
    if (!change.failureReason.isEmpty())
        r.failureReason = change.failureReason;
    const qint64 now = m_database.nowMs();
    QSqlQuery q(m_database.connection());
    if (!Sql::execBound(q,
            QStringLiteral("UPDATE refunds SET status = ?, stripe_refund_id = ?, failure_reason = ?, updated_at = ? "
                           "WHERE id = ?"),
            { toString(r.status), Sql::textOrNull(r.stripeRefundId), Sql::textOrNull(r.failureReason), now, refundId }))
        return Sql::error(q, QStringLiteral("Could not update the refund"));
    r.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const bool countedAfter = counts(r.status);
    if (countedBefore != countedAfter) {
        if (auto st = adjustOrderTotal(r.orderId, countedAfter ? r.amount : -r.amount); !st)
            return st.error();
    }
    return r;
}

Status RefundTable::adjustOrderTotal(qint64 orderId, qint64 delta)
{
    QSqlQuery q(m_database.connection());
    // The schema's CHECK (amount_refunded <= amount_total) refuses what the code above missed.
    if (!Sql::execBound(q, QStringLiteral("UPDATE orders SET amount_refunded = amount_refunded + ? WHERE id = ?"),
            { delta, orderId }))
        return Sql::error(q, QStringLiteral("Could not update the refunded total"));
    return {};
}

Result<QList<OrderRefund>> RefundTable::select(
    const QString &whereSql, const QVariantList &binds, const QString &lockSuffix) const
{
    QSqlQuery q(m_database.connection());
    if (!Sql::execBound(q,
            QStringLiteral("SELECT %1 FROM refunds WHERE %2 ORDER BY id%3").arg(kColumns, whereSql, lockSuffix), binds))
        return Sql::error(q, QStringLiteral("Could not read the refunds"));
    QList<OrderRefund> result;
    while (q.next())
        result.append(readRefund(q));
    return result;
}

RateAmounts RefundTable::taxFromText(const QString &text)
{
    RateAmounts tax;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        tax.append({ o.value(QStringLiteral("rate")).toString(), o.value(QStringLiteral("amount")).toInteger() });
    }
    return tax;
}

Result<QList<OrderRefund>> RefundTable::forOrder(qint64 orderId) const
{
    return select(QStringLiteral("order_id = ?"), { orderId });
}

Result<OrderRefund> RefundTable::byId(qint64 refundId) const
{
    Result<QList<OrderRefund>> rows = select(QStringLiteral("id = ?"), { refundId });
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return makeError(QStringLiteral("not_found"), QStringLiteral("There is no refund %1.").arg(refundId));
    return rows.value().constFirst();
}

Result<QList<OrderRefund>> RefundTable::pending() const
{
    return select(QStringLiteral("status = 'pending'"), {});
}

} // namespace Kiosk
