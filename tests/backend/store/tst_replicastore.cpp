// SPDX-License-Identifier: MIT
// Several servers on one database (issue 12 §4): two connections, each opened the way a second
// process opens it, race the same events, order numbers, refunds and change cursors.
#include "Database.h"
#include "HistoryIndex.h"
#include "OrderChangeListener.h"
#include "OrderChangeLog.h"
#include "OrderStore.h"
#include "OrderWrites.h"
#include "TestDatabase.h"
#include "WriteTransaction.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <thread>

using namespace Kiosk;

namespace {

/** Runs `work` in two threads, each with its own store (its own connection: another server's
 *  view), started together. */
class TwoServers
{
public:
    explicit TwoServers(QString location)
        : m_location(std::move(location))
    { }

    void run(const std::function<void(OrderStore &, int server)> &work)
    {
        std::atomic<int> ready { 0 };
        const auto server = [&](int index) {
            auto opened = OrderStore::open(m_location);
            if (!opened) {
                m_errors[index] = opened.error().toString();
                ++ready;
                return;
            }
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield();
            work(*opened.value(), index);
        };
        std::thread a(server, 0);
        std::thread b(server, 1);
        a.join();
        b.join();
    }
    [[nodiscard]] QString errors() const { return QString(m_errors[0] + QLatin1Char(' ') + m_errors[1]).trimmed(); }

private:
    QString m_location;
    QString m_errors[2];
};

TransitionDetails source(const QString &name)
{
    TransitionDetails d;
    d.source = name;
    return d;
}

} // namespace

class TestReplicaStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<OrderStore> m_store;
    QString m_location;

    qint64 awaitingOrder(qint64 amount = 250, const QString &currency = QStringLiteral("EUR"),
        const QString &product = QStringLiteral("Tea"))
    {
        OrderLine l { product.toLower(), product.toUpper(), product, 1, amount, 0 };
        const Result<Order> created
            = m_store->createOrder(OrderStore::NewOrder { currency, { l }, {}, QStringLiteral("T1"), {} });
        if (!created)
            return 0;
        if (!m_store->setSession(created->id, QStringLiteral("cs_test_%1").arg(created->id), {}, {}))
            return 0;
        return m_store->transition(created->id, OrderStatus::AwaitingPayment, source(QStringLiteral("test")))
            ? created->id
            : 0;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_store->database()->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        KIOSK_REQUIRE_TEST_DATABASE();
        m_location = Test::TestDatabase::fresh(m_dir.filePath(QStringLiteral("replicas%1.sqlite").arg(++m_files)));
        auto opened = OrderStore::open(m_location);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        m_store = std::move(opened).value();
    }
    void cleanup() { m_store.reset(); }

    void bothServersGetOneInstallationId()
    {
        // A second server on the same database is the same installation (the same orders).
        auto second = OrderStore::open(m_location);
        QVERIFY(second.ok());
        QCOMPARE(second.value()->installationId(), m_store->installationId());
    }

    void sameEventsFromTwoServersApplyOnce()
    {
        // The same 20 webhooks reach both servers, in opposite orders: each order is paid once,
        // and the server that loses a deadlock runs its batch again instead of failing an event.
        constexpr int kOrders = 20;
        QList<qint64> orders;
        for (int i = 0; i < kOrders; ++i) {
            orders.append(awaitingOrder());
            QVERIFY(orders.last() != 0);
        }
        QList<OrderStore::EventWriteResult> results[2];
        TwoServers servers(m_location);
        servers.run([&](OrderStore &store, int server) {
            QList<OrderStore::EventWrite> batch;
            for (int i = 0; i < kOrders; ++i) {
                const qint64 id = orders.at(server == 0 ? i : kOrders - 1 - i);
                OrderStore::EventWrite w;
                w.event = PaymentEvent { QStringLiteral("evt_paid_%1").arg(id),
                    QStringLiteral("checkout.session.completed"), {}, id, QByteArrayLiteral("{}") };
                w.decide = [](const Order &o) -> Result<std::optional<OrderStore::EventDecision>> {
                    if (o.status != OrderStatus::AwaitingPayment)
                        return std::optional<OrderStore::EventDecision>();
                    return std::optional<OrderStore::EventDecision>(
                        OrderStore::EventDecision { OrderStatus::Paid, source(QStringLiteral("webhook")) });
                };
                batch.append(w);
            }
            results[server] = store.recordEvents(batch);
        });
        QVERIFY2(servers.errors().isEmpty(), qPrintable(servers.errors()));
        int applied = 0;
        int duplicates = 0;
        for (const auto &list : results) {
            QCOMPARE(list.size(), kOrders);
            for (const OrderStore::EventWriteResult &r : list) {
                QVERIFY2(r.outcome.ok(), r.outcome.ok() ? "" : qPrintable(r.outcome.error().toString()));
                (r.outcome.value() == OrderStore::EventOutcome::Applied ? applied : duplicates)++;
            }
        }
        QCOMPARE(applied, kOrders);
        QCOMPARE(duplicates, kOrders);
        for (const qint64 id : orders) {
            QVERIFY(m_store->order(id)->status == OrderStatus::Paid);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM status_history WHERE order_id = %1 AND to_status = "
                                          "'paid'")
                               .arg(id)),
                1);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment_events")), kOrders);
    }

    void orderNumbersStayUniqueAcrossServers()
    {
        constexpr int kEach = 40;
        QStringList numbers[2];
        QString failures;
        TwoServers servers(m_location);
        servers.run([&](OrderStore &store, int server) {
            OrderLine l { QStringLiteral("tea"), QStringLiteral("TEA"), QStringLiteral("Tea"), 1, 250, 0 };
            for (int i = 0; i < kEach; ++i) {
                const Result<Order> o = store.createOrder(
                    OrderStore::NewOrder { QStringLiteral("EUR"), { l }, {}, QStringLiteral("T1"), {} });
                if (o)
                    numbers[server].append(o->number);
                else
                    failures += o.error().toString();
            }
        });
        QVERIFY2(servers.errors().isEmpty() && failures.isEmpty(), qPrintable(servers.errors() + failures));
        const QSet<QString> distinct(numbers[0].cbegin(), numbers[0].cend());
        QSet<QString> all = distinct;
        all.unite(QSet<QString>(numbers[1].cbegin(), numbers[1].cend()));
        QCOMPARE(all.size(), 2 * kEach);
    }

    void aRefundRacedOnTwoServersStaysWithinThePaidTotal()
    {
        const qint64 id = awaitingOrder(1000);
        QVERIFY(m_store->transition(id, OrderStatus::Paid, source(QStringLiteral("test"))).ok());
        Result<OrderRefund> recorded[2] = { makeError(QString(), QString()), makeError(QString(), QString()) };
        TwoServers servers(m_location);
        servers.run([&](OrderStore &store, int server) {
            OrderRefund r;
            r.orderId = id;
            r.amount = 600;
            recorded[server] = store.recordRefund(r);
        });
        QVERIFY2(servers.errors().isEmpty(), qPrintable(servers.errors()));
        QCOMPARE(int(recorded[0].ok()) + int(recorded[1].ok()), 1);
        const Result<OrderRefund> &refused = recorded[0].ok() ? recorded[1] : recorded[0];
        // The second one reads what the first left: a clear refusal, not a database error.
        QCOMPARE(refused.error().code, QStringLiteral("amount_above_remaining"));
        QCOMPARE(m_store->order(id)->amountRefunded, 600);
    }

    void changeCursorsCommitInTheirOrder()
    {
        if (!Test::TestDatabase::isPostgres())
            QSKIP("SQLite has one writer at a time: its ids commit in order by construction");
        // Another currency and product: the two changes share no row (no totals row orders them).
        const qint64 first = awaitingOrder(250, QStringLiteral("EUR"), QStringLiteral("Tea"));
        const qint64 second = awaitingOrder(300, QStringLiteral("USD"), QStringLiteral("Coffee"));
        OrderChangeLog reader(m_store->database());
        const qint64 start = reader.latestCursor().value();

        // Server A takes its status_history id and has not committed yet...
        auto a = Database::open(m_location);
        QVERIFY(a.ok());
        HistoryIndex index(*a.value());
        OrderWrites writes(*a.value(), index);
        auto tx = std::make_unique<WriteTransaction>(a.value()->connection(), a.value()->dialect());
        QVERIFY(tx->begin().ok());
        QVERIFY(writes.applyTransition(first, OrderStatus::Paid, source(QStringLiteral("server_a"))).ok());

        // ... while server B changes another order.
        std::atomic<bool> bDone { false };
        std::thread b([&] {
            auto store = OrderStore::open(m_location);
            if (store)
                (void)store.value()->transition(second, OrderStatus::Paid, source(QStringLiteral("server_b")));
            bDone = true;
        });
        // B either committed (its id above A's, visible first) or waits for A.
        const auto bWaits = [&] {
            return count(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND "
                                        "datname = current_database()"))
                > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(bDone || bWaits(), 20000);

        // A feed reading now, and again after A's commit, must see both changes.
        QList<qint64> delivered;
        qint64 cursor = start;
        const auto readFeed = [&] {
            const QList<OrderChangeRef> changes = reader.after(cursor, QString(), 100).value();
            for (const OrderChangeRef &c : changes) {
                delivered.append(c.orderId);
                cursor = c.cursor;
            }
        };
        readFeed();
        QVERIFY(tx->commit().ok());
        tx.reset();
        b.join();
        readFeed();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM status_history WHERE id > %1").arg(start)), 2);
        QCOMPARE(delivered.size(), 2);
        QCOMPARE(delivered, (QList<qint64> { first, second }));
    }

    void aListenerHearsAnotherServersChange()
    {
        const qint64 id = awaitingOrder();
        auto listener = OrderChangeListener::listen(*m_store->database());
        QVERIFY2(listener.ok(), listener.ok() ? "" : qPrintable(listener.error().toString()));
        if (!Test::TestDatabase::isPostgres()) {
            QVERIFY(!listener.value()->isListening()); // one process: nothing to hear
            return;
        }
        QVERIFY(listener.value()->isListening());
        QSignalSpy heard(listener.value().get(), &OrderChangeListener::changed);
        auto other = OrderStore::open(m_location);
        QVERIFY(other.ok());
        QVERIFY(other.value()->transition(id, OrderStatus::Paid, source(QStringLiteral("server_b"))).ok());
        QVERIFY(heard.wait(10000));
        OrderChangeLog log(m_store->database());
        QCOMPARE(heard.last().at(0).toLongLong(), log.latestCursor().value());
    }
};

QTEST_GUILESS_MAIN(TestReplicaStore)
#include "tst_replicastore.moc"
