// SPDX-License-Identifier: MIT
// The day report's reads (orders by paid time, refunds by creation time, per till or the shop)
// and the closed days: numbered, never changed, a second close refused, a correction a new entry.
#include "Clock.h"
#include "Database.h"
#include "DayCloseStore.h"
#include "OrderStore.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;

namespace {

const QDateTime kFrom = QDateTime(QDate(2026, 3, 28), QTime(3, 0), Qt::UTC);
const QDateTime kTo = QDateTime(QDate(2026, 3, 29), QTime(2, 0), Qt::UTC);

} // namespace

class TestDayCloseStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    ManualClock m_clock { kFrom };

    QString freshPath()
    {
        return Test::TestDatabase::fresh(m_dir.filePath(QStringLiteral("days%1.sqlite").arg(++m_files)));
    }

    /** A paid order of `kiosk` paid at `paidAt` (the store's clock). */
    qint64 paidOrder(OrderStore &store, const QString &kiosk, const QDateTime &paidAt, qint64 amount)
    {
        OrderLine l;
        l.productId = QStringLiteral("prod_latte");
        l.name = QStringLiteral("Latte");
        l.quantity = 1;
        l.unitAmount = amount;
        OrderStore::NewOrder o;
        o.currency = QStringLiteral("EUR");
        o.lines = { l };
        o.kioskId = kiosk;
        m_clock.setNow(paidAt.addSecs(-60));
        const Result<Order> created = store.createOrder(o);
        if (!created)
            return 0;
        TransitionDetails d;
        d.source = QStringLiteral("test");
        d.paymentIntent = QStringLiteral("pi_%1").arg(created.value().id);
        d.paidAt = paidAt;
        m_clock.setNow(paidAt);
        if (!store.transition(created.value().id, OrderStatus::AwaitingPayment, d)
            || !store.transition(created.value().id, OrderStatus::Paid, d))
            return 0;
        return created.value().id;
    }

