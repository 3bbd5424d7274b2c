// SPDX-License-Identifier: MIT
// The payment flow end to end in one process: a real StripeSimulator, a real KioskBackend with
// SQLite in a temporary directory, real HTTP between them.
#include "Cart.h"
#include "Catalog.h"
#include "KioskBackend.h"
#include "OrderStore.h"
#include "PaymentCoordinator.h"
#include "QtHttpTransport.h"
#include "StripeClient.h"
#include "StripeSimulator.h"
#include "WebhookEndpoint.h"
#include "WebhookSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;

namespace {

const QByteArray kWebhookSecret = QByteArrayLiteral("whsec_payments_test_secret");
const QString kGoodCard = QStringLiteral("4242424242424242");
const QString kDeclinedCard = QStringLiteral("4000000000000002");
constexpr int kWaitMs = 15000;

const char kCatalogJson[]
    = "{\n"
      "  \"currency\": \"USD\",\n"
      "  \"products\": [\n"
      "    {\"id\": \"tea\", \"sku\": \"TEA-1\", \"name\": \"Green tea\", \"description\": \"A "
      "pot\", \"category\": \"Drinks\", \"price\": \"4.50\"},\n"
      "    {\"id\": \"cake\", \"sku\": \"CAKE-1\", \"name\": \"Cheesecake\", \"category\": "
      "\"Food\", \"price\": \"3.25\",\n"
      "     \"image\": \"https://example.com/cake.png\"},\n"
      "    {\"id\": \"old\", \"sku\": \"OLD-1\", \"name\": \"Retired\", \"category\": \"Food\", "
      "\"price\": \"1.00\", \"active\": false},\n"
      "    {\"id\": \"latte\", \"sku\": \"LAT-1\", \"name\": \"Latte\", \"category\": \"Drinks\", "
      "\"price\": \"4.50\", \"options\": [{\"id\": \"size\", \"name\": \"Size\", \"min\": 1, "
      "\"choices\": [{\"id\": \"small\", \"name\": \"Small\"}, {\"id\": \"large\", \"name\": "
      "\"Large\", \"price_delta\": \"0.40\"}]}, {\"id\": \"milk\", \"name\": \"Milk\", "
      "\"choices\": [{\"id\": \"oat\", \"name\": \"Oat milk\", \"price_delta\": \"0.50\"}]}]}\n"
      "  ]\n"
      "}\n";

struct HttpResult
{
    int status = 0;
    QByteArray body;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

HttpResult request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(qApp);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kWaitMs);
    HttpResult r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return r;
}

QUrl withPath(QUrl base, const QString &path)
{
    const int q = path.indexOf(QLatin1Char('?'));
    base.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        base.setQuery(path.mid(q + 1));
    return base;
}

/** A simulator and a backend wired to each other, in a temporary directory. */
class Harness
{
public:
    explicit Harness(Sim::FaultConfig faults = {}, PaymentSettings settings = {})
        : m_settings(std::move(settings))
    {
        QVERIFY(m_dir.isValid());
        QFile catalog(m_dir.filePath(QStringLiteral("catalog.json")));
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write(kCatalogJson);
        catalog.close();
        Sim::SimulatorOptions simOptions;
        simOptions.faults = faults;
        simOptions.webhookRetryScheduleSecs = { 1, 2 };
        sim = std::make_unique<Sim::StripeSimulator>(simOptions);
        const Result<quint16> port = sim->start();
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().toString()));
    }

    BackendOptions options() const
    {
        BackendOptions o;
        o.databasePath = m_dir.filePath(QStringLiteral("orders.sqlite"));
        o.catalogPath = m_dir.filePath(QStringLiteral("catalog.json"));
        o.stripe.secretKey = QStringLiteral("sk_test_payments0000000000001234");
        o.stripe.apiBase = sim->baseUrl();
        o.stripe.timeoutMs = timeoutMs;
        o.stripe.initialRetryDelayMs = 10;
        o.stripe.maxRetryDelayMs = 50;
        o.stripe.maxNetworkRetries = maxNetworkRetries;
        o.webhookSecret = kWebhookSecret;
        o.payment = m_settings;
        o.enableJsonApi = true;
        return o;
    }

    /** Creates and starts a backend (again, on the same database after a restart). */
    void startBackend(bool start = true, bool subscribe = true)
    {
        auto created = KioskBackend::create(options());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        backend = std::move(created).value();
        if (start) {
            const Status started = backend->start();
            QVERIFY(started.ok());
            if (subscribe)
                sim->addWebhookEndpoint({ backend->webhookUrl(), kWebhookSecret });
        }
    }

    std::optional<Order> checkout(const QList<QPair<QString, int>> &items, const QString &email = {})
    {
        Cart cart(&backend->catalog());
        for (const auto &[id, qty] : items) {
            if (!cart.addProduct(id, qty))
                return std::nullopt;
        }
        std::optional<Result<Order>> out;
        backend->payments().startCheckout(cart, email, backend.get(), [&](Result<Order> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs) || !out->ok())
            return std::nullopt;
        return out->value();
    }

    HttpResult pay(const QString &sessionId, const QString &card, bool async = false)
    {
        QJsonObject body { { QStringLiteral("card"), card },
            { QStringLiteral("email"), QStringLiteral("buyer@example.com") } };
        if (async)
            body.insert(QStringLiteral("async"), true);
        return request("POST", withPath(sim->baseUrl(), QStringLiteral("/_sim/sessions/%1/pay").arg(sessionId)),
            QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    OrderStatus status(qint64 orderId) const
    {
        const Result<Order> o = backend->store().order(orderId);
        return o ? o->status : OrderStatus::Draft;
    }

    bool waitForStatus(qint64 orderId, OrderStatus wanted)
    {
        return QTest::qWaitFor([&] { return status(orderId) == wanted; }, kWaitMs);
    }

    int historyEntriesTo(qint64 orderId, OrderStatus to) const
    {
        const auto history = backend->store().statusHistory(orderId);
        if (!history)
            return -1;
        return int(
            std::count_if(history->cbegin(), history->cend(), [&](const StatusChange &c) { return c.to == to; }));
    }

    QString sourceOf(qint64 orderId, OrderStatus to) const
    {
        const auto history = backend->store().statusHistory(orderId);
        if (history) {
            for (const StatusChange &c : history.value()) {
                if (c.to == to)
                    return c.source;
            }
        }
        return {};
    }

    QTemporaryDir m_dir;
    PaymentSettings m_settings;
    int maxNetworkRetries = 2;
    int timeoutMs = 5000;
    std::unique_ptr<Sim::StripeSimulator> sim;
    std::unique_ptr<KioskBackend> backend;
};

/** Counts orderUpdated emissions that announce `status` for one order. */
class UpdateCounter : public QObject
{
public:
    UpdateCounter(PaymentCoordinator &payments, OrderStatus status)
        : m_status(status)
    {
        connect(&payments, &PaymentCoordinator::orderUpdated, this, [this](const Order &o) {
            if (o.status == m_status)
                ++counts[o.id];
        });
    }
    QHash<qint64, int> counts;

private:
    OrderStatus m_status;
};

/** Wraps the real transport and inflates amount_total of every retrieved session. */
class AlteringTransport final : public HttpTransport
{
public:
    void send(const HttpRequest &request, QObject *context, std::function<void(HttpResponse)> done) override
    {
        const bool retrieve
            = request.method == "GET" && request.url.path().startsWith(QLatin1String("/v1/checkout/sessions/"));
        m_inner.send(request, context, [retrieve, done](HttpResponse response) {
            if (retrieve && response.status == 200) {
                QJsonObject o = QJsonDocument::fromJson(response.body).object();
                o.insert(QStringLiteral("amount_total"), o.value(QStringLiteral("amount_total")).toInteger() + 100);
                response.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            done(std::move(response));
        });
    }

private:
    QtHttpTransport m_inner;
};

/** The newest event of `type` the simulator made, as Stripe would post it. */
QByteArray eventBody(const QUrl &simBase, const QString &type)
{
    const HttpResult events = request("GET", withPath(simBase, QStringLiteral("/v1/events?type=%1").arg(type)), {},
        { { "Authorization", "Bearer sk_test_payments0000000000001234" } });
    const QJsonArray data = events.json().value(QStringLiteral("data")).toArray();
    if (data.isEmpty())
        return {};
    return QJsonDocument(data.first().toObject()).toJson(QJsonDocument::Compact);
}

QByteArray otherEvent(const QString &id)
{
    return QStringLiteral("{\"id\":\"%1\",\"object\":\"event\",\"type\":\"customer.created\",\"created\":1,"
                          "\"livemode\":false,\"pending_webhooks\":0,\"api_version\":null,\"request\":{\"id\":null,"
                          "\"idempotency_key\":null},\"data\":{\"object\":"
                          "{\"id\":\"cus_1\",\"object\":\"customer\"}}}")
        .arg(id)
        .toUtf8();
}

QByteArray sign(const QByteArray &body, const QByteArray &secret = kWebhookSecret)
{
    return WebhookSigner::signatureHeader(body, secret, QDateTime::currentSecsSinceEpoch());
}

/** What came back on one connection that sent one request and then waited for the close. */
struct RawAnswer
{
    QByteArray text;
    [[nodiscard]] int answers() const { return int(text.count("HTTP/1.1 ")); }
    [[nodiscard]] int status() const { return text.startsWith("HTTP/1.1 ") ? text.mid(9, 3).toInt() : 0; }
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(text.mid(text.indexOf("\r\n\r\n") + 4)).object();
    }
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        const QByteArray head = text.left(text.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

/** Delivers every (body, Stripe-Signature) on its own connection, all at once, as Stripe does
 *  under load; returns what each connection received once the server closed it. */
QList<RawAnswer> deliverAtOnce(const QUrl &webhookUrl, const QList<QPair<QByteArray, QByteArray>> &deliveries)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<RawAnswer> answers(deliveries.size());
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        const QByteArray request = "POST " + webhookUrl.path().toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nConnection: close\r\nStripe-Signature: " + deliveries[i].second
            + "\r\nContent-Length: " + QByteArray::number(deliveries[i].first.size()) + "\r\n\r\n"
            + deliveries[i].first;
        QTcpSocket *s = socket.get();
        QObject::connect(s, &QTcpSocket::connected, s, [s, request] { s->write(request); });
        QObject::connect(s, &QTcpSocket::readyRead, s, [s, &answers, i] { answers[i].text += s->readAll(); });
        s->connectToHost(webhookUrl.host(), quint16(webhookUrl.port()));
        sockets.push_back(std::move(socket));
    }
    const bool closed = QTest::qWaitFor(
        [&] {
            return std::all_of(sockets.cbegin(), sockets.cend(),
                [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; });
        },
        kWaitMs);
    if (!closed)
        qWarning("deliverAtOnce: some connections were not closed in time");
    for (qsizetype i = 0; i < deliveries.size(); ++i)
        answers[i].text += sockets[size_t(i)]->readAll();
    return answers;
}

/** Runs one statement on a second connection to the backend's database (a fault it cannot see coming). */
bool execOnDatabase(const QString &path, const QString &sql)
{
    static int serial = 0;
    const QString name = QStringLiteral("payment-test-%1").arg(++serial);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning() << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/** A declined attempt, then a delayed payment that succeeds; no webhook delivered (the test
 *  delivers them). Returns the bodies of payment_failed, completed and async_payment_succeeded. */
QList<QByteArray> declineThenDelayedSuccess(Harness &h, const Order &order)
{
    if (h.pay(order.sessionId, kDeclinedCard).status != 402 || h.pay(order.sessionId, kGoodCard, true).status != 200)
        return {};
    const HttpResult r
        = request("POST", withPath(h.sim->baseUrl(), QStringLiteral("/_sim/sessions/%1/async").arg(order.sessionId)),
            QByteArrayLiteral("{\"result\":\"succeeded\"}"));
    if (r.status != 200)
        return {};
    return { eventBody(h.sim->baseUrl(), QStringLiteral("payment_intent.payment_failed")),
        eventBody(h.sim->baseUrl(), QStringLiteral("checkout.session.completed")),
        eventBody(h.sim->baseUrl(), QStringLiteral("checkout.session.async_payment_succeeded")) };
}

/** A draft whose Checkout Session Stripe is creating right now (creation delayed by the fault). */
std::optional<Order> draftBeingCreated(Harness &h, std::optional<Result<Order>> &created)
{
    h.backend->payments().startCheckoutLines({ { QStringLiteral("tea"), 1 } }, {}, {}, h.backend.get(),
        [&created](Result<Order> r) { created = std::move(r); });
    // The draft is committed with the other checkouts of this event-loop turn.
    QList<Order> drafts;
    (void)QTest::qWaitFor(
        [&] {
            drafts = h.backend->store().ordersWithStatus({ OrderStatus::Draft }).value();
            return !drafts.isEmpty() || created;
        },
        kWaitMs);
    if (drafts.size() != 1 || created)
        return std::nullopt;
    return drafts.first();
}

} // namespace

class TestPaymentFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paidViaWebhook();
    void paidViaPollingWhenWebhooksAreDropped();
    void ordersFromTheJsonApiArePolled();
    void paidViaEventsSweepAfterRestart();
    void paidViaRecoveryOnRestart();
    void sweepAppliesAnEventOfTheCursorsOwnSecond();
    void duplicateAndReorderedWebhooksFulfilOnce();
    void sameSignedEventTwiceIsAppliedOnce();
    void refusedWebhooksChangeNothing_data();
    void refusedWebhooksChangeNothing();
    void declineThenSuccess();
    void delayedPaymentGoesThroughProcessing_data();
    void delayedPaymentGoesThroughProcessing();
    void cancelExpiresTheSession();
    void cancelRacingACompletedPaymentEndsPaid();
    void cancelDuringSessionCreationClosesTheSession();
    void cancelDuringSessionCreationLosesNoPayment();
    void crashMidCancelEndsCancelled();
    void expiryViaTheSimulatorClock();
    void returnPageConfirmsWithoutTrustingTheRedirect();
    void cancelPageWithoutTokenCancelsNothing();
    void failedSessionCreationMakesOneSession_data();
    void failedSessionCreationMakesOneSession();
    void interruptedSessionCreationIsReplayedOnRecovery();
    void staleDraftsAreClosedNotRecreated();
    void amountMismatchNeedsReview();
    void checkoutUsesCatalogPricesAndOrderMetadata();
    void theTillsLanguageIsTheHostedPagesLocale_data();
    void theTillsLanguageIsTheHostedPagesLocale();
    void theJsonApisLanguageIsCheckedAndSent();
    void receiptGoesToTheCustomersAddress_data();
    void receiptGoesToTheCustomersAddress();
    void nonLoopbackBindWithoutTokenIsRefused();
    void twoTillsWithOneKioskIdShareAStripeAccount();
    void oneBatchOfEventsForOneOrderFulfilsOnce();
    void concurrentWebhooksOverHttpFulfilOnce();
    void aFailingEventDoesNotSinkItsBatch();
    void aBurstOfWebhooksIsAnsweredOnceEach();
    void overloadIsAnsweredRetryLaterNotDropped();
    void optionsArePricedAndNamedForStripe();
};

