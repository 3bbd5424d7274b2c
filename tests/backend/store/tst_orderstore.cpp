// SPDX-License-Identifier: MIT
#include "Clock.h"
#include "Database.h"
#include "OrderStore.h"
#include "RecordEvent.h"
#include "SettingsStore.h"
#include "TestDatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::OrderStatus)
Q_DECLARE_METATYPE(Kiosk::OrderLine)
Q_DECLARE_METATYPE(Kiosk::HistoryFilter)

namespace {

using S = OrderStatus;

const QDateTime kStart = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);

OrderLine line(const QString &name, int quantity, qint64 unitAmount)
{
    OrderLine l;
    l.productId = QStringLiteral("prod_") + name.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    l.sku = name.left(3).toUpper();
    l.name = name;
    l.quantity = quantity;
    l.unitAmount = unitAmount;
    return l;
}

OrderStore::NewOrder newOrder(const QString &currency = QStringLiteral("EUR"),
    const QString &email = QStringLiteral("ana@example.com"),
    QList<OrderLine> lines = { line(QStringLiteral("Flat White"), 2, 350), line(QStringLiteral("Croissant"), 1, 280) })
{
    OrderStore::NewOrder o;
    o.currency = currency;
    o.lines = std::move(lines);
    o.customerEmail = email;
    o.kioskId = QStringLiteral("K1");
    o.cashier = QStringLiteral("sam");
    return o;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/** Runs one statement on the database behind the store's back (what a newer build would do). */
bool rawExec(const QString &location, const QString &sql)
{
    return Kiosk::Test::TestDatabase::exec(location, sql);
}

using Kiosk::Test::recordOne;

} // namespace

class TestOrderStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock { kStart };
    std::unique_ptr<OrderStore> m_store;
    int m_serial = 0;

    /** What opens the store's database again (file or URL). */
    QString location() const { return m_store->database()->reopenLocation(); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("orders-%1.sqlite").arg(m_serial)); }

    Order create(const OrderStore::NewOrder &o = newOrder())
    {
        auto r = m_store->createOrder(o);
        if (!r)
            qFatal("createOrder failed: %s", qPrintable(r.error().toString()));
        return r.value();
    }

    /** Walks an order along legal moves to the given status. */
    void moveTo(qint64 id, S target)
    {
        QList<S> path;
        switch (target) {
        case S::Draft:
            break;
        case S::AwaitingPayment:
        case S::Expired:
        case S::Cancelled:
            path = { S::AwaitingPayment, target };
            break;
        case S::Processing:
            path = { S::AwaitingPayment, S::Processing };
            break;
        case S::Paid:
        case S::Failed:
        case S::NeedsReview:
            path = { S::AwaitingPayment, S::Processing, target };
            break;
        case S::PartiallyRefunded:
        case S::Refunded:
            path = { S::AwaitingPayment, S::Paid, target };
            break;
        }
        for (const S s : path) {
            auto r = m_store->transition(id, s, { QStringLiteral("test"), QString(), {}, {}, {} });
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        }
    }

    /** Undoes schema 6 (tax per line) on a closed database. */
    bool dropTaxColumns(const QString &path)
    {
        bool ok = rawExec(path, QStringLiteral("ALTER TABLE orders DROP COLUMN amount_tax"));
        for (const char *column : { "amount_tax", "tax_rate", "tax_percentage", "tax_inclusive", "stripe_tax_rate" })
            ok = ok && rawExec(path, QStringLiteral("ALTER TABLE order_lines DROP COLUMN ") + QLatin1String(column));
        return ok;
    }

    /** Undoes schema 10 (the basket discount) on a closed database. */
    bool dropDiscountColumns(const QString &path)
    {
        bool ok = rawExec(path, QStringLiteral("ALTER TABLE order_lines DROP COLUMN amount_discount"));
        for (const char *column : { "discount_kind", "discount_value", "amount_discount", "stripe_coupon" })
            ok = ok && rawExec(path, QStringLiteral("ALTER TABLE orders DROP COLUMN ") + QLatin1String(column));
        return ok;
    }

    /** Schema 11 undone: the cash tender columns and the drawer. */
    bool dropCashSchema(const QString &path)
    {
        bool ok = rawExec(path, QStringLiteral("DROP INDEX orders_cash_request"));
        for (const char *column : { "tender", "cash_tendered", "cash_change", "cash_rounding", "cash_request_id" })
            ok = ok && rawExec(path, QStringLiteral("ALTER TABLE orders DROP COLUMN ") + QLatin1String(column));
        return ok && rawExec(path, QStringLiteral("DROP TABLE drawer_entries"));
    }

    qint64 tableCount(const QString &table) const
    {
        qint64 n = -1;
        {
            QSqlDatabase db = Kiosk::Test::TestDatabase::connect(location(), QStringLiteral("counter"));
            if (db.isOpen()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
                    n = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("counter"));
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        ++m_serial;
        m_clock.setNow(kStart);
        KIOSK_REQUIRE_TEST_DATABASE();
        auto opened = OrderStore::open(Kiosk::Test::TestDatabase::fresh(dbPath()));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        m_store = std::move(opened.value());
        m_store->setClock(m_clock);
    }
    void cleanup() { m_store.reset(); }

    void createsDraftWithNumberAndTotals()
    {
        const Order a = create();
        QCOMPARE(a.number, QStringLiteral("K1-000001"));
        QCOMPARE(toString(a.status), toString(S::Draft));
        QCOMPARE(a.amountSubtotal, qint64(2 * 350 + 280));
        QCOMPARE(a.amountTotal, qint64(2 * 350 + 280));
        QCOMPARE(a.createdAt, kStart);
        const Order b = create();
        QCOMPARE(b.number, QStringLiteral("K1-000002"));

        auto other = newOrder();
        other.kioskId = QStringLiteral("K7");
        QCOMPARE(create(other).number, QStringLiteral("K7-000001"));

        auto read = m_store->order(a.id);
        QVERIFY(read.ok());
        QCOMPARE(read->lines.size(), 2);
        QCOMPARE(read->lines.at(0).name, QStringLiteral("Flat White"));
        QCOMPARE(read->lines.at(0).lineTotal, qint64(700));
        QCOMPARE(read->lines.at(1).lineTotal, qint64(280));
        QCOMPARE(read->customerEmail, QStringLiteral("ana@example.com"));
        QCOMPARE(read->cashier, QStringLiteral("sam"));
        QCOMPARE(read->currency, QStringLiteral("EUR"));
        QCOMPARE(read->createdAt, kStart);
        QCOMPARE(m_store->orderByNumber(QStringLiteral("K1-000002"))->id, b.id);
        QCOMPARE(m_store->order(9999).error().code, QStringLiteral("not_found"));
    }

    void badOrdersAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QList<OrderLine>>("lines");
        QTest::addColumn<QString>("code");
        const QList<OrderLine> good { line(QStringLiteral("Tea"), 1, 250) };
        QTest::addRow("no currency") << QString() << good << QStringLiteral("invalid_currency");
        QTest::addRow("bad currency") << QStringLiteral("EU1") << good << QStringLiteral("invalid_currency");
        QTest::addRow("no lines") << QStringLiteral("EUR") << QList<OrderLine> {} << QStringLiteral("empty_order");
        QTest::addRow("zero quantity") << QStringLiteral("EUR")
                                       << QList<OrderLine> { line(QStringLiteral("Tea"), 0, 250) }
                                       << QStringLiteral("invalid_line");
        QTest::addRow("negative price") << QStringLiteral("EUR")
                                        << QList<OrderLine> { line(QStringLiteral("Tea"), 1, -1) }
                                        << QStringLiteral("invalid_line");
        QTest::addRow("nameless") << QStringLiteral("EUR") << QList<OrderLine> { line(QStringLiteral(" "), 1, 100) }
                                  << QStringLiteral("invalid_line");
        OrderLine wrongTotal = line(QStringLiteral("Tea"), 2, 250);
        wrongTotal.lineTotal = 499;
        QTest::addRow("line total mismatch")
            << QStringLiteral("EUR") << QList<OrderLine> { wrongTotal } << QStringLiteral("line_total_mismatch");
        OrderLine taxWithoutRate = line(QStringLiteral("Tea"), 1, 250);
        taxWithoutRate.amountTax = 10;
        QTest::addRow("tax without a rate")
            << QStringLiteral("EUR") << QList<OrderLine> { taxWithoutRate } << QStringLiteral("invalid_line");
        OrderLine negativeTax = line(QStringLiteral("Tea"), 1, 250);
        negativeTax.taxRate = QStringLiteral("standard 19% exclusive");
        negativeTax.amountTax = -1;
        QTest::addRow("negative tax") << QStringLiteral("EUR") << QList<OrderLine> { negativeTax }
                                      << QStringLiteral("invalid_line");
        OrderLine inclusiveAbovePrice = line(QStringLiteral("Tea"), 1, 250);
        inclusiveAbovePrice.taxRate = QStringLiteral("standard 19% inclusive");
        inclusiveAbovePrice.taxInclusive = true;
        inclusiveAbovePrice.amountTax = 251;
        QTest::addRow("inclusive tax above the price")
            << QStringLiteral("EUR") << QList<OrderLine> { inclusiveAbovePrice } << QStringLiteral("invalid_line");
        QTest::addRow("overflow") << QStringLiteral(
            "EUR") << QList<OrderLine> { line(QStringLiteral("Gold"), 4, std::numeric_limits<qint64>::max() / 2) }
                                  << QStringLiteral("amount_too_large");
    }
    void badOrdersAreRefusedAndChangeNothing()
    {
        QFETCH(QString, currency);
        QFETCH(QList<OrderLine>, lines);
        QFETCH(QString, code);
        auto r = m_store->createOrder(newOrder(currency, QString(), lines));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(m_store->count({}).value(), qint64(0));
        QCOMPARE(tableCount(QStringLiteral("orders")), qint64(0));
        QCOMPARE(tableCount(QStringLiteral("order_lines")), qint64(0));
        // The number sequence did not move either.
        QCOMPARE(create().number, QStringLiteral("K1-000001"));
    }

    void transitionsThroughTheStore_data()
    {
        QTest::addColumn<OrderStatus>("from");
        QTest::addColumn<OrderStatus>("to");
        for (const S from : allOrderStatuses()) {
            for (const S to : allOrderStatuses())
                QTest::addRow("%s->%s", qPrintable(toString(from)), qPrintable(toString(to))) << from << to;
        }
    }
    void transitionsThroughTheStore()
    {
        QFETCH(OrderStatus, from);
        QFETCH(OrderStatus, to);
        const Order o = create();
        moveTo(o.id, from);
        const qsizetype historyBefore = m_store->statusHistory(o.id)->size();
        const QDateTime updatedBefore = m_store->order(o.id)->updatedAt;
        QSignalSpy changed(m_store.get(), &OrderStore::orderChanged);
        m_clock.advance(60);

        TransitionDetails details { QStringLiteral("manager"), QStringLiteral("checked by hand"), {}, {}, {} };
        auto r = m_store->transition(o.id, to, details);
        const Order after = m_store->order(o.id).value();
        const auto history = m_store->statusHistory(o.id).value();
        if (from == to) {
            QVERIFY(r.ok());
            QCOMPARE(toString(after.status), toString(from));
            QCOMPARE(history.size(), historyBefore);
            QCOMPARE(changed.size(), 0);
        } else if (OrderStateMachine::canTransition(from, to)) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
            QCOMPARE(toString(r->status), toString(to));
            QCOMPARE(toString(after.status), toString(to));
            QCOMPARE(after.updatedAt, m_clock.now());
            QCOMPARE(after.statusReason, QStringLiteral("checked by hand"));
            QCOMPARE(history.size(), historyBefore + 1);
            QCOMPARE(toString(history.last().from), toString(from));
            QCOMPARE(toString(history.last().to), toString(to));
            QCOMPARE(history.last().source, QStringLiteral("manager"));
            QCOMPARE(history.last().at, m_clock.now());
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.at(0).at(0).toLongLong(), o.id);
            QCOMPARE(toString(changed.at(0).at(1).value<OrderStatus>()), toString(to));
            const bool tookMoney = from == S::Paid || from == S::PartiallyRefunded || from == S::Refunded;
            QCOMPARE(after.paidAt.isValid(), to == S::Paid || tookMoney);
            if (to == S::Paid)
                QCOMPARE(after.paidAt, m_clock.now());
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("illegal_transition"));
            QVERIFY(r.error().message.contains(toString(from)));
            QVERIFY(r.error().message.contains(toString(to)));
            QCOMPARE(toString(after.status), toString(from));
            QCOMPARE(after.updatedAt, updatedBefore);
            QCOMPARE(after.statusReason, QString());
            QCOMPARE(history.size(), historyBefore);
            QCOMPARE(changed.size(), 0);
        }
    }

    void needsReviewIsOnlyResolvedByAManager()
    {
        const Order o = create();
        moveTo(o.id, S::NeedsReview);
        auto byWebhook = m_store->transition(o.id, S::Paid, { QStringLiteral("webhook"), QString(), {}, {}, {} });
        QVERIFY(!byWebhook.ok());
        QCOMPARE(byWebhook.error().code, QStringLiteral("illegal_transition"));
        QCOMPARE(toString(m_store->order(o.id)->status), toString(S::NeedsReview));
        auto byManager = m_store->transition(o.id, S::Paid, { QStringLiteral("manager"), QString(), {}, {}, {} });
        QVERIFY(byManager.ok());
        QCOMPARE(toString(byManager->status), toString(S::Paid));
    }

    void paidKeepsStripeDetails()
    {
        const Order o = create();
        moveTo(o.id, S::AwaitingPayment);
        const QDateTime paidAt = kStart.addSecs(42);
        TransitionDetails details;
        details.source = QStringLiteral("webhook");
        details.paidAt = paidAt;
        details.paymentIntent = QStringLiteral("pi_123");
        details.customerEmail = QStringLiteral("Late.Buyer@Example.org");
        auto r = m_store->transition(o.id, S::Paid, details);
        QVERIFY(r.ok());
        QCOMPARE(r->paidAt, paidAt);
        QCOMPARE(r->paymentIntent, QStringLiteral("pi_123"));
        QCOMPARE(r->customerEmail, QStringLiteral("Late.Buyer@Example.org"));
        // The new e-mail is searchable, the old one no longer matches.
        HistoryFilter f;
        f.text = QStringLiteral("late.buyer");
        QCOMPARE(m_store->count(f).value(), qint64(1));
        f.text = QStringLiteral("ana@example");
        QCOMPARE(m_store->count(f).value(), qint64(0));
    }

    void changedSignalComesAfterCommit()
    {
        const Order o = create();
        auto second = OrderStore::open(location());
        QVERIFY(second.ok());
        OrderStatus seenByOtherConnection = S::Draft;
        connect(m_store.get(), &OrderStore::orderChanged, this,
            [&](qint64 id, OrderStatus) { seenByOtherConnection = second.value()->order(id)->status; });
        auto moved = m_store->transition(o.id, S::AwaitingPayment);
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().toString()));
        QCOMPARE(toString(seenByOtherConnection), toString(S::AwaitingPayment));
    }

    void sessionsAndAttempts()
    {
        const Order o = create();
        const Order other = create();
        const QDateTime expires = kStart.addSecs(1800);
        QVERIFY(m_store->setSession(o.id, QStringLiteral("cs_test_1"), QStringLiteral("https://pay/cs_test_1"), expires)
                    .ok());
        auto bySession = m_store->orderBySession(QStringLiteral("cs_test_1"));
        QVERIFY(bySession.ok());
        QCOMPARE(bySession->id, o.id);
        QCOMPARE(bySession->sessionUrl, QStringLiteral("https://pay/cs_test_1"));
        QCOMPARE(bySession->expiresAt, expires);
        QCOMPARE(m_store->orderBySession(QStringLiteral("cs_nope")).error().code, QStringLiteral("not_found"));

        auto dup = m_store->setSession(other.id, QStringLiteral("cs_test_1"), QString(), QDateTime());
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("duplicate_session"));
        QVERIFY(m_store->order(other.id)->sessionId.isEmpty());
        QCOMPARE(m_store->setSession(9999, QStringLiteral("cs_x"), QString(), QDateTime()).error().code,
            QStringLiteral("not_found"));

        QCOMPARE(m_store->order(o.id)->attempt, 1);
    }

    void eventsAreRecordedOnce()
    {
        const Order o = create();
        moveTo(o.id, S::AwaitingPayment);
        PaymentEvent e { QStringLiteral("evt_1"), QStringLiteral("checkout.session.completed"), kStart, o.id,
            QByteArrayLiteral("{\"id\":\"evt_1\"}") };
        QSignalSpy changed(m_store.get(), &OrderStore::orderChanged);
        auto first = recordOne(*m_store, e, S::Paid, { QStringLiteral("webhook"), QString(), {}, {}, {} });
        QVERIFY(first.ok());
        QCOMPARE(first.value(), OrderStore::EventOutcome::Applied);
        QCOMPARE(toString(m_store->order(o.id)->status), toString(S::Paid));
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_store->hasEvent(QStringLiteral("evt_1")));

        // The same event again (Stripe retries): nothing changes, even with another status.
        auto again = recordOne(*m_store, e, S::Failed, { QStringLiteral("webhook"), QString(), {}, {}, {} });
        QVERIFY(again.ok());
        QCOMPARE(again.value(), OrderStore::EventOutcome::Duplicate);
        QCOMPARE(toString(m_store->order(o.id)->status), toString(S::Paid));
        QCOMPARE(m_store->events(o.id)->size(), qsizetype(1));
        QCOMPARE(m_store->events(o.id)->at(0).payload, e.payload);
        QCOMPARE(m_store->statusHistory(o.id)->size(), qsizetype(2));
        QCOMPARE(changed.size(), 1);
    }

    void illegalEventTransitionKeepsEventAndOrder()
    {
        const Order o = create();
        moveTo(o.id, S::Paid);
        QSignalSpy changed(m_store.get(), &OrderStore::orderChanged);
        PaymentEvent late { QStringLiteral("evt_expired"), QStringLiteral("checkout.session.expired"), kStart, o.id,
            {} };
        auto r = recordOne(*m_store, late, S::Expired, { QStringLiteral("webhook"), QString(), {}, {}, {} });
        QVERIFY(r.ok());
        QCOMPARE(r.value(), OrderStore::EventOutcome::Applied);
        QCOMPARE(toString(m_store->order(o.id)->status), toString(S::Paid));
        QVERIFY(m_store->hasEvent(QStringLiteral("evt_expired")));
        QCOMPARE(changed.size(), 0);
    }

    void badEventsChangeNothing_data()
    {
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<qint64>("orderId");
        QTest::addColumn<QString>("code");
        QTest::addRow("no id") << QString() << qint64(1) << QStringLiteral("invalid_event");
        QTest::addRow("unknown order") << QStringLiteral("evt_b") << qint64(4242) << QStringLiteral("not_found");
    }
    void badEventsChangeNothing()
    {
        QFETCH(QString, eventId);
        QFETCH(qint64, orderId);
        QFETCH(QString, code);
        const Order o = create();
        moveTo(o.id, S::AwaitingPayment);
        PaymentEvent e { eventId, QStringLiteral("checkout.session.completed"), kStart, orderId, {} };
        auto r = recordOne(*m_store, e, S::Paid);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(tableCount(QStringLiteral("payment_events")), qint64(0));
        QCOMPARE(toString(m_store->order(o.id)->status), toString(S::AwaitingPayment));
    }

    void eventWithoutOrderIsKept()
    {
        PaymentEvent e { QStringLiteral("evt_orphan"), QStringLiteral("charge.refunded"), kStart, 0, {} };
        QCOMPARE(recordOne(*m_store, e).value(), OrderStore::EventOutcome::Applied);
        QVERIFY(m_store->hasEvent(QStringLiteral("evt_orphan")));
        QVERIFY(!m_store->hasEvent(QStringLiteral("evt_other")));
    }

    void ordersWithStatusOldestFirst()
    {
        const Order a = create();
        m_clock.advance(10);
        const Order b = create();
        m_clock.advance(10);
        const Order c = create();
        moveTo(a.id, S::AwaitingPayment);
        moveTo(c.id, S::Processing);
        moveTo(b.id, S::Paid);
        auto pending = m_store->ordersWithStatus({ S::AwaitingPayment, S::Processing });
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).id, a.id);
        QCOMPARE(pending->at(1).id, c.id);
        QCOMPARE(pending->at(0).lines.size(), 2);
    }

    void historyFilters_data()
    {
        QTest::addColumn<HistoryFilter>("filter");
        QTest::addColumn<QStringList>("numbers"); // newest first
        const auto at = [](int day, int hour) { return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC); };
        QTest::addRow("all") << HistoryFilter {}
                             << QStringList { QStringLiteral("K1-000005"), QStringLiteral("K1-000004"),
                                    QStringLiteral("K1-000003"), QStringLiteral("K1-000002"),
                                    QStringLiteral("K1-000001") };
        QTest::addRow("from inclusive") << HistoryFilter { at(11, 9), {}, {}, {} }
                                        << QStringList { QStringLiteral("K1-000005"), QStringLiteral("K1-000004"),
                                               QStringLiteral("K1-000003"), QStringLiteral("K1-000002") };
        QTest::addRow("to exclusive") << HistoryFilter { {}, at(11, 9), {}, {} }
                                      << QStringList { QStringLiteral("K1-000001") };
        QTest::addRow("one day") << HistoryFilter { at(11, 0), at(12, 0), {}, {} }
                                 << QStringList { QStringLiteral("K1-000003"), QStringLiteral("K1-000002") };
        QTest::addRow("empty range") << HistoryFilter { at(12, 0), at(11, 0), {}, {} } << QStringList {};
        QTest::addRow("paid") << HistoryFilter { {}, {}, { S::Paid }, {} }
                              << QStringList { QStringLiteral("K1-000004"), QStringLiteral("K1-000002") };
        QTest::addRow("paid or failed") << HistoryFilter { {}, {}, { S::Paid, S::Failed }, {} }
                                        << QStringList { QStringLiteral("K1-000005"), QStringLiteral("K1-000004"),
                                               QStringLiteral("K1-000002") };
        QTest::addRow("number") << HistoryFilter { {}, {}, {}, QStringLiteral("k1-000003") }
                                << QStringList { QStringLiteral("K1-000003") };
        QTest::addRow("email any case") << HistoryFilter { {}, {}, {}, QStringLiteral("BOB@") }
                                        << QStringList { QStringLiteral("K1-000004"), QStringLiteral("K1-000002") };
        QTest::addRow("product any case") << HistoryFilter { {}, {}, {}, QStringLiteral("latte") }
                                          << QStringList { QStringLiteral("K1-000005"), QStringLiteral("K1-000003") };
        QTest::addRow("short text") << HistoryFilter { {}, {}, {}, QStringLiteral("zo") }
                                    << QStringList { QStringLiteral("K1-000005") };
        // Shorter than three characters: only from the start of the order number or e-mail.
        QTest::addRow("short text inside") << HistoryFilter { {}, {}, {}, QStringLiteral("oe") } << QStringList {};
        QTest::addRow("short number prefix") << HistoryFilter { {}, {}, { S::Paid },
            QStringLiteral("k1") } << QStringList { QStringLiteral("K1-000004"), QStringLiteral("K1-000002") };
        // Longer texts match e-mails and numbers from the start of any word, product names anywhere.
        QTest::addRow("e-mail domain") << HistoryFilter { {}, {}, { S::Cancelled }, QStringLiteral("example.COM") }
                                       << QStringList { QStringLiteral("K1-000003") };
        QTest::addRow("number digits") << HistoryFilter { {}, {}, {}, QStringLiteral("000004") }
                                       << QStringList { QStringLiteral("K1-000004") };
        QTest::addRow("inside a word") << HistoryFilter { {}, {}, {}, QStringLiteral("xample") } << QStringList {};
        QTest::addRow("non-ascii") << HistoryFilter { {}, {}, {}, QStringLiteral("MÜSLI") }
                                   << QStringList { QStringLiteral("K1-000001") };
        QTest::addRow("wildcards are literal") << HistoryFilter { {}, {}, {}, QStringLiteral("%") } << QStringList {};
        QTest::addRow("quotes are literal")
            << HistoryFilter { {}, {}, {}, QStringLiteral("\"latte") } << QStringList {};
        QTest::addRow("no match") << HistoryFilter { {}, {}, {}, QStringLiteral("espresso") } << QStringList {};
        QTest::addRow("combined") << HistoryFilter { at(11, 0), at(13, 0), { S::Paid }, QStringLiteral("bob") }
                                  << QStringList { QStringLiteral("K1-000004"), QStringLiteral("K1-000002") };
        QTest::addRow("combined narrow") << HistoryFilter { at(11, 12), {}, { S::Paid, S::Draft },
            QStringLiteral("bob") } << QStringList { QStringLiteral("K1-000004") };
    }
    void historyFilters()
    {
        QFETCH(HistoryFilter, filter);
        QFETCH(QStringList, numbers);
        const auto at = [](int day, int hour) { return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC); };
        struct Seed
        {
            QDateTime when;
            QString email;
            QString product;
            S status;
        };
        const QList<Seed> seeds {
            { at(10, 9), QStringLiteral("ana@example.com"), QStringLiteral("Müsli Bowl"), S::Draft },
            { at(11, 9), QStringLiteral("bob@example.com"), QStringLiteral("Green Tea"), S::Paid },
            { at(11, 18), QStringLiteral("cy@example.com"), QStringLiteral("Oat Latte"), S::Cancelled },
            { at(12, 9), QStringLiteral("Bob@Example.com"), QStringLiteral("Bagel"), S::Paid },
            { at(13, 9), QStringLiteral("zoe@example.com"), QStringLiteral("LATTE Macchiato"), S::Failed },
        };
        for (const Seed &s : seeds) {
            m_clock.setNow(s.when);
            const Order o = create(newOrder(QStringLiteral("EUR"), s.email, { line(s.product, 1, 400) }));
            moveTo(o.id, s.status);
        }
        auto page = m_store->history(filter, 0, 50);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().toString()));
        QStringList got;
        for (const Order &o : page.value())
            got << o.number;
        QCOMPARE(got, numbers);
        QCOMPARE(m_store->count(filter).value(), qint64(numbers.size()));
        const auto totals = m_store->totals(filter).value();
        if (numbers.isEmpty()) {
            QVERIFY(totals.isEmpty());
        } else {
            QCOMPARE(totals.size(), 1);
            QCOMPARE(totals.at(0).amount, qint64(400 * numbers.size()));
            QCOMPARE(totals.at(0).orders, qint64(numbers.size()));
        }
    }

    void pagingIsNewestFirstAndStable()
    {
        // Three orders share each timestamp: pages must neither repeat nor skip any.
        QList<qint64> expected;
        for (int i = 0; i < 30; ++i) {
            if (i % 3 == 0)
                m_clock.advance(1);
            expected.prepend(create().id);
        }
        QList<qint64> seen;
        for (int offset = 0; offset < 40; offset += 7) {
            const auto page = m_store->history({}, offset, 7).value();
            for (const Order &o : page)
                seen << o.id;
        }
        QCOMPARE(seen, expected);
        QCOMPARE(m_store->history({}, 0, 0).error().code, QStringLiteral("invalid_page"));
        QCOMPARE(m_store->history({}, -1, 10).error().code, QStringLiteral("invalid_page"));
    }

    void totalsPerCurrencyMatchTheOrders()
    {
        // Random orders over ten days in three currencies and all statuses; totals for many
        // filters (whole days, partial days, statuses) must equal a plain sum over the orders.
        QRandomGenerator rng(1234);
        const QStringList currencies { QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("JPY") };
        struct Made
        {
            QDateTime at;
            QString currency;
            qint64 amount;
            S status;
        };
        QList<Made> made;
        const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 120; ++i) {
            m_clock.setNow(base.addSecs(rng.bounded(10 * 86400)));
            const QString cur = currencies.at(rng.bounded(currencies.size()));
            const Order o = create(
                newOrder(cur, QString(), { line(QStringLiteral("Item"), 1 + rng.bounded(3), 100 + rng.bounded(900)) }));
            const S status = allOrderStatuses().at(rng.bounded(allOrderStatuses().size()));
            moveTo(o.id, status);
            made.append({ o.createdAt, cur, o.amountTotal, status });
        }
        for (int round = 0; round < 60; ++round) {
            HistoryFilter f;
            if (round % 4 != 0)
                f.from = base.addSecs(rng.bounded(10 * 86400));
            if (round % 3 != 0)
                f.to = base.addSecs(rng.bounded(10 * 86400) + (round % 5 == 0 ? 0 : 43200));
            if (round % 2 == 0)
                f.to = f.to.isValid() ? QDateTime(f.to.date(), QTime(0, 0), Qt::UTC) : f.to; // whole days
            if (round % 5 == 1)
                f.statuses = { S::Paid };
            else if (round % 5 == 2)
                f.statuses = { S::Failed, S::Expired, S::Cancelled };
            std::map<QString, std::pair<qint64, qint64>> expect;
            for (const Made &m : made) {
                if (f.from.isValid() && m.at < f.from)
                    continue;
                if (f.to.isValid() && m.at >= f.to)
                    continue;
                if (!f.statuses.isEmpty() && !f.statuses.contains(m.status))
                    continue;
                expect[m.currency].first += m.amount;
                expect[m.currency].second += 1;
            }
            const auto totals = m_store->totals(f).value();
            std::map<QString, std::pair<qint64, qint64>> got;
            for (const CurrencyTotal &t : totals)
                got[t.currency] = { t.amount, t.orders };
            QVERIFY2(got == expect, qPrintable(QStringLiteral("round %1").arg(round)));
            qint64 n = 0;
            for (const auto &e : expect)
                n += e.second.second;
            QCOMPARE(m_store->count(f).value(), n);
        }
    }

    void totalsFollowChanges()
    {
        const Order a = create();
        HistoryFilter paid;
        paid.statuses = { S::Paid };
        QCOMPARE(m_store->count(paid).value(), qint64(0));
        QVERIFY(m_store->totals(paid).value().isEmpty());
        moveTo(a.id, S::Paid);
        QCOMPARE(m_store->count(paid).value(), qint64(1));
        QCOMPARE(m_store->totals(paid).value().at(0).amount, a.amountTotal);

        // A write through another connection (a second kiosk process) shows up too.
        auto other = OrderStore::open(location());
        QVERIFY(other.ok());
        const Order b = other.value()->createOrder(newOrder()).value();
        QVERIFY(other.value()->transition(b.id, S::AwaitingPayment).ok());
        QVERIFY(other.value()->transition(b.id, S::Paid).ok());
        QCOMPARE(m_store->count(paid).value(), qint64(2));
        QCOMPARE(m_store->totals(paid).value().at(0).amount, a.amountTotal + b.amountTotal);
    }

    void keyValues()
    {
        QCOMPARE(m_store->value(QStringLiteral("events.cursor")).value(), QString());
        QCOMPARE(
            m_store->value(QStringLiteral("events.cursor"), QStringLiteral("none")).value(), QStringLiteral("none"));
        QVERIFY(m_store->setValue(QStringLiteral("events.cursor"), QStringLiteral("evt_9")).ok());
        QCOMPARE(m_store->value(QStringLiteral("events.cursor")).value(), QStringLiteral("evt_9"));
        QVERIFY(m_store->setValue(QStringLiteral("events.cursor"), QStringLiteral("evt_10")).ok());
        QCOMPARE(m_store->value(QStringLiteral("events.cursor")).value(), QStringLiteral("evt_10"));
        QVERIFY(m_store->setValue(QStringLiteral("empty"), QString()).ok());
        QCOMPARE(m_store->value(QStringLiteral("empty"), QStringLiteral("dflt")).value(), QString());
        QCOMPARE(m_store->setValue(QString(), QStringLiteral("x")).error().code, QStringLiteral("invalid_key"));
        // Survives reopening.
        const QString path = location();
        m_store.reset();
        auto reopened = OrderStore::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->value(QStringLiteral("events.cursor")).value(), QStringLiteral("evt_10"));
    }

    void reopensWithDataAndVersion()
    {
        const Order o = create();
        const QString path = location();
        QCOMPARE(m_store->schemaVersion(), OrderStore::latestSchemaVersion());
        m_store.reset();
        auto reopened = OrderStore::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->schemaVersion(), OrderStore::latestSchemaVersion());
        QCOMPARE(reopened.value()->order(o.id)->number, o.number);
    }

    void installationIdAndCancelRequestAreKept()
    {
        const QString installation = m_store->installationId();
        QCOMPARE(installation.size(), 16);
        const Order o = create();
        QCOMPARE(o.installationId, installation);
        QVERIFY(!o.cancelRequestedAt.isValid());
        const Order requested = m_store->requestCancel(o.id).value();
        QVERIFY(requested.cancelRequestedAt.isValid());
        QCOMPARE(toString(requested.status), toString(S::Draft)); // the coordinator settles it
        QCOMPARE(m_store->requestCancel(o.id)->cancelRequestedAt, requested.cancelRequestedAt); // first one kept
        QCOMPARE(m_store->requestCancel(9999).error().code, QStringLiteral("not_found"));
        const QString path = location();
        m_store.reset();
        auto reopened = OrderStore::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->installationId(), installation);
        QCOMPARE(reopened.value()->order(o.id)->cancelRequestedAt, requested.cancelRequestedAt);
        // Another database is another installation.
        auto other = OrderStore::open(
            Kiosk::Test::TestDatabase::fresh(m_dir.filePath(QStringLiteral("another-%1.sqlite").arg(m_serial))));
        QVERIFY(other.ok());
        QVERIFY(other.value()->installationId() != installation);
    }

    void migratesASchemaOneDatabase()
    {
        // A database as schema 1 left it: no installation or cancel columns, no refunds yet.
        const Order o = create();
        const QString path = location();
        m_store.reset();
        QVERIFY(rawExec(path, QStringLiteral("ALTER TABLE orders DROP COLUMN installation_id")));
        QVERIFY(rawExec(path, QStringLiteral("ALTER TABLE orders DROP COLUMN cancel_requested_at")));
        QVERIFY(rawExec(path, QStringLiteral("DELETE FROM kv WHERE key = 'store.installation_id'")));
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE settings")));
        QVERIFY(rawExec(path, QStringLiteral("ALTER TABLE order_lines DROP COLUMN options")));
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE day_closes")));
        QVERIFY(rawExec(path, QStringLiteral("DROP INDEX orders_paid")));
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE refunds")));
        QVERIFY(rawExec(path, QStringLiteral("DROP INDEX orders_payment_intent")));
        QVERIFY(rawExec(path, QStringLiteral("ALTER TABLE orders DROP COLUMN amount_refunded")));
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE kiosks")));
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE audit_log")));
        QVERIFY(rawExec(path, QStringLiteral("DROP INDEX orders_kiosk")));
        QVERIFY(rawExec(path, QStringLiteral("DROP INDEX orders_kiosk_paid")));
        QVERIFY(dropTaxColumns(path));
        QVERIFY(dropDiscountColumns(path));
        QVERIFY(dropCashSchema(path));
        QVERIFY(rawExec(path, QStringLiteral("UPDATE schema_version SET version = 1")));
        auto reopened = OrderStore::open(path);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().toString()));
        QCOMPARE(reopened.value()->schemaVersion(), OrderStore::latestSchemaVersion());
        const Order old = reopened.value()->order(o.id).value();
        QCOMPARE(old.number, o.number);
        QVERIFY(old.installationId.isEmpty()); // made before installation ids: never claimed by one
        QVERIFY(!reopened.value()->installationId().isEmpty());
        QVERIFY(reopened.value()->requestCancel(o.id)->cancelRequestedAt.isValid());
        // Schema 4: lines from before options read back without any.
        QVERIFY(!reopened.value()->order(o.id)->lines.isEmpty());
        QVERIFY(reopened.value()->order(o.id)->lines.first().options.isEmpty());
        // Schema 6: orders from before tax read back untaxed, net = gross.
        QCOMPARE(old.amountTax, qint64(0));
        QCOMPARE(old.amountNet(), old.amountTotal);
        QVERIFY(old.taxByRate().isEmpty());
        QVERIFY(old.lines.first().taxRate.isEmpty());
        // Schema 10: orders from before discounts read back without one.
        QVERIFY(old.discountKind.isEmpty());
        QCOMPARE(old.amountDiscount, qint64(0));
        QCOMPARE(old.lines.first().amountDiscount, qint64(0));
    }

    void taxIsKeptPerLineAndRate_data()
    {
        QTest::addColumn<bool>("inclusive");
        QTest::addColumn<qint64>("total");
        QTest::addRow("inclusive: the total is the shelf price") << true << qint64(2 * 350 + 280);
        QTest::addRow("exclusive: the tax is added") << false << qint64(2 * 350 + 280 + 133 + 20);
    }

    void taxIsKeptPerLineAndRate()
    {
        QFETCH(bool, inclusive);
        QFETCH(qint64, total);
        auto n = newOrder();
        const auto rate = [&](OrderLine &l, const char *id, qint64 scaled, qint64 tax) {
            l.taxRate = QLatin1String(id);
            l.taxPercentage = Percentage::fromScaled(scaled).value();
            l.taxInclusive = inclusive;
            l.amountTax = tax;
            l.stripeTaxRate = QStringLiteral("txr_") + QLatin1String(id).left(3);
        };
        OrderLine third = n.lines.at(1);
        third.productId = QStringLiteral("p3");
        n.lines.append(third);
        rate(n.lines[0], "std", 190000, 133);
        rate(n.lines[1], "red", 70000, 20);
        n.lines[2].amountTax = 0; // untaxed
        n.lines[2].unitAmount = 0;
        n.lines[2].lineTotal = 0;
        const Order o = create(n);
        QCOMPARE(o.amountTax, qint64(153));
        QCOMPARE(o.amountTotal, total);
        const Order read = m_store->order(o.id).value();
        QCOMPARE(read.amountTax, qint64(153));
        QCOMPARE(read.amountTotal, total);
        QCOMPARE(read.amountNet(), total - 153);
        QCOMPARE(read.lines.at(0).amountTax, qint64(133));
        QCOMPARE(read.lines.at(0).taxRate, QStringLiteral("std"));
        QCOMPARE(read.lines.at(0).taxPercentage.scaled(), qint64(190000));
        QCOMPARE(read.lines.at(0).taxInclusive, inclusive);
        QCOMPARE(read.lines.at(0).stripeTaxRate, QStringLiteral("txr_std"));
        QVERIFY(read.lines.at(2).taxRate.isEmpty());
        QVERIFY(read.lines.at(2).stripeTaxRate.isEmpty());
        const QList<RateTax> rates = read.taxByRate();
        QCOMPARE(rates.size(), 2);
        QCOMPARE(rates.at(0).rate, QStringLiteral("std"));
        QCOMPARE(rates.at(0).amount, qint64(133));
        QCOMPARE(rates.at(0).taxableAmount, inclusive ? qint64(700 - 133) : qint64(700));
        QCOMPARE(rates.at(1).amount, qint64(20));
        // Totals per currency (history) count what the customer paid.
        QCOMPARE(m_store->count({}).value(), qint64(1));
    }

    void discountIsKeptWithTheOrderAndItsLines()
    {
        // 10 % off 700 + 280: 98 in all, 70 and 28 by the lines; the total is after it.
        auto n = newOrder();
        n.discountKind = Order::kDiscountPercentOff;
        n.discountValue = QStringLiteral("10");
        n.lines[0].amountDiscount = 70;
        n.lines[1].amountDiscount = 28;
        const Order o = create(n);
        QCOMPARE(o.amountSubtotal, qint64(980));
        QCOMPARE(o.amountDiscount, qint64(98));
        QCOMPARE(o.amountTotal, qint64(882));
        const Order read = m_store->order(o.id).value();
        QCOMPARE(read.discountKind, QStringLiteral("percent_off"));
        QCOMPARE(read.discountValue, QStringLiteral("10"));
        QCOMPARE(read.amountDiscount, qint64(98));
        QCOMPARE(read.amountTotal, qint64(882));
        QCOMPARE(read.lines.at(0).amountDiscount, qint64(70));
        QCOMPARE(read.lines.at(0).amountGross(), qint64(630));
        QVERIFY(read.stripeCoupon.isEmpty());
        // The coupon is stored once; the same id again is fine, another one is refused.
        QVERIFY(m_store->setCoupon(o.id, QStringLiteral("co_1")).ok());
        QVERIFY(m_store->setCoupon(o.id, QStringLiteral("co_1")).ok());
        QCOMPARE(m_store->setCoupon(o.id, QStringLiteral("co_2")).error().code, QStringLiteral("coupon_mismatch"));
        QCOMPARE(m_store->order(o.id)->stripeCoupon, QStringLiteral("co_1"));
        // An order without a discount takes no coupon.
        const Order plain = create();
        QCOMPARE(m_store->setCoupon(plain.id, QStringLiteral("co_3")).error().code, QStringLiteral("coupon_mismatch"));
    }

    void refusesADiscountThatDoesNotFit_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("share");
        QTest::addColumn<QString>("code");
        QTest::addRow("share above the line")
            << QStringLiteral("amount_off") << QStringLiteral("800") << qint64(701) << QStringLiteral("invalid_line");
        QTest::addRow("negative share") << QStringLiteral("amount_off") << QStringLiteral("1") << qint64(-1)
                                        << QStringLiteral("invalid_line");
        QTest::addRow("share without a discount")
            << QString() << QString() << qint64(10) << QStringLiteral("invalid_discount");
        QTest::addRow("unknown kind") << QStringLiteral("half_price") << QStringLiteral("50") << qint64(10)
                                      << QStringLiteral("invalid_discount");
        QTest::addRow("kind without value")
            << QStringLiteral("percent_off") << QString() << qint64(10) << QStringLiteral("invalid_discount");
    }

    void refusesADiscountThatDoesNotFit()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(qint64, share);
        QFETCH(QString, code);
        auto n = newOrder();
        n.discountKind = kind;
        n.discountValue = value;
        n.lines[0].amountDiscount = share;
        const auto r = m_store->createOrder(n);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QCOMPARE(m_store->count({}).value(), qint64(0));
    }

    void migrationMovesThePinToTheSettings()
    {
        // A database as schema 2 left it: the PIN's rows in the order store's kv table.
        create();
        const QString path = location();
        m_store.reset();
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE settings")));
        QVERIFY(rawExec(path, QStringLiteral("INSERT INTO kv (key, value) VALUES ('security/pin.hash', 'h')")));
        QVERIFY(rawExec(path, QStringLiteral("INSERT INTO kv (key, value) VALUES ('security/pin.failures', '3')")));
        QVERIFY(rawExec(path, QStringLiteral("ALTER TABLE order_lines DROP COLUMN options")));
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE day_closes")));
        QVERIFY(rawExec(path, QStringLiteral("DROP INDEX orders_paid")));
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE refunds")));
        QVERIFY(rawExec(path, QStringLiteral("DROP INDEX orders_payment_intent")));
        QVERIFY(rawExec(path, QStringLiteral("ALTER TABLE orders DROP COLUMN amount_refunded")));
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE kiosks")));
        QVERIFY(rawExec(path, QStringLiteral("DROP TABLE audit_log")));
        QVERIFY(rawExec(path, QStringLiteral("DROP INDEX orders_kiosk")));
        QVERIFY(rawExec(path, QStringLiteral("DROP INDEX orders_kiosk_paid")));
        QVERIFY(dropTaxColumns(path));
        QVERIFY(dropDiscountColumns(path));
        QVERIFY(dropCashSchema(path));
        QVERIFY(rawExec(path, QStringLiteral("UPDATE schema_version SET version = 2")));
        auto reopened = OrderStore::open(path);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().toString()));
        QCOMPARE(reopened.value()->schemaVersion(), OrderStore::latestSchemaVersion());
        SettingsStore settings(reopened.value()->database());
        QCOMPARE(settings.value(QStringLiteral("security/pin.hash")).value(), QStringLiteral("h"));
        QCOMPARE(settings.value(QStringLiteral("security/pin.failures")).value(), QStringLiteral("3"));
        QCOMPARE(reopened.value()->value(QStringLiteral("security/pin.hash")).value(), QString());
        // The order store's own state stays where it was.
        QVERIFY(!reopened.value()->installationId().isEmpty());
    }

    void severalStoresInOneProcess()
    {
        auto other = OrderStore::open(
            Kiosk::Test::TestDatabase::fresh(m_dir.filePath(QStringLiteral("other-%1.sqlite").arg(m_serial))));
        QVERIFY(other.ok());
        create();
        QCOMPARE(m_store->count({}).value(), qint64(1));
        QCOMPARE(other.value()->count({}).value(), qint64(0));
    }

    void refusesNewerSchema()
    {
        create();
        const QString path = location();
        m_store.reset();
        QVERIFY(rawExec(
            path, QStringLiteral("UPDATE schema_version SET version = %1").arg(OrderStore::latestSchemaVersion() + 1)));
        const bool sqlite = !Kiosk::Test::TestDatabase::isPostgres();
        if (sqlite)
            QVERIFY(rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QByteArray before = sqlite ? readAll(path) : QByteArray();
        auto r = OrderStore::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("schema_too_new"));
        QVERIFY(r.error().message.contains(QStringLiteral("newer")));
        if (sqlite)
            QCOMPARE(readAll(path), before);
    }

    void refusesFilesThatAreNotOrderDatabases_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::addRow("random bytes") << QStringLiteral("random") << QStringLiteral("not_a_database");
        QTest::addRow("text file") << QStringLiteral("text") << QStringLiteral("not_a_database");
        QTest::addRow("header only") << QStringLiteral("header") << QStringLiteral("not_a_database");
        QTest::addRow("half written") << QStringLiteral("truncated") << QStringLiteral("corrupt_database");
        QTest::addRow("damaged pages") << QStringLiteral("damaged") << QStringLiteral("corrupt_database");
        QTest::addRow("other application") << QStringLiteral("foreign") << QStringLiteral("not_a_database");
    }
    void refusesFilesThatAreNotOrderDatabases()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        if (Kiosk::Test::TestDatabase::isPostgres())
            QSKIP("checks of an SQLite file; a PostgreSQL database has no file to damage");
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(kind));
        QByteArray bytes;
        if (kind == QLatin1String("random")) {
            bytes.resize(64 * 1024);
            QRandomGenerator rng(7);
            for (char &c : bytes)
                c = static_cast<char>(rng.bounded(256));
        } else if (kind == QLatin1String("text")) {
            bytes = QByteArrayLiteral("id,amount\n1,100\n");
        } else if (kind == QLatin1String("header")) {
            bytes = QByteArrayLiteral("SQLite format 3");
        } else if (kind == QLatin1String("foreign")) {
            QVERIFY(rawExec(path, QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")));
        } else {
            for (int i = 0; i < 50; ++i)
                create();
            const QString good = m_store->path();
            m_store.reset();
            QVERIFY(rawExec(good, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            bytes = readAll(good);
            QVERIFY(bytes.size() > 8192);
            if (kind == QLatin1String("truncated")) {
                bytes.truncate(bytes.size() / 2 + 100);
            } else {
                // Overwrite the schema page after the header: sqlite_master cannot be read.
                for (int i = 100; i < 4096; ++i)
                    bytes[i] = static_cast<char>(0xA5);
            }
        }
        if (!bytes.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
        }
        const QByteArray before = readAll(path);
        auto r = OrderStore::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(r.error().message.contains(QStringLiteral("untouched")));
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void productTextTotalsMatchBruteForce()
    {
        // Enough orders that a common product walks the history instead of fetching by id. Some
        // orders hold two different matching products or the same product twice, and some
        // e-mails match the text as well: every order must count exactly once.
        const QStringList products { QStringLiteral("Small Oat Latte"), QStringLiteral("Large Oat Latte"),
            QStringLiteral("Chai Latte"), QStringLiteral("Croissant"), QStringLiteral("Blueberry Muffin"),
            QStringLiteral("Bagel") };
        const QStringList emails { QString(), QStringLiteral("latte.fan@example.com"),
            QStringLiteral("ana.chai@mail.example.org"), QStringLiteral("bo@example.com") };
        const QStringList currencies { QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("JPY") };
        const QList<S> statuses { S::AwaitingPayment, S::Paid, S::Expired, S::Draft };
        const QDateTime base(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        QRandomGenerator rng(77);
        QList<Order> batch;
        for (int i = 0; i < 2600; ++i) {
            Order o;
            o.createdAt = base.addSecs(rng.bounded(6 * 86400));
            o.currency = currencies.at(rng.bounded(currencies.size()));
            o.status = statuses.at(rng.bounded(statuses.size()));
            if (o.status == S::Paid)
                o.paidAt = o.createdAt.addSecs(60);
            o.customerEmail = emails.at(rng.bounded(emails.size()));
            const int lines = 1 + rng.bounded(3);
            for (int l = 0; l < lines; ++l) {
                o.lines << line(products.at(rng.bounded(products.size())), 1 + rng.bounded(2), 100 + rng.bounded(400));
                o.amountSubtotal += o.lines.last().quantity * o.lines.last().unitAmount;
            }
            o.amountTotal = o.amountSubtotal;
            batch << o;
        }
        // Hand-made: both oat lattes and an e-mail that matches "latte" too; the same product twice.
        Order both;
        both.createdAt = base.addSecs(3 * 86400 + 3600);
        both.currency = QStringLiteral("EUR");
        both.status = S::AwaitingPayment;
        both.customerEmail = QStringLiteral("latte.fan@example.com");
        both.lines = { line(QStringLiteral("Small Oat Latte"), 1, 300), line(QStringLiteral("Large Oat Latte"), 1, 400),
            line(QStringLiteral("Oat Latte Special"), 1, 500) };
        both.amountSubtotal = both.amountTotal = 1200;
        Order twice = both;
        twice.customerEmail.clear();
        twice.lines = { line(QStringLiteral("Chai Latte"), 1, 350), line(QStringLiteral("Chai Latte"), 2, 350),
            line(QStringLiteral("Oat Latte Special"), 1, 0) };
        twice.amountSubtotal = twice.amountTotal = 1050;
        batch << both << twice;
        const auto ids = m_store->importOrders(batch);
        QVERIFY2(ids.ok(), ids.ok() ? "" : qPrintable(ids.error().toString()));
        // Status and e-mail changes after the import must move the per-product totals along.
        for (int i = 0; i < ids->size(); i += 7) {
            const qint64 id = ids->at(i);
            if (m_store->order(id)->status != S::AwaitingPayment)
                continue;
            TransitionDetails details;
            details.source = QStringLiteral("test");
            if (i % 2 == 0)
                details.customerEmail = QStringLiteral("late.chai@example.net");
            QVERIFY(m_store->transition(id, i % 3 == 0 ? S::Expired : S::Cancelled, details).ok());
        }
        QVERIFY(m_store->transition(ids->at(ids->size() - 2), S::Cancelled).ok()); // "both"

        QSqlDatabase raw = Kiosk::Test::TestDatabase::connect(location(), QStringLiteral("brute"));
        QVERIFY(raw.isOpen());
        // Word-prefix match on number and e-mail, computed here independently of the store.
        const auto wordPrefix = [](const QString &field, const QString &needle) {
            const QString f = field.toLower();
            for (qsizetype at = f.indexOf(needle); at >= 0; at = f.indexOf(needle, at + 1)) {
                if (at == 0 || (needle.size() >= 3 && !f.at(at - 1).isLetterOrNumber()))
                    return true;
            }
            return false;
        };
        // Common and rare texts, so pages are both walked newest first and fetched by id.
        const QStringList texts { QStringLiteral("latte"), QStringLiteral("oat latte"), QStringLiteral("chai"),
            QStringLiteral("Muffin"), QStringLiteral("latte.f"), QStringLiteral("la"), QStringLiteral("special"),
            QStringLiteral("k1-0000") };
        for (int round = 0; round < 6 * int(texts.size()); ++round) {
            HistoryFilter f;
            f.text = texts.at(round % texts.size());
            const int shape = round / texts.size();
            if (shape == 1 || shape == 3)
                f.from = base.addSecs(86400 + 5 * 3600); // partial first day
            if (shape == 2 || shape == 3)
                f.to = base.addDays(shape == 2 ? 4 : 5).addSecs(shape == 2 ? 0 : 7200);
            if (shape >= 4)
                f.statuses = shape == 4 ? QList<S> { S::Paid } : QList<S> { S::Cancelled, S::Expired };
            if (shape == 5)
                f.from = base.addDays(2);
            const QString needle = f.text.toLower();

            QStringList termIds { QStringLiteral("-1") };
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT id, number, customer_email FROM orders")));
            while (q.next()) {
                if (wordPrefix(q.value(1).toString(), needle) || wordPrefix(q.value(2).toString(), needle))
                    termIds << q.value(0).toString();
            }
            QStringList conditions { QStringLiteral("(o.id IN (%1) OR EXISTS (SELECT 1 FROM order_lines l WHERE "
                                                    "l.order_id = o.id AND %2(lower(l.name), ?) > 0 AND ? >= 3))")
                                         .arg(termIds.join(QLatin1Char(',')),
                                             Kiosk::Test::TestDatabase::isPostgres() ? QStringLiteral("strpos")
                                                                                     : QStringLiteral("instr")) };
            QVariantList binds { needle, needle.size() };
            if (f.from.isValid()) {
                conditions << QStringLiteral("o.created_at >= ?");
                binds << f.from.toMSecsSinceEpoch();
            }
            if (f.to.isValid()) {
                conditions << QStringLiteral("o.created_at < ?");
                binds << f.to.toMSecsSinceEpoch();
            }
            QStringList in;
            for (const S s : f.statuses)
                in << QLatin1Char('\'') + toString(s) + QLatin1Char('\'');
            if (!in.isEmpty())
                conditions << QStringLiteral("o.status IN (%1)").arg(in.join(QLatin1Char(',')));
            const QString whereSql = conditions.join(QStringLiteral(" AND "));

            std::map<QString, std::pair<qint64, qint64>> expect;
            QVERIFY(q.prepare(QStringLiteral("SELECT o.currency, SUM(o.amount_total), COUNT(*) FROM orders o WHERE %1 "
                                             "GROUP BY o.currency")
                                  .arg(whereSql)));
            for (const QVariant &b : binds)
                q.addBindValue(b);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            qint64 n = 0;
            while (q.next()) {
                expect[q.value(0).toString()] = { q.value(1).toLongLong(), q.value(2).toLongLong() };
                n += q.value(2).toLongLong();
            }
            QList<qint64> expectIds;
            const int offset = n > 60 ? 40 : 0;
            QVERIFY(q.prepare(QStringLiteral("SELECT o.id FROM orders o WHERE %1 ORDER BY o.created_at DESC, o.id DESC "
                                             "LIMIT 50 OFFSET %2")
                                  .arg(whereSql)
                                  .arg(offset)));
            for (const QVariant &b : binds)
                q.addBindValue(b);
            QVERIFY(q.exec());
            while (q.next())
                expectIds << q.value(0).toLongLong();

            const QString what = QStringLiteral("round %1, text \"%2\"").arg(round).arg(f.text);
            m_store->clearCache();
            std::map<QString, std::pair<qint64, qint64>> got;
            const QList<CurrencyTotal> totals = m_store->totals(f).value();
            for (const CurrencyTotal &t : totals)
                got[t.currency] = { t.amount, t.orders };
            QVERIFY2(got == expect, qPrintable(what));
            QVERIFY2(n > 0 || shape > 0, qPrintable(what)); // unfiltered, every text matches something
            QCOMPARE(m_store->count(f).value(), n);
            QList<qint64> gotIds;
            const QList<Order> page = m_store->history(f, offset, 50).value();
            for (const Order &o : page)
                gotIds << o.id;
            QVERIFY2(gotIds == expectIds, qPrintable(what));
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("brute"));
    }

    void numberingContinuesAboveImportedHistory()
    {
        // History for the same kiosk id, imported or generated: numbers the counter never gave out.
        QList<Order> history;
        for (const QString &number : { QStringLiteral("K1-000001"), QStringLiteral("K1-000002"),
                 QStringLiteral("K1-000041"), QStringLiteral("K1-000007"), QStringLiteral("K12-000900") }) {
            Order o;
            o.number = number;
            o.kioskId = number.section(QLatin1Char('-'), 0, 0);
            o.createdAt = kStart.addDays(-3);
            o.status = S::Cancelled;
            o.currency = QStringLiteral("EUR");
            o.lines = { line(QStringLiteral("Scone"), 1, 150) };
            o.amountSubtotal = o.amountTotal = 150;
            history.append(o);
        }
        QVERIFY(m_store->importOrders(history).ok());
        const auto next = [this](const OrderStore::NewOrder &o = newOrder()) {
            const auto created = m_store->createOrder(o);
            return created ? created->number : created.error().message;
        };
        QCOMPARE(next(), QStringLiteral("K1-000042"));
        QCOMPARE(next(), QStringLiteral("K1-000043"));
        // Survives reopening (the counter remembers), and other kiosk ids keep their own counters.
        const QString path = location();
        m_store.reset();
        m_store = std::move(OrderStore::open(path)).value();
        QCOMPARE(next(), QStringLiteral("K1-000044"));
        OrderStore::NewOrder k2 = newOrder();
        k2.kioskId = QStringLiteral("K2");
        QCOMPARE(next(k2), QStringLiteral("K2-000001"));
    }

    void storeErrorsShowNoSql()
    {
        create();
        QVERIFY(rawExec(location(),
            Kiosk::Test::TestDatabase::isPostgres()
                ? QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE "
                                 "EXCEPTION 'UNIQUE constraint failed: orders.number'; END $$; CREATE TRIGGER refuse "
                                 "BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION refuse()")
                : QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON orders BEGIN SELECT RAISE(ABORT, 'UNIQUE "
                                 "constraint failed: orders.number'); END")));
        const auto refused = m_store->createOrder(newOrder());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("database_error"));
        QVERIFY2(!refused.error().message.contains(QLatin1String("UNIQUE")), qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QLatin1String("orders.")));
        QVERIFY(refused.error().message.startsWith(QLatin1String("Could not save the order")));
    }

    void importKeepsHistoricOrders()
    {
        Order o;
        o.number = QStringLiteral("K9-123456");
        o.createdAt = kStart.addDays(-30);
        o.status = S::Paid;
        o.paidAt = o.createdAt.addSecs(60);
        o.currency = QStringLiteral("GBP");
        o.lines = { line(QStringLiteral("Scone"), 3, 150) };
        o.amountSubtotal = 450;
        o.amountTotal = 450;
        o.customerEmail = QStringLiteral("imp@example.com");
        auto ids = m_store->importOrders({ o });
        QVERIFY(ids.ok());
        auto read = m_store->orderByNumber(QStringLiteral("K9-123456"));
        QVERIFY(read.ok());
        QCOMPARE(toString(read->status), toString(S::Paid));
        QCOMPARE(read->createdAt, o.createdAt);
        QCOMPARE(read->paidAt, o.paidAt);
        HistoryFilter f;
        f.text = QStringLiteral("scone");
        QCOMPARE(m_store->totals(f).value().at(0).amount, qint64(450));

        Order bad = o;
        bad.number = QStringLiteral("K9-000002");
        bad.amountSubtotal = 999;
        Order fine = o;
        fine.number = QStringLiteral("K9-000003");
        auto r = m_store->importOrders({ fine, bad });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("amount_mismatch"));
        QVERIFY(!m_store->orderByNumber(QStringLiteral("K9-000003")).ok()); // all or nothing
    }
};

QTEST_GUILESS_MAIN(TestOrderStore)
#include "tst_orderstore.moc"
