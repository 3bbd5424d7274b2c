// SPDX-License-Identifier: MIT
#include "OrderImport.h"

#include "Database.h"
#include "HistoryIndex.h"
#include "OrderWrites.h"
#include "WriteTransaction.h"

namespace Kiosk {

Result<QList<qint64>> OrderImport::run(const QList<Order> &orders)
{
    m_index.beginWrite();
    WriteTransaction tx(m_database.connection(), m_database.dialect());
    if (auto st = tx.begin(); !st)
        return st.error();
    QList<qint64> ids;
    ids.reserve(orders.size());
    const qint64 now = m_database.nowMs();
    for (const Order &source : orders) {
        Order order = source;
        order.currency = order.currency.toUpper();
        if (!OrderWrites::validCurrency(order.currency))
            return makeError(QStringLiteral("invalid_currency"),
                QStringLiteral("\"%1\" is not a three-letter currency code.").arg(source.currency));
        auto sums = OrderWrites::totals(order.lines);
        if (!sums)
            return sums.error();
        const std::optional<qint64> subtotal = sums->subtotal;
        order.amountTax = sums->tax; // the lines say what tax there was
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
            order.kioskId = OrderWrites::defaultKioskId();
        if (!order.createdAt.isValid())
            order.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        if (!order.updatedAt.isValid())
            order.updatedAt = order.createdAt;
        if (order.number.isEmpty()) {
            auto number = m_writes.nextNumber(order.kioskId);
            if (!number)
                return number.error();
            order.number = number.value();
        }
        if (auto st = m_writes.insertOrder(order); !st)
            return st.error();
        ids.append(order.id);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return ids;
}

} // namespace Kiosk