void TestPaymentFlow::paidViaWebhook()
{
    Harness h;
    h.startBackend();
    UpdateCounter paid(h.backend->payments(), OrderStatus::Paid);
    const auto order = h.checkout({ { QStringLiteral("tea"), 2 } }, QStringLiteral("buyer@example.com"));
    QVERIFY(order);
    QCOMPARE(toString(order->status), toString(OrderStatus::AwaitingPayment));
    QVERIFY(order->sessionId.startsWith(QLatin1String("cs_test_")));
    QVERIFY(!order->sessionUrl.isEmpty());
    QCOMPARE(order->amountTotal, 900);

    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    QVERIFY(h.waitForStatus(order->id, OrderStatus::Paid));
    QCOMPARE(h.sourceOf(order->id, OrderStatus::Paid), QStringLiteral("webhook"));
    QCOMPARE(paid.counts.value(order->id), 1);
    QCOMPARE(h.historyEntriesTo(order->id, OrderStatus::Paid), 1);
    const Order stored = h.backend->store().order(order->id).value();
    QVERIFY(stored.paidAt.isValid());
    QVERIFY(stored.paymentIntent.startsWith(QLatin1String("pi_")));
}

void TestPaymentFlow::paidViaPollingWhenWebhooksAreDropped()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    PaymentSettings settings;
    settings.pollIntervalMs = 50;
    Harness h(faults, settings);
    h.startBackend();
    UpdateCounter paid(h.backend->payments(), OrderStatus::Paid);
    const auto order = h.checkout({ { QStringLiteral("cake"), 1 } });
    QVERIFY(order);
    QVERIFY(h.backend->payments().isWatching(order->id)); // the backend watches what it creates
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    QVERIFY(h.waitForStatus(order->id, OrderStatus::Paid));
    QCOMPARE(h.sourceOf(order->id, OrderStatus::Paid), QStringLiteral("poll"));
    QTRY_VERIFY_WITH_TIMEOUT(!h.backend->payments().isWatching(order->id), kWaitMs);
    QCOMPARE(paid.counts.value(order->id), 1);
}

void TestPaymentFlow::ordersFromTheJsonApiArePolled()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    PaymentSettings settings;
    settings.pollIntervalMs = 50;
    settings.sweepIntervalMs = 600000;
    Harness h(faults, settings);
    h.startBackend();
    const HttpResult created = request("POST", withPath(h.backend->returnBaseUrl(), QStringLiteral("/api/checkout")),
        QByteArrayLiteral("{\"items\":[{\"sku\":\"TEA-1\",\"quantity\":1}]}"));
    QCOMPARE(created.status, 201);
    const qint64 orderId = created.json().value(QStringLiteral("order_id")).toInteger();
    const QString sessionId = created.json().value(QStringLiteral("session_id")).toString();
    QVERIFY(orderId > 0);
    QVERIFY(h.backend->payments().isWatching(orderId));
    QCOMPARE(h.pay(sessionId, kGoodCard).status, 200);
    QVERIFY(h.waitForStatus(orderId, OrderStatus::Paid));
    QCOMPARE(h.sourceOf(orderId, OrderStatus::Paid), QStringLiteral("poll"));
    QTRY_VERIFY_WITH_TIMEOUT(!h.backend->payments().isWatching(orderId), kWaitMs);
}

