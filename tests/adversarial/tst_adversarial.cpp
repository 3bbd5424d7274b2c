// SPDX-License-Identifier: MIT
// The standing adversarial suite: checkout-kiosk-server and a separate stripe-sim as processes,
// attacked the way a hostile network, a second till and a busy shop would. Every scenario ends
// with the exactly-once invariants checked from both sides (the simulator's sessions, the
// server's database):
//   - every complete + paid session has exactly one paid order, with one history entry into paid;
//   - no paid order without a paid session;
//   - nothing is left open once Stripe has decided.
#include "ChildProcess.h"
#include "Order.h"
#include "OrderStore.h"
#include "TestSupport.h"
#include "WebhookSigner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

using namespace Kiosk;
using namespace Kiosk::Test;

namespace {

constexpr int kWaitMs = 20000;
const QString kListening = QStringLiteral("checkout-kiosk-server listening on");
const QString kSimListening = QStringLiteral("stripe-sim listening on");

QByteArray bearer(const QString &key)
{
    return QByteArrayLiteral("Bearer ") + key.toUtf8();
}

/** The status code of the first response line, 0 if there was none. */
int statusOf(const QByteArray &response)
{
    if (!response.startsWith("HTTP/1."))
        return 0;
    return response.mid(9, 3).toInt();
}

/** Writes raw bytes to a fresh connection and reads until the peer closes or `timeoutMs`. */
QByteArray rawExchange(const QUrl &url, const QByteArray &bytes, int timeoutMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(timeoutMs))
        return {};
    qint64 written = 0;
    while (written < bytes.size() && socket.state() == QAbstractSocket::ConnectedState) {
        const qint64 n = socket.write(bytes.constData() + written, qMin<qint64>(bytes.size() - written, 16 << 10));
        if (n < 0)
            break;
        written += n;
        socket.waitForBytesWritten(1000);
        // Answered early (413, 431): stop sending, or the peer's reset would discard the answer.
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(written < (256 << 10) ? 0 : 20))
            break;
    }
    QByteArray answer;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            answer += socket.readAll();
        if (answer.contains("\r\n\r\n")) {
            const int headerEnd = int(answer.indexOf("\r\n\r\n"));
            const int lengthAt = int(answer.toLower().indexOf("content-length:"));
            if (lengthAt >= 0 && lengthAt < headerEnd) {
                const int eol = int(answer.indexOf("\r\n", lengthAt));
                const int length = answer.mid(lengthAt + 15, eol - lengthAt - 15).trimmed().toInt();
                if (answer.size() >= headerEnd + 4 + length)
                    break;
            }
        }
    }
    answer += socket.readAll();
    return answer;
}

/** Resident memory of a process in KiB, from /proc. */
qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/** User + system CPU time of a process in clock ticks, from /proc. */
qint64 cpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime, stime
}

/** One session as the simulator reports it. */
struct SimSession
{
    QString id;
    QString status;
    QString paymentStatus;
    QString orderId;
    QString installation;
};

} // namespace

class TestAdversarial final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cancelDuringSessionCreationNeverLosesAPayment_data();
    void cancelDuringSessionCreationNeverLosesAPayment();
    void twoInstallationsWithOneKioskIdDoNotCollide();
    void sigkillLoopKeepsEveryPaymentExactlyOnce();
    void oneRequestNeverKillsAProcess_data();
    void oneRequestNeverKillsAProcess();
    void idleConnectionsDoNotStarveWebhooks();
    void oversizedRequestsAreRefusedBeforeTheyAreRead();

