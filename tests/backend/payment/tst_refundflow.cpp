// SPDX-License-Identifier: MIT
// Refunds end to end in one process: a real StripeSimulator, a real KioskBackend with SQLite in a
// temporary directory, real HTTP between them. Each test checks what Stripe (the simulator) holds
// and what the order shows: one refund however often or in whatever order the news arrives.
#include "EmbeddedManagerService.h"
#include "KioskBackend.h"
#include "OrderStore.h"
#include "PaymentCoordinator.h"
#include "QtHttpTransport.h"
#include "RefundCoordinator.h"
#include "StripeClient.h"
#include "StripeEvent.h"
#include "StripeSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::OrderStatus)
Q_DECLARE_METATYPE(Kiosk::RefundOrderRequest)

namespace {

const QByteArray kWebhookSecret = QByteArrayLiteral("whsec_refunds_test_secret");
const QByteArray kSecretKey = QByteArrayLiteral("sk_test_refunds00000000000001234");
const QByteArray kToken = QByteArrayLiteral("refund-api-token-0123456789");
constexpr int kWaitMs = 15000;

// Tea 4.50 and cake 3.25: two teas and a cake are 12.25.
const char kCatalogJson[] = R"({"currency": "USD", "products": [
    {"id": "tea", "sku": "TEA-1", "name": "Green tea", "category": "Drinks", "price": "4.50"},
    {"id": "cake", "sku": "CAKE-1", "name": "Cheesecake", "category": "Food", "price": "3.25"}]})";

struct HttpResult
{
    int status = 0;
    QByteArray body;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

HttpResult request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
    const QByteArray &contentType = QByteArrayLiteral("application/json"), const QByteArray &bearer = {})
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(qApp);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer);
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

RefundOrderRequest wholeRefund(const QString &reason = {})
{
    RefundOrderRequest r;
    r.reason = reason;
    return r;
}

RefundOrderRequest amountRefund(qint64 amount)
{
    RefundOrderRequest r;
    r.kind = RefundOrderRequest::Kind::Amount;
    r.amount = amount;
    return r;
}

RefundOrderRequest linesRefund(const QList<RefundLine> &lines)
{
    RefundOrderRequest r;
    r.kind = RefundOrderRequest::Kind::Lines;
    r.lines = lines;
    return r;
}

/** Sends every request, but loses the answers to POST /v1/refunds, as a process killed between
 *  the call and its answer (or a cut line) would: Stripe has made the refund, we never hear. */
class AnswerLosingTransport final : public HttpTransport
{
public:
    void send(const HttpRequest &request, QObject *context, std::function<void(HttpResponse)> done) override
    {
        const bool lose = request.method == "POST" && request.url.path() == QLatin1String("/v1/refunds");
        m_inner.send(request, context, [lose, done](HttpResponse response) {
            if (lose) {
                response = HttpResponse {};
                response.connectionError = true;
                response.errorString = QStringLiteral("the answer was lost");
            }
            done(std::move(response));
        });
    }

private:
    QtHttpTransport m_inner;
};

