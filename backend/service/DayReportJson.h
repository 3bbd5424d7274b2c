// SPDX-License-Identifier: MIT
#pragma once

#include "ReconciledDayReport.h"
#include "Result.h"

#include <QByteArray>

namespace Kiosk {

/**
 * The day report's JSON, as GET /api/reports/day answers and as a close freezes it:
 *   {"date","kiosk","from","to","closed": false|number,"closed_at","corrects","cash_counted",
 *    "stripe_error","reports":[{"date","currency","sales_count","gross","discounts",
 *    "tax":[{"rate","amount"}],"refunds","net","tenders":{"card","cash"},"cash_expected",
 *    "pending_refunds","needs_review":{"count","amount"},"stripe":{"gross","refunds","fees","net",
 *    "matched_payments","matched_refunds"}|null,"discrepancies":[{"kind","order_number",
 *    "stripe_id","amount","local_amount","stripe_amount"}],"closed"}]}
 * One object per currency of the day (here or at Stripe), currencies lower case as Stripe writes
 * them, amounts integer minor units. fromJson() reads it back (a frozen report).
 */
struct DayReportJson
{
    static QByteArray toJson(const ReconciledDayReport &report);
    /** "invalid_report" when the text is not such an object. */
    static Result<ReconciledDayReport> fromJson(const QByteArray &json);
};

} // namespace Kiosk
