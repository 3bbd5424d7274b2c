// SPDX-License-Identifier: MIT
// The fleet (issue 12 §5): PostgreSQL, one stripe-sim delivering every webhook to both replicas,
// two checkout-kiosk-server replicas and three headless tills selling at once: payments,
// declines, cancels and delayed (async) payments; one replica is SIGKILLed mid-run and started
// again on its port (its tills reconnect to it; the other replica applies the webhooks meanwhile).
// Then: every paid session has exactly one paid order, every till saw each of its outcomes, no
// order number appears twice.
#include "ChildProcess.h"
#include "HeadlessTill.h"
#include "PostgresCluster.h"
#include "TestDatabase.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Kiosk;
using Kiosk::Test::at;
using Kiosk::Test::ChildProcess;
using Kiosk::Test::HttpResult;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kSalesPerTill = 8;
const QString kKey = QStringLiteral("sk_test_fleetreplicas000000000000042");
const QString kSecret = QStringLiteral("whsec_fleetreplicas");
const QString kListening = QStringLiteral("checkout-kiosk-server listening on");

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

/** What the buyer (or the till) does with sale number i. */
enum class Act { Pay, DeclineThenCancel, PayLater, Cancel };
Act actFor(int i)
{
    return static_cast<Act>(i % 4);
}

struct Sale
{
    int till = 0;
    Act act = Act::Pay;
    qint64 orderId = 0;
    QString sessionId;
};

} // namespace