/** A simulator and a backend wired to each other, in a temporary directory. */
class Harness
{
public:
    explicit Harness(Sim::FaultConfig faults = {})
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
        QVERIFY(sim->start().ok());
    }

    BackendOptions options() const
    {
        BackendOptions o;
        o.databasePath = m_dir.filePath(QStringLiteral("orders.sqlite"));
        o.catalogPath = m_dir.filePath(QStringLiteral("catalog.json"));
        o.stripe.secretKey = QString::fromLatin1(kSecretKey);
        o.stripe.apiBase = sim->baseUrl();
        o.stripe.timeoutMs = 5000;
        o.stripe.initialRetryDelayMs = 10;
        o.stripe.maxRetryDelayMs = 50;
        o.stripe.maxNetworkRetries = maxNetworkRetries;
        o.webhookSecret = kWebhookSecret;
        o.enableJsonApi = true;
        o.apiToken = kToken;
        // Nothing settles refunds behind the test's back unless it asks.
        o.payment.sweepIntervalMs = 3600 * 1000;
        return o;
    }

    /** Creates and starts a backend (again, on the same database, after a "crash"). */
    void startBackend()
    {
        auto created = KioskBackend::create(options());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        backend = std::move(created).value();
        QVERIFY(backend->start().ok());
        sim->addWebhookEndpoint({ backend->webhookUrl(), kWebhookSecret });
    }

    /** A paid order of two teas and a cake (12.25 USD). */
    Order paidOrder()
    {
        std::optional<Result<Order>> out;
        backend->payments().startCheckoutLines({ { QStringLiteral("tea"), 2, {} }, { QStringLiteral("cake"), 1, {} } },
            {}, {}, backend.get(), [&](Result<Order> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs) || !out->ok())
            return {};
        const Order created = out->value();
        const QJsonObject card { { QStringLiteral("card"), QStringLiteral("4242424242424242") },
            { QStringLiteral("email"), QStringLiteral("buyer@example.com") } };
        request("POST", withPath(sim->baseUrl(), QStringLiteral("/_sim/sessions/%1/pay").arg(created.sessionId)),
            QJsonDocument(card).toJson(QJsonDocument::Compact));
        backend->payments().fulfil(created.sessionId, QStringLiteral("test"));
        if (!QTest::qWaitFor([&] { return order(created.id).status == OrderStatus::Paid; }, kWaitMs))
            return {};
        return order(created.id);
    }

    Order order(qint64 id) const
    {
        const Result<Order> o = backend->store().order(id);
        return o ? o.value() : Order {};
    }

    QList<OrderRefund> records(qint64 orderId) const
    {
        const auto r = backend->store().refunds(orderId);
        return r ? r.value() : QList<OrderRefund> {};
    }

    Result<OrderRefund> refund(qint64 orderId, const RefundOrderRequest &request)
    {
        std::optional<Result<OrderRefund>> out;
        backend->refunds().refund(orderId, request, backend.get(), [&](Result<OrderRefund> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs))
            return makeError(QStringLiteral("timeout"), QStringLiteral("No answer"));
        return *out;
    }

    /** Asks for the refund through a flow whose Stripe answer is lost, then forgets that flow:
     *  the backend's store holds the record, pending, and Stripe may hold the refund. */
    Result<OrderRefund> refundLosingTheAnswer(qint64 orderId, const RefundOrderRequest &request)
    {
        StripeConfig config = options().stripe;
        config.maxNetworkRetries = 0;
        StripeClient client(config, std::make_shared<AnswerLosingTransport>());
        RefundCoordinator lossy(&backend->store(), &client);
        std::optional<Result<OrderRefund>> out;
        lossy.refund(orderId, request, backend.get(), [&](Result<OrderRefund> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs))
            return makeError(QStringLiteral("timeout"), QStringLiteral("No answer"));
        return *out;
    }

    /** The refunds Stripe (the simulator) holds for a payment intent, newest first. */
    QJsonArray stripeRefunds(const QString &paymentIntent) const
    {
        return request("GET",
            withPath(sim->baseUrl(), QStringLiteral("/v1/refunds?payment_intent=%1").arg(paymentIntent)), {},
            "application/json", kSecretKey)
            .json()
            .value(QStringLiteral("data"))
            .toArray();
    }

    /** A refund made in the Dashboard: straight at Stripe, no metadata. */
    HttpResult dashboardRefund(const QString &paymentIntent, qint64 amount) const
    {
        return request("POST", withPath(sim->baseUrl(), QStringLiteral("/v1/refunds")),
            QStringLiteral("payment_intent=%1&amount=%2").arg(paymentIntent).arg(amount).toUtf8(),
            "application/x-www-form-urlencoded", kSecretKey);
    }

    /** The simulator's events of `type`, newest first, as Stripe would post them. */
    QList<QByteArray> events(const QString &type) const
    {
        const QJsonArray data = request("GET", withPath(sim->baseUrl(), QStringLiteral("/v1/events?type=%1").arg(type)),
            {}, "application/json", kSecretKey)
                                    .json()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        QList<QByteArray> out;
        for (const QJsonValue &e : data)
            out.append(QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact));
        return out;
    }

    /** Feeds verified events to the backend as the webhook endpoint would. */
    void deliver(const QList<QByteArray> &bodies)
    {
        QList<PaymentCoordinator::VerifiedEvent> events;
        for (const QByteArray &body : bodies) {
            const Result<StripeEvent> e = StripeEvent::fromJson(body);
            QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().toString()));
            events.append({ e.value(), body });
        }
        for (const auto &r : backend->payments().applyWebhookEvents(events))
            QVERIFY(r.ok());
    }

    HttpResult api(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &token = kToken) const
    {
        return request(method, withPath(backend->returnBaseUrl(), path), body, "application/json", token);
    }

    QTemporaryDir m_dir;
    int maxNetworkRetries = 2;
    std::unique_ptr<Sim::StripeSimulator> sim;
    std::unique_ptr<KioskBackend> backend;
};

/** The error code, "ok" for a success (so a comparison never reads the error of a success). */
template <typename T> QString codeOf(const Result<T> &r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().code;
}

Sim::FaultConfig noWebhooks()
{
    Sim::FaultConfig f;
    f.webhookDrop = true;
    return f;
}

} // namespace

class TestRefundFlow : public QObject
{
    Q_OBJECT

private slots:
    void refundsWholeLinesOrAmount_data();
    void refundsWholeLinesOrAmount();
    void aDoubleTapMakesOneRefund();
    void anotherRefundWaitsForTheOneUnderWay();
    void tooMuchOrUnpaidIsRefusedAndWritesNothing_data();
    void tooMuchOrUnpaidIsRefusedAndWritesNothing();
    void duplicatedAndReorderedEventsEndTheSame_data();
    void duplicatedAndReorderedEventsEndTheSame();
    void aLostAnswerIsSettledByTheSweep();
    void aTransportErrorIsRetriedWithTheSameKey();
    void aFailedRefundNeedsReview();
    void aDashboardRefundIsAdopted();
    void chargeRefundedResyncsAMissedRefund();
    void aCrashBetweenCallAndAnswerRefundsOnce_data();
    void aCrashBetweenCallAndAnswerRefundsOnce();
    void theManagerServiceRefunds();
    void theJsonApiRefunds();
    void theJsonApiNamesTheProblem_data();
    void theJsonApiNamesTheProblem();
    void theJsonApiPlansWithoutRefunding();
};

