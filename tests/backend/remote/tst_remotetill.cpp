// SPDX-License-Identifier: MIT
// The remote till service against a fake shop server over real sockets: checkout, the change
// stream, reconnects with the last cursor, the server going away and coming back, bad answers,
// and the token staying out of every log line and error.
#include "ChangeStream.h"
#include "FakeShopServer.h"
#include "HeadlessTill.h"
#include "RemoteTillService.h"
#include "ServerConnection.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Kiosk;
using Kiosk::Test::FakeShopServer;

namespace {

const QByteArray kToken = "kt_live_7Qm2xZ9pLw4sTn8vBc3dR6yH";

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

RemoteOptions optionsFor(const FakeShopServer &server)
{
    RemoteOptions o;
    o.server = server.url();
    o.token = kToken;
    o.requestTimeoutMs = 3000;
    o.reconnectMinMs = 50;
    o.reconnectMaxMs = 400;
    o.pollIntervalMs = 100;
    o.maxReplyBytes = 64 * 1024;
    o.maxEventBytes = 16 * 1024;
    return o;
}

CheckoutRequest twoFlatWhites()
{
    CheckoutRequest r;
    r.lines = { { QStringLiteral("p-flat"), 2, {} } };
    return r;
}

/** Waits for a reply delivered through `done`. */
struct Waiter
{
    std::optional<Result<Order>> result;
    TillService::OrderReply reply()
    {
        return [this](Result<Order> r) { result = std::move(r); };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

/** Waits until `spy` saw an announcement of `id` with `status`. */
bool waitForStatus(QSignalSpy &spy, qint64 id, OrderStatus status, int ms = 5000)
{
    return QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : spy) {
                const auto order = args.at(1).value<Order>();
                if (args.at(0).toLongLong() == id && order.status == status)
                    return true;
            }
            return false;
        },
        ms);
}

} // namespace