void TestPaymentFlow::paidViaEventsSweepAfterRestart()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    Harness h(faults);
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::AwaitingPayment)); // nothing told us yet
    h.backend.reset();

    // A new instance on the same database learns of the payment from GET /v1/events.
    h.startBackend(false);
    UpdateCounter paid(h.backend->payments(), OrderStatus::Paid);
    std::optional<Status> swept;
    h.backend->payments().sweepEvents(h.backend.get(), [&](Status s) { swept = std::move(s); });
    QVERIFY(QTest::qWaitFor([&] { return swept.has_value(); }, kWaitMs));
    QVERIFY2(swept->ok(), swept->ok() ? "" : qPrintable(swept->error().toString()));
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::Paid));
    QCOMPARE(h.sourceOf(order->id, OrderStatus::Paid), QStringLiteral("sweep"));
    QCOMPARE(paid.counts.value(order->id), 1);
    QVERIFY(!h.backend->store().value(QStringLiteral("stripe.events.cursor")).value().isEmpty());

    // A second sweep finds the same events and changes nothing.
    swept.reset();
    h.backend->payments().sweepEvents(h.backend.get(), [&](Status s) { swept = std::move(s); });
    QVERIFY(QTest::qWaitFor([&] { return swept.has_value(); }, kWaitMs));
    QVERIFY(swept->ok());
    QCOMPARE(paid.counts.value(order->id), 1);
    QCOMPARE(h.historyEntriesTo(order->id, OrderStatus::Paid), 1);
}

void TestPaymentFlow::sweepAppliesAnEventOfTheCursorsOwnSecond()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    PaymentSettings settings;
    settings.pollIntervalMs = 600000; // only the sweep may learn of the payment
    Harness h(faults, settings);
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    const QByteArray completed = eventBody(h.sim->baseUrl(), QStringLiteral("checkout.session.completed"));
    const qint64 created = QJsonDocument::fromJson(completed).object().value(QStringLiteral("created")).toInteger();
    QVERIFY(created > 0);
    // An earlier sweep stored an event of this very second, listed before this one existed.
    QVERIFY(h.backend->store().setValue(QStringLiteral("stripe.events.cursor"), QString::number(created)).ok());
    std::optional<Status> swept;
    h.backend->payments().sweepEvents(h.backend.get(), [&](Status s) { swept = std::move(s); });
    QVERIFY(QTest::qWaitFor([&] { return swept.has_value(); }, kWaitMs));
    QVERIFY(swept->ok());
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::Paid));
    QCOMPARE(h.sourceOf(order->id, OrderStatus::Paid), QStringLiteral("sweep"));
}

void TestPaymentFlow::paidViaRecoveryOnRestart()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    Harness h(faults);
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 3 } });
    QVERIFY(order);
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    h.backend.reset();
    h.startBackend(); // start() recovers, then sweeps
    QVERIFY(h.waitForStatus(order->id, OrderStatus::Paid));
    QCOMPARE(h.historyEntriesTo(order->id, OrderStatus::Paid), 1);
}

void TestPaymentFlow::duplicateAndReorderedWebhooksFulfilOnce()
{
    Sim::FaultConfig faults;
    faults.webhookDuplicate = true;
    faults.webhookReorder = 7;
    Harness h(faults);
    h.startBackend();
    UpdateCounter paid(h.backend->payments(), OrderStatus::Paid);
    QSignalSpy declined(&h.backend->payments(), &PaymentCoordinator::paymentAttemptFailed);
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    // decline (charge.failed, payment_intent.payment_failed) twice, success (charge.succeeded,
    // payment_intent.succeeded, checkout.session.completed): seven events held, then delivered
    // newest first, each twice. The backend keeps the three it acts on.
    QCOMPARE(h.pay(order->sessionId, kDeclinedCard).status, 402);
    QCOMPARE(h.pay(order->sessionId, kDeclinedCard).status, 402);
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    QVERIFY(h.waitForStatus(order->id, OrderStatus::Paid));
    QTRY_COMPARE_WITH_TIMEOUT(declined.count(), 2, kWaitMs); // two distinct declines, each once
    QTRY_COMPARE_WITH_TIMEOUT(h.backend->store().events(order->id).value().size(), 3, kWaitMs);
    QCOMPARE(paid.counts.value(order->id), 1);
    QCOMPARE(h.historyEntriesTo(order->id, OrderStatus::Paid), 1);
}

void TestPaymentFlow::sameSignedEventTwiceIsAppliedOnce()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    Harness h(faults);
    h.startBackend();
    UpdateCounter paid(h.backend->payments(), OrderStatus::Paid);
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    // Fetch the real event from the simulator and deliver it ourselves, twice.
    HttpResult events
        = request("GET", withPath(h.sim->baseUrl(), QStringLiteral("/v1/events?type=checkout.session.completed")), {},
            { { "Authorization", "Bearer sk_test_payments0000000000001234" } });
    QCOMPARE(events.status, 200);
    const QJsonArray data = events.json().value(QStringLiteral("data")).toArray();
    QVERIFY(!data.isEmpty());
    const QByteArray body = QJsonDocument(data.first().toObject()).toJson();
    const QByteArray signature
        = WebhookSigner::signatureHeader(body, kWebhookSecret, QDateTime::currentSecsSinceEpoch());
    const HttpResult first = request("POST", h.backend->webhookUrl(), body, { { "Stripe-Signature", signature } });
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QStringLiteral("duplicate")).toBool(), false);
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::Paid)); // committed before the 200
    const HttpResult second = request("POST", h.backend->webhookUrl(), body, { { "Stripe-Signature", signature } });
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("duplicate")).toBool(), true);
    QCOMPARE(paid.counts.value(order->id), 1);
    QCOMPARE(h.historyEntriesTo(order->id, OrderStatus::Paid), 1);

    // An event type the kiosk does not act on is acknowledged and recorded.
    const QByteArray other = QByteArrayLiteral(
        "{\"id\":\"evt_other_1\",\"object\":\"event\",\"type\":\"customer.created\",\"created\":1,\"livemode\":false,"
        "\"pending_webhooks\":0,\"api_version\":null,\"request\":{\"id\":null,\"idempotency_key\":null},\"data\":{"
        "\"object\":{\"id\":\"cus_1\",\"object\":\"customer\"}}}\n");
    const HttpResult ignored = request("POST", h.backend->webhookUrl(), other,
        { { "Stripe-Signature",
            WebhookSigner::signatureHeader(other, kWebhookSecret, QDateTime::currentSecsSinceEpoch()) } });
    QCOMPARE(ignored.status, 200);
    QVERIFY(h.backend->store().hasEvent(QStringLiteral("evt_other_1")));
}

void TestPaymentFlow::refusedWebhooksChangeNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addRow("unsigned") << QStringLiteral("unsigned") << 400;
    QTest::addRow("forged") << QStringLiteral("forged") << 400;
    QTest::addRow("stale") << QStringLiteral("stale") << 400;
    QTest::addRow("oversized") << QStringLiteral("oversized") << 413;
    QTest::addRow("signed, empty id") << QStringLiteral("empty id") << 400;
}

void TestPaymentFlow::refusedWebhooksChangeNothing()
{
    QFETCH(QString, kind);
    QFETCH(int, httpStatus);
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    Harness h(faults);
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    const HttpResult events
        = request("GET", withPath(h.sim->baseUrl(), QStringLiteral("/v1/events?type=checkout.session.completed")), {},
            { { "Authorization", "Bearer sk_test_payments0000000000001234" } });
    QByteArray body = QJsonDocument(events.json().value(QStringLiteral("data")).toArray().first().toObject()).toJson();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QPair<QByteArray, QByteArray>> headers;
    if (kind == QLatin1String("forged"))
        headers.append({ "Stripe-Signature", WebhookSigner::signatureHeader(body, "whsec_not_the_secret", now) });
    else if (kind == QLatin1String("stale"))
        headers.append({ "Stripe-Signature", WebhookSigner::signatureHeader(body, kWebhookSecret, now - 301) });
    else if (kind == QLatin1String("empty id")) {
        // Correctly signed, but not an event we can ever record: 400, or Stripe retries a 500 for days.
        QJsonObject event = QJsonDocument::fromJson(body).object();
        event.insert(QStringLiteral("id"), QString());
        body = QJsonDocument(event).toJson(QJsonDocument::Compact);
        headers.append({ "Stripe-Signature", WebhookSigner::signatureHeader(body, kWebhookSecret, now) });
    } else if (kind == QLatin1String("oversized")) {
        body.append(QByteArray(1024 * 1024, ' '));
        headers.append({ "Stripe-Signature", WebhookSigner::signatureHeader(body, kWebhookSecret, now) });
    }
    const HttpResult r = request("POST", h.backend->webhookUrl(), body, headers);
    QCOMPARE(r.status, httpStatus);
    QVERIFY(r.json().value(QStringLiteral("error")).toObject().contains(QStringLiteral("message")));
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::AwaitingPayment));
    QCOMPARE(h.backend->store().events(order->id).value().size(), 0);
}