void TestRefundFlow::refundsWholeLinesOrAmount_data()
{
    QTest::addColumn<RefundOrderRequest>("request");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<OrderStatus>("orderStatus");
    QTest::newRow("whole order") << wholeRefund() << qint64(1225) << OrderStatus::Refunded;
    QTest::newRow("one tea") << linesRefund({ { 1, 1, 0 } }) << qint64(450) << OrderStatus::PartiallyRefunded;
    QTest::newRow("both teas and the cake")
        << linesRefund({ { 1, 2, 0 }, { 2, 1, 0 } }) << qint64(1225) << OrderStatus::Refunded;
    QTest::newRow("2.50") << amountRefund(250) << qint64(250) << OrderStatus::PartiallyRefunded;
}

void TestRefundFlow::refundsWholeLinesOrAmount()
{
    QFETCH(RefundOrderRequest, request);
    QFETCH(qint64, amount);
    QFETCH(OrderStatus, orderStatus);
    Harness h;
    h.startBackend();
    const Order order = h.paidOrder();
    QCOMPARE(toString(order.status), toString(OrderStatus::Paid));

    const Result<OrderRefund> refund = h.refund(order.id, request);
    QVERIFY2(refund.ok(), refund.ok() ? "" : qPrintable(refund.error().toString()));
    QCOMPARE(refund->amount, amount);
    QCOMPARE(toString(refund->status), toString(RefundRecord::Status::Succeeded));
    QVERIFY(refund->stripeRefundId.startsWith(QLatin1String("re_")));
    QCOMPARE(toString(h.order(order.id).status), toString(orderStatus));
    QCOMPARE(h.order(order.id).amountRefunded, amount);

    // At Stripe: exactly this refund, of this payment, naming our record.
    const QJsonArray atStripe = h.stripeRefunds(order.paymentIntent);
    QCOMPARE(atStripe.size(), 1);
    const QJsonObject stripe = atStripe.first().toObject();
    QCOMPARE(stripe.value(QStringLiteral("id")).toString(), refund->stripeRefundId);
    QCOMPARE(stripe.value(QStringLiteral("amount")).toInteger(), amount);
    const QJsonObject metadata = stripe.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("refund_id")).toString(), QString::number(refund->id));
    QCOMPARE(metadata.value(QStringLiteral("order_number")).toString(), order.number);
    QCOMPARE(metadata.value(QStringLiteral("installation_id")).toString(), h.backend->store().installationId());

    // The webhooks that follow change nothing.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto events = h.backend->store().events(order.id);
            return events && std::count_if(events->cbegin(), events->cend(), [](const PaymentEvent &e) {
                return e.type.startsWith(QLatin1String("refund."));
            }) >= 1;
        },
        kWaitMs));
    QCOMPARE(h.records(order.id).size(), 1);
    QCOMPARE(toString(h.order(order.id).status), toString(orderStatus));
}

void TestRefundFlow::aDoubleTapMakesOneRefund()
{
    Harness h(noWebhooks());
    h.startBackend();
    const Order order = h.paidOrder();
    std::optional<Result<OrderRefund>> first, second;
    h.backend->refunds().refund(
        order.id, amountRefund(300), h.backend.get(), [&](Result<OrderRefund> r) { first = r; });
    h.backend->refunds().refund(
        order.id, amountRefund(300), h.backend.get(), [&](Result<OrderRefund> r) { second = r; });
    QVERIFY(QTest::qWaitFor([&] { return first && second; }, kWaitMs));
    QVERIFY(first->ok());
    QVERIFY(second->ok());
    QCOMPARE(second->value().id, first->value().id);
    QCOMPARE(h.records(order.id).size(), 1);
    QCOMPARE(h.stripeRefunds(order.paymentIntent).size(), 1);
    QCOMPARE(h.order(order.id).amountRefunded, qint64(300));
}

void TestRefundFlow::anotherRefundWaitsForTheOneUnderWay()
{
    Harness h(noWebhooks());
    h.startBackend();
    const Order order = h.paidOrder();
    std::optional<Result<OrderRefund>> first, second;
    h.backend->refunds().refund(
        order.id, amountRefund(300), h.backend.get(), [&](Result<OrderRefund> r) { first = r; });
    h.backend->refunds().refund(
        order.id, amountRefund(200), h.backend.get(), [&](Result<OrderRefund> r) { second = r; });
    QVERIFY(QTest::qWaitFor([&] { return first && second; }, kWaitMs));
    QVERIFY(first->ok());
    QVERIFY(!second->ok());
    QCOMPARE(second->error().code, QStringLiteral("refund_in_progress"));
    QVERIFY2(second->error().message.contains(QLatin1String("3.00 USD")), qPrintable(second->error().message));
    QCOMPARE(h.stripeRefunds(order.paymentIntent).size(), 1);
    // Once Stripe has answered, the next refund goes ahead.
    const Result<OrderRefund> third = h.refund(order.id, amountRefund(200));
    QVERIFY(third.ok());
    QCOMPARE(h.order(order.id).amountRefunded, qint64(500));
}

