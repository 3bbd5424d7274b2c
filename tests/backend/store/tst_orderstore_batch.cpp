// SPDX-License-Identifier: MIT
// OrderStore::recordEvents(): group commit of payment events, each in its own savepoint.
#include "Database.h"
#include "OrderStore.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::OrderStatus)

namespace {

using S = OrderStatus;
using Decision = std::optional<OrderStore::EventDecision>;

OrderStore::NewOrder newOrder()
{
    OrderLine l;
    l.productId = QStringLiteral("prod_flat_white");
    l.sku = QStringLiteral("FLA");
    l.name = QStringLiteral("Flat White");
    l.quantity = 2;
    l.unitAmount = 350;
    OrderStore::NewOrder o;
    o.currency = QStringLiteral("EUR");
    o.lines = { l };
    o.kioskId = QStringLiteral("K1");
    return o;
}

OrderStore::EventWrite write(const QString &id, qint64 orderId, std::optional<S> to = std::nullopt)
{
    OrderStore::EventWrite w;
    w.event.eventId = id;
    w.event.type = QStringLiteral("checkout.session.completed");
    w.event.orderId = orderId;
    w.event.payload = QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\"}");
    if (to) {
        const S target = *to;
        w.decide = [target](const Order &) -> Result<Decision> {
            return Decision(
                OrderStore::EventDecision { target, TransitionDetails { QStringLiteral("webhook"), {}, {}, {}, {} } });
        };
    }
    return w;
}

int entriesInto(OrderStore &store, qint64 orderId, S status)
{
    const auto history = store.statusHistory(orderId);
    if (!history)
        return -1;
    int n = 0;
    for (const StatusChange &c : history.value())
        n += c.to == status ? 1 : 0;
    return n;
}

} // namespace

