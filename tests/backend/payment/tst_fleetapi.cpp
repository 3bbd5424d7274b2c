// SPDX-License-Identifier: MIT
// The shop server as several tills see it: a real StripeSimulator, a real KioskBackend with its
// JSON API over HTTP, tills registered in its KioskRegistry. Each till sees and cancels only its
// own orders; manager endpoints need the API token or a till's token with the manager PIN (with
// its lockout), and every manager action is in the audit log.
#include "AuditLog.h"
#include "Catalog.h"
#include "Database.h"
#include "KioskBackend.h"
#include "KioskRegistry.h"
#include "OrderChangeFeed.h"
#include "OrderReader.h"
#include "OrderStore.h"
#include "PinVault.h"
#include "SettingsStore.h"
#include "StripeSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;

namespace {

const QByteArray kApiToken = QByteArrayLiteral("fleet-api-token-0123456789abcdef");
const QByteArray kWebhookSecret = QByteArrayLiteral("whsec_fleet_test_secret");
const QString kPin = QStringLiteral("246810");
constexpr int kWaitMs = 15000;

const char kCatalogJson[] = R"({"currency":"EUR","products":[
  {"id":"tea","sku":"TEA-1","name":"Green tea","category":"Drinks","price":"4.50"},
  {"id":"cake","sku":"CAKE-1","name":"Cheesecake","category":"Food","price":"3.25"}]})";

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

QNetworkAccessManager &network()
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(qApp);
    return *nam;
}

HttpResult request(const QByteArray &method, const QUrl &url, const QByteArray &token, const QByteArray &body = {},
    const QByteArray &pin = {})
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    if (!pin.isNull())
        req.setRawHeader("X-Manager-PIN", pin);
    QNetworkReply *reply = network().sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kWaitMs);
    HttpResult r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->rawHeader("Retry-After") };
    reply->deleteLater();
    return r;
}

/** A GET /api/orders/changes reader: the events it received so far (id, order). */
class SseClient final : public QObject
{
public:
    SseClient(const QUrl &url, const QByteArray &token, const QByteArray &lastEventId = {})
    {
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token);
        if (!lastEventId.isEmpty())
            req.setRawHeader("Last-Event-ID", lastEventId);
        m_reply = network().get(req);
        connect(m_reply, &QNetworkReply::readyRead, this, [this] {
            m_buffer += m_reply->readAll();
            for (qsizetype end = m_buffer.indexOf("\n\n"); end >= 0; end = m_buffer.indexOf("\n\n")) {
                const QByteArray block = m_buffer.left(end);
                m_buffer.remove(0, end + 2);
                Event e;
                QByteArray type;
                for (const QByteArray &line : block.split('\n')) {
                    if (line.startsWith("event: "))
                        type = line.mid(7);
                    if (line.startsWith("id: "))
                        e.id = line.mid(4).toLongLong();
                    else if (line.startsWith("data: "))
                        e.order = QJsonDocument::fromJson(line.mid(6)).object();
                    else if (line.startsWith(": keepalive"))
                        ++keepalives;
                }
                if (type == "payment_failed")
                    declines.append(e.order);
                else if (e.id > 0)
                    events.append(e);
            }
        });
    }
    ~SseClient() override
    {
        m_reply->abort();
        m_reply->deleteLater();
    }

    struct Event
    {
        qint64 id = 0;
        QJsonObject order;
    };
    QList<Event> events;
    QList<QJsonObject> declines; ///< the data of `event: payment_failed`
    int keepalives = 0;

    /** Waits until an event says the order has this status. */
    bool waitFor(qint64 orderId, const QString &status)
    {
        return QTest::qWaitFor(
            [&] {
                return std::any_of(events.cbegin(), events.cend(), [&](const Event &e) {
                    return e.order.value(QStringLiteral("order_id")).toInteger() == orderId
                        && e.order.value(QStringLiteral("status")).toString() == status;
                });
            },
            kWaitMs);
    }
    [[nodiscard]] bool sawOrder(qint64 orderId) const
    {
        return std::any_of(events.cbegin(), events.cend(),
            [&](const Event &e) { return e.order.value(QStringLiteral("order_id")).toInteger() == orderId; });
    }
    [[nodiscard]] int status() const { return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }
    [[nodiscard]] QByteArray contentType() const { return m_reply->rawHeader("Content-Type"); }
    [[nodiscard]] bool finished() const { return m_reply->isFinished(); }