void TestRefundFlow::tooMuchOrUnpaidIsRefusedAndWritesNothing_data()
{
    QTest::addColumn<bool>("pay");
    QTest::addColumn<RefundOrderRequest>("request");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("more than paid") << true << amountRefund(1226) << QStringLiteral("amount_above_remaining")
                                    << QStringList { QStringLiteral("12.26 USD"), QStringLiteral("12.25 USD") };
    QTest::newRow("unknown line") << true << linesRefund({ { 3, 1, 0 } }) << QStringLiteral("unknown_line")
                                  << QStringList { QStringLiteral("line 3") };
    QTest::newRow("too many teas") << true << linesRefund({ { 1, 3, 0 } }) << QStringLiteral("quantity_above_remaining")
                                   << QStringList { QStringLiteral("2") };
    QTest::newRow("bad reason") << true << wholeRefund(QStringLiteral("changed_mind"))
                                << QStringLiteral("invalid_reason") << QStringList { QStringLiteral("changed_mind") };
    QTest::newRow("unpaid order") << false << wholeRefund() << QStringLiteral("order_not_paid") << QStringList {};
}

void TestRefundFlow::tooMuchOrUnpaidIsRefusedAndWritesNothing()
{
    QFETCH(bool, pay);
    QFETCH(RefundOrderRequest, request);
    QFETCH(QString, code);
    QFETCH(QStringList, named);
    Harness h(noWebhooks());
    h.startBackend();
    Order order;
    if (pay) {
        order = h.paidOrder();
    } else {
        std::optional<Result<Order>> out;
        h.backend->payments().startCheckoutLines({ { QStringLiteral("tea"), 1, {} } }, {}, {}, h.backend.get(),
            [&](Result<Order> r) { out = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs));
        order = out->value();
    }
    const Result<OrderRefund> refund = h.refund(order.id, request);
    QVERIFY(!refund.ok());
    QCOMPARE(refund.error().code, code);
    for (const QString &n : named)
        QVERIFY2(refund.error().message.contains(n), qPrintable(refund.error().message));
    QVERIFY(h.records(order.id).isEmpty());
    QCOMPARE(h.order(order.id).amountRefunded, qint64(0));
    QCOMPARE(toString(h.order(order.id).status), toString(order.status));
    if (!order.paymentIntent.isEmpty())
        QCOMPARE(h.stripeRefunds(order.paymentIntent).size(), 0);
}

void TestRefundFlow::duplicatedAndReorderedEventsEndTheSame_data()
{
    // The events of one refund whose call answer was lost: refund.created, charge.refunded (in
    // the order Stripe made them, oldest first), delivered as listed.
    QTest::addColumn<QList<int>>("order");
    QTest::newRow("as made") << QList<int> { 0, 1 };
    QTest::newRow("reordered") << QList<int> { 1, 0 };
    QTest::newRow("duplicated") << QList<int> { 0, 0, 1, 1, 0 };
    QTest::newRow("only charge.refunded") << QList<int> { 1, 1 };
}

void TestRefundFlow::duplicatedAndReorderedEventsEndTheSame()
{
    QFETCH(QList<int>, order);
    Harness h(noWebhooks());
    h.startBackend();
    const Order paid = h.paidOrder();
    // Stripe makes the refund but its answer never arrives.
    const Result<OrderRefund> lost = h.refundLosingTheAnswer(paid.id, amountRefund(450));
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, QStringLiteral("stripe_unreachable"));
    QCOMPARE(h.records(paid.id).size(), 1);
    QCOMPARE(toString(h.records(paid.id).first().status), toString(RefundRecord::Status::Pending));

    const QList<QByteArray> events { h.events(QStringLiteral("refund.created")).value(0),
        h.events(QStringLiteral("charge.refunded")).value(0) };
    QVERIFY(!events.at(0).isEmpty() && !events.at(1).isEmpty());
    QList<QByteArray> bodies;
    for (int i : order)
        bodies.append(events.at(i));
    h.deliver(bodies);

    // charge.refunded alone resyncs by listing the payment's refunds: wait for that too.
    QVERIFY(QTest::qWaitFor(
        [&] { return h.records(paid.id).value(0).status == RefundRecord::Status::Succeeded; }, kWaitMs));
    const QList<OrderRefund> records = h.records(paid.id);
    QCOMPARE(records.size(), 1);
    QCOMPARE(
        records.first().stripeRefundId, h.stripeRefunds(paid.paymentIntent).first()[QStringLiteral("id")].toString());
    QCOMPARE(h.stripeRefunds(paid.paymentIntent).size(), 1);
    QCOMPARE(toString(h.order(paid.id).status), toString(OrderStatus::PartiallyRefunded));
    QCOMPARE(h.order(paid.id).amountRefunded, qint64(450));
}

