// SPDX-License-Identifier: MIT
// Cash at a staffed till against the real simulator: a cash sale makes no Stripe request and
// ends paid once under a double submit or a retried API call; disabled cash, a short tender and
// cash rounding through PaymentCoordinator and POST /api/checkout.
#include "Catalog.h"
#include "Clock.h"
#include "DayReportService.h"
#include "KioskBackend.h"
#include "OrderStore.h"
#include "PaymentCoordinator.h"
#include "RefundCoordinator.h"
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

namespace {

const QByteArray kToken = QByteArrayLiteral("cash-test-token");
constexpr int kWaitMs = 15000;

const char kCatalogJson[] = "{\"currency\": \"USD\", \"products\": ["
                            "{\"id\": \"tea\", \"sku\": \"TEA-1\", \"name\": \"Green tea\", \"category\": \"Drinks\", "
                            "\"price\": \"4.50\"},"
                            "{\"id\": \"cake\", \"sku\": \"CAKE-1\", \"name\": \"Cheesecake\", \"category\": \"Food\", "
                            "\"price\": \"3.25\"}]}";

struct HttpResult
{
    int status = 0;
    QByteArray body;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(qApp);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Authorization", "Bearer " + kToken);
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

HttpResult post(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    return send("POST", url, body, headers);
}

class Harness
{
public:
    explicit Harness(bool cashEnabled = true, qint64 rounding = 0)
    {
        QVERIFY(m_dir.isValid());
        QFile catalog(m_dir.filePath(QStringLiteral("catalog.json")));
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write(kCatalogJson);
        catalog.close();
        sim = std::make_unique<Sim::StripeSimulator>(Sim::SimulatorOptions {});
        QVERIFY(sim->start().ok());
        BackendOptions o;
        o.databasePath = m_dir.filePath(QStringLiteral("orders.sqlite"));
        o.catalogPath = m_dir.filePath(QStringLiteral("catalog.json"));
        o.stripe.secretKey = QStringLiteral("sk_test_cash000000000000000001234");
        o.stripe.apiBase = sim->baseUrl();
        o.webhookSecret = QByteArrayLiteral("whsec_cash_test");
        o.apiToken = kToken;
        o.enableJsonApi = true;
        o.payment.cashEnabled = cashEnabled;
        o.payment.cashRounding = rounding;
        auto created = KioskBackend::create(o);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        backend = std::move(created).value();
        QVERIFY(backend->start().ok());
    }

    Result<Order> payCash(qint64 tendered, const QString &requestId,
        const QList<CheckoutLine> &lines = { { QStringLiteral("tea"), 1, {} }, { QStringLiteral("cake"), 1, {} } })
    {
        CheckoutRequest request { lines, {}, {} };
        request.cashTendered = tendered;
        request.requestId = requestId;
        std::optional<Result<Order>> out;
        backend->payments().payCashForKiosk(
            backend->payments().settings().kioskId, request, [&](Result<Order> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs))
            return makeError(QStringLiteral("timeout"), QStringLiteral("no answer"));
        return *out;
    }

    QUrl api(const QString &path) const
    {
        QUrl url = backend->webhookUrl();
        url.setPath(path);
        return url;
    }

    /** A card sale paid on the simulator's hosted page, settled by polling. */
    Order cardSale(const QString &productId, int quantity)
    {
        std::optional<Result<Order>> out;
        backend->payments().startCheckoutLines(
            { { productId, quantity, {} } }, {}, {}, backend.get(), [&](Result<Order> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs) || !out->ok())
            return {};
        QUrl pay = sim->baseUrl();
        pay.setPath(QStringLiteral("/_sim/sessions/%1/pay").arg(out->value().sessionId));
        send("POST", pay, R"({"card": "4242424242424242", "email": "buyer@example.com"})");
        const qint64 id = out->value().id;
        if (!QTest::qWaitFor([&] { return backend->store().order(id)->status == OrderStatus::Paid; }, kWaitMs))
            return {};
        return backend->store().order(id).value();
    }

    Result<OrderRefund> refundWhole(qint64 orderId)
    {
        std::optional<Result<OrderRefund>> out;
        backend->refunds().refund(
            orderId, RefundOrderRequest {}, backend.get(), [&](Result<OrderRefund> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs))
            return makeError(QStringLiteral("timeout"), QStringLiteral("no answer"));
        return *out;
    }