private:
    struct Server
    {
        std::unique_ptr<ChildProcess> process;
        QUrl url;
        QString db;
        QString secret;
    };

    QUrl startSim(ChildProcess &sim, const QStringList &extra = {});
    /** Starts (or restarts) a server on `db` against the simulator and subscribes its webhook. */
    bool startServer(Server &server, const QUrl &simUrl, bool subscribe = true, int fileLimit = 0);
    QList<SimSession> simSessions(const QUrl &simUrl) const;
    QJsonObject order(const Server &server, qint64 id) const;
    void checkInvariants(const QUrl &simUrl, const QStringList &databases);

    QTemporaryDir m_dir;
    QString m_key = QStringLiteral("sk_test_adversarial0000000000004242");
    QString m_catalog;
    int m_servers = 0;
};

void TestAdversarial::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_catalog = sourcePath(QStringLiteral("resources/catalog/catalog.json"));
}

QUrl TestAdversarial::startSim(ChildProcess &sim, const QStringList &extra)
{
    return sim.start(QStringLiteral(KIOSK_SIM_BIN),
        QStringList { QStringLiteral("--port"), QStringLiteral("0") } + extra, kSimListening);
}

bool TestAdversarial::startServer(Server &server, const QUrl &simUrl, bool subscribe, int fileLimit)
{
    if (server.db.isEmpty()) {
        ++m_servers;
        server.db = m_dir.filePath(QStringLiteral("till%1.sqlite").arg(m_servers));
        server.secret = QStringLiteral("whsec_adversarial%1").arg(m_servers);
    }
    server.process = std::make_unique<ChildProcess>();
    if (fileLimit > 0)
        server.process->setFileLimit(fileLimit);
    server.url = server.process->start(QStringLiteral(KIOSK_SERVER_BIN),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), server.db, QStringLiteral("--catalog"),
            m_catalog, QStringLiteral("--stripe-key"), m_key, QStringLiteral("--api-base"), simUrl.toString(),
            QStringLiteral("--webhook-secret"), server.secret },
        kListening);
    if (!server.url.isValid()) {
        qWarning().noquote() << server.process->output();
        return false;
    }
    if (!subscribe)
        return true;
    const QJsonObject hook { { QStringLiteral("url"), at(server.url, QStringLiteral("/webhooks/stripe")).toString() },
        { QStringLiteral("secret"), server.secret } };
    return http("POST", at(simUrl, QStringLiteral("/_sim/webhooks")), QJsonDocument(hook).toJson()).status / 100 == 2;
}

QList<SimSession> TestAdversarial::simSessions(const QUrl &simUrl) const
{
    QList<SimSession> all;
    QString after;
    for (int page = 0; page < 100; ++page) {
        QString path = QStringLiteral("/v1/checkout/sessions?limit=100");
        if (!after.isEmpty())
            path += QStringLiteral("&starting_after=") + after;
        const HttpResult r = http("GET", at(simUrl, path), {}, { { "Authorization", bearer(m_key) } });
        if (r.status != 200)
            break;
        const QJsonObject list = r.json();
        const QJsonArray data = list.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &v : data) {
            const QJsonObject s = v.toObject();
            const QJsonObject meta = s.value(QStringLiteral("metadata")).toObject();
            all.append({ s.value(QStringLiteral("id")).toString(), s.value(QStringLiteral("status")).toString(),
                s.value(QStringLiteral("payment_status")).toString(), meta.value(QStringLiteral("order_id")).toString(),
                meta.value(QStringLiteral("installation_id")).toString() });
            after = all.constLast().id;
        }
        if (!list.value(QStringLiteral("has_more")).toBool())
            break;
    }
    return all;
}

QJsonObject TestAdversarial::order(const Server &server, qint64 id) const
{
    return http("GET", at(server.url, QStringLiteral("/api/orders/%1").arg(id))).json();
}