void TestRefundFlow::aLostAnswerIsSettledByTheSweep()
{
    Harness h(noWebhooks());
    h.startBackend();
    const Order paid = h.paidOrder();
    QCOMPARE(codeOf(h.refundLosingTheAnswer(paid.id, wholeRefund())), QStringLiteral("stripe_unreachable"));
    QCOMPARE(toString(h.records(paid.id).first().status), toString(RefundRecord::Status::Pending));

    // No webhook ever comes: the events sweep asks Stripe for refund events.
    std::optional<Status> swept;
    h.backend->payments().sweepEvents(h.backend.get(), [&](Status s) { swept = s; });
    QVERIFY(QTest::qWaitFor([&] { return swept.has_value(); }, kWaitMs));
    QVERIFY(swept->ok());
    QCOMPARE(toString(h.records(paid.id).first().status), toString(RefundRecord::Status::Succeeded));
    QCOMPARE(toString(h.order(paid.id).status), toString(OrderStatus::Refunded));
    QCOMPARE(h.stripeRefunds(paid.paymentIntent).size(), 1);
}

void TestRefundFlow::aTransportErrorIsRetriedWithTheSameKey()
{
    Sim::FaultConfig faults = noWebhooks();
    Harness h(faults);
    h.startBackend();
    const Order paid = h.paidOrder();
    // The first attempt is made at Stripe but its answer is lost; the client's retry carries the
    // same key and Stripe answers with the refund it made.
    faults.failCount = 1;
    faults.failMode = Sim::FaultConfig::FailMode::DropAfterExecution;
    faults.failPath = QStringLiteral("/v1/refunds");
    faults.failMethod = "POST";
    h.sim->setFaults(faults);
    const Result<OrderRefund> refund = h.refund(paid.id, amountRefund(325));
    QVERIFY2(refund.ok(), refund.ok() ? "" : qPrintable(refund.error().toString()));
    QCOMPARE(toString(refund->status), toString(RefundRecord::Status::Succeeded));
    QCOMPARE(h.stripeRefunds(paid.paymentIntent).size(), 1);

    // A lost answer with no retry left: the same request again re-sends the same refund, which
    // Stripe answers from its idempotency record.
    QCOMPARE(codeOf(h.refundLosingTheAnswer(paid.id, amountRefund(100))), QStringLiteral("stripe_unreachable"));
    QCOMPARE(h.stripeRefunds(paid.paymentIntent).size(), 2);
    const Result<OrderRefund> again = h.refund(paid.id, amountRefund(100));
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
    QCOMPARE(h.records(paid.id).size(), 2);
    QCOMPARE(h.stripeRefunds(paid.paymentIntent).size(), 2);
    QCOMPARE(h.order(paid.id).amountRefunded, qint64(425));
}

void TestRefundFlow::aFailedRefundNeedsReview()
{
    Harness h;
    h.startBackend();
    const Order paid = h.paidOrder();
    QCOMPARE(request("POST", withPath(h.sim->baseUrl(), QStringLiteral("/_sim/refunds/fail_next")),
                 QByteArrayLiteral("{\"failure_reason\":\"insufficient_funds\"}"))
                 .status,
        200);
    const Result<OrderRefund> refund = h.refund(paid.id, amountRefund(500));
    QVERIFY(refund.ok());
    QCOMPARE(toString(refund->status), toString(RefundRecord::Status::Pending));
    QCOMPARE(h.order(paid.id).amountRefunded, qint64(500));

    h.sim->advanceClock(1); // the armed refund fails now: refund.failed, as a webhook
    QVERIFY(QTest::qWaitFor([&] { return h.order(paid.id).status == OrderStatus::NeedsReview; }, kWaitMs));
    const Order after = h.order(paid.id);
    QVERIFY2(after.statusReason.contains(QLatin1String("insufficient_funds")), qPrintable(after.statusReason));
    QVERIFY2(after.statusReason.contains(refund->stripeRefundId), qPrintable(after.statusReason));
    QCOMPARE(toString(h.records(paid.id).first().status), toString(RefundRecord::Status::Failed));
    QCOMPARE(h.records(paid.id).first().failureReason, QStringLiteral("insufficient_funds"));
    QCOMPARE(after.amountRefunded, qint64(0));
}

