// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"
#include "SalesRecords.h"

#include <QDateTime>

namespace Kiosk {

class Database;

/** One period's local records, as DayReport and StripeReconciliation read them. */
struct DayRecords
{
    QList<ReportOrder> orders; ///< paid_at in the period, any status (the report picks)
    QList<ReportRefund> refunds; ///< created_at in the period, whatever day the order was
};

/**
 * Reads a period's orders (by paid_at) and refunds (by created_at) for the day report: one
 * query per kind, each an index range (orders_paid, refunds_created; schema 6), optionally of
 * one till (the order's kiosk_id). Orders carry their discount (schema 10), their tender
 * (schema 11) and their tax per rate (the lines' tax, summed per rate in one grouped read).
 * Refunds carry their tender and tax.
 * Same thread as the database.
 */
class DayRecordsQuery final
{
public:
    explicit DayRecordsQuery(Database &database)
        : m_database(database)
    { }

    /** [fromUtc, toUtc); an empty kioskId reads every till's. */
    Result<DayRecords> read(const QDateTime &fromUtc, const QDateTime &toUtc, const QString &kioskId) const;

private:
    Database &m_database;
};

} // namespace Kiosk
