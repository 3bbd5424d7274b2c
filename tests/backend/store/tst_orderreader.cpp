// SPDX-License-Identifier: MIT
// The read connection on both engines: it sees what the writer committed, refuses writes, stops a
// read that runs too long, refuses reads beyond its queue, answers in order, and lets the writer
// commit while a read is in progress.
#include "Database.h"
#include "OrderReader.h"
#include "OrderStore.h"
#include "TestDatabase.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;

namespace {

constexpr int kWaitMs = 20000;

/** The answer of one read, once it came. */
template <typename T> struct Answer
{
    std::optional<Result<T>> result;
    OrderReader::Reply<T> callback()
    {
        return [this](Result<T> r) { result.emplace(std::move(r)); };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, kWaitMs);
    }
};

} // namespace

class TestOrderReader final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_location;
    std::unique_ptr<OrderStore> m_store;

    qint64 createOrder()
    {
        OrderLine l { QStringLiteral("tea"), QStringLiteral("TEA"), QStringLiteral("Tea"), 1, 250, 0 };
        const Result<Order> created = m_store->createOrder({ QStringLiteral("EUR"), { l }, {}, {}, {} });
        return created ? created->id : 0;
    }

    /** A read that waits for `gate` on the worker thread: it holds the reader until released. */
    static OrderReader::Job<int> heldRead(QSemaphore &started, QSemaphore &gate)
    {
        return [&started, &gate](const OrderStore &) -> Result<int> {
            started.release();
            gate.acquire();
            return 1;
        };
    }