void TestAdversarial::checkInvariants(const QUrl &simUrl, const QStringList &databases)
{
    const QList<SimSession> sessions = simSessions(simUrl);
    QHash<QString, SimSession> bySession;
    for (const SimSession &s : sessions)
        bySession.insert(s.id, s);

    QHash<QString, int> paidOrdersPerSession;
    for (const QString &path : databases) {
        auto opened = OrderStore::openSqlite(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        OrderStore &store = *opened.value();
        const auto orders = store.ordersWithStatus(allOrderStatuses());
        QVERIFY(orders);
        for (const Order &o : orders.value()) {
            const auto history = store.statusHistory(o.id);
            QVERIFY(history);
            int intoPaid = 0;
            for (const StatusChange &c : history.value())
                intoPaid += c.to == OrderStatus::Paid ? 1 : 0;
            const bool atStripe = bySession.contains(o.sessionId);
            const SimSession s = bySession.value(o.sessionId);
            const bool stripePaid
                = atStripe && s.status == QLatin1String("complete") && s.paymentStatus == QLatin1String("paid");
            if (o.status == OrderStatus::Paid) {
                QVERIFY2(stripePaid,
                    qPrintable(QStringLiteral("%1 is paid but its session %2 is %3/%4")
                                   .arg(o.number, o.sessionId, s.status, s.paymentStatus)));
                QCOMPARE(intoPaid, 1);
                ++paidOrdersPerSession[o.sessionId];
            } else {
                QCOMPARE(intoPaid, 0);
            }
            if (stripePaid && o.status != OrderStatus::Paid) {
                QVERIFY2(o.status == OrderStatus::NeedsReview,
                    qPrintable(QStringLiteral("%1 is %2 but Stripe took the money").arg(o.number, toString(o.status))));
                ++paidOrdersPerSession[o.sessionId];
            }
            if (atStripe && s.status != QLatin1String("open")) {
                QVERIFY2(!(o.status == OrderStatus::Draft || o.status == OrderStatus::AwaitingPayment),
                    qPrintable(QStringLiteral("%1 is still %2 although Stripe decided (%3)")
                                   .arg(o.number, toString(o.status), s.status)));
            }
        }
    }
    for (const SimSession &s : sessions) {
        if (s.status == QLatin1String("complete") && s.paymentStatus == QLatin1String("paid")) {
            QVERIFY2(paidOrdersPerSession.value(s.id) == 1,
                qPrintable(QStringLiteral("paid session %1 has %2 paid orders")
                               .arg(s.id)
                               .arg(paidOrdersPerSession.value(s.id))));
        }
    }
}

// ---- 1: cancel while the session is being created -------------------------------------------

void TestAdversarial::cancelDuringSessionCreationNeverLosesAPayment_data()
{
    QTest::addColumn<bool>("customerWins");
    QTest::addRow("cancel wins: the late session is expired") << false;
    QTest::addRow("customer pays before the expiry lands: paid") << true;
}

void TestAdversarial::cancelDuringSessionCreationNeverLosesAPayment()
{
    QFETCH(bool, customerWins);
    ChildProcess sim;
    const QUrl simUrl = startSim(sim);
    QVERIFY2(simUrl.isValid(), qPrintable(sim.output()));
    Server till;
    QVERIFY(startServer(till, simUrl));

    // The create call (and, when the customer wins, the expire call after it) answers late.
    const QJsonObject faults { { QStringLiteral("delay_ms"), 1500 },
        { QStringLiteral("delay_count"), customerWins ? 2 : 1 },
        { QStringLiteral("delay_path"), QStringLiteral("/v1/checkout/sessions") } };
    QCOMPARE(http("POST", at(simUrl, QStringLiteral("/_sim/faults")), QJsonDocument(faults).toJson()).status, 200);

    QNetworkAccessManager nam;
    QNetworkRequest req(at(till.url, QStringLiteral("/api/checkout")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *checkout = nam.post(req, QByteArrayLiteral("{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":1}]}"));
    QSignalSpy checkedOut(checkout, &QNetworkReply::finished);
    // The draft exists before Stripe answers.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return http("GET", at(till.url, QStringLiteral("/api/orders")))
                       .json()
                       .value(QStringLiteral("count"))
                       .toInt()
                == 1;
        },
        kWaitMs));
    const qint64 id = http("GET", at(till.url, QStringLiteral("/api/orders")))
                          .json()
                          .value(QStringLiteral("orders"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("order_id"))
                          .toInteger();
    QVERIFY(id > 0);
    QVERIFY(!checkout->isFinished());
    // The cancel is answered once the late session is closed, so it is sent without waiting.
    QNetworkReply *cancel
        = nam.post(QNetworkRequest(at(till.url, QStringLiteral("/api/orders/%1/cancel").arg(id))), QByteArray());
    QSignalSpy cancelled(cancel, &QNetworkReply::finished);

    QString outcome;
    if (customerWins) {
        // The session is created; the kiosk's expiry of it is delayed; the customer pays now.
        QString session;
        QVERIFY(QTest::qWaitFor(
            [&] {
                session = order(till, id).value(QStringLiteral("session_id")).toString();
                return !session.isEmpty();
            },
            kWaitMs));
        const HttpResult paid = http("POST", at(simUrl, QStringLiteral("/_sim/sessions/%1/pay").arg(session)),
            "{\"card\":\"4242424242424242\",\"email\":\"buyer@example.com\"}");
        outcome = paid.json().value(QStringLiteral("outcome")).toString();
        QCOMPARE(outcome, QStringLiteral("paid"));
    }
    QVERIFY(checkedOut.count() == 1 || checkedOut.wait(kWaitMs));
    checkout->deleteLater();
    QVERIFY(cancelled.count() == 1 || cancelled.wait(kWaitMs));
    const int cancelStatus = cancel->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QVERIFY2(cancelStatus == 200, cancel->readAll().constData());
    cancel->deleteLater();

    const QString expected = customerWins ? QStringLiteral("paid") : QStringLiteral("cancelled");
    QString status;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     status = order(till, id).value(QStringLiteral("status")).toString();
                     return status == expected;
                 },
                 kWaitMs),
        qPrintable(status));
    if (!customerWins) {
        // The late session was expired at once: nobody can pay it any more.
        const QString session = order(till, id).value(QStringLiteral("session_id")).toString();
        const QList<SimSession> sessions = simSessions(simUrl);
        QCOMPARE(sessions.size(), 1);
        QVERIFY(session.isEmpty() || session == sessions.at(0).id);
        QVERIFY(
            QTest::qWaitFor([&] { return simSessions(simUrl).value(0).status == QLatin1String("expired"); }, kWaitMs));
        const HttpResult late = http("POST", at(simUrl, QStringLiteral("/_sim/sessions/%1/pay").arg(sessions.at(0).id)),
            "{\"card\":\"4242424242424242\",\"email\":\"buyer@example.com\"}");
        QVERIFY(late.json().value(QStringLiteral("outcome")).toString() != QLatin1String("paid"));
    }
    till.process->kill();
    checkInvariants(simUrl, { till.db });
}

