// SPDX-License-Identifier: MIT
// The end-of-day report's local cost on a large store: a busy day of 2,000 sales (and 100
// refunds) on top of a year of background orders, read with OrderStore::dayRecords (one index
// range per kind) and added up with DayReport::aggregate; the reconciliation against 2,000 Stripe
// charges, refunds and balance transactions (pure); and the same for a month. Figures: README.md.
#include "BusinessDayCalendar.h"
#include "DayReport.h"
#include "OrderStore.h"
#include "StripeReconciliation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Kiosk;

namespace {

Order makeOrder(QRandomGenerator &rng, const QDateTime &at, const QString &kiosk)
{
    Order o;
    o.currency = rng.bounded(100) < 80 ? QStringLiteral("EUR") : QStringLiteral("USD");
    o.kioskId = kiosk;
    o.createdAt = at;
    o.updatedAt = at;
    const int roll = rng.bounded(100);
    o.status = roll < 85 ? OrderStatus::Paid : (roll < 93 ? OrderStatus::Expired : OrderStatus::Cancelled);
    OrderLine l;
    l.productId = QStringLiteral("p%1").arg(rng.bounded(40));
    l.name = QStringLiteral("Product %1").arg(l.productId);
    l.quantity = 1 + rng.bounded(3);
    l.unitAmount = 150 + rng.bounded(2000);
    l.lineTotal = l.unitAmount * l.quantity;
    o.lines = { l };
    o.amountSubtotal = l.lineTotal;
    o.amountTotal = l.lineTotal;
    if (o.status == OrderStatus::Paid) {
        o.paidAt = at.addSecs(30);
        o.sessionId = QStringLiteral("cs_bench_%1_%2").arg(at.toSecsSinceEpoch()).arg(rng.generate());
        o.paymentIntent = QStringLiteral("pi_bench_%1_%2").arg(at.toSecsSinceEpoch()).arg(rng.generate());
    }
    return o;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return { ms.at(ms.size() / 2), ms.at(qMin(ms.size() - 1, qsizetype(ms.size() * 95 / 100))), ms.constLast() };
}

void print(const char *what, const Stats &s, qsizetype records)
{
    std::printf("%-44s records %8lld  median %8.2f ms  p95 %8.2f ms  max %8.2f ms\n", what,
        static_cast<long long>(records), s.median, s.p95, s.max);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOpt(QStringLiteral("orders"), QStringLiteral("background orders over 2025"),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption dayOpt(QStringLiteral("day-orders"), QStringLiteral("sales on the busy day"),
        QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption runsOpt(
        QStringLiteral("runs"), QStringLiteral("timed runs"), QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption keepOpt(
        QStringLiteral("keep"), QStringLiteral("database file to create or reuse"), QStringLiteral("path"));
    parser.addOptions({ ordersOpt, dayOpt, runsOpt, keepOpt });
    parser.process(app);
    const int background = parser.value(ordersOpt).toInt();
    const int dayOrders = parser.value(dayOpt).toInt();
    const int runs = qMax(1, parser.value(runsOpt).toInt());
    const QString path = parser.isSet(keepOpt) ? parser.value(keepOpt) : QStringLiteral("/tmp/bench-dayreport.sqlite");
    const bool reuse = parser.isSet(keepOpt) && QFile::exists(path);
    if (!reuse) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    auto opened = OrderStore::openSqlite(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    OrderStore &store = *opened.value();
    const auto calendar = BusinessDayCalendar::create(QByteArrayLiteral("Europe/Berlin"), QTime(4, 0)).value();
    const QDate busyDay(2025, 6, 14);
    const BusinessDayInterval day = calendar.interval(busyDay);

    if (!reuse) {
        QElapsedTimer generation;
        generation.start();
        QRandomGenerator rng(42);
        const QDateTime yearStart(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        const qint64 yearSecs = 365LL * 86400;
        QList<Order> batch;
        const auto flush = [&]() {
            if (batch.isEmpty())
                return true;
            const auto r = store.importOrders(batch);
            batch.clear();
            if (!r)
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return r.ok();
        };
        for (int i = 0; i < background; ++i) {
            batch.append(makeOrder(rng, yearStart.addSecs(yearSecs * i / qMax(1, background)),
                QStringLiteral("K%1").arg(1 + rng.bounded(4))));
            if (batch.size() == 20000 && !flush())
                return 1;
        }
        // The busy day: dayOrders sales spread over its hours on two tills.
        for (int i = 0; i < dayOrders; ++i) {
            Order o = makeOrder(
                rng, day.fromUtc.addSecs(day.seconds() * i / qMax(1, dayOrders)), QStringLiteral("K%1").arg(1 + i % 2));
            o.status = OrderStatus::Paid;
            o.paidAt = o.createdAt.addSecs(30);
            o.sessionId = QStringLiteral("cs_day_%1").arg(i);
            o.paymentIntent = QStringLiteral("pi_day_%1").arg(i);
            batch.append(o);
        }
        if (!flush())
            return 1;
        std::printf("generated %d + %d orders in %.1f s\n", background, dayOrders, generation.elapsed() / 1000.0);
    }
    // Refunds of the day (written through the store like the kiosk's).
    const Result<DayRecords> before = store.dayRecords(day.fromUtc, day.toUtc);
    if (!before)
        return 1;
    if (before.value().refunds.isEmpty()) {
        QRandomGenerator rng(7);
        qsizetype made = 0;
        for (const ReportOrder &o : before.value().orders) {
            if (made == 100)
                break;
            const Result<Order> order = store.orderByNumber(o.orderNumber);
            if (!order || order->status != OrderStatus::Paid)
                continue;
            OrderRefund r;
            r.orderId = order->id;
            r.amount = 1 + rng.bounded(int(qMin<qint64>(order->amountTotal, 100)));
            r.currency = order->currency;
            r.status = RefundRecord::Status::Succeeded;
            r.stripeRefundId = QStringLiteral("re_day_%1").arg(made);
            r.madeElsewhere = true;
            r.taxRecorded = false;
            if (store.recordRefund(r))
                ++made;
        }
    }

    // What Stripe would list for the day: every card sale, its refunds, their transactions.
    const DayRecords records = store.dayRecords(day.fromUtc, day.toUtc).value();
    QList<StripePayment> payments;
    QList<StripeRefund> refunds;
    QList<StripeBalanceTransaction> balance;
    for (const ReportOrder &o : records.orders) {
        if (!o.tookMoney())
            continue;
        payments.append({ QString(), o.paymentIntentId, QStringLiteral("ch_") + o.paymentIntentId.mid(3),
            o.currency.toLower(), o.amountTotal });
        balance.append({ QStringLiteral("txn_") + o.orderNumber, payments.constLast().chargeId,
            QStringLiteral("charge"), o.currency.toLower(), o.amountTotal, 25 + o.amountTotal * 14 / 1000, 0 });
    }
    for (const ReportRefund &r : records.refunds)
        refunds.append(
            { r.stripeRefundId, QString(), QString(), r.currency.toLower(), r.amount, QStringLiteral("succeeded") });

    QList<double> dayRead, dayAggregate, dayReconcile, dayTotal, monthTotal;
    qsizetype monthRecords = 0;
    for (int run = -1; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const Result<DayRecords> read = store.dayRecords(day.fromUtc, day.toUtc);
        const double readMs = t.nsecsElapsed() / 1e6;
        const Result<DayReport> report = DayReport::aggregate(day, read->orders, read->refunds);
        const double aggregateMs = t.nsecsElapsed() / 1e6 - readMs;
        const Result<StripeReconciliation> matched
            = StripeReconciliation::reconcile(read->orders, read->refunds, payments, refunds, balance);
        const double totalMs = t.nsecsElapsed() / 1e6;
        if (!read || !report || !matched) {
            std::fprintf(stderr, "report failed\n");
            return 1;
        }
        if (run == -1 && !matched->discrepancies.isEmpty())
            std::fprintf(
                stderr, "unexpected: %lld discrepancies\n", static_cast<long long>(matched->discrepancies.size()));
        // A month: June 2025's business days in one read, one aggregate per day.
        QElapsedTimer m;
        m.start();
        const BusinessDayInterval first = calendar.interval(QDate(2025, 6, 1));
        const BusinessDayInterval last = calendar.interval(QDate(2025, 6, 30));
        const Result<DayRecords> month = store.dayRecords(first.fromUtc, last.toUtc);
        for (QDate d(2025, 6, 1); d <= QDate(2025, 6, 30); d = d.addDays(1)) {
            if (!DayReport::aggregate(calendar.interval(d), month->orders, month->refunds))
                return 1;
        }
        const double monthMs = m.nsecsElapsed() / 1e6;
        if (run < 0)
            continue; // warm-up
        monthRecords = month->orders.size() + month->refunds.size();
        dayRead << readMs;
        dayAggregate << aggregateMs;
        dayReconcile << totalMs - readMs - aggregateMs;
        dayTotal << totalMs;
        monthTotal << monthMs;
    }
    std::printf("store: %s, busy day %s (Europe/Berlin, 04:00), %d runs\n", qPrintable(path),
        qPrintable(busyDay.toString(Qt::ISODate)), runs);
    const qsizetype dayRecordsCount = records.orders.size() + records.refunds.size();
    print("day: read (dayRecords)", stats(dayRead), dayRecordsCount);
    print("day: DayReport::aggregate", stats(dayAggregate), dayRecordsCount);
    print("day: StripeReconciliation::reconcile", stats(dayReconcile), dayRecordsCount + payments.size());
    print("day: total", stats(dayTotal), dayRecordsCount);
    print("month: read + 30 aggregates", stats(monthTotal), monthRecords);
    return 0;
}