class TestFleet final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    quint16 m_ports[2] = { 0, 0 };
    std::unique_ptr<ChildProcess> m_sim;
    QUrl m_simUrl;
    std::unique_ptr<ChildProcess> m_replicas[2];

    QStringList replicaArgs(int i) const
    {
        return { QStringLiteral("--port"), QString::number(m_ports[i]), QStringLiteral("--db"), m_db,
            QStringLiteral("--catalog"), Test::sourcePath(QStringLiteral("resources/catalog/catalog.json")),
            QStringLiteral("--stripe-key"), kKey, QStringLiteral("--api-base"), m_simUrl.toString(),
            QStringLiteral("--webhook-secret"), kSecret };
    }
    QUrl startReplica(int i)
    {
        m_replicas[i] = std::make_unique<ChildProcess>();
        return m_replicas[i]->start(QStringLiteral(KIOSK_SERVER_BIN), replicaArgs(i), kListening, kWaitMs);
    }
    QByteArray addTill(const QString &id)
    {
        QProcess p;
        p.start(QStringLiteral(KIOSK_SERVER_BIN),
            { QStringLiteral("kiosks"), QStringLiteral("add"), id, QStringLiteral("--db"), m_db });
        if (!p.waitForFinished(kWaitMs) || p.exitCode() != 0)
            return {};
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (line.startsWith("kt_"))
                return line.trimmed();
        }
        return {};
    }
    HttpResult sim(const QString &path, const QByteArray &body)
    {
        return Test::http("POST", at(m_simUrl, path), body, {}, kWaitMs);
    }
    qint64 scalar(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        qputenv("KIOSK_TEST_DB", "postgresql"); // this test is PostgreSQL's only
        KIOSK_REQUIRE_TEST_DATABASE();
        QVERIFY(m_dir.isValid());
    }

    void twoReplicasThreeTillsOneKilled()
    {
        m_db = Test::TestDatabase::fresh(QString());
        QVERIFY(!m_db.isEmpty());
        m_ports[0] = freePort();
        m_ports[1] = freePort();
        QVERIFY(m_ports[0] != 0 && m_ports[1] != 0 && m_ports[0] != m_ports[1]);
        QStringList simArgs { QStringLiteral("--port"), QStringLiteral("0") };
        for (const quint16 port : m_ports)
            simArgs << QStringLiteral("--webhook-url")
                    << QStringLiteral("http://127.0.0.1:%1/webhooks/stripe").arg(port)
                    << QStringLiteral("--webhook-secret") << kSecret;
        m_sim = std::make_unique<ChildProcess>();
        m_simUrl = m_sim->start(QStringLiteral(KIOSK_SIM_BIN), simArgs, QStringLiteral("stripe-sim listening on"));
        QVERIFY2(m_simUrl.isValid(), qPrintable(m_sim->output()));

        // Replica A first (it migrates and leads), then B; tills T1, T2 on A, T3 on B.
        QUrl urls[2];
        urls[0] = startReplica(0);
        QVERIFY2(urls[0].isValid(), qPrintable(m_replicas[0]->output()));
        urls[1] = startReplica(1);
        QVERIFY2(urls[1].isValid(), qPrintable(m_replicas[1]->output()));
        std::unique_ptr<HeadlessTill> tills[3];
        for (int t = 0; t < 3; ++t) {
            const QByteArray token = addTill(QStringLiteral("T%1").arg(t + 1));
            QVERIFY(token.startsWith("kt_"));
            RemoteOptions options;
            options.server = urls[t < 2 ? 0 : 1];
            options.token = token;
            options.reconnectMaxMs = 1000;
            options.pollIntervalMs = 1000;
            tills[t] = std::make_unique<HeadlessTill>(options);
            std::optional<Status> ready;
            tills[t]->start([&](Status s) { ready = s; });
            QVERIFY(QTest::qWaitFor([&] { return ready.has_value(); }, kWaitMs));
            QVERIFY2(ready->ok(), qPrintable(ready->ok() ? QString() : ready->error().toString()));
        }

        // Every till sells at once.
        QList<Sale> sales;
        int answered = 0;
        QString failures;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < kSalesPerTill; ++i) {
            for (int t = 0; t < 3; ++t) {
                CheckoutRequest basket;
                basket.lines = { CheckoutLine { QStringLiteral("caf-00%1").arg(1 + i % 3), 1 + t } };
                const qsizetype index = sales.size();
                sales.append(Sale { t, actFor(i), 0, {} });
                tills[t]->sell(basket, [&, index](Result<Order> o) {
                    ++answered;
                    if (o) {
                        sales[index].orderId = o->id;
                        sales[index].sessionId = o->sessionId;
                    } else {
                        failures += o.error().toString() + QLatin1Char('\n');
                    }
                });
            }
        }
        QVERIFY(QTest::qWaitFor([&] { return answered == sales.size(); }, kWaitMs));
        for (const Sale &s : std::as_const(sales))
            QVERIFY2(s.orderId != 0 && !s.sessionId.isEmpty(), qPrintable(failures));

        // Declines, cancels and the first half of the payments, with every replica up.
        int cancelled = 0;
        int expectCancelled = 0;
        for (const Sale &s : std::as_const(sales)) {
            const QString pay = QStringLiteral("/_sim/sessions/%1/pay").arg(s.sessionId);
            if (s.act == Act::DeclineThenCancel)
                sim(pay, "{\"email\":\"buyer@example.com\",\"card\":\"4000000000000002\"}"); // declined: the order
                                                                                             // stays open
            if (s.act == Act::DeclineThenCancel || s.act == Act::Cancel) {
                ++expectCancelled;
                tills[s.till]->cancel(s.orderId, [&](Result<Order> o) { cancelled += o ? 1 : 0; });
            }
            if (s.act == Act::PayLater)
                QCOMPARE(
                    sim(pay, "{\"email\":\"buyer@example.com\",\"card\":\"4242424242424242\",\"async\":true}").status,
                    200);
        }
        QVERIFY(QTest::qWaitFor([&] { return cancelled == expectCancelled; }, kWaitMs));
        int paidSoFar = 0;
        for (const Sale &s : std::as_const(sales)) {
            if (s.act == Act::Pay && paidSoFar++ % 2 == 0)
                QCOMPARE(sim(QStringLiteral("/_sim/sessions/%1/pay").arg(s.sessionId),
                             "{\"email\":\"buyer@example.com\",\"card\":\"4242424242424242\"}")
                             .status,
                    200);
        }

        // SIGKILL replica A mid-run; B keeps taking every webhook (each one reaches both).
        const auto received = [](const QUrl &url) {
            return Test::http("GET", at(url, QStringLiteral("/healthz")), {}, {}, kWaitMs)
                .json()
                .value(QStringLiteral("webhook_events"))
                .toInteger();
        };
        const qint64 receivedByA = received(urls[0]);
        const qint64 killedAt = clock.elapsed();
        m_replicas[0]->kill();
        paidSoFar = 0;
        for (const Sale &s : std::as_const(sales)) {
            if (s.act == Act::Pay && paidSoFar++ % 2 == 1)
                QCOMPARE(sim(QStringLiteral("/_sim/sessions/%1/pay").arg(s.sessionId),
                             "{\"email\":\"buyer@example.com\",\"card\":\"4242424242424242\"}")
                             .status,
                    200);
            if (s.act == Act::PayLater)
                QCOMPARE(sim(QStringLiteral("/_sim/sessions/%1/async").arg(s.sessionId), "{\"result\":\"succeeded\"}")
                             .status,
                    200);
        }
        // T3 (on B) learns at once; B takes the lead once A's session is gone.
        QVERIFY(QTest::qWaitFor([&] { return tills[2]->pending().isEmpty(); }, kWaitMs));
        QVERIFY2(QTest::qWaitFor([&] { return m_replicas[1]->output().contains(QLatin1String("(leader)")); }, kWaitMs),
            qPrintable(m_replicas[1]->output()));
        const qint64 leaderAfterMs = clock.elapsed() - killedAt;

        // A comes back on its port; its tills reconnect and catch up on what they missed.
        const qint64 restartAt = clock.elapsed();
        QVERIFY2(startReplica(0).isValid(), qPrintable(m_replicas[0]->output()));
        QVERIFY(
            QTest::qWaitFor([&] { return tills[0]->pending().isEmpty() && tills[1]->pending().isEmpty(); }, kWaitMs));
        const qint64 caughtUpMs = clock.elapsed() - restartAt;

        // Every till saw each of its outcomes, as the buyer made it.
        for (const Sale &s : std::as_const(sales)) {
            const Order seen = tills[s.till]->outcomes().value(s.orderId);
            const OrderStatus expected
                = (s.act == Act::Pay || s.act == Act::PayLater) ? OrderStatus::Paid : OrderStatus::Cancelled;
            QVERIFY2(seen.status == expected,
                qPrintable(
                    QStringLiteral("till T%1 order %2: %3").arg(s.till + 1).arg(s.orderId).arg(toString(seen.status))));
        }

        QSqlDatabase db = Test::TestDatabase::connect(m_db, QStringLiteral("fleet-check"));
        QVERIFY(db.isOpen());
        {
            // Every session the simulator took money for has exactly one paid order.
            const HttpResult list = Test::http("GET", at(m_simUrl, QStringLiteral("/v1/checkout/sessions?limit=100")),
                {}, { { "Authorization", "Bearer " + kKey.toLatin1() } }, kWaitMs);
            QCOMPARE(list.status, 200);
            int paidSessions = 0;
            for (const QJsonValue &v : list.json().value(QStringLiteral("data")).toArray()) {
                const QJsonObject session = v.toObject();
                if (session.value(QStringLiteral("payment_status")).toString() != QLatin1String("paid"))
                    continue;
                ++paidSessions;
                QCOMPARE(scalar(db,
                             QStringLiteral("SELECT COUNT(*) FROM orders WHERE session_id = '%1' AND status = 'paid'")
                                 .arg(session.value(QStringLiteral("id")).toString())),
                    1);
            }
            QCOMPARE(paidSessions, kSalesPerTill * 3 / 2);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'paid'")), paidSessions);
            // No order number twice, and one "paid" history entry per paid order.
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT number) FROM orders")), 0);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM status_history WHERE to_status = 'paid'")),
                paidSessions);

            // Figures for the report.
            const qint64 deliveries = receivedByA + received(urls[0]) + received(urls[1]);
            const qint64 recorded = scalar(db, QStringLiteral("SELECT COUNT(*) FROM payment_events"));
            qInfo().noquote() << QStringLiteral("fleet: %1 sales (%2 paid), %3 webhook events recorded once, %4 "
                                                "deliveries verified by the replicas (%5 duplicates suppressed), "
                                                "leader taken over %6 ms after the SIGKILL, "
                                                "tills of the restarted replica caught up %7 ms after its restart, "
                                                "%8 ms in all")
                                     .arg(sales.size())
                                     .arg(paidSessions)
                                     .arg(recorded)
                                     .arg(deliveries)
                                     .arg(qMax<qint64>(0, deliveries - recorded))
                                     .arg(leaderAfterMs)
                                     .arg(caughtUpMs)
                                     .arg(clock.elapsed());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fleet-check"));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