private:
    QNetworkReply *m_reply = nullptr;
    QByteArray m_buffer;
};

} // namespace

class TestFleetApi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sim::StripeSimulator> m_sim;
    std::unique_ptr<KioskBackend> m_backend;
    QByteArray m_tillA;
    QByteArray m_tillB;
    QByteArray m_revoked;
    int m_serial = 0;

    QUrl url(const QString &path) const
    {
        QUrl u = m_backend->returnBaseUrl();
        const int q = path.indexOf(QLatin1Char('?'));
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }

    /** A checkout by the given credential; the new order's id (0 on failure). */
    qint64 checkout(const QByteArray &token)
    {
        const HttpResult r = request(
            "POST", url(QStringLiteral("/api/checkout")), token, R"({"items":[{"sku":"TEA-1","quantity":2}]})");
        if (r.status != 201)
            qWarning() << "checkout answered" << r.status << r.body;
        return r.status == 201 ? r.json().value(QStringLiteral("order_id")).toInteger() : 0;
    }

    QByteArray tokenNamed(const QString &name) const
    {
        if (name == QLatin1String("till A"))
            return m_tillA;
        if (name == QLatin1String("till B"))
            return m_tillB;
        if (name == QLatin1String("revoked till"))
            return m_revoked;
        if (name == QLatin1String("api token"))
            return kApiToken;
        if (name == QLatin1String("unknown"))
            return QByteArrayLiteral("kt_notARealTokenAtAll0000000000000000000000000");
        return {};
    }

    /** Pays the order's session on the simulator's hosted page. */
    bool pay(qint64 orderId)
    {
        const QString session = m_backend->store().order(orderId)->sessionId;
        QUrl u = m_sim->baseUrl();
        u.setPath(QStringLiteral("/_sim/sessions/%1/pay").arg(session));
        return request("POST", u, {}, R"({"card":"4242424242424242","email":"buyer@example.com"})").status == 200;
    }

    QList<AuditEntry> audit() const { return AuditLog(m_backend->store().database()).latest(100).value(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.filePath(QString::number(++m_serial));
        QVERIFY(QDir().mkpath(dir));
        QFile catalog(dir + QStringLiteral("/catalog.json"));
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write(kCatalogJson);
        catalog.close();
        m_sim = std::make_unique<Sim::StripeSimulator>(Sim::SimulatorOptions {});
        QVERIFY(m_sim->start().ok());

        BackendOptions o;
        o.databasePath = dir + QStringLiteral("/orders.sqlite");
        o.catalogPath = catalog.fileName();
        o.stripe.secretKey = QStringLiteral("sk_test_fleet00000000000000001234");
        o.stripe.apiBase = m_sim->baseUrl();
        o.webhookSecret = kWebhookSecret;
        o.apiToken = kApiToken;
        o.enableJsonApi = true;
        o.payment.kioskId = QStringLiteral("SRV");
        o.payment.pollIntervalMs = 200;
        o.reads.maxQueued = 4;
        auto created = KioskBackend::create(o);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        m_backend = std::move(created).value();
        QVERIFY(m_backend->start().ok());
        m_sim->addWebhookEndpoint({ m_backend->webhookUrl(), kWebhookSecret });

        KioskRegistry registry(m_backend->store().database());
        m_tillA = registry.add(QStringLiteral("A")).value();
        m_tillB = registry.add(QStringLiteral("B")).value();
        m_revoked = registry.add(QStringLiteral("R")).value();
        QVERIFY(registry.revoke(QStringLiteral("R")).ok());
        PinVault vault(&m_backend->settings(), m_backend->store().database()->clock());
        QVERIFY(vault.setPin(kPin).ok());
    }
    void cleanup()
    {
        m_backend.reset();
        m_sim.reset();
    }

    void aTillsOrderCarriesItsKioskId()
    {
        const qint64 id = checkout(m_tillA);
        QVERIFY(id > 0);
        const HttpResult r = request("GET", url(QStringLiteral("/api/orders/%1").arg(id)), m_tillA);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("kiosk_id")).toString(), QStringLiteral("A"));
        QVERIFY(r.json().value(QStringLiteral("order_number")).toString().startsWith(QLatin1String("A-")));
        // The API token's own orders are the server's.
        const qint64 own = checkout(kApiToken);
        QCOMPARE(m_backend->store().order(own)->kioskId, QStringLiteral("SRV"));
    }

    void aTillCannotReadOrCancelAnotherTillsOrder()
    {
        const qint64 id = checkout(m_tillA);
        QVERIFY(id > 0);
        const HttpResult read = request("GET", url(QStringLiteral("/api/orders/%1").arg(id)), m_tillB);
        QCOMPARE(read.status, 404);
        QCOMPARE(read.errorCode(), QStringLiteral("not_found"));
        // Same answer as for an order that does not exist: nothing to learn from it.
        QCOMPARE(read.body,
            request("GET", url(QStringLiteral("/api/orders/%1").arg(id + 1000)), m_tillB)
                .body.replace(QByteArray::number(id + 1000), QByteArray::number(id)));
        const HttpResult cancel = request("POST", url(QStringLiteral("/api/orders/%1/cancel").arg(id)), m_tillB);
        QCOMPARE(cancel.status, 404);
        QVERIFY(m_backend->store().order(id)->status == OrderStatus::AwaitingPayment);
        QVERIFY(!m_backend->store().order(id)->cancelRequestedAt.isValid());
        // Its own till may.
        const HttpResult mine = request("POST", url(QStringLiteral("/api/orders/%1/cancel").arg(id)), m_tillA);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("pin"); // null: no header
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray none;
        QTest::addRow("till: catalog") << "till A" << QByteArray("GET") << "/api/catalog" << none << 200 << "";
        QTest::addRow("till: order list 403")
            << "till A" << QByteArray("GET") << "/api/orders" << none << 403 << "manager_required";
        QTest::addRow("till: order list, wrong PIN")
            << "till A" << QByteArray("GET") << "/api/orders" << QByteArray("999999") << 403 << "wrong_pin";
        QTest::addRow("till: order list, PIN")
            << "till A" << QByteArray("GET") << "/api/orders" << kPin.toUtf8() << 200 << "";
        QTest::addRow("till: details 403")
            << "till A" << QByteArray("GET") << "/api/orders/1/details" << none << 403 << "manager_required";
        QTest::addRow("till: unknown endpoint 403")
            << "till A" << QByteArray("GET") << "/api/reports/day" << none << 403 << "manager_required";
        QTest::addRow("api token: order list")
            << "api token" << QByteArray("GET") << "/api/orders" << none << 200 << "";
        QTest::addRow("api token: catalog") << "api token" << QByteArray("GET") << "/api/catalog" << none << 200 << "";
        QTest::addRow("revoked till 401")
            << "revoked till" << QByteArray("GET") << "/api/catalog" << none << 401 << "unauthorized";
        QTest::addRow("revoked till with PIN 401")
            << "revoked till" << QByteArray("GET") << "/api/orders" << kPin.toUtf8() << 401 << "unauthorized";
        QTest::addRow("unknown token 401")
            << "unknown" << QByteArray("GET") << "/api/catalog" << none << 401 << "unauthorized";
        QTest::addRow("no token 401") << "nobody" << QByteArray("GET") << "/api/catalog" << none << 401
                                      << "unauthorized";
        QTest::addRow("PIN without a token 401")
            << "nobody" << QByteArray("GET") << "/api/orders" << kPin.toUtf8() << 401 << "unauthorized";
    }
    void scopes()
    {
        QFETCH(QString, who);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, pin);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult r = request(method, url(path), tokenNamed(who), {}, pin);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
    }

    void theManagerPinLocksOut()
    {
        // The till's PIN check: the right PIN opens a session, a wrong one says how many tries are left.
        const QUrl session = url(QStringLiteral("/api/manager/session"));
        const HttpResult opened = request("POST", session, m_tillA, {}, kPin.toUtf8());
        QCOMPARE(opened.status, 200);
        QCOMPARE(opened.json().value(QStringLiteral("kiosk_id")).toString(), QStringLiteral("A"));
        QCOMPARE(request("POST", session, m_tillA).status, 403);
        for (int i = 0; i < PinVault::kMaxTries; ++i) {
            const HttpResult wrong = request("POST", session, m_tillA, {}, "999999");
            QCOMPARE(wrong.status, 403);
            if (i + 1 < PinVault::kMaxTries) {
                QCOMPARE(wrong.errorCode(), QStringLiteral("wrong_pin"));
                const QJsonObject error = wrong.json().value(QStringLiteral("error")).toObject();
                QCOMPARE(error.value(QStringLiteral("tries_left")).toInt(), PinVault::kMaxTries - 1 - i);
            }
        }
        // Locked: even the right PIN is refused now, with when to try again.
        const HttpResult r = request("GET", url(QStringLiteral("/api/orders")), m_tillA, {}, kPin.toUtf8());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("pin_locked"));
        const qint64 retryAfter
            = r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("retry_after")).toInteger();
        QVERIFY(retryAfter > 0 && retryAfter <= PinVault::kFirstLockoutSecs);
        QCOMPARE(r.retryAfter, QByteArray::number(retryAfter));
        // The API token is not affected.
        QCOMPARE(request("GET", url(QStringLiteral("/api/orders")), kApiToken).status, 200);
        // The lockout is kept by the vault (a restart does not lift it).
        PinVault vault(&m_backend->settings(), m_backend->store().database()->clock());
        QVERIFY(vault.lockedForSecs() > 0);
    }

    void everyManagerActionIsAudited()
    {
        const qint64 id = checkout(m_tillA);
        QVERIFY(id > 0);
        const int before = int(audit().size());
        QCOMPARE(request("GET", url(QStringLiteral("/api/orders")), m_tillA, {}, kPin.toUtf8()).status, 200);
        QCOMPARE(request("GET", url(QStringLiteral("/api/orders/%1/details").arg(id)), kApiToken).status, 200);
        QCOMPARE(request("GET", url(QStringLiteral("/api/orders")), m_tillB, {}, "999999").status, 403);
        QCOMPARE(request("POST", url(QStringLiteral("/api/orders/%1/cancel").arg(id)), kApiToken).status, 200);
        // A till's own business is not a manager action.
        QCOMPARE(request("GET", url(QStringLiteral("/api/orders/%1").arg(id)), m_tillA).status, 200);
        const QList<AuditEntry> entries = audit().mid(before);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).actor, QStringLiteral("A"));
        QCOMPARE(entries.at(0).action, QStringLiteral("GET /api/orders"));
        QCOMPARE(entries.at(0).outcome, QStringLiteral("200"));
        QCOMPARE(entries.at(1).actor, QStringLiteral("api-token"));
        QCOMPARE(entries.at(1).orderId, id);
        QCOMPARE(entries.at(2).actor, QStringLiteral("B"));
        QCOMPARE(entries.at(2).outcome, QStringLiteral("403 wrong_pin"));
        QCOMPARE(entries.at(3).action, QStringLiteral("POST /api/orders/%1/cancel").arg(id));
        QCOMPARE(entries.at(3).outcome, QStringLiteral("200"));
        for (const AuditEntry &e : entries) {
            QVERIFY(e.at.isValid());
            QVERIFY(!e.action.contains(kPin) && !e.outcome.contains(kPin));
        }
    }

    void aTillsStreamShowsItsOrderPaidAndNothingElse()
    {
        SseClient a(url(QStringLiteral("/api/orders/changes")), m_tillA);
        QVERIFY(QTest::qWaitFor([&] { return a.keepalives > 0; }, kWaitMs)); // the stream is open
        QCOMPARE(a.status(), 200);
        QCOMPARE(a.contentType(), QByteArray("text/event-stream"));
        const qint64 other = checkout(m_tillB);
        const qint64 mine = checkout(m_tillA);
        QVERIFY(other > 0 && mine > 0);
        QVERIFY(pay(other));
        QVERIFY(pay(mine));
        QVERIFY(a.waitFor(mine, QStringLiteral("paid")));
        // Till B's order was created and paid before ours was: its events would be here by now.
        QVERIFY(!a.sawOrder(other));
        for (int i = 1; i < a.events.size(); ++i)
            QVERIFY(a.events.at(i - 1).id < a.events.at(i).id);
        // A manager's stream sees both.
        SseClient manager(url(QStringLiteral("/api/orders/changes?after=0")), kApiToken);
        QVERIFY(manager.waitFor(other, QStringLiteral("paid")));
        QVERIFY(manager.waitFor(mine, QStringLiteral("paid")));
    }

    void aDeclineIsPushedToItsTillOnly()
    {
        SseClient a(url(QStringLiteral("/api/orders/changes")), m_tillA);
        SseClient b(url(QStringLiteral("/api/orders/changes")), m_tillB);
        QVERIFY(QTest::qWaitFor([&] { return a.keepalives > 0 && b.keepalives > 0; }, kWaitMs));
        const qint64 mine = checkout(m_tillA);
        QVERIFY(mine > 0);
        const QString session = m_backend->store().order(mine)->sessionId;
        QUrl u = m_sim->baseUrl();
        u.setPath(QStringLiteral("/_sim/sessions/%1/pay").arg(session));
        QCOMPARE(request("POST", u, {}, R"({"card":"4000000000000002","email":"buyer@example.com"})").status, 402);
        QVERIFY(QTest::qWaitFor([&] { return !a.declines.isEmpty(); }, kWaitMs));
        QCOMPARE(a.declines.first().value(QStringLiteral("order_id")).toInteger(), mine);
        QVERIFY(a.declines.first().value(QStringLiteral("message")).toString().contains(QStringLiteral("declined")));
        QVERIFY(b.declines.isEmpty()); // written in the same turn: another till's would be here
        // The session stays open: the order did not change, and a good card still pays it.
        QCOMPARE(toString(m_backend->store().order(mine)->status), toString(OrderStatus::AwaitingPayment));
        QVERIFY(pay(mine));
        QVERIFY(a.waitFor(mine, QStringLiteral("paid")));
    }

    void aReconnectingTillCatchesUpFromItsCursor()
    {
        const qint64 first = checkout(m_tillA);
        QVERIFY(first > 0);
        qint64 seen = 0;
        {
            SseClient a(url(QStringLiteral("/api/orders/changes?after=0")), m_tillA);
            QVERIFY(a.waitFor(first, QStringLiteral("awaiting_payment")));
            seen = a.events.last().id;
        } // disconnected
        // While it is away: its order is paid, another is created, till B sells.
        QVERIFY(pay(first));
        QVERIFY(QTest::qWaitFor([&] { return m_backend->store().order(first)->status == OrderStatus::Paid; }, kWaitMs));
        const qint64 second = checkout(m_tillA);
        const qint64 theirs = checkout(m_tillB);
        QVERIFY(second > 0 && theirs > 0);
        SseClient back(url(QStringLiteral("/api/orders/changes")), m_tillA, QByteArray::number(seen));
        QVERIFY(back.waitFor(first, QStringLiteral("paid")));
        QVERIFY(back.waitFor(second, QStringLiteral("awaiting_payment")));
        QVERIFY(back.events.first().id > seen);
        QVERIFY(!back.sawOrder(theirs));
        // ?after= works the same way; a bad cursor is refused.
        SseClient again(url(QStringLiteral("/api/orders/changes?after=%1").arg(seen)), m_tillA);
        QVERIFY(again.waitFor(first, QStringLiteral("paid")));
        const HttpResult bad = request("GET", url(QStringLiteral("/api/orders/changes?after=x1")), m_tillA);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("invalid_cursor"));
        // A revoked till cannot listen.
        QCOMPARE(request("GET", url(QStringLiteral("/api/orders/changes")), m_revoked).status, 401);
    }

    void aTillsNewestStreamsWin()
    {
        // Raw sockets: QNetworkAccessManager opens only six connections per host.
        auto open = [&](const QByteArray &token) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_backend->port());
            if (socket->waitForConnected(kWaitMs))
                socket->write("GET /api/orders/changes HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\n\r\n");
            return socket;
        };
        auto answer = [](QTcpSocket &socket) {
            QByteArray got;
            (void)QTest::qWaitFor(
                [&] {
                    got += socket.readAll();
                    return got.contains(": keepalive") || got.contains("\r\n\r\n{");
                },
                kWaitMs);
            return got;
        };
        // A till's newest streams win: its fifth ends its first.
        std::vector<std::unique_ptr<QTcpSocket>> streams;
        for (int i = 0; i < OrderChangeFeedOptions {}.maxStreamsPerCaller + 1; ++i) {
            streams.push_back(open(m_tillA));
            QVERIFY(answer(*streams.back()).startsWith("HTTP/1.1 200"));
        }
        QByteArray first;
        QVERIFY(QTest::qWaitFor(
            [&] {
                first += streams.front()->readAll();
                return first.endsWith("0\r\n\r\n") || streams.front()->state() != QAbstractSocket::ConnectedState;
            },
            kWaitMs));
    }

    void streamsAreBounded()
    {
        // Raw sockets: QNetworkAccessManager opens only six connections per host.
        auto open = [&](const QByteArray &token) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_backend->port());
            if (socket->waitForConnected(kWaitMs))
                socket->write("GET /api/orders/changes HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\n\r\n");
            return socket;
        };
        auto answer = [](QTcpSocket &socket) {
            QByteArray got;
            (void)QTest::qWaitFor(
                [&] {
                    got += socket.readAll();
                    return got.contains(": keepalive") || got.contains("\r\n\r\n{");
                },
                kWaitMs);
            return got;
        };
        std::vector<std::unique_ptr<QTcpSocket>> streams;
        // All callers together: maxStreams, then 503.
        KioskRegistry registry(m_backend->store().database());
        for (int i = 0; i < OrderChangeFeedOptions {}.maxStreams; ++i) {
            streams.push_back(open(registry.add(QStringLiteral("S%1").arg(i)).value()));
            QVERIFY(answer(*streams.back()).startsWith("HTTP/1.1 200"));
        }
        const std::unique_ptr<QTcpSocket> refused = open(m_tillB);
        const QByteArray busy = answer(*refused);
        QVERIFY2(busy.startsWith("HTTP/1.1 503"), busy.constData());
        QVERIFY(busy.contains("too_many_streams"));
        QVERIFY(busy.contains("Retry-After: 5"));
        // The other endpoints are still served, and a closed stream frees its place (noticed at
        // the latest with the next write to it).
        QCOMPARE(request("GET", url(QStringLiteral("/api/catalog")), m_tillB).status, 200);
        streams.back()->abort();
        streams.pop_back();
        QVERIFY(checkout(kApiToken) > 0); // a change: written to every stream, a closed one noticed
        QVERIFY(QTest::qWaitFor(
            [&] {
                const std::unique_ptr<QTcpSocket> next = open(m_tillB);
                return answer(*next).startsWith("HTTP/1.1 200");
            },
            kWaitMs));
        // The server is destroyed (cleanup) with every stream still open.
    }

    void theCatalogIsServedInTheKiosksFormat()
    {
        const HttpResult r = request("GET", url(QStringLiteral("/api/catalog")), m_tillA);
        QCOMPARE(r.status, 200);
        const Result<Catalog> served = Catalog::fromJson(r.body);
        QVERIFY2(served.ok(), served.ok() ? "" : qPrintable(served.error().toString()));
        QCOMPARE(served->products().size(), m_backend->catalog().products().size());
        const Product *tea = served->bySku(QStringLiteral("TEA-1"));
        QVERIFY(tea);
        QCOMPARE(tea->price.minorUnits(), 450);
    }

    void detailsHaveHistoryEventsAndRefunds()
    {
        const qint64 id = checkout(m_tillA);
        QVERIFY(id > 0);
        const HttpResult r = request("GET", url(QStringLiteral("/api/orders/%1/details").arg(id)), kApiToken);
        QCOMPARE(r.status, 200);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("order")).toObject().value(QStringLiteral("order_id")).toInteger(), id);
        const QJsonArray history = j.value(QStringLiteral("status_history")).toArray();
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.last().toObject().value(QStringLiteral("to")).toString(), QStringLiteral("awaiting_payment"));
        QVERIFY(j.value(QStringLiteral("events")).isArray());
        QVERIFY(j.value(QStringLiteral("refunds")).isArray());
        QCOMPARE(request("GET", url(QStringLiteral("/api/orders/999999/details")), kApiToken).status, 404);
    }

    void aCheckoutAnswersWhileAReadIsInProgress()
    {
        // A read that holds the read thread until released: the slowest search there could be.
        QSemaphore started;
        QSemaphore gate;
        bool heldAnswered = false;
        m_backend->reads().read<int>(
            [&](const OrderStore &) -> Result<int> {
                started.release();
                // Bounded, so that a read run on the payment thread shows up as a failure, not a hang.
                gate.tryAcquire(1, kWaitMs / 2);
                return 1;
            },
            this, [&heldAnswered](Result<int>) { heldAnswered = true; });
        QVERIFY(started.tryAcquire(1, kWaitMs));
        QNetworkRequest listing(url(QStringLiteral("/api/orders?q=tea&limit=10")));
        listing.setRawHeader("Authorization", "Bearer " + kApiToken);
        QNetworkReply *list = network().get(listing);
        QTRY_COMPARE_WITH_TIMEOUT(m_backend->reads().pending(), 2, kWaitMs); // the list waits behind it
        // Ordering, not timing: the checkout and its webhook are answered while the read is held.
        const qint64 id = checkout(kApiToken);
        QVERIFY(id > 0);
        QVERIFY(pay(id));
        QTRY_VERIFY_WITH_TIMEOUT(m_backend->store().order(id)->status == OrderStatus::Paid, kWaitMs);
        QVERIFY(!list->isFinished());
        QVERIFY(!heldAnswered);
        gate.release();
        QSignalSpy listed(list, &QNetworkReply::finished);
        QVERIFY(list->isFinished() || listed.wait(kWaitMs));
        QCOMPARE(list->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(list->readAll()).object().value(QStringLiteral("count")).toInteger(), 1);
        list->deleteLater();
        QVERIFY(heldAnswered);
    }

    void aFullReadQueueIs503()
    {
        QSemaphore started;
        QSemaphore gate;
        m_backend->reads().read<int>(
            [&](const OrderStore &) -> Result<int> {
                started.release();
                gate.tryAcquire(1, kWaitMs / 2);
                return 1;
            },
            this, [](Result<int>) {});
        QVERIFY(started.tryAcquire(1, kWaitMs));
        QList<QNetworkReply *> waiting;
        for (int i = 0; i < 3; ++i) { // with the held read: the queue's 4
            QNetworkRequest r(url(QStringLiteral("/api/orders")));
            r.setRawHeader("Authorization", "Bearer " + kApiToken);
            waiting.append(network().get(r));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_backend->reads().pending(), 4, kWaitMs);
        QNetworkRequest extra(url(QStringLiteral("/api/orders/1/details")));
        extra.setRawHeader("Authorization", "Bearer " + kApiToken);
        checkout(kApiToken); // order 1, so that details reaches the reader
        QNetworkReply *refused = network().get(extra);
        QSignalSpy refusedSpy(refused, &QNetworkReply::finished);
        QVERIFY(refusedSpy.wait(kWaitMs));
        QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
        QCOMPARE(refused->rawHeader("Retry-After"), QByteArray("1"));
        QCOMPARE(QJsonDocument::fromJson(refused->readAll())
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("busy"));
        refused->deleteLater();
        gate.release();
        for (QNetworkReply *r : std::as_const(waiting)) {
            QSignalSpy done(r, &QNetworkReply::finished);
            QVERIFY(r->isFinished() || done.wait(kWaitMs));
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
    }
};

QTEST_GUILESS_MAIN(TestFleetApi)
#include "tst_fleetapi.moc"