// ---- 2: two tills, one Stripe account, the same kiosk id -----------------------------------

void TestAdversarial::twoInstallationsWithOneKioskIdDoNotCollide()
{
    ChildProcess sim;
    const QUrl simUrl = startSim(sim);
    QVERIFY2(simUrl.isValid(), qPrintable(sim.output()));
    Server a, b;
    QVERIFY(startServer(a, simUrl));
    QVERIFY(startServer(b, simUrl));

    // Till B's first session creation meets retryable errors only: B keeps a draft K1-000001
    // without a session, the very order a careless adoption would hand A's payment to.
    const QJsonObject lost { { QStringLiteral("fail_mode"), QStringLiteral("status") },
        { QStringLiteral("fail_count"), 20 }, { QStringLiteral("fail_path"), QStringLiteral("/v1/checkout/sessions") },
        { QStringLiteral("fail_method"), QStringLiteral("POST") } };
    QCOMPARE(http("POST", at(simUrl, QStringLiteral("/_sim/faults")), QJsonDocument(lost).toJson()).status, 200);
    const HttpResult bFirst = http(
        "POST", at(b.url, QStringLiteral("/api/checkout")), "{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":1}]}");
    QVERIFY(bFirst.status != 201); // no answer, or a 5xx once the client gave up
    QCOMPARE(http("DELETE", at(simUrl, QStringLiteral("/_sim/faults"))).status, 200);

    const HttpResult aOrder = http(
        "POST", at(a.url, QStringLiteral("/api/checkout")), "{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":1}]}");
    QCOMPARE(aOrder.status, 201);
    const HttpResult bOrder = http(
        "POST", at(b.url, QStringLiteral("/api/checkout")), "{\"items\":[{\"sku\":\"CAF-002\",\"quantity\":1}]}");
    QCOMPARE(bOrder.status, 201); // no idempotency collision with A
    const QString aNumber = aOrder.json().value(QStringLiteral("order_number")).toString();
    const qint64 aId = aOrder.json().value(QStringLiteral("order_id")).toInteger();

    const HttpResult paid = http("POST",
        at(simUrl,
            QStringLiteral("/_sim/sessions/%1/pay").arg(aOrder.json().value(QStringLiteral("session_id")).toString())),
        "{\"card\":\"4242424242424242\",\"email\":\"buyer@example.com\"}");
    QCOMPARE(paid.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("paid"));
    QVERIFY(QTest::qWaitFor(
        [&] { return order(a, aId).value(QStringLiteral("status")).toString() == QLatin1String("paid"); }, kWaitMs));

    // Both tills got the webhook; only A's order is paid. B's orders (its K1-000001 included)
    // are not, even after B's recovery and sweep run on a restart.
    b.process->kill();
    QVERIFY(startServer(b, simUrl, false));
    QTest::qWait(1500); // recovery and the first sweep run right after start
    const QJsonObject bPaid = http("GET", at(b.url, QStringLiteral("/api/orders?status=paid"))).json();
    QCOMPARE(bPaid.value(QStringLiteral("count")).toInt(), 0);
    const QJsonObject bAll = http("GET", at(b.url, QStringLiteral("/api/orders"))).json();
    bool sameNumberSeen = false;
    for (const QJsonValue &v : bAll.value(QStringLiteral("orders")).toArray())
        sameNumberSeen |= v.toObject().value(QStringLiteral("order_number")).toString() == aNumber;
    QVERIFY(sameNumberSeen); // the collision really was there to be made
    a.process->kill();
    b.process->kill();
    checkInvariants(simUrl, { a.db, b.db });
}