void TestPaymentFlow::declineThenSuccess()
{
    Harness h;
    h.startBackend();
    QSignalSpy declined(&h.backend->payments(), &PaymentCoordinator::paymentAttemptFailed);
    const auto order = h.checkout({ { QStringLiteral("cake"), 2 } });
    QVERIFY(order);
    QCOMPARE(h.pay(order->sessionId, kDeclinedCard).status, 402);
    QTRY_COMPARE_WITH_TIMEOUT(declined.count(), 1, kWaitMs); // may already have arrived during pay()
    QCOMPARE(declined.first().at(0).toLongLong(), order->id);
    QVERIFY(declined.first().at(1).toString().contains(QLatin1String("declined"), Qt::CaseInsensitive));
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::AwaitingPayment));
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    QVERIFY(h.waitForStatus(order->id, OrderStatus::Paid));
    QCOMPARE(declined.count(), 1);
}

void TestPaymentFlow::delayedPaymentGoesThroughProcessing_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<OrderStatus>("finalStatus");
    QTest::addRow("succeeded") << QStringLiteral("succeeded") << OrderStatus::Paid;
    QTest::addRow("failed") << QStringLiteral("failed") << OrderStatus::Failed;
}

void TestPaymentFlow::delayedPaymentGoesThroughProcessing()
{
    QFETCH(QString, result);
    QFETCH(OrderStatus, finalStatus);
    Harness h;
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    QCOMPARE(h.pay(order->sessionId, kGoodCard, true).status, 200);
    QVERIFY(h.waitForStatus(order->id, OrderStatus::Processing));
    const HttpResult r
        = request("POST", withPath(h.sim->baseUrl(), QStringLiteral("/_sim/sessions/%1/async").arg(order->sessionId)),
            QJsonDocument(QJsonObject { { QStringLiteral("result"), result } }).toJson());
    QCOMPARE(r.status, 200);
    QVERIFY(h.waitForStatus(order->id, finalStatus));
}

void TestPaymentFlow::cancelExpiresTheSession()
{
    Harness h;
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    std::optional<Result<Order>> cancelled;
    h.backend->payments().cancelCheckout(
        order->id, h.backend.get(), [&](Result<Order> r) { cancelled = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return cancelled.has_value(); }, kWaitMs));
    QVERIFY(cancelled->ok());
    QCOMPARE(toString(cancelled->value().status), toString(OrderStatus::Cancelled));
    // Stripe's side is closed too: the buyer can no longer pay.
    QVERIFY(h.pay(order->sessionId, kGoodCard).status >= 400);
    // The checkout.session.expired webhook that follows does not turn it into "expired".
    QVERIFY(QTest::qWaitFor([&] { return h.backend->store().events(order->id).value().size() == 1; }, kWaitMs));
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::Cancelled));
}

void TestPaymentFlow::cancelRacingACompletedPaymentEndsPaid()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true; // the kiosk has not heard of the payment yet
    Harness h(faults);
    h.startBackend();
    UpdateCounter cancelledCount(h.backend->payments(), OrderStatus::Cancelled);
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    std::optional<Result<Order>> cancelled;
    h.backend->payments().cancelCheckout(
        order->id, h.backend.get(), [&](Result<Order> r) { cancelled = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return cancelled.has_value(); }, kWaitMs));
    QVERIFY(cancelled->ok());
    QCOMPARE(toString(cancelled->value().status), toString(OrderStatus::Paid));
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::Paid));
    QCOMPARE(cancelledCount.counts.value(order->id), 0);
}

void TestPaymentFlow::cancelDuringSessionCreationClosesTheSession()
{
    Sim::FaultConfig faults;
    faults.delayMs = 800;
    faults.delayCount = 1;
    faults.delayPath = QStringLiteral("/v1/checkout/sessions");
    Harness h(faults);
    h.startBackend();
    std::optional<Result<Order>> created;
    const auto draft = draftBeingCreated(h, created);
    QVERIFY(draft);
    std::optional<Result<Order>> cancelled;
    h.backend->payments().cancelCheckout(
        draft->id, h.backend.get(), [&](Result<Order> r) { cancelled = std::move(r); });
    QVERIFY(h.backend->store().order(draft->id)->cancelRequestedAt.isValid()); // stored, not in memory
    QVERIFY(QTest::qWaitFor([&] { return cancelled.has_value() && created.has_value(); }, kWaitMs));
    QVERIFY2(cancelled->ok(), cancelled->ok() ? "" : qPrintable(cancelled->error().toString()));
    QCOMPARE(toString(cancelled->value().status), toString(OrderStatus::Cancelled));
    // The session Stripe created meanwhile was expired at once: nobody can pay it.
    const Order stored = h.backend->store().order(draft->id).value();
    QVERIFY(!stored.sessionId.isEmpty());
    QVERIFY(h.pay(stored.sessionId, kGoodCard).status >= 400);
    QCOMPARE(toString(h.status(draft->id)), toString(OrderStatus::Cancelled));
}

void TestPaymentFlow::cancelDuringSessionCreationLosesNoPayment()
{
    // The creation and the expiry are both answered late; the buyer pays in between.
    Sim::FaultConfig faults;
    faults.delayMs = 800;
    faults.delayCount = 2;
    faults.delayPath = QStringLiteral("/v1/checkout/sessions");
    Harness h(faults);
    h.startBackend();
    std::optional<Result<Order>> created;
    const auto draft = draftBeingCreated(h, created);
    QVERIFY(draft);
    std::optional<Result<Order>> cancelled;
    h.backend->payments().cancelCheckout(
        draft->id, h.backend.get(), [&](Result<Order> r) { cancelled = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return !h.backend->store().order(draft->id)->sessionId.isEmpty(); }, kWaitMs));
    QCOMPARE(h.pay(h.backend->store().order(draft->id)->sessionId, kGoodCard).status, 200);
    QVERIFY(QTest::qWaitFor([&] { return cancelled.has_value(); }, kWaitMs));
    QVERIFY2(cancelled->ok(), cancelled->ok() ? "" : qPrintable(cancelled->error().toString()));
    QCOMPARE(toString(cancelled->value().status), toString(OrderStatus::Paid));
    QCOMPARE(toString(h.status(draft->id)), toString(OrderStatus::Paid));
    QCOMPARE(h.historyEntriesTo(draft->id, OrderStatus::Paid), 1);
    QCOMPARE(h.historyEntriesTo(draft->id, OrderStatus::Cancelled), 0);
}

void TestPaymentFlow::crashMidCancelEndsCancelled()
{
    // The expiry is answered late and the process dies before it hears back; no webhook comes.
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    faults.delayMs = 500;
    faults.delayCount = 1;
    faults.delayPath = QStringLiteral("/v1/checkout/sessions/cs_");
    Harness h(faults);
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    h.backend->payments().cancelCheckout(order->id, h.backend.get(), [](Result<Order>) {});
    // Stripe has the expiry request (the fault counted it), then the kiosk is gone.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return request("GET", withPath(h.sim->baseUrl(), QStringLiteral("/_sim/faults")))
                       .json()
                       .value(QStringLiteral("delay_ms"))
                       .toInt(-1)
                == 0;
        },
        kWaitMs));
    h.backend.reset();
    const auto sessionStatus = [&] {
        return request("GET", withPath(h.sim->baseUrl(), QStringLiteral("/v1/checkout/sessions/") + order->sessionId),
            {}, { { "Authorization", "Bearer sk_test_payments0000000000001234" } })
            .json()
            .value(QStringLiteral("status"))
            .toString();
    };
    QVERIFY(QTest::qWaitFor([&] { return sessionStatus() == QLatin1String("expired"); }, kWaitMs));
    h.startBackend(); // recovery finds the session expired and the cancel stored with the order
    QVERIFY(h.waitForStatus(order->id, OrderStatus::Cancelled));
    QCOMPARE(h.historyEntriesTo(order->id, OrderStatus::Expired), 0);
}

void TestPaymentFlow::expiryViaTheSimulatorClock()
{
    Harness h;
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    h.sim->advanceClock(36 * 60);
    QVERIFY(h.waitForStatus(order->id, OrderStatus::Expired));
    QCOMPARE(h.sourceOf(order->id, OrderStatus::Expired), QStringLiteral("webhook"));
}

