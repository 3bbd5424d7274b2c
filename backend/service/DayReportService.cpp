// SPDX-License-Identifier: MIT
#include "DayReportService.h"

#include "CashDrawerTable.h"
#include "Clock.h"
#include "Database.h"
#include "DayCloseStore.h"
#include "DayReportJson.h"
#include "OrderReader.h"
#include "OrderStore.h"
#include "StripeClient.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Kiosk {

namespace {

/** What Stripe listed for the period, filled by three calls in parallel. */
struct StripeSide
{
    QList<Charge> charges;
    QList<Refund> refunds;
    QList<BalanceTransaction> balance;
    int pending = 3;
    QString error;
};

CashMovement movementOf(const DrawerEntry &e)
{
    switch (e.kind) {
    case DrawerEntry::Kind::OpeningFloat:
        return { CashMovement::Kind::OpeningFloat, e.amount };
    case DrawerEntry::Kind::CashIn:
        return { CashMovement::Kind::CashIn, e.amount };
    case DrawerEntry::Kind::CashOut:
        return { CashMovement::Kind::CashOut, e.amount };
    }
    return { CashMovement::Kind::CashIn, e.amount };
}

template <typename T> void post(QObject *context, std::function<void(Result<T>)> done, Result<T> value)
{
    QTimer::singleShot(0, context, [done = std::move(done), value = std::move(value)]() { done(value); });
}

/** Stripe's records in the shape StripeReconciliation reads. A till keeps only what belongs to
 *  its own orders and refunds (by payment intent and refund id); the shop keeps everything. */
void toRecords(const StripeSide &side, const DayRecords &local, bool tillOnly, QList<StripePayment> &payments,
    QList<StripeRefund> &refunds, QList<StripeBalanceTransaction> &balance)
{
    QSet<QString> intents;
    QSet<QString> refundIds;
    for (const ReportOrder &o : local.orders) {
        if (!o.paymentIntentId.isEmpty())
            intents.insert(o.paymentIntentId);
    }
    for (const ReportRefund &r : local.refunds) {
        if (!r.stripeRefundId.isEmpty())
            refundIds.insert(r.stripeRefundId);
    }
    QSet<QString> sources;
    for (const Charge &c : side.charges) {
        if (c.status != QLatin1String("succeeded") || (tillOnly && !intents.contains(c.paymentIntent)))
            continue;
        payments.append({ QString(), c.paymentIntent, c.id, c.currency, c.amount });
        sources.insert(c.id);
    }
    for (const Refund &r : side.refunds) {
        if (tillOnly && !refundIds.contains(r.id) && !intents.contains(r.paymentIntent))
            continue;
        refunds.append({ r.id, r.paymentIntent, r.charge, r.currency, r.amount, r.status });
        sources.insert(r.id);
    }
    for (const BalanceTransaction &t : side.balance) {
        if (tillOnly && !sources.contains(t.source))
            continue;
        balance.append({ t.id, t.source, t.type, t.currency, t.amount, t.fee, t.net });
    }
}

} // namespace