void TestRefundFlow::aDashboardRefundIsAdopted()
{
    Harness h;
    h.startBackend();
    const Order paid = h.paidOrder();
    QCOMPARE(h.dashboardRefund(paid.paymentIntent, 725).status, 200);
    QVERIFY(QTest::qWaitFor([&] { return h.order(paid.id).status == OrderStatus::PartiallyRefunded; }, kWaitMs));
    const QList<OrderRefund> records = h.records(paid.id);
    QCOMPARE(records.size(), 1);
    QVERIFY(records.first().madeElsewhere);
    QCOMPARE(records.first().amount, qint64(725));
    QCOMPARE(toString(records.first().status), toString(RefundRecord::Status::Succeeded));
    QCOMPARE(h.order(paid.id).amountRefunded, qint64(725));

    // What is left can still be refunded here, and no more.
    QCOMPARE(codeOf(h.refund(paid.id, amountRefund(501))), QStringLiteral("amount_above_remaining"));
    const Result<OrderRefund> rest = h.refund(paid.id, wholeRefund());
    QVERIFY(rest.ok());
    QCOMPARE(rest->amount, qint64(500));
    QCOMPARE(toString(h.order(paid.id).status), toString(OrderStatus::Refunded));
}

void TestRefundFlow::chargeRefundedResyncsAMissedRefund()
{
    Harness h(noWebhooks());
    h.startBackend();
    const Order paid = h.paidOrder();
    QCOMPARE(h.dashboardRefund(paid.paymentIntent, 100).status, 200);
    // refund.created is lost; only charge.refunded arrives, with a total the kiosk does not know.
    h.deliver({ h.events(QStringLiteral("charge.refunded")).value(0) });
    QVERIFY(QTest::qWaitFor([&] { return h.records(paid.id).size() == 1; }, kWaitMs));
    QCOMPARE(h.records(paid.id).first().amount, qint64(100));
    QVERIFY(h.records(paid.id).first().madeElsewhere);
    QCOMPARE(toString(h.order(paid.id).status), toString(OrderStatus::PartiallyRefunded));
}

void TestRefundFlow::aCrashBetweenCallAndAnswerRefundsOnce_data()
{
    QTest::addColumn<bool>("lost");
    QTest::addColumn<qint64>("downSecs");
    QTest::newRow("made at Stripe, answer lost") << true << qint64(0);
    // Stripe keeps an idempotency key for 24 hours: after that only the metadata finds it.
    QTest::newRow("answer lost, back a day later") << true << qint64(26 * 3600);
    QTest::newRow("never reached Stripe") << false << qint64(0);
}

void TestRefundFlow::aCrashBetweenCallAndAnswerRefundsOnce()
{
    QFETCH(bool, lost);
    QFETCH(qint64, downSecs);
    Sim::FaultConfig faults = noWebhooks();
    Harness h(faults);
    h.maxNetworkRetries = 0;
    h.startBackend();
    const Order paid = h.paidOrder();
    // Either the call's answer is lost, or the call is: every attempt's connection is dropped
    // before Stripe acts (Qt and the client each resend once on a closed connection).
    faults.failCount = lost ? 0 : 10;
    faults.failMode = Sim::FaultConfig::FailMode::Drop;
    faults.failPath = QStringLiteral("/v1/refunds");
    faults.failMethod = "POST";
    h.sim->setFaults(faults);
    const RefundOrderRequest cake = linesRefund({ { 2, 1, 0 } });
    QCOMPARE(codeOf(lost ? h.refundLosingTheAnswer(paid.id, cake) : h.refund(paid.id, cake)),
        QStringLiteral("stripe_unreachable"));
    h.sim->setFaults(noWebhooks());
    QCOMPARE(toString(h.records(paid.id).first().status), toString(RefundRecord::Status::Pending));

    // The process dies with the refund recorded and unanswered; it starts again on the same
    // database and recovers it.
    h.backend.reset();
    h.sim->advanceClock(downSecs);
    h.startBackend();
    QVERIFY(QTest::qWaitFor(
        [&] { return h.records(paid.id).value(0).status == RefundRecord::Status::Succeeded; }, kWaitMs));
    QCOMPARE(h.records(paid.id).size(), 1);
    QCOMPARE(h.stripeRefunds(paid.paymentIntent).size(), 1);
    QCOMPARE(h.stripeRefunds(paid.paymentIntent).first()[QStringLiteral("amount")].toInteger(), 325);
    QCOMPARE(toString(h.order(paid.id).status), toString(OrderStatus::PartiallyRefunded));
    const auto history = h.backend->store().statusHistory(paid.id);
    QVERIFY(history.ok());
    QCOMPARE(history->last().source, QStringLiteral("recovery"));
}