// ---- 3: SIGKILL at random moments while selling --------------------------------------------

void TestAdversarial::sigkillLoopKeepsEveryPaymentExactlyOnce()
{
    ChildProcess sim;
    const QUrl simUrl = startSim(sim);
    QVERIFY2(simUrl.isValid(), qPrintable(sim.output()));
    Server till;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo() << "seed" << seed;
    QRandomGenerator random(seed);
    QStringList unpaid;
    constexpr int kRounds = 8;
    for (int round = 0; round < kRounds; ++round) {
        QVERIFY(startServer(till, simUrl, round == 0));
        // The customers of the last round pay, decline or walk away while we were down.
        for (const QString &session : std::as_const(unpaid)) {
            const int roll = int(random.bounded(4));
            const QByteArray card = roll == 0 ? "4000000000000002" : "4242424242424242";
            if (roll < 3)
                http("POST", at(simUrl, QStringLiteral("/_sim/sessions/%1/pay").arg(session)),
                    "{\"card\":\"" + card + "\",\"email\":\"buyer@example.com\"}");
        }
        unpaid.clear();
        // New sales, some cancelled, and a kill at a random moment while requests are in flight.
        QNetworkAccessManager nam;
        QList<QNetworkReply *> inFlight;
        for (int i = 0; i < 4; ++i) {
            const HttpResult created = http("POST", at(till.url, QStringLiteral("/api/checkout")),
                "{\"items\":[{\"sku\":\"CAF-00" + QByteArray::number(1 + i % 3) + "\",\"quantity\":1}]}");
            if (created.status != 201)
                continue;
            const QString session = created.json().value(QStringLiteral("session_id")).toString();
            const qint64 id = created.json().value(QStringLiteral("order_id")).toInteger();
            if (i == 3) {
                QNetworkRequest cancel(at(till.url, QStringLiteral("/api/orders/%1/cancel").arg(id)));
                inFlight.append(nam.post(cancel, QByteArray()));
            } else if (i == 2) {
                // Paid right now: the webhook races the kill.
                QNetworkRequest pay(at(simUrl, QStringLiteral("/_sim/sessions/%1/pay").arg(session)));
                pay.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                inFlight.append(nam.post(pay, QByteArrayLiteral("{\"card\":\"4242424242424242\"}")));
            } else {
                unpaid.append(session);
            }
        }
        QTest::qWait(int(random.bounded(200)));
        till.process->kill();
        for (QNetworkReply *r : std::as_const(inFlight)) {
            if (!r->isFinished())
                QSignalSpy(r, &QNetworkReply::finished).wait(kWaitMs);
            r->deleteLater();
        }
    }
    // Last start: recovery and the sweep settle what happened while we were down; every
    // session still open is then let run out on the simulator's clock.
    QVERIFY(startServer(till, simUrl, false));
    QCOMPARE(http("POST", at(simUrl, QStringLiteral("/_sim/clock/advance")), "{\"seconds\":7200}").status, 200);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const QJsonObject open
                         = http("GET", at(till.url, QStringLiteral("/api/orders?status=awaiting_payment"))).json();
                     const QJsonObject drafts
                         = http("GET", at(till.url, QStringLiteral("/api/orders?status=draft"))).json();
                     return open.value(QStringLiteral("count")).toInt() == 0
                         && drafts.value(QStringLiteral("count")).toInt() == 0;
                 },
                 60000),
        "orders were left open after Stripe decided");
    till.process->kill();
    checkInvariants(simUrl, { till.db });
}