    HttpResult drawer(const QByteArray &body) const { return post(api(QStringLiteral("/api/drawer/entries")), body); }

    QJsonObject dayReport() const
    {
        const QString date = backend->dayReports().today().toString(Qt::ISODate);
        const HttpResult r = send(
            "GET", QUrl(api(QStringLiteral("/api/reports/day")).toString() + QStringLiteral("?date=") + date), {});
        for (const QJsonValue &v : r.json().value(QStringLiteral("reports")).toArray())
            return v.toObject();
        return {};
    }

    qint64 orderCount() const
    {
        const Result<qint64> n = backend->store().count({});
        return n ? n.value() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Sim::StripeSimulator> sim;
    std::unique_ptr<KioskBackend> backend;
};

} // namespace

class TestCashFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cashSaleMakesNoStripeRequest()
    {
        Harness h;
        const qint64 before = h.sim->apiPostCount();
        QSignalSpy updates(&h.backend->payments(), &PaymentCoordinator::orderUpdated);
        const Result<Order> paid = h.payCash(2000, QStringLiteral("tap-1"));
        QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().toString()));
        QCOMPARE(toString(paid->status), QStringLiteral("paid"));
        QCOMPARE(paid->tender, QStringLiteral("cash"));
        QCOMPARE(paid->amountTotal, 775);
        QCOMPARE(paid->cashTendered, 2000);
        QCOMPARE(paid->cashChange, 1225);
        QCOMPARE(paid->cashRounding, 0);
        QVERIFY(paid->paidAt.isValid());
        QVERIFY(paid->sessionId.isEmpty());
        QCOMPARE(h.sim->apiPostCount(), before);
        QCOMPARE(updates.size(), 1);
        // Stored as such: read back, with its timeline.
        const Order stored = h.backend->store().order(paid->id).value();
        QCOMPARE(stored.tender, QStringLiteral("cash"));
        QCOMPARE(stored.cashChange, 1225);
        const QList<StatusChange> history = h.backend->store().statusHistory(paid->id).value();
        QCOMPARE(history.size(), 2);
        QVERIFY(history.last().to == OrderStatus::Paid);
        QCOMPARE(history.last().source, QStringLiteral("cash"));
    }

    void doubleSubmitPaysOnce()
    {
        Harness h;
        const qint64 before = h.sim->apiPostCount();
        QSignalSpy updates(&h.backend->payments(), &PaymentCoordinator::orderUpdated);
        // Two taps of Confirm before the first answer, then a retry: one order, paid once.
        std::optional<Result<Order>> first;
        std::optional<Result<Order>> second;
        CheckoutRequest request { { { QStringLiteral("tea"), 2, {} } }, {}, {} };
        request.cashTendered = 1000;
        request.requestId = QStringLiteral("tap-twice");
        PaymentCoordinator &payments = h.backend->payments();
        payments.payCashForKiosk(payments.settings().kioskId, request, [&](Result<Order> r) { first = std::move(r); });
        payments.payCashForKiosk(payments.settings().kioskId, request, [&](Result<Order> r) { second = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, kWaitMs));
        QVERIFY(first->ok() && second->ok());
        QCOMPARE(second->value().id, first->value().id);
        const Result<Order> retried = h.payCash(1000, QStringLiteral("tap-twice"), request.lines);
        QCOMPARE(retried->id, first->value().id);
        QCOMPARE(h.orderCount(), 1);
        QCOMPARE(updates.size(), 1);
        const QList<StatusChange> history = h.backend->store().statusHistory(first->value().id).value();
        QCOMPARE(std::count_if(
                     history.cbegin(), history.cend(), [](const StatusChange &c) { return c.to == OrderStatus::Paid; }),
            1);
        QCOMPARE(h.sim->apiPostCount(), before);
        // The same id for another basket is refused and records nothing.
        const Result<Order> other = h.payCash(1000, QStringLiteral("tap-twice"), { { QStringLiteral("cake"), 1, {} } });
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("request_reused"));
        QCOMPARE(h.orderCount(), 1);
    }

    void drawerAcrossFloatInOutSalesRefunds()
    {
        ManualClock tomorrow; // outlives the backend that reads it
        Harness h;
        const qint64 before = h.sim->apiPostCount();
        QCOMPARE(h.drawer(R"({"kind": "float", "amount": 10000})").status, 201);
        QCOMPARE(h.drawer(R"({"kind": "in", "amount": 2000, "reason": "Change from the bank"})").status, 201);
        const HttpResult out
            = h.drawer(R"({"kind": "out", "amount": 5000, "reason": "To the safe", "request_id": "o1"})");
        QCOMPARE(out.status, 201);
        QCOMPARE(out.json().value(QStringLiteral("reason")).toString(), QStringLiteral("To the safe"));
        // A retried entry counts once; a second float, a zero cash in, an off-step amount and
        // an entry without a reason are refused and change nothing.
        QCOMPARE(
            h.drawer(R"({"kind": "out", "amount": 5000, "reason": "To the safe", "request_id": "o1"})").status, 201);
        const HttpResult second = h.drawer(R"({"kind": "float", "amount": 500})");
        QCOMPARE(second.status, 400);
        QVERIFY2(second.body.contains("already has an opening float"), second.body.constData());
        QCOMPARE(h.drawer(R"({"kind": "in", "amount": 0, "reason": "x"})").status, 400);
        QCOMPARE(h.drawer(R"({"kind": "in", "amount": 20.5, "reason": "x"})").status, 400);
        QCOMPARE(h.drawer(R"({"kind": "out", "amount": 100})").status, 400);

        const Order kept = h.payCash(2000, QStringLiteral("s1")).value(); // 7.75: takes 775
        const Order returned = h.payCash(500, QStringLiteral("s2"), { { QStringLiteral("tea"), 1, {} } }).value();
        const Result<OrderRefund> refund = h.refundWhole(returned.id); // 4.50 paid back in cash
        QVERIFY2(refund.ok(), refund.ok() ? "" : qPrintable(refund.error().toString()));
        QCOMPARE(refund->tender, QStringLiteral("cash"));
        QCOMPARE(toString(refund->status), QStringLiteral("succeeded"));
        QCOMPARE(toString(h.backend->store().order(returned.id)->status), QStringLiteral("refunded"));
        // Exactly once: nothing is left to refund.
        QCOMPARE(h.refundWhole(returned.id).error().code, QStringLiteral("nothing_left"));
        QCOMPARE(h.sim->apiPostCount(), before); // no Stripe refund either
        Q_UNUSED(kept);

        const QJsonObject day = h.dayReport();
        const QJsonObject drawer = day.value(QStringLiteral("cash_drawer")).toObject();
        QCOMPARE(drawer.value(QStringLiteral("float")).toInteger(), 10000);
        QCOMPARE(drawer.value(QStringLiteral("in")).toInteger(), 2000);
        QCOMPARE(drawer.value(QStringLiteral("out")).toInteger(), 5000);
        QCOMPARE(drawer.value(QStringLiteral("sales")).toInteger(), 775 + 450);
        QCOMPARE(drawer.value(QStringLiteral("refunds")).toInteger(), 450);
        QCOMPARE(day.value(QStringLiteral("cash_expected")).toInteger(), 10000 + 2000 - 5000 + 775 + 450 - 450);
        QVERIFY(day.value(QStringLiteral("cash_counted")).isNull());

        // The next morning the day is closed with the count: 1.00 short.
        tomorrow.setNow(QDateTime(h.backend->dayReports().today().addDays(1), QTime(6, 0), Qt::UTC));
        const QString date = h.backend->dayReports().today().toString(Qt::ISODate);
        h.backend->store().setClock(tomorrow);
        const HttpResult closed = post(h.api(QStringLiteral("/api/reports/day/close")),
            QStringLiteral(R"({"date": "%1", "cash_counted": 7675})").arg(date).toUtf8());
        QCOMPARE(closed.status, 201);
        const QJsonObject frozen = closed.json().value(QStringLiteral("reports")).toArray().first().toObject();
        QCOMPARE(frozen.value(QStringLiteral("cash_expected")).toInteger(), 7775);
        QCOMPARE(frozen.value(QStringLiteral("cash_counted")).toInteger(), 7675);
        QCOMPARE(frozen.value(QStringLiteral("cash_difference")).toInteger(), -100);
        // The frozen day reads back the same, and its drawer takes no more entries.
        const HttpResult again = send(
            "GET", QUrl(h.api(QStringLiteral("/api/reports/day")).toString() + QStringLiteral("?date=") + date), {});
        QCOMPARE(again.json()
                     .value(QStringLiteral("reports"))
                     .toArray()
                     .first()[QLatin1String("cash_difference")]
                     .toInteger(),
            -100);
    }

    void dayReportWithMixedTenders()
    {
        Harness h;
        const Order card = h.cardSale(QStringLiteral("cake"), 2); // 6.50 by card
        QCOMPARE(toString(card.status), QStringLiteral("paid"));
        QVERIFY(h.payCash(1000, QStringLiteral("m1")).ok()); // 7.75 in cash
        QVERIFY(h.payCash(500, QStringLiteral("m2"), { { QStringLiteral("tea"), 1, {} } }).ok()); // 4.50 in cash
        const QJsonObject day = h.dayReport();
        QCOMPARE(day.value(QStringLiteral("sales_count")).toInt(), 3);
        QCOMPARE(day.value(QStringLiteral("gross")).toInteger(), 650 + 775 + 450);
        QCOMPARE(day.value(QStringLiteral("tenders"))[QLatin1String("card")].toInteger(), 650);
        QCOMPARE(day.value(QStringLiteral("tenders"))[QLatin1String("cash")].toInteger(), 775 + 450);
        QCOMPARE(day.value(QStringLiteral("cash_expected")).toInteger(), 775 + 450);
        // Cash is not Stripe's: the reconciliation matches the card sale and finds nothing missing.
        QCOMPARE(day.value(QStringLiteral("stripe"))[QLatin1String("gross")].toInteger(), 650);
        QCOMPARE(day.value(QStringLiteral("discrepancies")).toArray().size(), 0);
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<qint64>("tendered");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("cash disabled") << false << qint64(2000) << QStringLiteral("r")
                                       << QStringLiteral("cash_disabled") << QStringLiteral("does not take cash");
        QTest::addRow("one cent short") << true << qint64(774) << QStringLiteral("r") << QStringLiteral("tender_short")
                                        << QStringLiteral("7.74 USD was given but 7.75 USD is due; 0.01 USD more");
        QTest::addRow("nothing given") << true << qint64(0) << QStringLiteral("r") << QStringLiteral("tender_short")
                                       << QStringLiteral("7.75 USD more is needed");
        QTest::addRow("no request id") << true << qint64(2000) << QString() << QStringLiteral("invalid_request_id")
                                       << QStringLiteral("request id");
    }
    void refusals()
    {
        QFETCH(bool, enabled);
        QFETCH(qint64, tendered);
        QFETCH(QString, requestId);
        QFETCH(QString, code);
        QFETCH(QString, message);
        Harness h(enabled);
        const Result<Order> refused = h.payCash(tendered, requestId);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
        QCOMPARE(h.orderCount(), 0);
    }

    void rounding_data()
    {
        QTest::addColumn<qint64>("increment");
        QTest::addColumn<qint64>("tendered");
        QTest::addColumn<qint64>("change");
        QTest::addColumn<qint64>("adjustment");
        // 7.75 due: with 0.10 rounding the customer pays 7.80 (half up); with 0.05 it stays.
        QTest::addRow("none") << qint64(0) << qint64(1000) << qint64(225) << qint64(0);
        QTest::addRow("0.05 exact") << qint64(5) << qint64(1000) << qint64(225) << qint64(0);
        QTest::addRow("0.10 half up") << qint64(10) << qint64(1000) << qint64(220) << qint64(5);
        QTest::addRow("0.10 exact tender") << qint64(10) << qint64(780) << qint64(0) << qint64(5);
        QTest::addRow("1.00 rounds to 8") << qint64(100) << qint64(800) << qint64(0) << qint64(25);
    }
    void rounding()
    {
        QFETCH(qint64, increment);
        QFETCH(qint64, tendered);
        QFETCH(qint64, change);
        QFETCH(qint64, adjustment);
        Harness h(true, increment);
        const Result<Order> paid = h.payCash(tendered, QStringLiteral("round"));
        QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().toString()));
        QCOMPARE(paid->amountTotal, 775); // the order's total is never rounded; the drawer's take is
        QCOMPARE(paid->cashChange, change);
        QCOMPARE(paid->cashRounding, adjustment);
        QCOMPARE(paid->cashTaken(), 775 + adjustment);
    }

    void apiPaysCashOnce()
    {
        Harness h;
        const qint64 before = h.sim->apiPostCount();
        const QByteArray body = R"({"items": [{"sku": "TEA-1", "quantity": 1}], "tender": "cash", "tendered": 2000})";
        const HttpResult paid = post(h.api(QStringLiteral("/api/checkout")), body, { { "Idempotency-Key", "api-1" } });
        QCOMPARE(paid.status, 201);
        QCOMPARE(paid.json().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(paid.json().value(QStringLiteral("tender")).toString(), QStringLiteral("cash"));
        QCOMPARE(paid.json().value(QStringLiteral("cash_change")).toInteger(), 1550);
        const HttpResult again = post(h.api(QStringLiteral("/api/checkout")), body, { { "Idempotency-Key", "api-1" } });
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json().value(QStringLiteral("order_id")), paid.json().value(QStringLiteral("order_id")));
        QCOMPARE(h.orderCount(), 1);
        QCOMPARE(h.sim->apiPostCount(), before);
    }

    void aDiscountedCashSaleTakesTheDiscountedTotal()
    {
        // The same discount rule as a card checkout: 10 % is within the till's limit, 50 % needs
        // the manager's PIN; the order stores what was taken off.
        Harness h;
        const QByteArray body = R"({"items": [{"sku": "TEA-1", "quantity": 1}], "tender": "cash", "tendered": 2000,
                                    "discount": {"percent_off": "10"}})";
        const HttpResult paid = post(h.api(QStringLiteral("/api/checkout")), body, { { "Idempotency-Key", "d-1" } });
        QCOMPARE(paid.status, 201);
        QCOMPARE(paid.json().value(QStringLiteral("amount_total")).toInteger(), 405); // 4.50 − 10 %
        QCOMPARE(paid.json().value(QStringLiteral("amount_discount")).toInteger(), 45);
        QCOMPARE(paid.json().value(QStringLiteral("cash_change")).toInteger(), 1595);
        const Order stored
            = h.backend->store().order(paid.json().value(QStringLiteral("order_id")).toInteger()).value();
        QCOMPARE(stored.discountKind, Order::kDiscountPercentOff);
        QCOMPARE(stored.discountValue, QStringLiteral("10"));
        QCOMPARE(stored.amountDiscount, 45);

        const QByteArray half = R"({"items": [{"sku": "TEA-1", "quantity": 1}], "tender": "cash", "tendered": 2000,
                                    "discount": {"percent_off": "50"}})";
        const HttpResult refused = post(h.api(QStringLiteral("/api/checkout")), half, { { "Idempotency-Key", "d-2" } });
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("discount_needs_manager"));
        QCOMPARE(h.orderCount(), 1);
    }

    void apiRefusals_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("disabled") << false
                                  << QByteArray(R"({"items":[{"sku":"TEA-1","quantity":1}],"tender":"cash",)"
                                                R"("tendered":2000,"request_id":"x"})")
                                  << QStringLiteral("cash_disabled") << QStringLiteral("cash");
        QTest::addRow("short") << true
                               << QByteArray(R"({"items":[{"sku":"TEA-1","quantity":1}],"tender":"cash",)"
                                             R"("tendered":400,"request_id":"x"})")
                               << QStringLiteral("tender_short")
                               << QStringLiteral("4.00 USD was given but 4.50 USD is due; 0.50 USD more is needed");
        QTest::addRow("decimal tendered") << true
                                          << QByteArray(R"({"items":[{"sku":"TEA-1","quantity":1}],"tender":"cash",)"
                                                        R"("tendered":20.5,"request_id":"x"})")
                                          << QStringLiteral("invalid_tendered") << QStringLiteral("integer");
        QTest::addRow("no request id") << true
                                       << QByteArray(R"({"items":[{"sku":"TEA-1","quantity":1}],"tender":"cash",)"
                                                     R"("tendered":2000})")
                                       << QStringLiteral("missing_request_id") << QStringLiteral("Idempotency-Key");
        QTest::addRow("unknown tender") << true
                                        << QByteArray(R"({"items":[{"sku":"TEA-1","quantity":1}],"tender":"iou"})")
                                        << QStringLiteral("invalid_tender") << QStringLiteral("card");
    }
    void apiRefusals()
    {
        QFETCH(bool, enabled);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        Harness h(enabled);
        const HttpResult refused = post(h.api(QStringLiteral("/api/checkout")), body);
        QCOMPARE(refused.status, 400);
        const QJsonObject error = refused.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(message), refused.body.constData());
        QCOMPARE(h.orderCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCashFlow)
#include "tst_cashflow.moc"