void TestRefundFlow::theManagerServiceRefunds()
{
    // As KioskApp builds the manager's service: over the backend's refund flow.
    Harness h(noWebhooks());
    h.startBackend();
    const Order paid = h.paidOrder();
    EmbeddedManagerService service(h.backend->store(), &h.backend->refunds());
    std::optional<Result<RefundPlan>> plan;
    service.planRefund(paid.id, linesRefund({ { 1, 2, 0 } }), h.backend.get(), [&](Result<RefundPlan> p) { plan = p; });
    QVERIFY(QTest::qWaitFor([&] { return plan.has_value(); }, kWaitMs));
    QVERIFY(plan->ok());
    QCOMPARE(plan->value().amount, qint64(900));
    QVERIFY(h.records(paid.id).isEmpty()); // a plan writes nothing

    std::optional<Result<OrderRefund>> refund;
    service.refundOrder(paid.id, wholeRefund(QStringLiteral("requested_by_customer")), h.backend.get(),
        [&](Result<OrderRefund> r) { refund = r; });
    QVERIFY(!refund.has_value()); // never answered from inside the call
    QVERIFY(QTest::qWaitFor([&] { return refund.has_value(); }, kWaitMs));
    QVERIFY(refund->ok());
    QCOMPARE(refund->value().amount, qint64(1225));
    QCOMPARE(refund->value().reason, QStringLiteral("requested_by_customer"));
    QCOMPARE(h.stripeRefunds(paid.paymentIntent).first()[QStringLiteral("reason")].toString(),
        QStringLiteral("requested_by_customer"));

    std::optional<Result<OrderDetails>> details;
    service.orderDetails(paid.id, h.backend.get(), [&](Result<OrderDetails> d) { details = d; });
    QVERIFY(QTest::qWaitFor([&] { return details.has_value(); }, kWaitMs));
    QCOMPARE(toString(details->value().order.status), toString(OrderStatus::Refunded));
    QCOMPARE(details->value().refunds.size(), 1);

    // Without the refund flow (a till built without one) it says so.
    EmbeddedManagerService bare(h.backend->store());
    std::optional<Result<OrderRefund>> refused;
    bare.refundOrder(paid.id, wholeRefund(), h.backend.get(), [&](Result<OrderRefund> r) { refused = r; });
    QVERIFY(QTest::qWaitFor([&] { return refused.has_value(); }, kWaitMs));
    QCOMPARE(codeOf(*refused), QStringLiteral("not_available"));
}

void TestRefundFlow::theJsonApiRefunds()
{
    Harness h(noWebhooks());
    h.startBackend();
    const Order paid = h.paidOrder();
    const QString path = QStringLiteral("/api/orders/%1/refunds").arg(paid.id);
    QCOMPARE(h.api("POST", path, "{\"amount\":250}", {}).status, 401);

    const HttpResult created
        = h.api("POST", path, "{\"lines\":[{\"line\":1,\"quantity\":1}],\"reason\":\"duplicate\"}");
    QCOMPARE(created.status, 201);
    const QJsonObject r = created.json();
    QCOMPARE(r.value(QStringLiteral("amount")).toInteger(), 450);
    QCOMPARE(r.value(QStringLiteral("currency")).toString(), QStringLiteral("usd"));
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QVERIFY(r.value(QStringLiteral("stripe_refund_id")).toString().startsWith(QLatin1String("re_")));
    QVERIFY(r.value(QStringLiteral("id")).toInteger() > 0);

    QCOMPARE(h.api("POST", path, "{\"amount\":250}").status, 201);
    QCOMPARE(h.api("POST", path, "{}").json().value(QStringLiteral("amount")).toInteger(), 525);

    const QJsonObject order = h.api("GET", QStringLiteral("/api/orders/%1").arg(paid.id)).json();
    QCOMPARE(order.value(QStringLiteral("amount_refunded")).toInteger(), 1225);
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
    const QJsonArray refunds = order.value(QStringLiteral("refunds")).toArray();
    QCOMPARE(refunds.size(), 3);
    QCOMPARE(refunds.at(0)[QStringLiteral("lines")].toArray().size(), 1);
    QCOMPARE(refunds.at(0)[QStringLiteral("reason")].toString(), QStringLiteral("duplicate"));
    QCOMPARE(refunds.at(2)[QStringLiteral("amount")].toInteger(), 525);
    QCOMPARE(h.stripeRefunds(paid.paymentIntent).size(), 3);
}

