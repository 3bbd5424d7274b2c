// SPDX-License-Identifier: MIT
#pragma once

#include "RefundRecord.h"

#include <QDateTime>
#include <QString>

namespace Kiosk {

/**
 * One refund of an order as the kiosk keeps it: written (pending) before Stripe is asked, settled
 * by the call's answer, webhooks, the events sweep or recovery (RefundDecision says how). `id` is
 * the local id, part of the idempotency key, so a replay after a crash asks Stripe for the same
 * refund. A refund made elsewhere (the Dashboard) is recorded when we learn of it, with no lines
 * and `tax.taxRecorded` false.
 */
struct OrderRefund
{
    qint64 id = 0;
    qint64 orderId = 0;
    qint64 amount = 0; ///< minor units of the order's currency
    QString currency; ///< upper-case ISO code, the order's
    QString reason; ///< requested_by_customer | duplicate | fraudulent, or empty
    RefundRecord::Status status = RefundRecord::Status::Pending;
    QString stripeRefundId; ///< re_…, empty until Stripe answered
    QString failureReason; ///< Stripe's failure_reason when failed
    QList<RefundLine> lines;
    RateAmounts tax;
    bool taxRecorded = true;
    bool madeElsewhere = false; ///< learnt from Stripe, not asked for by this kiosk
    /** "card" (through Stripe) or "cash" (paid out of the till's drawer, no Stripe refund). */
    QString tender = QStringLiteral("card");
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** "pending", "succeeded", "failed", "canceled": the stored and wire form. */
QString toString(RefundRecord::Status status);
std::optional<RefundRecord::Status> refundStatusFromString(QStringView text);

} // namespace Kiosk
