// SPDX-License-Identifier: MIT
#pragma once

#include "BusinessDayCalendar.h"
#include "SalesRecords.h"

namespace Kiosk {

/** One currency's figures of a business day. */
struct CurrencyDayTotals
{
    QString currency;
    int salesCount = 0;
    qint64 gross = 0; ///< sum of amount_total of the day's sales (tax included, after discounts)
    qint64 discounts = 0; ///< sum of their discounts (already taken off gross)
    qint64 refunds = 0; ///< succeeded refunds created in the day, whatever day the sale was
    qint64 net = 0; ///< gross - refunds
    RateAmounts salesTax; ///< per rate, on the day's sales
    RateAmounts refundedTax; ///< per rate, given back by the day's refunds
    RateAmounts tax; ///< salesTax - refundedTax: the tax in `net`
    qint64 card = 0; ///< net by tender: card sales - card refunds
    qint64 cash = 0; ///< cash sales - cash refunds
    int refundsCount = 0;
    qint64 pendingRefunds = 0; ///< created in the day, not settled yet (not in `refunds`)
    int needsReviewCount = 0; ///< orders of the day in needs_review: not in the figures, shown apart
    qint64 needsReviewAmount = 0;
};

/**
 * The figures of one business day, per currency (alphabetical): sales are orders that took money
 * (paid, partially_refunded, refunded) with paidAt in [fromUtc, toUtc); refunds are succeeded
 * refunds created in it. Per-rate lists are sorted by rate id. Pure; the caller picks the till's
 * or the shop's records. Errors: "unknown_currency", "invalid_amount" (a negative amount),
 * "amount_too_large" (a sum beyond int64).
 */
struct DayReport
{
    QDate date;
    QDateTime fromUtc;
    QDateTime toUtc;
    QList<CurrencyDayTotals> currencies;

    static Result<DayReport> aggregate(
        const BusinessDayInterval &day, const QList<ReportOrder> &orders, const QList<ReportRefund> &refunds);
};

} // namespace Kiosk