void TestRefundFlow::theJsonApiNamesTheProblem_data()
{
    QTest::addColumn<bool>("paid");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("above remainder") << true << QString() << QByteArray("{\"amount\":1300}") << 400
                                     << QStringLiteral("amount_above_remaining") << QStringLiteral("13.00 USD");
    QTest::newRow("remainder named") << true << QString() << QByteArray("{\"amount\":1300}") << 400
                                     << QStringLiteral("amount_above_remaining") << QStringLiteral("12.25 USD");
    QTest::newRow("fractional amount") << true << QString() << QByteArray("{\"amount\":19.5}") << 400
                                       << QStringLiteral("invalid_amount") << QStringLiteral("integer");
    QTest::newRow("amount as text") << true << QString() << QByteArray("{\"amount\":\"250\"}") << 400
                                    << QStringLiteral("invalid_amount") << QStringLiteral("minor units");
    QTest::newRow("zero") << true << QString() << QByteArray("{\"amount\":0}") << 400
                          << QStringLiteral("invalid_amount") << QStringLiteral("positive");
    QTest::newRow("unknown line") << true << QString() << QByteArray("{\"lines\":[{\"line\":7,\"quantity\":1}]}") << 400
                                  << QStringLiteral("unknown_line") << QStringLiteral("line 7");
    QTest::newRow("bad quantity") << true << QString() << QByteArray("{\"lines\":[{\"line\":1,\"quantity\":0}]}") << 400
                                  << QStringLiteral("invalid_quantity") << QStringLiteral("at least 1");
    QTest::newRow("quantity as text") << true << QString()
                                      << QByteArray("{\"lines\":[{\"line\":1,\"quantity\":\"1\"}]}") << 400
                                      << QStringLiteral("invalid_quantity") << QStringLiteral("whole number");
    QTest::newRow("bad reason") << true << QString() << QByteArray("{\"reason\":\"because\"}") << 400
                                << QStringLiteral("invalid_reason") << QStringLiteral("because");
    QTest::newRow("unknown field") << true << QString() << QByteArray("{\"amonut\":250}") << 400
                                   << QStringLiteral("unknown_field") << QStringLiteral("amonut");
    QTest::newRow("amount and lines") << true << QString()
                                      << QByteArray("{\"amount\":1,\"lines\":[{\"line\":1,\"quantity\":1}]}") << 400
                                      << QStringLiteral("amount_and_lines") << QStringLiteral("not both");
    QTest::newRow("not an object") << true << QString() << QByteArray("[1]") << 400 << QStringLiteral("malformed_json")
                                   << QStringLiteral("JSON object");
    QTest::newRow("too deep") << true << QString() << QByteArray("{\"lines\":[[[[[[[[[]]]]]]]]]}") << 400
                              << QStringLiteral("too_deep") << QStringLiteral("8 levels");
    QTest::newRow("unpaid order") << false << QString() << QByteArray("{}") << 400 << QStringLiteral("order_not_paid")
                                  << QStringLiteral("not paid");
    QTest::newRow("unknown order") << true << QStringLiteral("999999") << QByteArray("{}") << 404
                                   << QStringLiteral("not_found") << QStringLiteral("999999");
}

void TestRefundFlow::theJsonApiNamesTheProblem()
{
    QFETCH(bool, paid);
    QFETCH(QString, order);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, named);
    Harness h(noWebhooks());
    h.startBackend();
    qint64 id = 0;
    if (paid) {
        id = h.paidOrder().id;
    } else {
        const HttpResult created
            = h.api("POST", QStringLiteral("/api/checkout"), "{\"items\":[{\"sku\":\"TEA-1\",\"quantity\":1}]}");
        QCOMPARE(created.status, 201);
        id = created.json().value(QStringLiteral("order_id")).toInteger();
    }
    // The plan refuses exactly as the refund does.
    const QString path = QStringLiteral("/api/orders/%1/refunds").arg(order.isEmpty() ? QString::number(id) : order);
    for (const QString &target : QStringList { path + QStringLiteral("/plan"), path }) {
        const HttpResult r = h.api("POST", target, body);
        QCOMPARE(r.status, status);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(named), r.body.constData());
    }
    QVERIFY(h.records(id).isEmpty());
    QCOMPARE(h.order(id).amountRefunded, qint64(0));
}

void TestRefundFlow::theJsonApiPlansWithoutRefunding()
{
    Harness h(noWebhooks());
    h.startBackend();
    const Order paid = h.paidOrder();
    const QString path = QStringLiteral("/api/orders/%1/refunds").arg(paid.id);
    QCOMPARE(h.api("POST", path + QStringLiteral("/plan"), "{}", {}).status, 401);

    const QByteArray body = "{\"lines\":[{\"line\":1,\"quantity\":1}]}";
    const HttpResult planned = h.api("POST", path + QStringLiteral("/plan"), body);
    QCOMPARE(planned.status, 200);
    const QJsonObject plan = planned.json();
    QCOMPARE(plan.value(QStringLiteral("amount")).toInteger(), 450);
    QCOMPARE(plan.value(QStringLiteral("currency")).toString(), QStringLiteral("usd"));
    QCOMPARE(plan.value(QStringLiteral("remaining_before")).toInteger(), 1225);
    QCOMPARE(plan.value(QStringLiteral("remaining_after")).toInteger(), 775);
    const QJsonArray lines = plan.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0)[QStringLiteral("line")].toInt(), 1);
    QCOMPARE(lines.at(0)[QStringLiteral("amount")].toInteger(), 450);
    QVERIFY(plan.value(QStringLiteral("tax")).isArray());
    // Nothing was done: no record, nothing at Stripe, the order as it was.
    QVERIFY(h.records(paid.id).isEmpty());
    QVERIFY(h.stripeRefunds(paid.paymentIntent).isEmpty());
    QCOMPARE(h.order(paid.id).amountRefunded, qint64(0));
    // And the refund then does what the plan said.
    const HttpResult created = h.api("POST", path, body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("amount")).toInteger(), 450);
    QCOMPARE(
        h.api("POST", path + QStringLiteral("/plan"), "{}").json().value(QStringLiteral("amount")).toInteger(), 775);
}

QTEST_GUILESS_MAIN(TestRefundFlow)
#include "tst_refundflow.moc"