private slots:
    void init()
    {
        KIOSK_REQUIRE_TEST_DATABASE();
        m_location = Test::TestDatabase::fresh(m_dir.filePath(QStringLiteral("reads%1.sqlite").arg(++m_files)));
        auto opened = OrderStore::open(m_location);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        m_store = std::move(opened).value();
    }
    void cleanup() { m_store.reset(); }

    void readsSeeWhatTheWriterCommitted()
    {
        OrderReader reader(m_store->database()->reopenLocation());
        for (int i = 0; i < 3; ++i)
            QVERIFY(createOrder() > 0);
        Answer<qint64> counted;
        reader.read<qint64>([](const OrderStore &s) { return s.count({}); }, this, counted.callback());
        QVERIFY(!counted.result); // never from inside the call
        QVERIFY(counted.wait());
        QCOMPARE(counted.result->value(), 3);
        // The reader's cached count follows a later commit of the writer.
        QVERIFY(createOrder() > 0);
        Answer<qint64> again;
        reader.read<qint64>([](const OrderStore &s) { return s.count({}); }, this, again.callback());
        QVERIFY(again.wait());
        QCOMPARE(again.result->value(), 4);
    }

    void theWriterCommitsWhileAReadIsInProgress()
    {
        OrderReader reader(m_store->database()->reopenLocation());
        QVERIFY(createOrder() > 0);
        QSemaphore started;
        QSemaphore gate;
        Answer<qint64> held;
        // The read holds an open statement (a read transaction) on its connection while it waits.
        reader.read<qint64>(
            [&](const OrderStore &s) -> Result<qint64> {
                QSqlQuery q(s.database()->connection());
                if (!q.exec(QStringLiteral("SELECT id FROM orders")) || !q.next())
                    return makeError(QStringLiteral("failed"), QStringLiteral("no row"));
                started.release();
                gate.acquire();
                return s.count({});
            },
            this, held.callback());
        QVERIFY(started.tryAcquire(1, kWaitMs));
        // Ordering, not timing: this commit returns while the read is still held.
        QVERIFY(createOrder() > 0);
        QVERIFY(!held.result);
        gate.release();
        QVERIFY(held.wait());
        QVERIFY(held.result->ok());
    }

    void theReadConnectionRefusesWrites()
    {
        OrderReader reader(m_store->database()->reopenLocation());
        Answer<int> wrote;
        reader.read<int>(
            [](const OrderStore &s) -> Result<int> {
                QSqlQuery q(s.database()->connection());
                if (!q.exec(QStringLiteral("INSERT INTO kv (key, value) VALUES ('reader.wrote', 'yes')")))
                    return makeError(QStringLiteral("refused"), QStringLiteral("the write was refused"));
                return 1;
            },
            this, wrote.callback());
        QVERIFY(wrote.wait());
        QVERIFY(!wrote.result->ok());
        QCOMPARE(wrote.result->error().code, QStringLiteral("refused"));
        QCOMPARE(m_store->value(QStringLiteral("reader.wrote")).value(), QString());
    }

    void aReadThatRunsTooLongIsStopped()
    {
        OrderReadLimits limits;
        limits.timeLimitMs = 200;
        OrderReader reader(m_store->database()->reopenLocation(), limits);
        Answer<qint64> endless;
        // Counts without end: only the engine-side limit stops it.
        reader.read<qint64>(
            [](const OrderStore &s) -> Result<qint64> {
                QSqlQuery q(s.database()->connection());
                if (!q.exec(QStringLiteral(
                        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"))
                    || !q.next())
                    return makeError(QStringLiteral("failed"), QStringLiteral("interrupted"));
                return q.value(0).toLongLong();
            },
            this, endless.callback());
        QVERIFY(endless.wait());
        QVERIFY(!endless.result->ok());
        QCOMPARE(endless.result->error().code, QStringLiteral("read_timeout"));
        // The connection is still good for the next read.
        QVERIFY(createOrder() > 0);
        Answer<qint64> next;
        reader.read<qint64>([](const OrderStore &s) { return s.count({}); }, this, next.callback());
        QVERIFY(next.wait());
        QCOMPARE(next.result->value(), 1);
    }

    void aFullQueueAnswersBusyAndTheRestAnswerInOrder()
    {
        OrderReadLimits limits;
        limits.maxQueued = 3;
        OrderReader reader(m_store->database()->reopenLocation(), limits);
        QSemaphore started;
        QSemaphore gate;
        QList<int> order;
        reader.read<int>(heldRead(started, gate), this, [&](Result<int>) { order.append(0); });
        QVERIFY(started.tryAcquire(1, kWaitMs));
        for (int i = 1; i <= 2; ++i)
            reader.read<int>([i](const OrderStore &) -> Result<int> { return i; }, this,
                [&order](Result<int> r) { order.append(r.value()); });
        Answer<int> refused;
        reader.read<int>([](const OrderStore &) -> Result<int> { return 9; }, this, refused.callback());
        QVERIFY(refused.wait()); // at once, while the others still wait
        QCOMPARE(refused.result->error().code, QStringLiteral("busy"));
        QVERIFY(order.isEmpty());
        gate.release();
        QVERIFY(QTest::qWaitFor([&] { return order.size() == 3; }, kWaitMs));
        QCOMPARE(order, (QList<int> { 0, 1, 2 }));
        QCOMPARE(reader.pending(), 0);
    }

    void noAnswerOnceTheContextIsGone()
    {
        OrderReader reader(m_store->database()->reopenLocation());
        auto context = std::make_unique<QObject>();
        bool called = false;
        reader.read<qint64>([](const OrderStore &s) { return s.count({}); }, context.get(),
            [&called](Result<qint64>) { called = true; });
        context.reset();
        Answer<qint64> after; // reads answer in order: once this one came, the first one would have
        reader.read<qint64>([](const OrderStore &s) { return s.count({}); }, this, after.callback());
        QVERIFY(after.wait());
        QVERIFY(!called);
    }

    void destroyingTheReaderDropsQueuedReads()
    {
        bool called = false;
        QSemaphore started;
        QSemaphore gate;
        {
            OrderReader reader(m_store->database()->reopenLocation());
            reader.read<int>(heldRead(started, gate), this, [&called](Result<int>) { called = true; });
            reader.read<int>(
                [](const OrderStore &) -> Result<int> { return 2; }, this, [&called](Result<int>) { called = true; });
            QVERIFY(started.tryAcquire(1, kWaitMs));
            gate.release(); // the held read ends; the destructor joins the thread
        }
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestOrderReader)
#include "tst_orderreader.moc"