void TestPaymentFlow::returnPageConfirmsWithoutTrustingTheRedirect()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    Harness h(faults);
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    const QUrl success
        = withPath(h.backend->returnBaseUrl(), QStringLiteral("/checkout/success?session_id=") + order->sessionId);
    // Before paying: the page answers, the order does not become paid.
    HttpResult page = request("GET", success);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("confirming your payment"));
    QVERIFY(!QTest::qWaitFor([&] { return h.historyEntriesTo(order->id, OrderStatus::Paid) > 0; }, 500));
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::AwaitingPayment));
    // After paying: the same page confirms it with Stripe.
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    page = request("GET", success);
    QCOMPARE(page.status, 200);
    QVERIFY(h.waitForStatus(order->id, OrderStatus::Paid));
    QCOMPARE(h.sourceOf(order->id, OrderStatus::Paid), QStringLiteral("return_page"));
    // Unknown sessions get a 404 page.
    QCOMPARE(request("GET",
                 withPath(h.backend->returnBaseUrl(), QStringLiteral("/checkout/success?session_id=cs_test_nope")))
                 .status,
        404);
}

void TestPaymentFlow::cancelPageWithoutTokenCancelsNothing()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    PaymentSettings settings;
    settings.pollIntervalMs = 600000; // only the page may ask Stripe
    Harness h(faults, settings);
    h.startBackend();
    const auto open = h.checkout({ { QStringLiteral("cake"), 1 } });
    QVERIFY(open);
    const auto cancelPage = [&](const QString &sessionId) {
        return request(
            "GET", withPath(h.backend->returnBaseUrl(), QStringLiteral("/checkout/cancel?session_id=") + sessionId));
    };
    // Anyone may open Stripe's cancel_url: the open sale on the till goes on.
    HttpResult page = cancelPage(open->sessionId);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Payment not completed"));
    QVERIFY(!QTest::qWaitFor([&] { return h.status(open->id) != OrderStatus::AwaitingPayment; }, 500));
    QCOMPARE(h.pay(open->sessionId, kGoodCard).status, 200); // still payable
    // On a paid session it re-checks with Stripe and confirms the payment.
    const auto paid = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(paid);
    QCOMPARE(h.pay(paid->sessionId, kGoodCard).status, 200);
    QCOMPARE(cancelPage(paid->sessionId).status, 200);
    QVERIFY(h.waitForStatus(paid->id, OrderStatus::Paid));
    QCOMPARE(h.sourceOf(paid->id, OrderStatus::Paid), QStringLiteral("return_page"));
    QCOMPARE(cancelPage(QStringLiteral("cs_test_nope")).status, 404);
    // The till's own cancel still cancels.
    const auto third = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(third);
    std::optional<Result<Order>> cancelled;
    h.backend->payments().cancelCheckout(
        third->id, h.backend.get(), [&](Result<Order> r) { cancelled = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return cancelled.has_value(); }, kWaitMs));
    QCOMPARE(toString(cancelled->value().status), toString(OrderStatus::Cancelled));
}

void TestPaymentFlow::failedSessionCreationMakesOneSession_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("500 before executing") << int(Sim::FaultConfig::FailMode::Status);
    QTest::addRow("connection dropped after executing") << int(Sim::FaultConfig::FailMode::DropAfterExecution);
}

void TestPaymentFlow::failedSessionCreationMakesOneSession()
{
    QFETCH(int, mode);
    Sim::FaultConfig faults;
    faults.failCount = 1;
    faults.failStatus = 500;
    faults.failMode = Sim::FaultConfig::FailMode(mode);
    faults.failPath = QStringLiteral("/v1/checkout/sessions");
    faults.failMethod = "POST";
    Harness h(faults);
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    QCOMPARE(toString(order->status), toString(OrderStatus::AwaitingPayment));
    const HttpResult list
        = request("GET", withPath(h.sim->baseUrl(), QStringLiteral("/v1/checkout/sessions?limit=100")), {},
            { { "Authorization", "Bearer sk_test_payments0000000000001234" } });
    QCOMPARE(list.status, 200);
    const QJsonArray sessions = list.json().value(QStringLiteral("data")).toArray();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().toObject().value(QStringLiteral("id")).toString(), order->sessionId);
}

void TestPaymentFlow::interruptedSessionCreationIsReplayedOnRecovery()
{
    // Stripe creates the session only after we gave up waiting (as if the process had died
    // right after sending): the order stays a draft without a session.
    Sim::FaultConfig faults;
    faults.delayMs = 1500;
    faults.delayCount = 1;
    faults.delayPath = QStringLiteral("/v1/checkout/sessions");
    Harness h(faults);
    h.maxNetworkRetries = 0;
    h.timeoutMs = 300;
    h.startBackend();
    QVERIFY(!h.checkout({ { QStringLiteral("tea"), 1 } }));
    auto sessionCount = [&] {
        const HttpResult list
            = request("GET", withPath(h.sim->baseUrl(), QStringLiteral("/v1/checkout/sessions?limit=100")), {},
                { { "Authorization", "Bearer sk_test_payments0000000000001234" } });
        return list.json().value(QStringLiteral("data")).toArray().size();
    };
    QVERIFY(QTest::qWaitFor([&] { return sessionCount() == 1; }, kWaitMs));
    const QList<Order> drafts = h.backend->store().ordersWithStatus({ OrderStatus::Draft }).value();
    QCOMPARE(drafts.size(), 1);
    const qint64 orderId = drafts.first().id;

    // Restart: recovery sends the same request under the same key; Stripe replays the session.
    h.backend.reset();
    h.maxNetworkRetries = 2;
    h.timeoutMs = 5000;
    h.startBackend();
    QVERIFY(h.waitForStatus(orderId, OrderStatus::AwaitingPayment));
    const Order order = h.backend->store().order(orderId).value();
    const HttpResult list
        = request("GET", withPath(h.sim->baseUrl(), QStringLiteral("/v1/checkout/sessions?limit=100")), {},
            { { "Authorization", "Bearer sk_test_payments0000000000001234" } });
    const QJsonArray sessions = list.json().value(QStringLiteral("data")).toArray();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().toObject().value(QStringLiteral("id")).toString(), order.sessionId);
    QCOMPARE(h.pay(order.sessionId, kGoodCard).status, 200);
    QVERIFY(h.waitForStatus(orderId, OrderStatus::Paid));
}

void TestPaymentFlow::staleDraftsAreClosedNotRecreated()
{
    Harness h;
    h.startBackend(false);
    // Drafts from last year (an interrupted checkout, imported history), one of them asked to be
    // cancelled, and one from now.
    Order draft;
    draft.status = OrderStatus::Draft;
    draft.currency = QStringLiteral("USD");
    draft.lines
        = { OrderLine { QStringLiteral("tea"), QStringLiteral("TEA-1"), QStringLiteral("Green tea"), 1, 450, 450 } };
    draft.amountSubtotal = draft.amountTotal = 450;
    draft.kioskId = QStringLiteral("K1");
    draft.createdAt = QDateTime::currentDateTimeUtc().addDays(-365);
    QList<Order> drafts(40, draft);
    drafts[1].cancelRequestedAt = draft.createdAt.addSecs(5);
    drafts.last().createdAt = QDateTime::currentDateTimeUtc();
    const QList<qint64> ids = h.backend->store().importOrders(drafts).value();
    // Cancelling a stale draft needs no session: it ends cancelled at once.
    std::optional<Result<Order>> cancelled;
    h.backend->payments().cancelCheckout(
        ids.at(2), h.backend.get(), [&](Result<Order> r) { cancelled = std::move(r); });
    QVERIFY(cancelled && cancelled->ok());
    QCOMPARE(toString(cancelled->value().status), toString(OrderStatus::Cancelled));
    h.backend.reset();
    h.startBackend(); // recovery on start

    QVERIFY(h.waitForStatus(ids.last(), OrderStatus::AwaitingPayment)); // a recent one is re-created
    for (qsizetype i = 0; i + 1 < ids.size(); ++i) {
        const Order o = h.backend->store().order(ids.at(i)).value();
        QCOMPARE(toString(o.status), toString(i == 1 || i == 2 ? OrderStatus::Cancelled : OrderStatus::Failed));
        QVERIFY(o.sessionId.isEmpty());
        if (i > 2)
            QVERIFY(o.statusReason.contains(QLatin1String("nothing was charged")));
    }
    const HttpResult list
        = request("GET", withPath(h.sim->baseUrl(), QStringLiteral("/v1/checkout/sessions?limit=100")), {},
            { { "Authorization", "Bearer sk_test_payments0000000000001234" } });
    QCOMPARE(list.json().value(QStringLiteral("data")).toArray().size(), 1);
}

void TestPaymentFlow::amountMismatchNeedsReview()
{
    Harness h;
    h.startBackend(true, false);
    // Our own coordinator over the same store and simulator, reading sessions through a
    // transport that alters the amount Stripe reports.
    StripeClient client(h.options().stripe, std::make_shared<AlteringTransport>());
    PaymentCoordinator payments(&h.backend->store(), &client, &h.backend->catalog(), PaymentSettings {});
    payments.setReturnBaseUrl(h.backend->returnBaseUrl());
    Cart cart(&h.backend->catalog());
    QVERIFY(cart.addProduct(QStringLiteral("tea"), 1).ok());
    std::optional<Result<Order>> created;
    payments.startCheckout(cart, {}, this, [&](Result<Order> r) { created = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, kWaitMs));
    QVERIFY(created->ok());
    const Order order = created->value();
    QCOMPARE(h.pay(order.sessionId, kGoodCard).status, 200);
    std::optional<Result<Order>> fulfilled;
    payments.fulfil(order.sessionId, QStringLiteral("poll"), this, [&](Result<Order> r) { fulfilled = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return fulfilled.has_value(); }, kWaitMs));
    QVERIFY(fulfilled->ok());
    QCOMPARE(toString(fulfilled->value().status), toString(OrderStatus::NeedsReview));
    QVERIFY(fulfilled->value().statusReason.contains(QLatin1String("550")));
    QCOMPARE(h.historyEntriesTo(order.id, OrderStatus::Paid), 0);
}

