// SPDX-License-Identifier: MIT
#pragma once

#include "RateAmount.h"
#include "RefundRecord.h"

#include <QDateTime>

namespace Kiosk {

/** How an order was paid. */
enum class Tender { Card, Cash };

/**
 * A local order as the day report and the reconciliation read it: plain values, copied from the
 * store by the caller (the functions here never touch it). `status` is the store's status name
 * ("paid", "partially_refunded", "refunded", "needs_review", ...).
 */
struct ReportOrder
{
    QString orderNumber;
    QString status;
    Tender tender = Tender::Card;
    QString currency; ///< ISO code, "EUR"
    qint64 amountTotal = 0;
    qint64 amountDiscount = 0;
    RateAmounts tax;
    QDateTime paidAt;
    QString stripeSessionId; ///< cs_…, card orders
    QString paymentIntentId; ///< pi_…, when known
    qint64 cashRounding = 0; ///< cash orders: what the drawer took minus amountTotal (CashTender)

    /** paid, partially_refunded and refunded orders took money. */
    [[nodiscard]] bool tookMoney() const
    {
        return status == QLatin1String("paid") || status == QLatin1String("partially_refunded")
            || status == QLatin1String("refunded");
    }
};

/** A local refund record, as the day report and the reconciliation read it. */
struct ReportRefund
{
    QString orderNumber;
    QString currency;
    Tender tender = Tender::Card;
    qint64 amount = 0;
    RefundRecord::Status status = RefundRecord::Status::Pending;
    QDateTime created;
    RateAmounts tax;
    QString stripeRefundId; ///< re_…, once Stripe answered (card refunds)
};

} // namespace Kiosk