class TestRemoteTill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Kiosk::Order>();
        QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*=true"));
        g_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        // Every test above logged; none may have logged the token or its tail.
        const QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QString::fromLatin1(kToken)), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("Bearer")), qPrintable(line));
        }
    }

    void loadsTheCatalogAndSellsThroughTheStream()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        std::optional<Status> ready;
        till.connectToServer(this, [&](Status s) { ready = s; });
        QVERIFY(!ready); // never from inside the call
        QVERIFY(QTest::qWaitFor([&] { return ready.has_value(); }, 5000));
        QVERIFY(ready->ok());
        QCOMPARE(till.catalog().products().size(), 2);
        QVERIFY(till.catalog().byId(QStringLiteral("p-flat")));
        QSignalSpy opened(&till.stream(), &ChangeStream::opened);
        QVERIFY(opened.wait(5000));

        QSignalSpy changes(&till, &TillService::orderChanged);
        Waiter started;
        till.startCheckout(twoFlatWhites(), this, started.reply());
        QVERIFY(!started.result);
        QVERIFY(started.wait());
        QVERIFY(started.result->ok());
        const Order created = started.result->value();
        QCOMPARE(toString(created.status), toString(OrderStatus::AwaitingPayment));
        QVERIFY(!created.sessionUrl.isEmpty());
        QCOMPARE(created.lines.size(), 1); // the full order, read after the short checkout answer

        const auto checkout = server.requestsFor("/api/checkout");
        QCOMPARE(checkout.size(), 1);
        QCOMPARE(checkout.first().body, QByteArray(R"({"items":[{"quantity":2,"sku":"FLAT-1"}]})"));
        QCOMPARE(checkout.first().headers.value("authorization"), "Bearer " + kToken);
        QVERIFY(checkout.first().headers.value("idempotency-key").startsWith("till-"));

        server.setStatus(created.id, QStringLiteral("paid"));
        QVERIFY(waitForStatus(changes, created.id, OrderStatus::Paid));
        QVERIFY(till.awaitedOrders().isEmpty());
    }

    void reconnectsWithTheLastCursorAndDeliversWhatItMissed()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        QSignalSpy opened(&till.stream(), &ChangeStream::opened);
        till.connectToServer(this, [](Status) {});
        QVERIFY(opened.wait(5000));
        QSignalSpy changes(&till, &TillService::orderChanged);

        const qint64 a = server.addOrder();
        const qint64 b = server.addOrder();
        server.setStatus(a, QStringLiteral("cancelled")); // cursor 1, seen live
        QVERIFY(waitForStatus(changes, a, OrderStatus::Cancelled));
        QCOMPARE(till.stream().cursor(), 1);

        server.dropStreams();
        server.setStatus(b, QStringLiteral("paid"), false); // cursor 2, while no stream is open
        QVERIFY(opened.wait(5000));
        QVERIFY(waitForStatus(changes, b, OrderStatus::Paid));
        const auto streams = server.requestsFor("/api/orders/changes");
        QCOMPARE(streams.size(), 2);
        QCOMPARE(streams.first().query, QByteArray());
        QCOMPARE(streams.last().query, QByteArray("after=1"));
        QCOMPARE(streams.last().headers.value("last-event-id"), QByteArray("1"));
        QCOMPARE(till.stream().cursor(), 2);

        // Replayed events (a cursor already seen) are not announced again.
        const qsizetype seen = changes.size();
        server.pushRaw("id: 2\nevent: order\ndata: " + QJsonDocument(server.order(b)).toJson(QJsonDocument::Compact)
            + "\n\n: keepalive\n\n");
        server.setStatus(a, QStringLiteral("cancelled")); // cursor 3: a marker that the stream went on
        QVERIFY(QTest::qWaitFor([&] { return till.stream().cursor() == 3; }, 5000));
        QCoreApplication::processEvents(); // announcements are queued: any pending one arrives now
        QCOMPARE(changes.size(), seen + 1);
    }

    void lostServerShowsLostThenRecoversAndShowsThePayment()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        const quint16 port = server.port();
        RemoteOptions options = optionsFor(server);
        options.pollIntervalMs = 60'000; // only the catch-up after the reconnect can bring the payment
        ServerConnection connection(options);
        RemoteTillService till(connection);
        QSignalSpy opened(&till.stream(), &ChangeStream::opened);
        till.connectToServer(this, [](Status) {});
        QVERIFY(opened.wait(5000));
        Waiter started;
        till.startCheckout(twoFlatWhites(), this, started.reply());
        QVERIFY(started.wait());
        QVERIFY(started.result->ok());
        const qint64 id = started.result->value().id;
        QSignalSpy changes(&till, &TillService::orderChanged);
        QSignalSpy connection_(&till, &TillService::connectionChanged);

        // The server dies mid-sale; the buyer pays meanwhile and the change log is lost with it.
        server.stop();
        QVERIFY(connection_.wait(5000));
        QCOMPARE(connection_.last().first().toBool(), false);
        QVERIFY(!till.isConnected());
        Waiter whileDown;
        till.fetchOrder(id, this, whileDown.reply());
        QVERIFY(whileDown.wait());
        QVERIFY(!whileDown.result->ok());
        QCOMPARE(whileDown.result->error().code, QStringLiteral("server_unreachable"));
        for (const QList<QVariant> &args : std::as_const(changes))
            QVERIFY(args.at(1).value<Order>().status != OrderStatus::Failed); // a lost line fails nothing

        server.setStatus(id, QStringLiteral("paid"), false);
        server.forgetChanges();
        QVERIFY(server.listen(port));
        QVERIFY(QTest::qWaitFor([&] { return till.isConnected(); }, 5000));
        QVERIFY(waitForStatus(changes, id, OrderStatus::Paid));
        QCOMPARE(connection_.last().first().toBool(), true);
    }

    void pollsWhileTheStreamIsRefused()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        // An older server without the stream: polling still brings the outcome.
        server.canned.insert(
            "GET /api/orders/changes", { 404, R"({"error":{"code":"not_found","message":"No such endpoint."}})" });
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        std::optional<Status> ready;
        till.connectToServer(this, [&](Status s) { ready = s; });
        QVERIFY(QTest::qWaitFor([&] { return ready.has_value(); }, 5000));
        Waiter started;
        till.startCheckout(twoFlatWhites(), this, started.reply());
        QVERIFY(started.wait());
        QVERIFY(started.result->ok());
        QSignalSpy changes(&till, &TillService::orderChanged);
        server.setStatus(started.result->value().id, QStringLiteral("paid"));
        QVERIFY(waitForStatus(changes, started.result->value().id, OrderStatus::Paid));
        QVERIFY(till.isConnected());
    }

    void badAnswersAreErrorsNotCrashes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("oversize") << 200 << QByteArray(200 * 1024, ' ') << "reply_too_large";
        QTest::newRow("oversize error body") << 500 << QByteArray(200 * 1024, 'x') << "reply_too_large";
        QTest::newRow("malformed") << 200 << QByteArray("{\"order_id\":1,") << "invalid_response";
        QTest::newRow("wrong types") << 200 << QByteArray(R"({"order_id":"1","status":"paid"})") << "invalid_response";
        QTest::newRow("deep") << 200 << (QByteArray(10000, '[') + QByteArray(10000, ']')) << "invalid_response";
        QTest::newRow("not found") << 404 << QByteArray(R"({"error":{"code":"not_found","message":"No order 1."}})")
                                   << "not_found";
    }
    void badAnswersAreErrorsNotCrashes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        server.canned.insert("GET /api/orders/1", { status, body });
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        QSignalSpy changes(&till, &TillService::orderChanged);
        Waiter fetched;
        till.fetchOrder(1, this, fetched.reply());
        QVERIFY(fetched.wait());
        QVERIFY(!fetched.result->ok());
        QCOMPARE(fetched.result->error().code, code);
        QVERIFY(changes.isEmpty());
        QVERIFY(till.isConnected()); // the server answered: it is there, only its answer was bad
    }

    void badPushedEventsAreDropped()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        QSignalSpy opened(&till.stream(), &ChangeStream::opened);
        till.connectToServer(this, [](Status) {});
        QVERIFY(opened.wait(5000));
        QSignalSpy changes(&till, &TillService::orderChanged);
        const qint64 id = server.addOrder();
        server.pushRaw("id: 1\nevent: order\ndata: {not json\n\n");
        server.pushRaw("id: x\nevent: order\ndata: {}\n\n");
        server.pushRaw("id: 2\nevent: order\ndata: {\"order_id\":1,\"status\":\"teleported\"}\n\n");
        server.pushRaw("id: 3\nevent: gossip\ndata: {}\n\n");
        server.setStatus(id, QStringLiteral("paid")); // cursor 1 on the fake, below 2: must use a higher one
        server.pushRaw(
            "id: 9\nevent: order\ndata: " + QJsonDocument(server.order(id)).toJson(QJsonDocument::Compact) + "\n\n");
        QVERIFY(waitForStatus(changes, id, OrderStatus::Paid));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(opened.size(), 1); // malformed events do not cost the stream

        // An event over the bound costs the stream; it reconnects from the last good cursor.
        server.pushRaw("id: 10\nevent: order\ndata: " + QByteArray(20 * 1024, 'x'));
        QVERIFY(opened.wait(5000));
        QCOMPARE(server.requestsFor("/api/orders/changes").last().headers.value("last-event-id"), QByteArray("9"));
    }

    void aPushedDeclineIsAnnounced()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        QSignalSpy opened(&till.stream(), &ChangeStream::opened);
        till.connectToServer(this, [](Status) {});
        QVERIFY(opened.wait(5000));
        QSignalSpy declines(&till, &TillService::paymentAttemptFailed);
        QSignalSpy changes(&till, &TillService::orderChanged);
        const qint64 id = server.addOrder();
        // Malformed declines are dropped; a good one is announced with the bank's words.
        server.pushRaw("event: payment_failed\ndata: {\"order_id\":\"1\"}\n\n");
        server.pushRaw("event: payment_failed\ndata: {\"message\":\"no order\"}\n\n");
        server.pushRaw("event: payment_failed\ndata: {\"order_id\":" + QByteArray::number(id)
            + ",\"message\":\"Your card was declined.\"}\n\n");
        QVERIFY(declines.wait(5000));
        QCOMPARE(declines.size(), 1);
        QCOMPARE(declines.first().at(0).toLongLong(), id);
        QCOMPARE(declines.first().at(1).toString(), QStringLiteral("Your card was declined."));
        QCOMPARE(changes.size(), 0); // the order did not change
        QCOMPARE(opened.size(), 1);
    }

    void silentStreamIsReopened()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        RemoteOptions options = optionsFor(server);
        options.streamIdleTimeoutMs = 300;
        ServerConnection connection(options);
        RemoteTillService till(connection);
        QSignalSpy opened(&till.stream(), &ChangeStream::opened);
        till.connectToServer(this, [](Status) {});
        QVERIFY(opened.wait(5000));
        QVERIFY(opened.wait(5000)); // nothing came, not even a keepalive: dropped and reopened
        QCOMPARE(server.requestsFor("/api/orders/changes").size(), 2);
    }

    void repliesNeverGoBackBehindAnnouncements()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        QSignalSpy opened(&till.stream(), &ChangeStream::opened);
        till.connectToServer(this, [](Status) {});
        QVERIFY(opened.wait(5000));
        QSignalSpy changes(&till, &TillService::orderChanged);
        const qint64 id = server.addOrder();
        server.setStatus(id, QStringLiteral("paid"));
        QVERIFY(waitForStatus(changes, id, OrderStatus::Paid));
        // A stale read (a replica behind, a poll that crossed the payment) says awaiting_payment.
        QJsonObject stale = server.order(id);
        stale.insert(QStringLiteral("status"), QStringLiteral("awaiting_payment"));
        server.canned.insert(
            "GET /api/orders/" + QByteArray::number(id), { 200, QJsonDocument(stale).toJson(QJsonDocument::Compact) });
        Waiter fetched;
        till.fetchOrder(id, this, fetched.reply());
        QVERIFY(fetched.wait());
        QVERIFY(fetched.result->ok());
        QCOMPARE(toString(fetched.result->value().status), toString(OrderStatus::Paid));
        server.pushRaw("id: 50\nevent: order\ndata: " + QJsonDocument(stale).toJson(QJsonDocument::Compact) + "\n\n");
        QVERIFY(QTest::qWaitFor([&] { return till.stream().cursor() == 50; }, 5000));
        QCoreApplication::processEvents(); // announcements are queued: any pending one arrives now
        QCOMPARE(changes.size(), 1);
    }

    void announcementBeforeTheReplyWaitsForIt()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        server.payOnCheckout = true;
        // The read after the checkout answer is stale, so only the pushed change says "paid".
        server.canned.insert("GET /api/orders/1",
            { 200, R"({"order_id":1,"order_number":"S1-000001","status":"awaiting_payment","currency":"eur",
                "amount_total":350,"url":"http:\/\/127.0.0.1\/pay\/cs_test_1"})" });
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        QSignalSpy opened(&till.stream(), &ChangeStream::opened);
        till.connectToServer(this, [](Status) {});
        QVERIFY(opened.wait(5000));
        QStringList seen; // what a screen sees, in order
        connect(&till, &TillService::orderChanged, this, [&](qint64 id, const Order &order) {
            seen.append(QStringLiteral("announce %1 ").arg(id) + toString(order.status));
        });
        till.startCheckout(twoFlatWhites(), this, [&](Result<Order> order) {
            seen.append(order ? QStringLiteral("reply %1 ").arg(order.value().id) + toString(order.value().status)
                              : order.error().code);
        });
        QVERIFY(QTest::qWaitFor([&] { return seen.size() == 2; }, 5000));
        QCOMPARE(seen, (QStringList { QStringLiteral("reply 1 awaiting_payment"), QStringLiteral("announce 1 paid") }));
    }

    void noReplyOnceTheContextIsGone()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        bool called = false;
        auto context = std::make_unique<QObject>();
        till.fetchOrder(1, context.get(), [&](Result<Order>) { called = true; });
        context.reset();
        QVERIFY(QTest::qWaitFor([&] { return server.requestsFor("/api/orders/1").size() == 1; }, 5000));
        QTest::qWait(100); // a negative check: a reply that would come has had its chance
        QVERIFY(!called);
    }

    void wrongTokenIsSaidPlainly()
    {
        FakeShopServer server("another-token");
        QVERIFY(server.listen());
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        std::optional<Status> ready;
        till.connectToServer(this, [&](Status s) { ready = s; });
        QVERIFY(QTest::qWaitFor([&] { return ready.has_value(); }, 5000));
        QVERIFY(!ready->ok());
        QCOMPARE(ready->error().code, QStringLiteral("unauthorized"));
        QVERIFY(!ready->error().message.contains(QString::fromLatin1(kToken)));
        QVERIFY(!ready->error().message.contains(QString::fromLatin1(kToken.right(4))));
    }

    void badCatalogIsRefused()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        server.catalog = R"({"currency":"EUR","products":[{"id":"x","price":"1.5.0"}]})";
        ServerConnection connection(optionsFor(server));
        RemoteTillService till(connection);
        std::optional<Status> ready;
        till.connectToServer(this, [&](Status s) { ready = s; });
        QVERIFY(QTest::qWaitFor([&] { return ready.has_value(); }, 5000));
        QVERIFY(!ready->ok());
        QCOMPARE(ready->error().code, QStringLiteral("invalid_catalog"));
        QVERIFY(till.catalog().isEmpty());
    }

    void headlessTillSeesEachOutcomeOnce()
    {
        FakeShopServer server(kToken);
        QVERIFY(server.listen());
        HeadlessTill till(optionsFor(server));
        std::optional<Status> ready;
        till.start([&](Status s) { ready = s; });
        QVERIFY(QTest::qWaitFor([&] { return ready.has_value(); }, 5000));
        QVERIFY(ready->ok());
        QVERIFY(QTest::qWaitFor([&] { return server.openStreams() == 1; }, 5000));
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            till.sell(twoFlatWhites(), [&](Result<Order> o) { ids.append(o.ok() ? o.value().id : 0); });
        QVERIFY(QTest::qWaitFor([&] { return ids.size() == 3; }, 5000));
        QVERIFY(!ids.contains(0));
        QSignalSpy settled(&till, &HeadlessTill::settled);
        server.setStatus(ids.at(0), QStringLiteral("paid"));
        server.setStatus(ids.at(0), QStringLiteral("paid")); // announced twice
        server.setStatus(ids.at(1), QStringLiteral("failed"));
        std::optional<Result<Order>> cancelled;
        till.cancel(ids.at(2), [&](Result<Order> o) { cancelled = o; });
        QVERIFY(QTest::qWaitFor([&] { return till.outcomes().size() == 3; }, 5000));
        QCoreApplication::processEvents(); // a second announcement of a paid order is queued, if any
        QCOMPARE(settled.size(), 3);
        QCOMPARE(toString(till.outcomes().value(ids.at(0)).status), toString(OrderStatus::Paid));
        QCOMPARE(toString(till.outcomes().value(ids.at(1)).status), toString(OrderStatus::Failed));
        QCOMPARE(toString(till.outcomes().value(ids.at(2)).status), toString(OrderStatus::Cancelled));
        QVERIFY(till.pending().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemoteTill)
#include "tst_remotetill.moc"