DayReportService::DayReportService(
    OrderStore &store, DayCloseStore &closes, StripeClient *stripe, BusinessDayCalendar calendar, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_closes(closes)
    , m_stripe(stripe)
    , m_calendar(std::move(calendar))
    , m_drawer(std::make_unique<CashDrawerTable>(store.database()))
{ }

DayReportService::~DayReportService() = default;

void DayReportService::setReader(OrderReader *reads)
{
    m_reads = reads;
}

OrderReader &DayReportService::reads()
{
    if (!m_reads) {
        m_ownReads = std::make_unique<OrderReader>(m_store.database()->reopenLocation());
        m_reads = m_ownReads.get();
    }
    return *m_reads;
}

Result<DrawerEntry> DayReportService::recordDrawerEntry(DrawerEntry entry)
{
    entry.businessDate = today();
    const Result<Currency> currency = Currency::fromCode(entry.currency);
    if (!currency)
        return currency.error();
    entry.currency = currency->code;
    for (const QString &scope : { entry.kioskId, QString() }) {
        const Result<std::optional<DayClose>> closed = m_closes.latest(entry.businessDate, scope);
        if (!closed)
            return closed.error();
        if (closed.value())
            return makeError(QStringLiteral("day_closed"),
                QStringLiteral("%1 is closed (number %2); the drawer takes no more entries for it.")
                    .arg(entry.businessDate.toString(Qt::ISODate))
                    .arg(closed.value()->number));
    }
    const Result<QList<DrawerEntry>> earlier = m_drawer->entries(entry.businessDate, entry.kioskId);
    if (!earlier)
        return earlier.error();
    QList<CashMovement> movements;
    for (const DrawerEntry &e : earlier.value()) {
        if (!entry.requestId.isEmpty() && e.requestId == entry.requestId)
            return e; // a retry: that entry, once
        if (e.currency == entry.currency)
            movements.append(movementOf(e));
    }
    movements.append(movementOf(entry));
    if (const Result<CashDrawerBalance> valid = CashDrawer::balance(currency.value(), movements); !valid)
        return valid.error();
    return m_drawer->append(std::move(entry));
}

Result<QList<DrawerEntry>> DayReportService::drawerEntries(QDate date, const QString &kioskId) const
{
    return m_drawer->entries(date, kioskId);
}

Result<QList<ReconciledDayReport::Drawer>> DayReportService::drawersOf(
    QDate date, const QString &kioskId, const DayRecords &records) const
{
    const Result<QList<DrawerEntry>> entries = m_drawer->entries(date, kioskId);
    if (!entries)
        return entries.error();
    QMap<QString, QList<CashMovement>> byCurrency;
    // The whole shop: every till's drawer added up; a second float is another till's.
    QSet<QString> floats;
    for (const DrawerEntry &e : entries.value()) {
        CashMovement m = movementOf(e);
        if (e.kind == DrawerEntry::Kind::OpeningFloat && kioskId.isEmpty()) {
            if (floats.contains(e.currency))
                m.kind = CashMovement::Kind::CashIn;
            floats.insert(e.currency);
        }
        if (m.amount > 0 || m.kind == CashMovement::Kind::OpeningFloat)
            byCurrency[e.currency].append(m);
    }
    for (const ReportOrder &o : records.orders) {
        if (o.tender == Tender::Cash && o.tookMoney() && o.amountTotal + o.cashRounding > 0)
            byCurrency[o.currency].append({ CashMovement::Kind::Sale, o.amountTotal + o.cashRounding });
    }
    for (const ReportRefund &r : records.refunds) {
        if (r.tender == Tender::Cash && r.status == RefundRecord::Status::Succeeded)
            byCurrency[r.currency].append({ CashMovement::Kind::Refund, r.amount });
    }
    QList<ReconciledDayReport::Drawer> drawers;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        const Result<Currency> currency = Currency::fromCode(it.key());
        if (!currency)
            return currency.error();
        const Result<CashDrawerBalance> balance = CashDrawer::balance(currency.value(), it.value());
        if (!balance)
            return balance.error();
        drawers.append({ currency->code, balance.value(), std::nullopt });
    }
    return drawers;
}

QDate DayReportService::today() const
{
    return m_calendar.dayOf(m_store.database()->clock().now());
}

void DayReportService::report(QDate date, const QString &kioskId, QObject *context, Reply<ReconciledDayReport> done)
{
    if (!date.isValid()) {
        post<ReconciledDayReport>(context, std::move(done),
            makeError(QStringLiteral("invalid_date"), QStringLiteral("A valid business date is required.")));
        return;
    }
    const Result<std::optional<DayClose>> closed = m_closes.latest(date, kioskId);
    if (!closed) {
        post<ReconciledDayReport>(context, std::move(done), closed.error());
        return;
    }
    if (closed.value()) {
        Result<ReconciledDayReport> frozen = DayReportJson::fromJson(closed.value()->report);
        if (frozen)
            frozen.value().closed = closed.value();
        post<ReconciledDayReport>(context, std::move(done), std::move(frozen));
        return;
    }
    reconcileLive(date, kioskId, context, std::move(done));
}

void DayReportService::reconcileLive(
    QDate date, const QString &kioskId, QObject *context, Reply<ReconciledDayReport> done)
{
    const BusinessDayInterval day = m_calendar.interval(date);
    QPointer<DayReportService> self(this);
    reads().read<DayRecords>(
        [day, kioskId](const OrderStore &store) { return store.dayRecords(day.fromUtc, day.toUtc, kioskId); }, context,
        [self, day, kioskId, context, done](Result<DayRecords> local) {
            // Delivered only while `context` lives.
            if (self)
                self->reconcileRecords(day, kioskId, std::move(local), context, done);
        });
}

