// SPDX-License-Identifier: MIT
#include "DayRecordsQuery.h"

#include "Database.h"
#include "OrderRefund.h"
#include "RefundTable.h"
#include "Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace Kiosk {

Result<DayRecords> DayRecordsQuery::read(const QDateTime &fromUtc, const QDateTime &toUtc, const QString &kioskId) const
{
    const qint64 fromMs = fromUtc.toMSecsSinceEpoch();
    const qint64 toMs = toUtc.toMSecsSinceEpoch();
    const QString till = kioskId.isEmpty() ? QString() : QStringLiteral(" AND o.kiosk_id = ?");
    QVariantList binds { fromMs, toMs };
    if (!kioskId.isEmpty())
        binds.append(kioskId);
    DayRecords records;
    QHash<QString, qsizetype> taxed; ///< order number → index in records.orders

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!Sql::execBound(q,
            QStringLiteral("SELECT o.number, o.status, o.currency, o.amount_total, o.paid_at, o.session_id, "
                           "o.payment_intent, o.amount_discount, o.tender, o.cash_rounding, o.amount_tax FROM "
                           "orders o WHERE o.paid_at >= ? AND o.paid_at < ?%1 ORDER BY o.paid_at")
                .arg(till),
            binds))
        return Sql::error(q, QStringLiteral("Could not read the day's orders"));
    while (q.next()) {
        ReportOrder o;
        o.orderNumber = q.value(0).toString();
        o.status = q.value(1).toString();
        o.currency = q.value(2).toString();
        o.amountTotal = q.value(3).toLongLong();
        o.paidAt = Sql::fromMs(q.value(4));
        o.stripeSessionId = q.value(5).toString();
        o.paymentIntentId = q.value(6).toString();
        o.amountDiscount = q.value(7).toLongLong(); // schema 10; 0 for orders from before
        o.tender = q.value(8).toString() == QLatin1String("cash") ? Tender::Cash : Tender::Card;
        o.cashRounding = q.value(9).toLongLong();
        if (q.value(10).toLongLong() != 0)
            taxed.insert(o.orderNumber, records.orders.size());
        records.orders.append(std::move(o));
    }
    q.finish();
    // Tax per rate of the taxed orders: one grouped read over their lines (same index range).
    if (!taxed.isEmpty()) {
        if (!Sql::execBound(q,
                QStringLiteral("SELECT o.number, l.tax_rate, SUM(l.amount_tax) FROM orders o "
                               "JOIN order_lines l ON l.order_id = o.id WHERE o.paid_at >= ? AND o.paid_at < ?%1 "
                               "AND o.amount_tax <> 0 AND l.tax_rate IS NOT NULL GROUP BY o.number, l.tax_rate "
                               "ORDER BY o.number, l.tax_rate")
                    .arg(till),
                binds))
            return Sql::error(q, QStringLiteral("Could not read the day's tax"));
        while (q.next()) {
            const auto at = taxed.constFind(q.value(0).toString());
            if (at != taxed.constEnd())
                records.orders[*at].tax.append({ q.value(1).toString(), q.value(2).toLongLong() });
        }
        q.finish();
    }

    if (!Sql::execBound(q,
            QStringLiteral("SELECT o.number, r.currency, r.amount, r.status, r.created_at, r.tax, r.stripe_refund_id, "
                           "r.tender FROM refunds r JOIN orders o ON o.id = r.order_id "
                           "WHERE r.created_at >= ? AND r.created_at < ?%1 ORDER BY r.created_at, r.id")
                .arg(till),
            binds))
        return Sql::error(q, QStringLiteral("Could not read the day's refunds"));
    while (q.next()) {
        ReportRefund r;
        r.orderNumber = q.value(0).toString();
        r.currency = q.value(1).toString();
        r.amount = q.value(2).toLongLong();
        r.status = refundStatusFromString(q.value(3).toString()).value_or(RefundRecord::Status::Pending);
        r.created = Sql::fromMs(q.value(4));
        r.tax = RefundTable::taxFromText(q.value(5).toString());
        r.stripeRefundId = q.value(6).toString();
        r.tender = q.value(7).toString() == QLatin1String("cash") ? Tender::Cash : Tender::Card;
        records.refunds.append(std::move(r));
    }
    return records;
}

} // namespace Kiosk
