// SPDX-License-Identifier: MIT
// A basket discount through the kiosk's whole path against the in-process simulator: the total
// the till's basket shows (Cart with the discount), the order the payment flow records and what
// Stripe (the simulator, applying the coupon by its own code) charges are the same; the coupon
// is made once per order whatever is retried; a discount above the limit without the manager's
// PIN creates nothing, at the kiosk or at Stripe; a wrong PIN counts towards the lockout.
#include "Cart.h"
#include "KioskBackend.h"
#include "OrderStore.h"
#include "PaymentCoordinator.h"
#include "PinVault.h"
#include "SettingsStore.h"
#include "StripeClient.h"
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

constexpr int kWaitMs = 15000;
const QByteArray kKey = QByteArrayLiteral("sk_test_discount0000000000000001");

// EUR, 19 % included on the coffee, 7 % on the cake: the discount changes the tax too.
const QByteArray kCatalog = R"({"currency":"EUR","tax":{"prices_include_tax":true,"rates":{"standard":"19",
"reduced":"7"}},"products":[
{"id":"coffee","sku":"CAF-1","name":"Coffee","category":"Drinks","price":"3.40","tax_category":"standard"},
{"id":"cake","sku":"CAK-1","name":"Cake","category":"Food","price":"4.15","tax_category":"reduced"}]})";

QJsonObject simGet(const QUrl &base, const QString &path)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(qApp);
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + kKey);
    QNetworkReply *reply = nam->get(req);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kWaitMs);
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

bool simPay(const QUrl &base, const QString &sessionId)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(qApp);
    QUrl url = base;
    url.setPath(QStringLiteral("/_sim/sessions/%1/pay").arg(sessionId));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam->post(req, QByteArrayLiteral(R"({"card":"4242424242424242","email":"a@example.com"})"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kWaitMs);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status == 200;
}

struct Shop
{
    QTemporaryDir dir;
    std::unique_ptr<Sim::StripeSimulator> sim;
    std::unique_ptr<KioskBackend> backend;

    bool open()
    {
        QFile catalog(dir.filePath(QStringLiteral("catalog.json")));
        if (!catalog.open(QIODevice::WriteOnly) || catalog.write(kCatalog) != kCatalog.size())
            return false;
        catalog.close();
        sim = std::make_unique<Sim::StripeSimulator>(Sim::SimulatorOptions {});
        return sim->start().ok() && startBackend();
    }

    bool startBackend()
    {
        backend.reset();
        BackendOptions o;
        o.databasePath = dir.filePath(QStringLiteral("orders.sqlite"));
        o.catalogPath = dir.filePath(QStringLiteral("catalog.json"));
        o.stripe.secretKey = QString::fromLatin1(kKey);
        o.stripe.apiBase = sim->baseUrl();
        o.stripe.initialRetryDelayMs = 10;
        o.stripe.maxRetryDelayMs = 50;
        o.payment.sweepIntervalMs = 3600 * 1000;
        o.enableJsonApi = true;
        auto created = KioskBackend::create(o);
        if (!created) {
            qWarning() << created.error().toString();
            return false;
        }
        backend = std::move(created).value();
        if (!backend->start().ok())
            return false;
        PinVault vault(&backend->settings());
        return vault.isSet() || vault.setDemoPin().ok();
    }

    Result<Order> checkout(const CheckoutRequest &request)
    {
        std::optional<Result<Order>> out;
        backend->payments().startCheckoutRequest(
            QStringLiteral("K1"), request, backend.get(), [&](Result<Order> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs))
            return makeError(QStringLiteral("timeout"), QStringLiteral("no answer"));
        return std::move(*out);
    }

    Result<Order> checkout(Cart &cart)
    {
        std::optional<Result<Order>> out;
        backend->payments().startCheckout(cart, {}, backend.get(), [&](Result<Order> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs))
            return makeError(QStringLiteral("timeout"), QStringLiteral("no answer"));
        return std::move(*out);
    }

    int coupons() const
    {
        return simGet(sim->baseUrl(), QStringLiteral("/v1/coupons")).value(QLatin1String("data")).toArray().size();
    }
    qint64 orders() const { return backend->store().count({}).value(); }
};

struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
};

HttpAnswer apiCall(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body = {},
    const QByteArray &pin = {})
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(qApp);
    QUrl url = base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!pin.isEmpty())
        req.setRawHeader("X-Manager-PIN", pin);
    QNetworkReply *reply = method == "GET" ? nam->get(req) : nam->post(req, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kWaitMs);
    HttpAnswer a { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
    reply->deleteLater();
    return a;
}