void TestPaymentFlow::checkoutUsesCatalogPricesAndOrderMetadata()
{
    Harness h;
    h.startBackend();
    const auto order
        = h.checkout({ { QStringLiteral("tea"), 2 }, { QStringLiteral("cake"), 1 } }, QStringLiteral("x@example.com"));
    QVERIFY(order);
    QCOMPARE(order->amountTotal, 2 * 450 + 325);
    std::optional<Result<CheckoutSession, StripeError>> session;
    h.backend->stripe().retrieveCheckoutSession(
        order->sessionId, true, this, [&](Result<CheckoutSession, StripeError> r) { session = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return session.has_value(); }, kWaitMs));
    QVERIFY(session->ok());
    const CheckoutSession &s = session->value();
    QCOMPARE(s.amountTotal.value_or(-1), order->amountTotal);
    QCOMPARE(s.clientReferenceId, order->number);
    QCOMPARE(s.metadata.value(QStringLiteral("order_id")), QString::number(order->id));
    QCOMPARE(s.metadata.value(QStringLiteral("order_number")), order->number);
    QCOMPARE(s.metadata.value(QStringLiteral("kiosk_id")), QStringLiteral("K1"));
    QCOMPARE(s.metadata.value(QStringLiteral("installation_id")), h.backend->store().installationId());
    QVERIFY(s.successUrl.contains(QLatin1String("/checkout/success?session_id=")));
    QVERIFY(s.cancelUrl.contains(QLatin1String("/checkout/cancel?session_id=")));
    QVERIFY(s.expiresAt - s.created >= 30 * 60);
    QVERIFY(!s.raw.contains("catalog.json") && !s.raw.contains("file:"));

    // Inactive products and bad e-mails are refused before anything is recorded.
    const qint64 before = h.backend->store().count({}).value();
    std::optional<Result<Order>> bad;
    h.backend->payments().startCheckoutLines(
        { { QStringLiteral("old"), 1 } }, {}, {}, this, [&](Result<Order> r) { bad = std::move(r); });
    QVERIFY(bad && !bad->ok());
    QCOMPARE(bad->error().code, QStringLiteral("unknown_product"));
    bad.reset();
    h.backend->payments().startCheckoutLines({ { QStringLiteral("tea"), 1 } }, QStringLiteral("not-an-email"), {}, this,
        [&](Result<Order> r) { bad = std::move(r); });
    QVERIFY(bad && !bad->ok());
    QCOMPARE(bad->error().code, QStringLiteral("invalid_email"));
    QCOMPARE(h.backend->store().count({}).value(), before);
}

void TestPaymentFlow::optionsArePricedAndNamedForStripe()
{
    Harness h;
    h.startBackend();
    const qint64 before = h.backend->store().count({}).value();
    const auto start = [&](const QList<CheckoutLine> &lines) {
        std::optional<Result<Order>> out;
        h.backend->payments().startCheckoutLines(lines, {}, {}, this, [&](Result<Order> r) { out = std::move(r); });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs);
        return out.value_or(makeError(QStringLiteral("timeout"), QStringLiteral("no answer")));
    };

    // A required group left out, an option the product does not have, the same line twice.
    const QString latte = QStringLiteral("latte");
    const QStringList largeOat { QStringLiteral("oat"), QStringLiteral("large") };
    QCOMPARE(start({ { latte, 1, { QStringLiteral("oat") } } }).error().code, QStringLiteral("invalid_options"));
    QCOMPARE(start({ { latte, 1, { QStringLiteral("large"), QStringLiteral("soy") } } }).error().code,
        QStringLiteral("invalid_options"));
    QCOMPARE(start({ { latte, 1, largeOat }, { latte, 2, { QStringLiteral("large"), QStringLiteral("oat") } } })
                 .error()
                 .code,
        QStringLiteral("duplicate_line"));
    QCOMPARE(h.backend->store().count({}).value(), before); // refused input records nothing

    const Result<Order> order = start({ { latte, 2, largeOat }, { latte, 1, { QStringLiteral("small") } } });
    QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().message));
    QCOMPARE(order->lines.size(), 2);
    QCOMPARE(order->lines.at(0).name, QStringLiteral("Latte (Large, Oat milk)"));
    QCOMPARE(order->lines.at(0).unitAmount, qint64(540));
    QCOMPARE(order->lines.at(0).lineTotal, qint64(1080));
    QCOMPARE(order->lines.at(1).name, QStringLiteral("Latte (Small)"));
    QCOMPARE(order->amountTotal, qint64(1080 + 450));
    // What the receipt, the history and the order details read back from the store.
    const Result<Order> stored = h.backend->store().order(order->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->lines.at(0).name, QStringLiteral("Latte (Large, Oat milk)"));
    QCOMPARE(stored->lines.at(0).unitAmount, qint64(540));
    QCOMPARE(stored->lines.at(0).options,
        QStringLiteral(R"([{"group":"size","name":"Large","option":"large","price_delta":40},)"
                       R"({"group":"milk","name":"Oat milk","option":"oat","price_delta":50}])"));
    QVERIFY(stored->lines.at(1).options.contains(QLatin1String("\"small\"")));

    std::optional<Result<CheckoutSession, StripeError>> session;
    h.backend->stripe().retrieveCheckoutSession(
        order->sessionId, true, this, [&](Result<CheckoutSession, StripeError> r) { session = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return session.has_value(); }, kWaitMs));
    QVERIFY(session->ok());
    QCOMPARE(session->value().amountTotal.value_or(0), qint64(1530));
    QVERIFY(session->value().lineItems);
    QCOMPARE(session->value().lineItems->at(0).description, QStringLiteral("Latte (Large, Oat milk)"));
    QCOMPARE(session->value().lineItems->at(0).unitAmount, qint64(540));
}

void TestPaymentFlow::theTillsLanguageIsTheHostedPagesLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");
    QTest::addRow("German till") << QStringLiteral("de") << QStringLiteral("de");
    QTest::addRow("French system locale") << QStringLiteral("fr_FR") << QStringLiteral("fr");
    QTest::addRow("Spanish") << QStringLiteral("es") << QStringLiteral("es");
    QTest::addRow("no language: the settings' auto") << QString() << QStringLiteral("auto");
}

void TestPaymentFlow::theTillsLanguageIsTheHostedPagesLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    Harness h;
    h.startBackend();
    std::optional<Result<Order>> created;
    h.backend->payments().startCheckoutLines(
        { { QStringLiteral("tea"), 1 } }, {}, language, this, [&](Result<Order> r) { created = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, kWaitMs));
    QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(created->error().message));
    std::optional<Result<CheckoutSession, StripeError>> session;
    h.backend->stripe().retrieveCheckoutSession(created->value().sessionId, false, this,
        [&](Result<CheckoutSession, StripeError> r) { session = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return session.has_value(); }, kWaitMs));
    QVERIFY(session->ok());
    QCOMPARE(session->value().locale, locale);
}

void TestPaymentFlow::theJsonApisLanguageIsCheckedAndSent()
{
    Harness h;
    h.startBackend();
    const QUrl checkout = withPath(h.backend->returnBaseUrl(), QStringLiteral("/api/checkout"));
    const qint64 before = h.backend->store().count({}).value();
    for (const QByteArray &bad :
        { QByteArrayLiteral("42"), QByteArrayLiteral("[\"de\"]"), QByteArray('"' + QByteArray(36, 'd') + '"') }) {
        const HttpResult refused
            = request("POST", checkout, "{\"items\":[{\"sku\":\"TEA-1\",\"quantity\":1}],\"language\":" + bad + '}');
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("invalid_language"));
    }
    QCOMPARE(h.backend->store().count({}).value(), before); // refused before anything is recorded
    const HttpResult created = request(
        "POST", checkout, QByteArrayLiteral("{\"items\":[{\"sku\":\"TEA-1\",\"quantity\":1}],\"language\":\"es_ES\"}"));
    QCOMPARE(created.status, 201);
    std::optional<Result<CheckoutSession, StripeError>> session;
    h.backend->stripe().retrieveCheckoutSession(created.json().value(QStringLiteral("session_id")).toString(), false,
        this, [&](Result<CheckoutSession, StripeError> r) { session = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return session.has_value(); }, kWaitMs));
    QVERIFY(session->ok());
    QCOMPARE(session->value().locale, QStringLiteral("es"));
}