// ---- 4: crash vectors ----------------------------------------------------------------------

void TestAdversarial::oneRequestNeverKillsAProcess_data()
{
    QTest::addColumn<bool>("toSim");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("expected");
    auto post = [](const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders = {}) -> QByteArray {
        return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + extraHeaders
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    const QByteArray form = "application/x-www-form-urlencoded";
    QTest::addRow("sim pay: card of the wrong type")
        << true << post("/_sim/sessions/cs_test_x/pay", "{\"card\":4242}") << 400;
    QTest::addRow("sim async: result of the wrong type")
        << true << post("/_sim/sessions/cs_test_x/async", "{\"result\":1}") << 400;
    QTest::addRow("sim webhooks: url of the wrong type") << true << post("/_sim/webhooks", "{\"url\":1}") << 400;
    QTest::addRow("sim clock: 2^63 seconds")
        << true << post("/_sim/clock/advance", "{\"seconds\":9223372036854775807}") << 400;
    QTest::addRow("sim: non-UTF-8 method")
        << true << QByteArray("P\xffST /v1/checkout/sessions HTTP/1.1\r\nHost: x\r\n\r\n") << -1;
    QTest::addRow("sim: non-UTF-8 Stripe-Version")
        << true
        << QByteArray("GET /v1/checkout/sessions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                      "sk_test_adversarial0000000000004242\r\nStripe-Version: \xff\xfe\r\n\r\n")
        << 400;
    QTest::addRow("sim: non-UTF-8 Idempotency-Key")
        << true
        << post("/v1/checkout/sessions", "mode=payment",
               "Authorization: Bearer sk_test_adversarial0000000000004242\r\nIdempotency-Key: \xc3\x28\r\n")
        << 400;
    QByteArray deep = "a";
    for (int i = 0; i < 60000; ++i)
        deep += "[b]";
    deep += "=1";
    QTest::addRow("sim: 60,000 nested brackets")
        << true
        << QByteArray("POST /c/pay/cs_test_x HTTP/1.1\r\nHost: x\r\nContent-Type: " + form
               + "\r\nContent-Length: " + QByteArray::number(deep.size()) + "\r\n\r\n" + deep)
        << 400;
    QTest::addRow("sim: Content-Length -5")
        << true << QByteArray("POST /v1/checkout/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n") << 400;
    QTest::addRow("server: 50,000-character search")
        << false << QByteArray("GET /api/orders?q=" + QByteArray(50000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::addRow("server: malformed request line") << false << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::addRow("server: HTTP/9.9") << false << QByteArray("GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n") << 505;
    QTest::addRow("server: method BREW") << false << QByteArray("BREW /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 501;
    QTest::addRow("server: /api/orders/+1")
        << false << QByteArray("GET /api/orders/+1 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::addRow("server: unsigned webhook with non-UTF-8 body")
        << false << post("/webhooks/stripe", QByteArray("{\"id\":\"\xff\"}")) << 400;
    QTest::addRow("server: 10,000 headers")
        << false
        << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\n" + QByteArray("X-A: b\r\n").repeated(10000) + "\r\n")
        << 431;
}

void TestAdversarial::oneRequestNeverKillsAProcess()
{
    QFETCH(bool, toSim);
    QFETCH(QByteArray, request);
    QFETCH(int, expected);
    ChildProcess sim;
    const QUrl simUrl = startSim(sim);
    QVERIFY2(simUrl.isValid(), qPrintable(sim.output()));
    Server till;
    QVERIFY(startServer(till, simUrl, false));
    const QUrl target = toSim ? simUrl : till.url;
    const int status = statusOf(rawExchange(target, request));
    ChildProcess &victim = toSim ? sim : *till.process;
    QTest::qWait(50); // a crash after the answer would show now
    QVERIFY2(victim.isRunning(), qPrintable(victim.output()));
    // libmicrohttpd 0.9.75 closes a request line it cannot split without answering (see
    // backend/http/README.md, "Known limits"); nothing reaches a handler and the server goes on.
    QEXPECT_FAIL("server: malformed request line", "libmicrohttpd 0.9.75 closes it unanswered", Continue);
    if (expected > 0)
        QCOMPARE(status, expected);
    else
        QVERIFY2(status >= 400 || status == 0, QByteArray::number(status).constData());
    // And the process still serves an ordinary request afterwards.
    const QString health = toSim ? QStringLiteral("/_sim/clock") : QStringLiteral("/healthz");
    QCOMPARE(http("GET", at(target, health)).status, 200);
}

// ---- 5 and 6: resources ----------------------------------------------------------------------

void TestAdversarial::idleConnectionsDoNotStarveWebhooks()
{
    ChildProcess sim;
    const QUrl simUrl = startSim(sim);
    QVERIFY2(simUrl.isValid(), qPrintable(sim.output()));
    Server till;
    // The usual soft limit of 1,024 descriptors, whatever this machine's default is.
    QVERIFY(startServer(till, simUrl, false, 1024));
    // 2,000 connections that never send a byte: more than the server may hold open.
    rlimit limit {};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &limit) == 0);
    const rlimit original = limit;
    limit.rlim_cur = qMax<rlim_t>(limit.rlim_cur, qMin<rlim_t>(limit.rlim_max, 4096));
    QVERIFY(setrlimit(RLIMIT_NOFILE, &limit) == 0);
    auto restore = qScopeGuard([&] { setrlimit(RLIMIT_NOFILE, &original); });
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 2000; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(till.url.host(), quint16(till.url.port()));
        idle.push_back(std::move(s));
    }
    int connected = 0;
    (void)QTest::qWaitFor(
        [&] {
            connected = int(std::count_if(
                idle.begin(), idle.end(), [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; }));
            return connected == int(idle.size());
        },
        5000);
    // Let the server accept what it can.
    const QString fds = QStringLiteral("/proc/%1/fd").arg(till.process->pid());
    qsizetype open = 0;
    (void)QTest::qWaitFor(
        [&] {
            const qsizetype now = QDir(fds).count();
            const bool settled = now == open;
            open = now;
            QTest::qWait(300);
            return settled && now > 0;
        },
        10000);
    qInfo() << connected << "idle connections;" << open << "descriptors open in the server";
    // Capped well below its descriptor limit, and not spinning on accept errors (the old server
    // ran out of descriptors here and busy-looped at ~0.4 core).
    QVERIFY2(open < 900, qPrintable(QStringLiteral("%1 descriptors open").arg(open)));
    const qint64 cpuBefore = cpuTicks(till.process->pid());
    QTest::qWait(2000);
    const qint64 spent = cpuTicks(till.process->pid()) - cpuBefore;
    QVERIFY2(spent * 1000 / sysconf(_SC_CLK_TCK) < 400,
        qPrintable(QStringLiteral("the server used %1 ticks of CPU in 2 s while idle").arg(spent)));
    QVERIFY(till.process->isRunning());
    // The attacker goes away: a signed webhook is answered at once, without a restart.
    idle.clear();
    const QByteArray body = "{\"id\":\"evt_idle_1\",\"object\":\"event\",\"type\":\"charge.updated\",\"created\":"
        + QByteArray::number(QDateTime::currentSecsSinceEpoch())
        + ",\"livemode\":false,\"pending_webhooks\":1,\"request\":null,\"api_version\":\"2026-10-28.endive\","
          "\"data\":{\"object\":{\"id\":\"ch_1\",\"object\":\"charge\"}}}";
    const QByteArray signature
        = WebhookSigner::signatureHeader(body, till.secret.toUtf8(), QDateTime::currentSecsSinceEpoch());
    int status = 0;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     status = http("POST", at(till.url, QStringLiteral("/webhooks/stripe")), body,
                         { { "Stripe-Signature", signature } }, 3000)
                                  .status;
                     return status == 200;
                 },
                 60000), // bounded: the old server never recovered
        QByteArray::number(status).constData());
    QCOMPARE(http("GET", at(till.url, QStringLiteral("/healthz"))).status, 200);
}

