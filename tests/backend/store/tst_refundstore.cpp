// SPDX-License-Identifier: MIT
// Refund records in the order store: written before Stripe is asked, settled afterwards with the
// order's move in the same transaction, never above the paid total (in code and in the schema),
// and still pending after a restart so recovery can re-send them with the same key.
#include "OrderStore.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;
using RS = RefundRecord::Status;

namespace {

OrderStore::NewOrder newOrder()
{
    OrderLine l;
    l.productId = QStringLiteral("prod_flat_white");
    l.sku = QStringLiteral("FLA");
    l.name = QStringLiteral("Flat White");
    l.quantity = 2;
    l.unitAmount = 500;
    OrderStore::NewOrder o;
    o.currency = QStringLiteral("EUR");
    o.lines = { l };
    o.kioskId = QStringLiteral("K1");
    return o;
}

OrderRefund pending(qint64 orderId, qint64 amount)
{
    OrderRefund r;
    r.orderId = orderId;
    r.amount = amount;
    r.reason = QStringLiteral("requested_by_customer");
    r.lines = { { 1, 1, amount } };
    return r;
}

/** Runs one statement on the database behind the store's back; false if the engine refused it. */
bool rawExec(const QString &location, const QString &sql)
{
    return Kiosk::Test::TestDatabase::exec(location, sql);
}

} // namespace

class TestRefundStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    /** A new, empty database on the engine under test (a file, or a PostgreSQL URL). */
    QString freshPath()
    {
        return Test::TestDatabase::fresh(m_dir.filePath(QStringLiteral("refunds%1.sqlite").arg(++m_files)));
    }

    static qint64 paidOrder(OrderStore &store)
    {
        const Result<Order> created = store.createOrder(newOrder());
        if (!created)
            return 0;
        const qint64 id = created.value().id;
        TransitionDetails d;
        d.source = QStringLiteral("test");
        d.paymentIntent = QStringLiteral("pi_1");
        if (!store.transition(id, OrderStatus::AwaitingPayment, d) || !store.transition(id, OrderStatus::Paid, d))
            return 0;
        return id;
    }

