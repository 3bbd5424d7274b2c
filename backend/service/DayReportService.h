// SPDX-License-Identifier: MIT
#pragma once

#include "BusinessDayCalendar.h"
#include "DayClose.h"
#include "DayRecordsQuery.h"
#include "ReconciledDayReport.h"
#include "Result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Kiosk {

class DayCloseStore;
class OrderReader;
class OrderStore;
class StripeClient;

/**
 * End of day (issue 11 §5): a business day's report of one till or the shop, reconciled with
 * Stripe, and closing it. The local records come from the store (one indexed read per kind); the
 * Stripe side from the charges, refunds and balance transactions created in the same UTC
 * interval (StripeClient::listAll*, in parallel). A closed day answers its frozen report without
 * asking anyone.
 *
 * A till's report reconciles the Stripe records of its own orders and refunds (by payment intent
 * and refund id); what belongs to no order here (a payment through another integration, a
 * Dashboard refund of an older order) is on the shop's report. Asynchronous: `done` is called
 * once, later, from the event loop, and not at all once `context` is gone. Same thread as the
 * store and the client. The day's orders and refunds are read through an OrderReader, off this
 * thread: the one set with setReader(), or one of its own on the store's database.
 */
class DayReportService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayReportService)

public:
    template <typename T> using Reply = std::function<void(Result<T>)>;

    /** `stripe` may be null (no reconciliation: the report says so, a close is refused). */
    DayReportService(OrderStore &store, DayCloseStore &closes, StripeClient *stripe, BusinessDayCalendar calendar,
        QObject *parent = nullptr);
    ~DayReportService() override;

    /** Reads the day's records through `reads` (not owned; it must outlive the service) instead
     *  of a reader of its own. */
    void setReader(OrderReader *reads);

    /** Errors: "invalid_date"; the store's. Stripe unreachable is not an error: the report
     *  carries `stripeError` and no reconciliation. */
    void report(QDate date, const QString &kioskId, QObject *context, Reply<ReconciledDayReport> done);
    /** Freezes the report with the counted cash. `corrects` 0 closes the day (refused when it
     *  is closed already); else it names the newest entry, and a new entry corrects it.
     *  Errors: DayCloseStore's, "stripe_unavailable" (a frozen report must be reconciled),
     *  "day_not_over" (the day is still running). */
    void closeDay(QDate date, const QString &kioskId, std::optional<qint64> cashCounted, qint64 corrects,
        QObject *context, Reply<ReconciledDayReport> done);
    /** Newest first, without their reports. */
    void closedDays(int limit, QObject *context, Reply<QList<DayClose>> done);

    [[nodiscard]] const BusinessDayCalendar &calendar() const { return m_calendar; }
    /** The business day "now" belongs to (the store's clock). */
    [[nodiscard]] QDate today() const;

private:
    void reconcileLive(QDate date, const QString &kioskId, QObject *context, Reply<ReconciledDayReport> done);
    void reconcileRecords(const BusinessDayInterval &day, const QString &kioskId, Result<DayRecords> local,
        QObject *context, Reply<ReconciledDayReport> done);
    OrderReader &reads();

    OrderStore &m_store;
    DayCloseStore &m_closes;
    StripeClient *m_stripe;
    BusinessDayCalendar m_calendar;
    OrderReader *m_reads = nullptr;
    std::unique_ptr<OrderReader> m_ownReads;
};

} // namespace Kiosk