void TestAdversarial::oversizedRequestsAreRefusedBeforeTheyAreRead()
{
    ChildProcess sim;
    const QUrl simUrl = startSim(sim);
    QVERIFY2(simUrl.isValid(), qPrintable(sim.output()));
    Server till;
    QVERIFY(startServer(till, simUrl, false));
    const qint64 before = rssKiB(till.process->pid());
    // 200 MiB declared: refused from the headers, long before the body would have arrived.
    const QByteArray head = "POST /webhooks/stripe HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Content-Length: 209715200\r\n\r\n";
    QCOMPARE(statusOf(rawExchange(till.url, head + QByteArray(64 << 10, '{'))), 413);
    // A 10 MB header.
    const QByteArray bigHeader = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(10 << 20, 'a') + "\r\n\r\n";
    QCOMPARE(statusOf(rawExchange(till.url, bigHeader)), 431);
    const qint64 after = rssKiB(till.process->pid());
    QVERIFY2(
        after - before < 32 * 1024, qPrintable(QStringLiteral("RSS grew from %1 to %2 KiB").arg(before).arg(after)));
    QVERIFY(till.process->isRunning());
    QCOMPARE(http("GET", at(till.url, QStringLiteral("/healthz"))).status, 200);
}

QTEST_GUILESS_MAIN(TestAdversarial)
#include "tst_adversarial.moc"