void TestPaymentFlow::receiptGoesToTheCustomersAddress_data()
{
    QTest::addColumn<QString>("kioskEmail");
    QTest::addColumn<QString>("receiptEmail");
    // Only an address given at the kiosk is sent; Stripe e-mails the address typed on its page by
    // the account's receipt settings, not through the PaymentIntent.
    QTest::addRow("address given at the kiosk")
        << QStringLiteral("ada@example.com") << QStringLiteral("ada@example.com");
    QTest::addRow("no address given") << QString() << QString();
}

void TestPaymentFlow::receiptGoesToTheCustomersAddress()
{
    QFETCH(QString, kioskEmail);
    QFETCH(QString, receiptEmail);
    Harness h;
    h.startBackend();
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } }, kioskEmail);
    QVERIFY(order);
    QCOMPARE(h.pay(order->sessionId, QStringLiteral("4000 0000 0000 0002")).status, 402); // declined
    QUrl events = withPath(h.sim->baseUrl(), QStringLiteral("/v1/events"));
    events.setQuery(QStringLiteral("type=payment_intent.payment_failed"));
    const QJsonArray data
        = request("GET", events, {}, { { "Authorization", "Bearer sk_test_payments0000000000001234" } })
              .json()
              .value(QStringLiteral("data"))
              .toArray();
    QCOMPARE(data.size(), 1);
    const QJsonObject intent
        = data.first().toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    QCOMPARE(intent.value(QStringLiteral("receipt_email")).toString(), receiptEmail);
}

void TestPaymentFlow::twoTillsWithOneKioskIdShareAStripeAccount()
{
    Harness h;
    h.startBackend();
    // A second installation: its own database, the same kiosk id K1, the same Stripe account.
    BackendOptions otherOptions = h.options();
    otherOptions.databasePath = h.m_dir.filePath(QStringLiteral("other-till.sqlite"));
    otherOptions.stripe.maxNetworkRetries = 0;
    auto created = KioskBackend::create(otherOptions);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
    const std::unique_ptr<KioskBackend> other = std::move(created).value();
    QVERIFY(other->start().ok());
    h.sim->addWebhookEndpoint({ other->webhookUrl(), kWebhookSecret });
    QVERIFY(!h.backend->store().installationId().isEmpty());
    QVERIFY(h.backend->store().installationId() != other->store().installationId());
    const auto checkoutOnOther = [&]() -> Result<Order> {
        std::optional<Result<Order>> out;
        other->payments().startCheckoutLines(
            { { QStringLiteral("tea"), 1 } }, {}, {}, other.get(), [&](Result<Order> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs))
            return makeError(QStringLiteral("timeout"), QStringLiteral("no answer"));
        return *out;
    };

    // Both tills sell K1-000001, each with its own session.
    const auto first = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(first);
    const Result<Order> second = checkoutOnOther();
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
    QCOMPARE(second->number, first->number);
    QVERIFY(second->sessionId != first->sessionId);

    // The other till's next sale fails once (retryable) and stays a draft without a session,
    // while this till sells the same number K1-000002 and it is paid.
    Sim::FaultConfig fail;
    fail.failCount = 1;
    fail.failStatus = 500;
    fail.failPath = QStringLiteral("/v1/checkout/sessions");
    fail.failMethod = "POST";
    h.sim->setFaults(fail);
    QVERIFY(!checkoutOnOther().ok());
    const QList<Order> drafts = other->store().ordersWithStatus({ OrderStatus::Draft }).value();
    QCOMPARE(drafts.size(), 1);
    const auto paidHere = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(paidHere);
    QCOMPARE(paidHere->number, drafts.first().number);
    QCOMPARE(h.pay(paidHere->sessionId, kGoodCard).status, 200);
    QVERIFY(h.waitForStatus(paidHere->id, OrderStatus::Paid));

    // The other till hears of it (webhook and events sweep) and records it, never adopts it.
    std::optional<Status> swept;
    other->payments().sweepEvents(other.get(), [&](Status s) { swept = std::move(s); });
    QVERIFY(QTest::qWaitFor([&] { return swept.has_value(); }, kWaitMs));
    QVERIFY(swept->ok());
    const Order draft = other->store().order(drafts.first().id).value();
    QCOMPARE(toString(draft.status), toString(OrderStatus::Draft));
    QVERIFY(draft.sessionId.isEmpty());
    QCOMPARE(other->store().events(draft.id).value().size(), 0);
    QCOMPARE(toString(other->store().order(second->id)->status), toString(OrderStatus::AwaitingPayment));

    // A payment on the other till marks only its own order.
    QCOMPARE(h.pay(second->sessionId, kGoodCard).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(toString(other->store().order(second->id)->status), toString(OrderStatus::Paid), kWaitMs);
    swept.reset();
    h.backend->payments().sweepEvents(h.backend.get(), [&](Status s) { swept = std::move(s); });
    QVERIFY(QTest::qWaitFor([&] { return swept.has_value(); }, kWaitMs));
    QCOMPARE(toString(h.status(first->id)), toString(OrderStatus::AwaitingPayment));
}

void TestPaymentFlow::nonLoopbackBindWithoutTokenIsRefused()
{
    Harness h;
    BackendOptions o = h.options();
    o.bindAddress = QHostAddress::AnyIPv4;
    auto refused = KioskBackend::create(o);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("token_required"));
    QVERIFY(!refused.error().message.contains(o.stripe.secretKey));
}

void TestPaymentFlow::oneBatchOfEventsForOneOrderFulfilsOnce()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    Harness h(faults);
    h.startBackend();
    UpdateCounter paid(h.backend->payments(), OrderStatus::Paid);
    UpdateCounter processing(h.backend->payments(), OrderStatus::Processing);
    QSignalSpy declined(&h.backend->payments(), &PaymentCoordinator::paymentAttemptFailed);
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    const QList<QByteArray> events = declineThenDelayedSuccess(h, *order);
    QCOMPARE(events.size(), 3);
    const QByteArray &failed = events[0], &completed = events[1], &succeeded = events[2];
    QVERIFY(!failed.isEmpty() && !completed.isEmpty() && !succeeded.isEmpty());

    // Newest first, each redelivered, plus a forged copy: all in one event-loop turn.
    const QList<QPair<QByteArray, QByteArray>> deliveries { { succeeded, sign(succeeded) },
        { completed, sign(completed) }, { failed, sign(failed) }, { succeeded, sign(succeeded) },
        { completed, sign(completed) }, { failed, sign(failed) }, { succeeded, sign(succeeded) },
        { completed, sign(completed, "whsec_forged") } };
    QList<std::optional<WebhookEndpoint::Response>> answers(deliveries.size());
    WebhookEndpoint endpoint(kWebhookSecret, &h.backend->payments());
    QSignalSpy batches(&endpoint, &WebhookEndpoint::batchCommitted);
    for (qsizetype i = 0; i < deliveries.size(); ++i)
        endpoint.submit(deliveries[i].first, deliveries[i].second,
            [&answers, i](const WebhookEndpoint::Response &r) { answers[i] = r; });
    // Verified off the event loop: nothing is answered from inside submit(), and nothing
    // verified is answered before it is committed.
    QCOMPARE(endpoint.pending(), deliveries.size());
    QVERIFY(std::none_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a.has_value(); }));
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::AwaitingPayment));

    // Committed in submission order, in as few batches as the verifiers' pace allows (one on a
    // quiet machine; how many is a timing, which bench/ measures, not this test).
    const auto committed = [&batches] {
        int n = 0;
        for (const QList<QVariant> &batch : std::as_const(batches))
            n += batch.at(0).toInt();
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(committed(), int(deliveries.size() - 1), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(answers.last().has_value(), kWaitMs);
    QCOMPARE(answers.last()->status, 400); // the forged one, recorded nowhere
    QCOMPARE(endpoint.pending(), 0);
    for (qsizetype i = 0; i + 1 < answers.size(); ++i) {
        QVERIFY(answers[i]);
        QCOMPARE(answers[i]->status, 200);
        const bool duplicate
            = QJsonDocument::fromJson(answers[i]->body).object().value(QStringLiteral("duplicate")).toBool();
        QCOMPARE(duplicate, i >= 3); // the first copy of each event is applied, later ones are not
    }
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::Paid));
    QCOMPARE(paid.counts.value(order->id), 1);
    QCOMPARE(h.historyEntriesTo(order->id, OrderStatus::Paid), 1);
    // The success was decided first; the older "completed, unpaid" found the order paid.
    QCOMPARE(processing.counts.value(order->id), 0);
    QCOMPARE(declined.count(), 1);
    QCOMPARE(h.backend->store().events(order->id).value().size(), 3);
}