private slots:
    void init() { KIOSK_REQUIRE_TEST_DATABASE(); }

    void readsTheDaysOrdersAndRefundsPerTill()
    {
        auto store = OrderStore::open(freshPath());
        QVERIFY(store.ok());
        store.value()->setClock(m_clock);
        OrderStore &s = *store.value();
        const qint64 before = paidOrder(s, QStringLiteral("K1"), kFrom.addSecs(-1), 300); // the day before
        QVERIFY(paidOrder(s, QStringLiteral("K1"), kFrom, 450)); // first instant: in
        QVERIFY(paidOrder(s, QStringLiteral("K2"), kTo.addSecs(-1), 500)); // last second: in
        QVERIFY(paidOrder(s, QStringLiteral("K1"), kTo, 700)); // next day
        // A refund today of yesterday's sale counts today.
        m_clock.setNow(kFrom.addSecs(3600));
        OrderRefund r;
        r.orderId = before;
        r.amount = 100;
        r.lines = { { 1, 1, 100 } };
        r.tax = { { QStringLiteral("txr_19"), 16 } };
        QVERIFY(s.recordRefund(r).ok());

        const Result<DayRecords> shop = s.dayRecords(kFrom, kTo);
        QVERIFY(shop.ok());
        QCOMPARE(shop.value().orders.size(), 2);
        QCOMPARE(shop.value().orders.at(0).amountTotal, 450);
        QCOMPARE(shop.value().orders.at(0).paidAt, kFrom);
        QCOMPARE(shop.value().orders.at(1).amountTotal, 500);
        QCOMPARE(shop.value().orders.at(1).status, QStringLiteral("paid"));
        QVERIFY(shop.value().orders.at(1).paymentIntentId.startsWith(QLatin1String("pi_")));
        QCOMPARE(shop.value().refunds.size(), 1);
        const ReportRefund &refund = shop.value().refunds.constFirst();
        QCOMPARE(refund.amount, 100);
        QVERIFY(refund.status == RefundRecord::Status::Pending);
        QCOMPARE(refund.tax, RateAmounts({ { QStringLiteral("txr_19"), 16 } }));
        QVERIFY(!refund.orderNumber.isEmpty());

        const Result<DayRecords> k2 = s.dayRecords(kFrom, kTo, QStringLiteral("K2"));
        QVERIFY(k2.ok());
        QCOMPARE(k2.value().orders.size(), 1);
        QCOMPARE(k2.value().orders.constFirst().amountTotal, 500);
        QVERIFY(k2.value().refunds.isEmpty()); // the refunded order is K1's
        const Result<DayRecords> k1 = s.dayRecords(kFrom, kTo, QStringLiteral("K1"));
        QVERIFY(k1.ok());
        QCOMPARE(k1.value().refunds.size(), 1);
    }

    /** Both reads are index ranges, not scans (SQLite's plan; PostgreSQL picks by statistics). */
    void readsUseTheIndexes()
    {
        if (Test::TestDatabase::isPostgres())
            QSKIP("EXPLAIN QUERY PLAN is SQLite's");
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("plan.sqlite")));
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT number FROM orders o WHERE o.paid_at >= 1 AND "
                                      "o.paid_at < 2 AND o.kiosk_id = 'K1' ORDER BY o.paid_at")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        // orders_paid, or one till's orders_kiosk_paid: a range on paid_at either way.
        QVERIFY2(plan.contains(QLatin1String("orders_paid")) || plan.contains(QLatin1String("orders_kiosk_paid")),
            qPrintable(plan));
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT o.number FROM refunds r JOIN orders o ON o.id = "
                                      "r.order_id WHERE r.created_at >= 1 AND r.created_at < 2")));
        plan.clear();
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("refunds_created")), qPrintable(plan));
    }

    void closeIsNumberedAndUnchangeable()
    {
        auto db = Database::open(freshPath());
        QVERIFY(db.ok());
        db.value()->setClock(m_clock);
        DayCloseStore days(db.value());
        m_clock.setNow(kTo.addSecs(600));
        const QDate date(2026, 3, 28);
        const Result<DayClose> first = days.close({ date, QString(), 12000, QByteArray("{\"net\":1}"), 0 });
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first.value().number, 1);
        QCOMPARE(first.value().revision, 0);
        const Result<DayClose> till = days.close({ date, QStringLiteral("K1"), std::nullopt, "{}", 0 });
        QVERIFY(till.ok()); // one till's day is its own entry
        QCOMPARE(till.value().number, 2);

        // Closing again is refused and changes nothing.
        const Result<DayClose> again = days.close({ date, QString(), 99, QByteArray("{\"net\":2}"), 0 });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("day_already_closed"));
        QVERIFY(again.error().message.contains(QLatin1String("number 1")));
        auto stored = days.latest(date, QString());
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->report, QByteArray("{\"net\":1}"));
        QCOMPARE(stored.value()->cashCounted, std::optional<qint64>(12000));

        // A correction is a new entry naming the one it corrects; the first stays as it was.
        const Result<DayClose> correction = days.close({ date, QString(), 11950, QByteArray("{\"net\":3}"), 1 });
        QVERIFY(correction.ok());
        QCOMPARE(correction.value().number, 3);
        QCOMPARE(correction.value().revision, 1);
        QCOMPARE(correction.value().corrects, 1);
        QCOMPARE(days.byNumber(1).value().report, QByteArray("{\"net\":1}"));
        QCOMPARE(days.latest(date, QString()).value()->number, 3);
        // Only the newest entry may be corrected, and only a closed day.
        const Result<DayClose> stale = days.close({ date, QString(), 1, "{}", 1 });
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, QStringLiteral("not_latest"));
        const Result<DayClose> open = days.close({ date.addDays(1), QString(), 1, "{}", 3 });
        QVERIFY(!open.ok());
        QCOMPARE(open.error().code, QStringLiteral("nothing_to_correct"));
        const Result<DayClose> negative = days.close({ date.addDays(1), QString(), -1, "{}", 0 });
        QCOMPARE(negative.error().code, QStringLiteral("invalid_amount"));

        const Result<QList<DayClose>> listed = days.list(10);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 3);
        QCOMPARE(listed.value().constFirst().number, 3);
        QCOMPARE(listed.value().constFirst().closedAt, kTo.addSecs(600));
    }

    /** The schema itself refuses a second entry for the same day and revision. */
    void schemaRefusesADuplicateRevision()
    {
        const QString path = freshPath();
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(DayCloseStore(db.value()).close({ QDate(2026, 3, 28), QString(), 0, "{}", 0 }).ok());
        }
        QVERIFY(!Test::TestDatabase::exec(path,
            QStringLiteral("INSERT INTO day_closes (number, business_date, scope, revision, report, closed_at) "
                           "VALUES (2, '2026-03-28', '', 0, '{}', 0)")));
    }
};

QTEST_GUILESS_MAIN(TestDayCloseStore)
#include "tst_dayclosestore.moc"
