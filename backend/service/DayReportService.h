// SPDX-License-Identifier: MIT
#pragma once

#include "BusinessDayCalendar.h"
#include "DayClose.h"
#include "DayRecordsQuery.h"
#include "DrawerEntry.h"
#include "ReconciledDayReport.h"
#include "Result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Kiosk {

class CashDrawerTable;
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

    /**
     * Appends an opening float, cash in or cash out to the drawer of `entry.kioskId` for today's
     * business day (entry.businessDate and entry.at are set here, from the store's clock). The
     * day's entries with this one must make a valid drawer (CashDrawer::balance(): positive
     * amounts on the currency's step, one float a day), else "invalid_amount" and nothing is
     * written; "day_closed" once the till's day or the shop's is closed. A request id already
     * used answers with its entry. Synchronous (one small write).
     */
    Result<DrawerEntry> recordDrawerEntry(DrawerEntry entry);
    /** The day's drawer entries of a till (or every till), oldest first. */
    Result<QList<DrawerEntry>> drawerEntries(QDate date, const QString &kioskId) const;

    [[nodiscard]] const BusinessDayCalendar &calendar() const { return m_calendar; }
    /** The business day "now" belongs to (the store's clock). */
    [[nodiscard]] QDate today() const;

private:
    void reconcileLive(QDate date, const QString &kioskId, QObject *context, Reply<ReconciledDayReport> done);
    void reconcileRecords(const BusinessDayInterval &day, const QString &kioskId, Result<DayRecords> local,
        QObject *context, Reply<ReconciledDayReport> done);
    OrderReader &reads();

    /** The drawers of the day from its entries and its cash sales and refunds. */
    Result<QList<ReconciledDayReport::Drawer>> drawersOf(
        QDate date, const QString &kioskId, const DayRecords &records) const;

    OrderStore &m_store;
    DayCloseStore &m_closes;
    StripeClient *m_stripe;
    BusinessDayCalendar m_calendar;
    OrderReader *m_reads = nullptr;
    std::unique_ptr<OrderReader> m_ownReads;
    std::unique_ptr<CashDrawerTable> m_drawer;
};

} // namespace Kiosk