CheckoutRequest basket(const QString &percentOff, std::optional<qint64> amountOff = std::nullopt)
{
    CheckoutRequest r;
    r.lines = { { QStringLiteral("coffee"), 2 }, { QStringLiteral("cake"), 1 } };
    r.discount.percentOff = percentOff;
    r.discount.amountOff = amountOff;
    return r;
}

} // namespace

class TestPaymentDiscount final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stripeChargesWhatTheBasketShows_data()
    {
        QTest::addColumn<QString>("percentOff");
        QTest::addColumn<qint64>("amountOff"); // 0: none
        QTest::addRow("10 percent") << QStringLiteral("10") << qint64(0);
        QTest::addRow("7.5 percent, a rounding share") << QStringLiteral("7.5") << qint64(0);
        QTest::addRow("1.00 off") << QString() << qint64(100);
        QTest::addRow("1 cent off") << QString() << qint64(1);
    }

    void stripeChargesWhatTheBasketShows()
    {
        QFETCH(QString, percentOff);
        QFETCH(qint64, amountOff);
        Shop shop;
        QVERIFY(shop.open());
        Cart cart(&shop.backend->catalog());
        QVERIFY(cart.addProduct(QStringLiteral("coffee"), 2).ok());
        QVERIFY(cart.addProduct(QStringLiteral("cake"), 1).ok());
        const qint64 undiscounted = cart.total().minorUnits();
        cart.setDiscount(amountOff > 0
                ? BasketDiscount::amount(amountOff)
                : BasketDiscount::percent(Percentage::parse(percentOff, Percentage::Use::PercentOff).value()));
        const PricedBasket shown = cart.priced().value();
        QVERIFY(shown.amountDiscount > 0);
        QCOMPARE(shown.amountTotal, undiscounted - shown.amountDiscount); // tax included in the prices

        const Result<Order> order = shop.checkout(cart);
        QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().toString()));
        QCOMPARE(order->amountTotal, shown.amountTotal);
        QCOMPARE(order->amountDiscount, shown.amountDiscount);
        QCOMPARE(order->amountTax, shown.amountTax);
        QCOMPARE(order->discountKind, amountOff > 0 ? QStringLiteral("amount_off") : QStringLiteral("percent_off"));
        QCOMPARE(order->discountValue, amountOff > 0 ? QString::number(amountOff) : percentOff);
        QCOMPARE(order->lines.at(0).amountDiscount + order->lines.at(1).amountDiscount, shown.amountDiscount);
        QVERIFY(order->stripeCoupon.startsWith(QStringLiteral("")) && !order->stripeCoupon.isEmpty());

        const QJsonObject session
            = simGet(shop.sim->baseUrl(), QStringLiteral("/v1/checkout/sessions/") + order->sessionId);
        QCOMPARE(session.value(QLatin1String("amount_total")).toInteger(), shown.amountTotal);
        QCOMPARE(session.value(QLatin1String("total_details"))
                     .toObject()
                     .value(QLatin1String("amount_discount"))
                     .toInteger(),
            shown.amountDiscount);
        QCOMPARE(
            session.value(QLatin1String("total_details")).toObject().value(QLatin1String("amount_tax")).toInteger(),
            shown.amountTax);
        QCOMPARE(session.value(QLatin1String("discounts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("coupon"))
                     .toString(),
            order->stripeCoupon);

        QVERIFY(simPay(shop.sim->baseUrl(), order->sessionId));
        QTRY_COMPARE_WITH_TIMEOUT(
            toString(shop.backend->store().order(order->id)->status), QStringLiteral("paid"), kWaitMs);
        QCOMPARE(shop.coupons(), 1);

        // The day report counts the discount (already taken off gross).
        const HttpAnswer day = apiCall(shop.backend->returnBaseUrl(), "GET",
            QStringLiteral("/api/reports/day?date=") + QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(day.status, 200);
        const QJsonObject report = day.body.value(QLatin1String("reports")).toArray().first().toObject();
        QCOMPARE(report.value(QLatin1String("discounts")).toInteger(), shown.amountDiscount);
        QCOMPARE(report.value(QLatin1String("gross")).toInteger(), shown.amountTotal);
    }

    void aRetriedCheckoutMakesOneCoupon()
    {
        Shop shop;
        QVERIFY(shop.open());
        // Stripe made the coupon of order 1 but the process died before it stored it: the
        // checkout asks again under the order's key, and Stripe answers the same coupon.
        Order next;
        next.id = 1;
        next.number = QStringLiteral("K1-000001");
        next.currency = QStringLiteral("EUR");
        next.installationId = shop.backend->store().installationId();
        next.discountKind = Order::kDiscountPercentOff;
        next.discountValue = QStringLiteral("10");
        std::optional<Result<StripeCoupon, StripeError>> made;
        shop.backend->stripe().createCoupon(PaymentCoordinator::couponFor(next).value(),
            PaymentCoordinator::couponIdempotencyKey(next), shop.backend.get(),
            [&](Result<StripeCoupon, StripeError> r) { made = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), kWaitMs);
        QVERIFY(made->ok());
        QCOMPARE(shop.coupons(), 1);
        const Result<Order> first = shop.checkout(basket(QStringLiteral("10")));
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first->number, next.number);
        QCOMPARE(first->stripeCoupon, made->value().id);
        QCOMPARE(shop.coupons(), 1);

        // The coupon's answer is lost once: the client asks again under the same key.
        Sim::FaultConfig faults;
        faults.failCount = 1;
        faults.failMode = Sim::FaultConfig::FailMode::DropAfterExecution;
        faults.failPath = QStringLiteral("/v1/coupons");
        faults.failMethod = "POST";
        shop.sim->setFaults(faults);
        QVERIFY(shop.checkout(basket(QStringLiteral("10"))).ok());
        QCOMPARE(shop.coupons(), 2);

        // The session cannot be made: the order keeps its coupon, and recovery sends that one.
        faults = {};
        faults.failCount = 100;
        faults.failMode = Sim::FaultConfig::FailMode::Drop;
        faults.failPath = QStringLiteral("/v1/checkout/sessions");
        faults.failMethod = "POST";
        shop.sim->setFaults(faults);
        QVERIFY(!shop.checkout(basket(QStringLiteral("10"))).ok());
        QCOMPARE(shop.coupons(), 3);
        const Order second = shop.backend->store().ordersWithStatus({ OrderStatus::Draft }).value().first();
        QVERIFY(!second.stripeCoupon.isEmpty());
        shop.sim->resetFaults();
        QVERIFY(shop.startBackend());
        QTRY_VERIFY_WITH_TIMEOUT(!shop.backend->store().order(second.id)->sessionId.isEmpty(), kWaitMs);
        QCOMPARE(shop.backend->store().order(second.id)->stripeCoupon, second.stripeCoupon);
        QCOMPARE(shop.coupons(), 3);
    }

    void jsonApiRefusesABadDiscount_data()
    {
        QTest::addColumn<QByteArray>("discount");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("named"); // a word the message must contain
        QTest::addRow("both kinds") << QByteArray(R"({"percent_off":"5","amount_off":50})")
                                    << QStringLiteral("invalid_discount") << QStringLiteral("exactly one");
        QTest::addRow("negative amount") << QByteArray(R"({"amount_off":-50})") << QStringLiteral("invalid_discount")
                                         << QStringLiteral("more than 0");
        QTest::addRow("over 100 percent")
            << QByteArray(R"({"percent_off":"100.5"})") << QStringLiteral("invalid_discount") << QStringLiteral("100");
        QTest::addRow("more than the basket")
            << QByteArray(R"({"amount_off":1096})") << QStringLiteral("invalid_discount") << QStringLiteral("basket");
        QTest::addRow("percent as a number")
            << QByteArray(R"({"percent_off":12.5})") << QStringLiteral("invalid_discount") << QStringLiteral("text");
        QTest::addRow("amount as a decimal") << QByteArray(R"({"amount_off":2.5})")
                                             << QStringLiteral("invalid_discount") << QStringLiteral("minor units");
        QTest::addRow("decimal comma") << QByteArray(R"({"percent_off":"2,5"})") << QStringLiteral("invalid_discount")
                                       << QStringLiteral("2,5");
        QTest::addRow("five decimals") << QByteArray(R"({"percent_off":"2.00001"})")
                                       << QStringLiteral("invalid_discount") << QStringLiteral("4");
        QTest::addRow("not an object") << QByteArray(R"("10")") << QStringLiteral("invalid_discount")
                                       << QStringLiteral("percent_off");
        QTest::addRow("above the limit, no PIN") << QByteArray(R"({"percent_off":"50"})")
                                                 << QStringLiteral("discount_needs_manager") << QStringLiteral("PIN");
    }

    void jsonApiRefusesABadDiscount()
    {
        QFETCH(QByteArray, discount);
        QFETCH(QString, code);
        QFETCH(QString, named);
        Shop shop;
        QVERIFY(shop.open());
        const HttpAnswer a = apiCall(shop.backend->returnBaseUrl(), "POST", QStringLiteral("/api/checkout"),
            R"({"items":[{"sku":"CAF-1","quantity":2},{"sku":"CAK-1","quantity":1}],"discount":)" + discount + "}");
        QCOMPARE(a.status, code == QLatin1String("discount_needs_manager") ? 403 : 400);
        const QJsonObject error = a.body.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), code);
        QVERIFY2(error.value(QLatin1String("message")).toString().contains(named),
            qPrintable(error.value(QLatin1String("message")).toString()));
        QCOMPARE(shop.orders(), qint64(0));
        QCOMPARE(shop.coupons(), 0);
    }

    void jsonApiTakesADiscount()
    {
        Shop shop;
        QVERIFY(shop.open());
        const QUrl base = shop.backend->returnBaseUrl();
        const QByteArray items = R"({"items":[{"sku":"CAF-1","quantity":2},{"sku":"CAK-1","quantity":1}],)";
        HttpAnswer a
            = apiCall(base, "POST", QStringLiteral("/api/checkout"), items + R"("discount":{"amount_off":100}})");
        QCOMPARE(a.status, 201);
        QCOMPARE(a.body.value(QLatin1String("amount_discount")).toInteger(), 100);
        QCOMPARE(a.body.value(QLatin1String("amount_total")).toInteger(), 1095 - 100);
        const qint64 id = a.body.value(QLatin1String("order_id")).toInteger();
        a = apiCall(base, "GET", QStringLiteral("/api/orders/%1").arg(id));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QLatin1String("amount_discount")).toInteger(), 100);
        const QJsonObject discount = a.body.value(QLatin1String("discount")).toObject();
        QCOMPARE(discount.value(QLatin1String("kind")).toString(), QStringLiteral("amount_off"));
        QCOMPARE(discount.value(QLatin1String("value")).toInteger(), 100);
        const QJsonArray lines = a.body.value(QLatin1String("lines")).toArray();
        QCOMPARE(lines.at(0).toObject().value(QLatin1String("amount_discount")).toInteger()
                + lines.at(1).toObject().value(QLatin1String("amount_discount")).toInteger(),
            100);

        // Above the limit with the manager's PIN in X-Manager-PIN.
        a = apiCall(base, "POST", QStringLiteral("/api/checkout"), items + R"("discount":{"percent_off":"50"}})",
            PinVault::demoDefaultPin().toUtf8());
        QCOMPARE(a.status, 201);
        QVERIFY(a.body.value(QLatin1String("amount_discount")).toInteger() > 0);
        a = apiCall(base, "POST", QStringLiteral("/api/checkout"), items + R"("discount":{"percent_off":"50"}})",
            QByteArrayLiteral("9999"));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.body.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
            QStringLiteral("wrong_pin"));
        QCOMPARE(shop.coupons(), 2);
    }

    void aboveTheLimitNeedsTheManager()
    {
        Shop shop;
        QVERIFY(shop.open());
        // 15 % and 3.00 of 10.95 are above the default 10 %: nothing is made without the PIN.
        for (const CheckoutRequest &request : { basket(QStringLiteral("15")), basket(QString(), 300) }) {
            const Result<Order> refused = shop.checkout(request);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("discount_needs_manager"));
        }
        QCOMPARE(shop.orders(), qint64(0));
        QCOMPARE(shop.coupons(), 0);

        PinVault vault(&shop.backend->settings());
        const int tries = vault.triesLeft();
        CheckoutRequest wrong = basket(QStringLiteral("15"));
        wrong.managerPin = QStringLiteral("9999");
        const Result<Order> wrongPin = shop.checkout(wrong);
        QVERIFY(!wrongPin.ok());
        QCOMPARE(wrongPin.error().code, QStringLiteral("wrong_pin"));
        QCOMPARE(vault.triesLeft(), tries - 1); // the same lockout as the manager screen's
        QCOMPARE(shop.orders(), qint64(0));
        QCOMPARE(shop.coupons(), 0);

        CheckoutRequest allowed = basket(QStringLiteral("15"));
        allowed.managerPin = PinVault::demoDefaultPin();
        const Result<Order> order = shop.checkout(allowed);
        QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().toString()));
        QCOMPARE(order->discountValue, QStringLiteral("15"));
        QCOMPARE(shop.coupons(), 1);

        // Within the limit a wrong PIN is not even looked at.
        CheckoutRequest small = basket(QStringLiteral("5"));
        small.managerPin = QStringLiteral("9999");
        QVERIFY(shop.checkout(small).ok());
        QCOMPARE(vault.triesLeft(), PinVault::kMaxTries); // reset by the right PIN above
    }
};

QTEST_GUILESS_MAIN(TestPaymentDiscount)
#include "tst_paymentdiscount.moc"