private slots:
    void init() { KIOSK_REQUIRE_TEST_DATABASE(); }

    void recordedPendingThenSettled()
    {
        auto store = OrderStore::open(freshPath());
        QVERIFY(store.ok());
        OrderStore &s = *store.value();
        const qint64 id = paidOrder(s);
        QVERIFY(id > 0);
        const Result<OrderRefund> recorded = s.recordRefund(pending(id, 250));
        QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
        QVERIFY(recorded.value().id > 0);
        QCOMPARE(toString(recorded.value().status), toString(RS::Pending));
        QCOMPARE(recorded.value().currency, QStringLiteral("EUR"));
        QCOMPARE(s.order(id).value().amountRefunded, 250);
        QCOMPARE(toString(s.order(id).value().status), toString(OrderStatus::Paid)); // pending: no money back yet

        QSignalSpy changed(&s, &OrderStore::orderChanged);
        TransitionDetails d;
        d.source = QStringLiteral("refund");
        const Result<OrderRefund> settled = s.settleRefund(recorded.value().id,
            { RS::Succeeded, QStringLiteral("re_1"), QString() }, OrderStatus::PartiallyRefunded, d);
        QVERIFY(settled.ok());
        QCOMPARE(settled.value().stripeRefundId, QStringLiteral("re_1"));
        QCOMPARE(toString(s.order(id).value().status), toString(OrderStatus::PartiallyRefunded));
        QCOMPARE(changed.size(), 1);
        const QList<OrderRefund> all = s.refunds(id).value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(toString(all.first().status), toString(RS::Succeeded));
        QCOMPARE(all.first().lines.size(), 1);
        QCOMPARE(all.first().lines.first().quantity, 1);
        QCOMPARE(all.first().reason, QStringLiteral("requested_by_customer"));
        QVERIFY(s.pendingRefunds().value().isEmpty());
    }

    void totalsCountTheRefunds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<OrderStatus>>("statuses");
        QTest::addColumn<qint64>("orders");
        QTest::addColumn<qint64>("refunded");
        // Order A: 250 + 100 (pending) back, B: a failed refund only, C: none.
        QTest::addRow("no filter") << QString() << QList<OrderStatus> {} << qint64(3) << qint64(350);
        QTest::addRow("paid only") << QString() << QList<OrderStatus> { OrderStatus::Paid } << qint64(2) << qint64(0);
        QTest::addRow("partially refunded")
            << QString() << QList<OrderStatus> { OrderStatus::PartiallyRefunded } << qint64(1) << qint64(350);
        QTest::addRow("product text") << QStringLiteral("flat") << QList<OrderStatus> {} << qint64(3) << qint64(350);
        QTest::addRow("order A by number") << QStringLiteral("A") << QList<OrderStatus> {} << qint64(1) << qint64(350);
        QTest::addRow("order B by number") << QStringLiteral("B") << QList<OrderStatus> {} << qint64(1) << qint64(0);
    }

    void totalsCountTheRefunds()
    {
        QFETCH(QString, text);
        QFETCH(QList<OrderStatus>, statuses);
        QFETCH(qint64, orders);
        QFETCH(qint64, refunded);
        auto store = OrderStore::open(freshPath());
        QVERIFY(store.ok());
        OrderStore &s = *store.value();
        const qint64 a = paidOrder(s);
        const qint64 b = paidOrder(s);
        QVERIFY(paidOrder(s) > 0);
        const qint64 first = s.recordRefund(pending(a, 250)).value().id;
        TransitionDetails d;
        d.source = QStringLiteral("refund");
        QVERIFY(s.settleRefund(
                     first, { RS::Succeeded, QStringLiteral("re_1"), QString() }, OrderStatus::PartiallyRefunded, d)
                    .ok());
        QVERIFY(s.recordRefund(pending(a, 100)).ok());
        const qint64 failed = s.recordRefund(pending(b, 300)).value().id;
        QVERIFY(s.settleRefund(failed, { RS::Failed, QStringLiteral("re_2"), QStringLiteral("declined") }).ok());

        HistoryFilter f;
        f.statuses = statuses;
        // "A" and "B" stand for the first two orders' numbers (a prefix match on the number).
        f.text = text == QLatin1String("A") ? s.order(a).value().number
            : text == QLatin1String("B")    ? s.order(b).value().number
                                            : text;
        const QList<CurrencyTotal> totals = s.totals(f).value();
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.first().currency, QStringLiteral("EUR"));
        QCOMPARE(totals.first().orders, orders);
        QCOMPARE(totals.first().amount, orders * 1000);
        QCOMPARE(totals.first().refunded, refunded);
        // A date range the orders are not in sums nothing, refunds included.
        f.from = QDateTime::currentDateTimeUtc().addDays(1);
        QVERIFY(s.totals(f).value().isEmpty());
    }

    void failedRefundGivesTheRemainderBack()
    {
        auto store = OrderStore::open(freshPath());
        OrderStore &s = *store.value();
        const qint64 id = paidOrder(s);
        const qint64 refundId = s.recordRefund(pending(id, 1000)).value().id;
        QCOMPARE(s.recordRefund(pending(id, 1)).error().code, QStringLiteral("amount_above_remaining"));
        TransitionDetails d;
        d.source = QStringLiteral("refund");
        d.reason = QStringLiteral("Refund re_1 of 10.00 EUR failed: declined.");
        QVERIFY(s.settleRefund(refundId, { RS::Failed, QStringLiteral("re_1"), QStringLiteral("declined") },
                     OrderStatus::NeedsReview, d)
                    .ok());
        const Order o = s.order(id).value();
        QCOMPARE(o.amountRefunded, 0);
        QCOMPARE(toString(o.status), toString(OrderStatus::NeedsReview));
        QCOMPARE(o.statusReason, d.reason);
        QCOMPARE(s.refunds(id).value().first().failureReason, QStringLiteral("declined"));
    }

    void neverAboveThePaidTotal_data()
    {
        QTest::addColumn<QList<qint64>>("amounts");
        QTest::addColumn<int>("accepted");
        QTest::addRow("exactly the total in two") << QList<qint64> { 400, 600 } << 2;
        QTest::addRow("one cent above") << QList<qint64> { 400, 601 } << 1;
        QTest::addRow("whole then one more") << QList<qint64> { 1000, 1 } << 1;
        QTest::addRow("above at once") << QList<qint64> { 1001 } << 0;
    }

    void neverAboveThePaidTotal()
    {
        QFETCH(QList<qint64>, amounts);
        QFETCH(int, accepted);
        auto store = OrderStore::open(freshPath());
        OrderStore &s = *store.value();
        const qint64 id = paidOrder(s);
        int ok = 0;
        for (qint64 amount : std::as_const(amounts)) {
            const Result<OrderRefund> r = s.recordRefund(pending(id, amount));
            if (r.ok()) {
                ++ok;
                continue;
            }
            QCOMPARE(r.error().code, QStringLiteral("amount_above_remaining"));
            QVERIFY2(r.error().message.contains(QStringLiteral("EUR left")), qPrintable(r.error().message));
        }
        QCOMPARE(ok, accepted);
        QVERIFY(s.order(id).value().amountRefunded <= 1000);
        QCOMPARE(s.refunds(id).value().size(), accepted);
    }

    void theSchemaRefusesMoreThanWasPaid()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            auto store = OrderStore::open(path);
            id = paidOrder(*store.value());
            QVERIFY(store.value()->recordRefund(pending(id, 1000)).ok());
        }
        QVERIFY(!rawExec(path, QStringLiteral("UPDATE orders SET amount_refunded = 1001 WHERE id = %1").arg(id)));
        QVERIFY(!rawExec(path, QStringLiteral("UPDATE orders SET amount_refunded = -1 WHERE id = %1").arg(id)));
        QVERIFY(!rawExec(path,
            QStringLiteral("INSERT INTO refunds (order_id, amount, currency, status, tax_recorded, made_elsewhere, "
                           "created_at, updated_at) VALUES (%1, 0, 'EUR', 'pending', 1, 0, 0, 0)")
                .arg(id)));
        QVERIFY(!rawExec(path,
            QStringLiteral("INSERT INTO refunds (order_id, amount, currency, status, tax_recorded, made_elsewhere, "
                           "created_at, updated_at) VALUES (%1, 5, 'EUR', 'done', 1, 0, 0, 0)")
                .arg(id)));
        auto reopened = OrderStore::open(path);
        QCOMPARE(reopened.value()->order(id).value().amountRefunded, 1000);
    }

    void unpaidOrdersAreNotRefunded()
    {
        auto store = OrderStore::open(freshPath());
        OrderStore &s = *store.value();
        const qint64 id = s.createOrder(newOrder()).value().id;
        const Result<OrderRefund> r = s.recordRefund(pending(id, 100));
        QCOMPARE(r.error().code, QStringLiteral("order_not_paid"));
        QVERIFY(s.refunds(id).value().isEmpty());
        // A refund Stripe reports for it (made elsewhere) is still recorded, so it is seen.
        OrderRefund elsewhere = pending(id, 100);
        elsewhere.madeElsewhere = true;
        elsewhere.status = RS::Succeeded;
        elsewhere.stripeRefundId = QStringLiteral("re_9");
        elsewhere.taxRecorded = false;
        QVERIFY(s.recordRefund(elsewhere).ok());
        OrderRefund again = elsewhere;
        QVERIFY(!s.recordRefund(again).ok()); // one Stripe refund, one record
        QCOMPARE(s.refunds(id).value().size(), 1);
    }

    void pendingSurvivesARestart()
    {
        // "Record pending, no answer": the process dies after writing the record. On start the
        // same record (same id, so the same idempotency key) is there to be re-sent.
        const QString path = freshPath();
        qint64 refundId = 0;
        {
            auto store = OrderStore::open(path);
            const qint64 id = paidOrder(*store.value());
            refundId = store.value()->recordRefund(pending(id, 300)).value().id;
        }
        auto reopened = OrderStore::open(path);
        QVERIFY(reopened.ok());
        const QList<OrderRefund> waiting = reopened.value()->pendingRefunds().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().id, refundId);
        QCOMPARE(waiting.first().amount, 300);
    }
};

QTEST_GUILESS_MAIN(TestRefundStore)
#include "tst_refundstore.moc"