class TestOrderStoreBatch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OrderStore> m_store;
    int m_serial = 0;

    qint64 awaitingOrder()
    {
        auto order = m_store->createOrder(newOrder());
        if (!order)
            return 0;
        if (!m_store->transition(order->id, S::AwaitingPayment))
            return 0;
        return order->id;
    }

    /** Runs DDL on a second connection to the same database (a fault the store does not know about). */
    bool exec(const QString &sql)
    {
        return Kiosk::Test::TestDatabase::exec(m_store->database()->reopenLocation(), sql);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        KIOSK_REQUIRE_TEST_DATABASE();
        auto store = OrderStore::open(
            Kiosk::Test::TestDatabase::fresh(m_dir.filePath(QStringLiteral("batch-%1.sqlite").arg(++m_serial))));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        m_store = std::move(store).value();
    }
    void cleanup() { m_store.reset(); }

    void emptyBatchIsEmpty() { QVERIFY(m_store->recordEvents({}).isEmpty()); }

    void eachEventGetsItsOwnOutcome()
    {
        const qint64 id = awaitingOrder();
        QVERIFY(id > 0);
        QSignalSpy changed(m_store.get(), &OrderStore::orderChanged);
        OrderStore::EventWrite refused = write(QStringLiteral("evt_refused"), id);
        refused.decide = [](const Order &) -> Result<Decision> {
            return makeError(QStringLiteral("refused"), QStringLiteral("test refuses this event"));
        };
        const auto results = m_store->recordEvents({
            write(QStringLiteral("evt_paid"), id, S::Paid),
            write(QStringLiteral("evt_paid"), id, S::Paid), // redelivered within the batch
            refused, write(QStringLiteral("evt_other"), 0), // belongs to no order
            write(QStringLiteral("evt_ghost"), 999999), // names an order that does not exist
            write(QString(), 0), // no id
        });
        QCOMPARE(results.size(), 6);
        QVERIFY(results[0].outcome);
        QCOMPARE(results[0].outcome.value(), OrderStore::EventOutcome::Applied);
        QVERIFY(results[0].changed);
        QCOMPARE(toString(results[0].changed->status), toString(S::Paid));
        QVERIFY(results[1].outcome);
        QCOMPARE(results[1].outcome.value(), OrderStore::EventOutcome::Duplicate);
        QVERIFY(!results[1].changed);
        QVERIFY(!results[2].outcome);
        QCOMPARE(results[2].outcome.error().code, QStringLiteral("refused"));
        QVERIFY(results[3].outcome);
        QCOMPARE(results[3].outcome.value(), OrderStore::EventOutcome::Applied);
        QVERIFY(!results[4].outcome);
        QCOMPARE(results[4].outcome.error().code, QStringLiteral("not_found"));
        QVERIFY(!results[5].outcome);

        QVERIFY(m_store->hasEvent(QStringLiteral("evt_paid")));
        QVERIFY(!m_store->hasEvent(QStringLiteral("evt_refused"))); // its row was rolled back
        QVERIFY(m_store->hasEvent(QStringLiteral("evt_other")));
        QVERIFY(!m_store->hasEvent(QStringLiteral("evt_ghost")));
        QCOMPARE(toString(m_store->order(id)->status), toString(S::Paid));
        QCOMPARE(entriesInto(*m_store, id, S::Paid), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->events(id)->size(), 1);

        // The refused event is not remembered as seen: a redelivery is recorded.
        const auto again = m_store->recordEvents({ write(QStringLiteral("evt_refused"), id) });
        QVERIFY(again[0].outcome);
        QCOMPARE(again[0].outcome.value(), OrderStore::EventOutcome::Applied);
    }

    void laterEventsSeeEarlierOnes()
    {
        const qint64 id = awaitingOrder();
        QVERIFY(id > 0);
        QSignalSpy changed(m_store.get(), &OrderStore::orderChanged);
        QStringList seen;
        const auto step = [&seen](const Order &o) -> Result<Decision> {
            seen.append(toString(o.status));
            const S next = o.status == S::AwaitingPayment ? S::Processing : S::Paid;
            return Decision(
                OrderStore::EventDecision { next, TransitionDetails { QStringLiteral("webhook"), {}, {}, {}, {} } });
        };
        OrderStore::EventWrite first = write(QStringLiteral("evt_1"), id);
        first.decide = step;
        OrderStore::EventWrite second = write(QStringLiteral("evt_2"), id);
        second.decide = step;
        const auto results = m_store->recordEvents({ first, second });
        QCOMPARE(seen, (QStringList { toString(S::AwaitingPayment), toString(S::Processing) }));
        QCOMPARE(toString(results[0].changed->status), toString(S::Processing));
        QCOMPARE(toString(results[1].changed->status), toString(S::Paid));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(toString(changed.at(1).at(1).value<S>()), toString(S::Paid));
        QCOMPARE(toString(m_store->order(id)->status), toString(S::Paid));
    }

    void findsTheOrderBySessionInsideTheBatch()
    {
        const qint64 id = awaitingOrder();
        QVERIFY(id > 0);
        QVERIFY(m_store->setSession(id, QStringLiteral("cs_test_batch"), QString(), QDateTime()));
        QCOMPARE(m_store->orderIdForSession(QStringLiteral("cs_test_batch")).value(), id);
        QCOMPARE(m_store->orderIdForSession(QStringLiteral("cs_nobody")).value(), qint64(0));
        OrderStore::EventWrite mine = write(QStringLiteral("evt_by_session"), 0, S::Paid);
        mine.sessionId = QStringLiteral("cs_test_batch");
        OrderStore::EventWrite stranger = write(QStringLiteral("evt_stranger"), 0, S::Paid);
        stranger.sessionId = QStringLiteral("cs_nobody"); // another kiosk's session: recorded, no order
        const auto results = m_store->recordEvents({ mine, stranger });
        QVERIFY(results[0].outcome && results[1].outcome);
        QCOMPARE(toString(results[0].changed->status), toString(S::Paid));
        QVERIFY(!results[1].changed);
        QCOMPARE(m_store->events(id)->size(), 1);
        QCOMPARE(m_store->events(id)->first().eventId, QStringLiteral("evt_by_session"));
        QVERIFY(m_store->hasEvent(QStringLiteral("evt_stranger")));
    }

    void illegalTransitionKeepsTheEvent()
    {
        const qint64 id = awaitingOrder();
        QVERIFY(id > 0);
        QVERIFY(m_store->transition(id, S::Paid));
        const auto results = m_store->recordEvents({ write(QStringLiteral("evt_late_expiry"), id, S::Expired) });
        QVERIFY(results[0].outcome);
        QCOMPARE(results[0].outcome.value(), OrderStore::EventOutcome::Applied);
        QVERIFY(!results[0].changed);
        QVERIFY(m_store->hasEvent(QStringLiteral("evt_late_expiry")));
        QCOMPARE(toString(m_store->order(id)->status), toString(S::Paid));
    }

    void aFailingWriteIsRolledBackAlone()
    {
        const qint64 a = awaitingOrder();
        const qint64 b = awaitingOrder();
        QVERIFY(a > 0 && b > 0);
        // The database refuses to record a cancellation: the order update that came before it in
        // the same event must be undone too, and the batch's other events must still commit.
        if (Kiosk::Test::TestDatabase::isPostgres())
            QVERIFY(exec(QStringLiteral(
                "CREATE FUNCTION refuse_cancel() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.to_status = "
                "'cancelled' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$; CREATE TRIGGER "
                "refuse_cancel BEFORE INSERT ON status_history FOR EACH ROW EXECUTE FUNCTION refuse_cancel()")));
        else
            QVERIFY(exec(
                QStringLiteral("CREATE TRIGGER refuse_cancel BEFORE INSERT ON status_history "
                               "WHEN NEW.to_status = 'cancelled' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        QSignalSpy changed(m_store.get(), &OrderStore::orderChanged);
        const auto results = m_store->recordEvents({ write(QStringLiteral("evt_a"), a, S::Paid),
            write(QStringLiteral("evt_b"), b, S::Cancelled), write(QStringLiteral("evt_c"), 0) });
        QVERIFY(results[0].outcome);
        QVERIFY(!results[1].outcome);
        QVERIFY(!results[1].changed);
        QVERIFY(results[2].outcome);
        QCOMPARE(toString(m_store->order(a)->status), toString(S::Paid));
        QCOMPARE(toString(m_store->order(b)->status), toString(S::AwaitingPayment));
        QVERIFY(!m_store->hasEvent(QStringLiteral("evt_b")));
        QVERIFY(m_store->hasEvent(QStringLiteral("evt_c")));
        QCOMPARE(entriesInto(*m_store, b, S::Cancelled), 0);
        QCOMPARE(changed.size(), 1);

        QVERIFY(exec(Kiosk::Test::TestDatabase::isPostgres()
                ? QStringLiteral("DROP TRIGGER refuse_cancel ON status_history")
                : QStringLiteral("DROP TRIGGER refuse_cancel")));
        const auto retried = m_store->recordEvents({ write(QStringLiteral("evt_b"), b, S::Cancelled) });
        QVERIFY(retried[0].outcome);
        QCOMPARE(toString(m_store->order(b)->status), toString(S::Cancelled));
    }
};

QTEST_GUILESS_MAIN(TestOrderStoreBatch)
#include "tst_orderstore_batch.moc"