void TestPaymentFlow::concurrentWebhooksOverHttpFulfilOnce()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    Harness h(faults);
    h.startBackend();
    UpdateCounter paid(h.backend->payments(), OrderStatus::Paid);
    QSignalSpy declined(&h.backend->payments(), &PaymentCoordinator::paymentAttemptFailed);
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    const QList<QByteArray> events = declineThenDelayedSuccess(h, *order);
    QCOMPARE(events.size(), 3);

    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    QList<qsizetype> kinds;
    for (int round = 0; round < 6; ++round) {
        for (qsizetype k = events.size() - 1; k >= 0; --k) {
            QNetworkRequest req(h.backend->webhookUrl());
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("Stripe-Signature", sign(events[k]));
            replies.append(nam.post(req, events[k]));
            kinds.append(k);
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), kWaitMs);
    QList<int> applied(events.size(), 0);
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QCOMPARE(replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject answer = QJsonDocument::fromJson(replies[i]->readAll()).object();
        QVERIFY(answer.value(QStringLiteral("received")).toBool());
        if (!answer.value(QStringLiteral("duplicate")).toBool())
            ++applied[kinds[i]];
        replies[i]->deleteLater();
    }
    QCOMPARE(applied, (QList<int> { 1, 1, 1 })); // each event applied exactly once
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::Paid));
    QCOMPARE(paid.counts.value(order->id), 1);
    QCOMPARE(h.historyEntriesTo(order->id, OrderStatus::Paid), 1);
    QCOMPARE(declined.count(), 1);
}

void TestPaymentFlow::aFailingEventDoesNotSinkItsBatch()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    Harness h(faults);
    h.startBackend();
    UpdateCounter paid(h.backend->payments(), OrderStatus::Paid);
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    QCOMPARE(h.pay(order->sessionId, kGoodCard).status, 200);
    const QByteArray completed = eventBody(h.sim->baseUrl(), QStringLiteral("checkout.session.completed"));
    QVERIFY(!completed.isEmpty());
    const QByteArray refused = otherEvent(QStringLiteral("evt_refused_by_disk"));
    const QByteArray other = otherEvent(QStringLiteral("evt_fine_1"));
    // The database refuses one event id, as a full disk or a constraint would.
    const QString db = h.options().databasePath;
    QVERIFY(execOnDatabase(db,
        QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON payment_events WHEN "
                       "NEW.event_id = 'evt_refused_by_disk' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));

    QList<std::optional<WebhookEndpoint::Response>> answers(3);
    WebhookEndpoint endpoint(kWebhookSecret, &h.backend->payments());
    const QList<QByteArray> bodies { refused, completed, other };
    for (qsizetype i = 0; i < bodies.size(); ++i)
        endpoint.submit(
            bodies[i], sign(bodies[i]), [&answers, i](const WebhookEndpoint::Response &r) { answers[i] = r; });
    // However many batches the verifiers' pace makes of them, all three are answered.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a.has_value(); }), kWaitMs);
    QCOMPARE(answers[0]->status, 500); // Stripe will retry it
    QCOMPARE(answers[1]->status, 200);
    QCOMPARE(answers[2]->status, 200);
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::Paid));
    QCOMPARE(paid.counts.value(order->id), 1);
    QVERIFY(!h.backend->store().hasEvent(QStringLiteral("evt_refused_by_disk")));
    QVERIFY(h.backend->store().hasEvent(QStringLiteral("evt_fine_1")));

    // Over HTTP too, and the retry succeeds once the database accepts it again.
    QCOMPARE(request("POST", h.backend->webhookUrl(), refused, { { "Stripe-Signature", sign(refused) } }).status, 500);
    QVERIFY(execOnDatabase(db, QStringLiteral("DROP TRIGGER refuse_one")));
    const HttpResult retried
        = request("POST", h.backend->webhookUrl(), refused, { { "Stripe-Signature", sign(refused) } });
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json().value(QStringLiteral("duplicate")).toBool(), false);
    QVERIFY(h.backend->store().hasEvent(QStringLiteral("evt_refused_by_disk")));
}

void TestPaymentFlow::aBurstOfWebhooksIsAnsweredOnceEach()
{
    Sim::FaultConfig faults;
    faults.webhookDrop = true;
    Harness h(faults);
    h.startBackend();
    UpdateCounter paid(h.backend->payments(), OrderStatus::Paid);
    QSignalSpy declined(&h.backend->payments(), &PaymentCoordinator::paymentAttemptFailed);
    const auto order = h.checkout({ { QStringLiteral("tea"), 1 } });
    QVERIFY(order);
    QList<QByteArray> events = declineThenDelayedSuccess(h, *order);
    QCOMPARE(events.size(), 3);
    for (int i = 0; i < 90; ++i)
        events.append(otherEvent(QStringLiteral("evt_burst_%1").arg(i)));

    // Every event twice, each delivery on its own connection, all at once: 186 in flight.
    QList<QPair<QByteArray, QByteArray>> deliveries;
    for (int copy = 0; copy < 2; ++copy) {
        for (const QByteArray &event : events)
            deliveries.append({ event, sign(event) });
    }
    const QList<RawAnswer> answers = deliverAtOnce(h.backend->webhookUrl(), deliveries);
    QList<int> applied(events.size(), 0), duplicates(events.size(), 0);
    for (qsizetype i = 0; i < answers.size(); ++i) {
        QCOMPARE(answers[i].answers(), 1); // one answer per delivery, none lost
        QCOMPARE(answers[i].status(), 200);
        QVERIFY(answers[i].json().value(QStringLiteral("received")).toBool());
        ++(answers[i].json().value(QStringLiteral("duplicate")).toBool() ? duplicates : applied)[i % events.size()];
    }
    QCOMPARE(applied, QList<int>(events.size(), 1)); // each event applied exactly once
    QCOMPARE(duplicates, QList<int>(events.size(), 1)); // and its other copy answered as a duplicate
    for (int i = 0; i < 90; ++i)
        QVERIFY(h.backend->store().hasEvent(QStringLiteral("evt_burst_%1").arg(i)));
    QCOMPARE(toString(h.status(order->id)), toString(OrderStatus::Paid));
    QCOMPARE(paid.counts.value(order->id), 1);
    QCOMPARE(h.historyEntriesTo(order->id, OrderStatus::Paid), 1);
    QCOMPARE(declined.count(), 1);
}

void TestPaymentFlow::overloadIsAnsweredRetryLaterNotDropped()
{
    Harness h;
    h.startBackend();
    const QList<QByteArray> bodies { otherEvent(QStringLiteral("evt_load_1")), otherEvent(QStringLiteral("evt_load_2")),
        otherEvent(QStringLiteral("evt_load_3")), otherEvent(QStringLiteral("evt_load_4")) };
    QList<std::optional<WebhookEndpoint::Response>> answers(bodies.size());
    WebhookLimits limits;
    limits.maxPending = 2;
    WebhookEndpoint endpoint(kWebhookSecret, &h.backend->payments(), limits);
    for (qsizetype i = 0; i < bodies.size(); ++i)
        endpoint.submit(
            bodies[i], sign(bodies[i]), [&answers, i](const WebhookEndpoint::Response &r) { answers[i] = r; });
    // Two wait; the others are told at once to come back, and nothing of them is recorded.
    QVERIFY(!answers[0] && !answers[1]);
    for (qsizetype i : { 2, 3 }) {
        QVERIFY(answers[i]);
        QCOMPARE(answers[i]->status, 503);
        QCOMPARE(answers[i]->retryAfterSecs, 1);
        QVERIFY(!h.backend->store().hasEvent(QStringLiteral("evt_load_%1").arg(i + 1)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(answers[0].has_value() && answers[1].has_value(), kWaitMs);
    QCOMPARE(answers[0]->status, 200);
    QCOMPARE(answers[1]->status, 200);
    QCOMPARE(endpoint.stats().overloaded, 2);

    // Delivered again (as Stripe does), they are applied once.
    for (qsizetype i : { 2, 3 }) {
        answers[i].reset();
        endpoint.submit(
            bodies[i], sign(bodies[i]), [&answers, i](const WebhookEndpoint::Response &r) { answers[i] = r; });
    }
    QTRY_VERIFY_WITH_TIMEOUT(answers[2].has_value() && answers[3].has_value(), kWaitMs);
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        QCOMPARE(answers[i]->status, 200);
        QCOMPARE(QJsonDocument::fromJson(answers[i]->body).object().value(QStringLiteral("duplicate")).toBool(), false);
        QVERIFY(h.backend->store().hasEvent(QStringLiteral("evt_load_%1").arg(i + 1)));
    }

    // Over HTTP the refusal carries Retry-After.
    BackendOptions full = h.options();
    full.webhook.maxPending = 0;
    auto created = KioskBackend::create(full);
    QVERIFY(created.ok());
    const std::unique_ptr<KioskBackend> busy = std::move(created).value();
    QVERIFY(busy->start().ok());
    const QByteArray late = otherEvent(QStringLiteral("evt_load_5"));
    const QList<RawAnswer> refused = deliverAtOnce(busy->webhookUrl(), { { late, sign(late) } });
    QCOMPARE(refused.first().status(), 503);
    QCOMPARE(refused.first().header("Retry-After"), QByteArray("1"));
    QCOMPARE(refused.first().json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("overloaded"));
    QVERIFY(!busy->store().hasEvent(QStringLiteral("evt_load_5")));
}

QTEST_GUILESS_MAIN(TestPaymentFlow)
#include "tst_paymentflow.moc"
