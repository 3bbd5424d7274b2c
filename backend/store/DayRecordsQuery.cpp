// SPDX-License-Identifier: MIT
#include "DayRecordsQuery.h"

#include "Database.h"
#include "OrderRefund.h"
#include "RefundTable.h"
#include "Sql.h"

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

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!Sql::execBound(q,
            QStringLiteral("SELECT o.number, o.status, o.currency, o.amount_total, o.paid_at, o.session_id, "
                           "o.payment_intent, o.amount_discount FROM orders o WHERE o.paid_at >= ? AND o.paid_at < "
                           "?%1 ORDER BY o.paid_at")
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
        records.orders.append(std::move(o));
    }
    q.finish();

    if (!Sql::execBound(q,
            QStringLiteral("SELECT o.number, r.currency, r.amount, r.status, r.created_at, r.tax, r.stripe_refund_id "
                           "FROM refunds r JOIN orders o ON o.id = r.order_id "
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
        records.refunds.append(std::move(r));
    }
    return records;
}

} // namespace Kiosk