void DayReportService::reconcileRecords(const BusinessDayInterval &day, const QString &kioskId,
    Result<DayRecords> local, QObject *context, Reply<ReconciledDayReport> done)
{
    if (!local) {
        post<ReconciledDayReport>(context, std::move(done), local.error());
        return;
    }
    Result<DayReport> figures = DayReport::aggregate(day, local.value().orders, local.value().refunds);
    if (!figures) {
        post<ReconciledDayReport>(context, std::move(done), figures.error());
        return;
    }
    ReconciledDayReport report;
    report.local = std::move(figures).value();
    report.kioskId = kioskId;
    Result<QList<ReconciledDayReport::Drawer>> drawers = drawersOf(day.date, kioskId, local.value());
    if (!drawers) {
        post<ReconciledDayReport>(context, std::move(done), drawers.error());
        return;
    }
    report.drawers = std::move(drawers).value();
    if (!m_stripe) {
        report.stripeError = QStringLiteral("Stripe is not configured: the day cannot be reconciled.");
        post<ReconciledDayReport>(context, std::move(done), std::move(report));
        return;
    }
    PeriodListParams period;
    period.createdGte = day.fromUtc.toSecsSinceEpoch();
    period.createdLt = day.toUtc.toSecsSinceEpoch();
    auto side = std::make_shared<StripeSide>();
    QPointer<QObject> guard(context);
    auto finish = [side, guard, report, records = local.value(), done, tillOnly = !kioskId.isEmpty()]() mutable {
        if (--side->pending > 0 || !guard)
            return;
        if (!side->error.isEmpty()) {
            report.stripeError = side->error;
            done(std::move(report));
            return;
        }
        QList<StripePayment> payments;
        QList<StripeRefund> refunds;
        QList<StripeBalanceTransaction> balance;
        toRecords(*side, records, tillOnly, payments, refunds, balance);
        Result<StripeReconciliation> matched
            = StripeReconciliation::reconcile(records.orders, records.refunds, payments, refunds, balance);
        if (!matched) {
            done(matched.error());
            return;
        }
        report.stripe = std::move(matched).value();
        done(std::move(report));
    };
    const auto failed = [side](const StripeError &error) {
        if (side->error.isEmpty())
            side->error = QStringLiteral("Stripe could not be asked (%1); the figures here are the kiosk's alone.")
                              .arg(error.message.isEmpty() ? error.code : error.message);
    };
    m_stripe->listAllCharges(period, context, [side, failed, finish](Result<QList<Charge>, StripeError> r) mutable {
        if (r)
            side->charges = std::move(r).value();
        else
            failed(r.error());
        finish();
    });
    m_stripe->listAllRefunds(period, context, [side, failed, finish](Result<QList<Refund>, StripeError> r) mutable {
        if (r)
            side->refunds = std::move(r).value();
        else
            failed(r.error());
        finish();
    });
    m_stripe->listAllBalanceTransactions(
        period, context, [side, failed, finish](Result<QList<BalanceTransaction>, StripeError> r) mutable {
            if (r)
                side->balance = std::move(r).value();
            else
                failed(r.error());
            finish();
        });
}

void DayReportService::closeDay(QDate date, const QString &kioskId, std::optional<qint64> cashCounted, qint64 corrects,
    QObject *context, Reply<ReconciledDayReport> done)
{
    if (!date.isValid()) {
        post<ReconciledDayReport>(context, std::move(done),
            makeError(QStringLiteral("invalid_date"), QStringLiteral("A valid business date is required.")));
        return;
    }
    if (m_store.database()->clock().now() < m_calendar.interval(date).toUtc) {
        post<ReconciledDayReport>(context, std::move(done),
            makeError(QStringLiteral("day_not_over"),
                QStringLiteral("%1 is not over yet; a day is closed after it ends.").arg(date.toString(Qt::ISODate))));
        return;
    }
    const Result<std::optional<DayClose>> closed = m_closes.latest(date, kioskId);
    if (!closed) {
        post<ReconciledDayReport>(context, std::move(done), closed.error());
        return;
    }
    if (closed.value() && corrects == 0) {
        post<ReconciledDayReport>(context, std::move(done),
            makeError(QStringLiteral("day_already_closed"),
                QStringLiteral("%1 was closed already (number %2); a correction must name it.")
                    .arg(date.toString(Qt::ISODate))
                    .arg(closed.value()->number)));
        return;
    }
    QPointer<DayReportService> self(this);
    reconcileLive(
        date, kioskId, context, [self, date, kioskId, cashCounted, corrects, done](Result<ReconciledDayReport> live) {
            if (!self)
                return;
            if (!live) {
                done(live.error());
                return;
            }
            ReconciledDayReport report = std::move(live).value();
            if (!report.stripe) {
                done(makeError(QStringLiteral("stripe_unavailable"),
                    QStringLiteral("The day cannot be closed without Stripe's side: %1").arg(report.stripeError)));
                return;
            }
            // The count is of the drawer in the shop's currency (the first with cash: a shop has one).
            if (cashCounted && !report.drawers.isEmpty()) {
                ReconciledDayReport::Drawer &drawer = report.drawers.first();
                const Result<CashCount> count
                    = CashDrawer::count(Currency::fromCode(drawer.currency).value(), drawer.balance, *cashCounted);
                if (!count) {
                    done(count.error());
                    return;
                }
                drawer.count = count.value();
            }
            const Result<DayClose> stored
                = self->m_closes.close({ date, kioskId, cashCounted, DayReportJson::toJson(report), corrects });
            if (!stored) {
                done(stored.error());
                return;
            }
            report.closed = stored.value();
            done(std::move(report));
        });
}

void DayReportService::closedDays(int limit, QObject *context, Reply<QList<DayClose>> done)
{
    post<QList<DayClose>>(context, std::move(done), m_closes.list(limit));
}

} // namespace Kiosk
