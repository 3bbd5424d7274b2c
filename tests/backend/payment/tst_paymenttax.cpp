// SPDX-License-Identifier: MIT
// Tax through the kiosk's whole path against the in-process simulator: the basket total the
// till shows (Cart), the order the payment flow records, and what Stripe (the simulator, which
// implements docs/pricing-rule.md in its own code) charges must be the same amount and the same
// tax, for inclusive and exclusive rates, several rates, zero- and three-decimal currencies and
// rounding traps; each rate is made once at Stripe and orders keep theirs when it changes.
#include "Cart.h"
#include "Catalog.h"
#include "KioskBackend.h"
#include "OrderStore.h"
#include "PaymentCoordinator.h"
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
const QByteArray kKey = QByteArrayLiteral("sk_test_tax000000000000000000001");

QJsonObject simGet(const QUrl &base, const QString &path)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(qApp);
    QUrl url = base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
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

/** A simulator and a backend on a catalog of the row's products, in a temporary directory. */
struct Shop
{
    QTemporaryDir dir;
    std::unique_ptr<Sim::StripeSimulator> sim;
    std::unique_ptr<KioskBackend> backend;

    bool open(const QByteArray &catalogJson)
    {
        QFile catalog(dir.filePath(QStringLiteral("catalog.json")));
        if (!catalog.open(QIODevice::WriteOnly) || catalog.write(catalogJson) != catalogJson.size())
            return false;
        catalog.close();
        sim = std::make_unique<Sim::StripeSimulator>(Sim::SimulatorOptions {});
        return sim->start().ok();
    }

    bool startBackend(std::optional<TaxPolicy> tax = std::nullopt)
    {
        backend.reset();
        BackendOptions o;
        o.databasePath = dir.filePath(QStringLiteral("orders.sqlite"));
        o.catalogPath = dir.filePath(QStringLiteral("catalog.json"));
        o.stripe.secretKey = QString::fromLatin1(kKey);
        o.stripe.apiBase = sim->baseUrl();
        o.stripe.initialRetryDelayMs = 10;
        o.stripe.maxRetryDelayMs = 50;
        o.tax = std::move(tax);
        auto created = KioskBackend::create(o);
        if (!created) {
            qWarning() << created.error().toString();
            return false;
        }
        backend = std::move(created).value();
        return backend->start().ok();
    }

    /** The basket as the cashier built it, and the order the flow made of it. */
    Result<Order> checkout(Cart &cart)
    {
        std::optional<Result<Order>> out;
        backend->payments().startCheckout(cart, {}, backend.get(), [&](Result<Order> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs))
            return makeError(QStringLiteral("timeout"), QStringLiteral("no answer"));
        return std::move(*out);
    }

    OrderStatus status(qint64 id) const
    {
        const Result<Order> o = backend->store().order(id);
        return o ? o->status : OrderStatus::Draft;
    }
};

QByteArray catalogJson(const QByteArray &currency, const QByteArray &tax, const QList<QByteArray> &products)
{
    QByteArray json = "{\"currency\":\"" + currency + "\",";
    if (!tax.isEmpty())
        json += "\"tax\":" + tax + ",";
    json += "\"products\":[";
    for (qsizetype i = 0; i < products.size(); ++i) {
        // "price" or "price category"
        const QList<QByteArray> parts = products.at(i).split(' ');
        json += (i ? "," : "") + QByteArray("{\"id\":\"p") + QByteArray::number(i) + "\",\"sku\":\"P-"
            + QByteArray::number(i) + "\",\"name\":\"Product " + QByteArray::number(i)
            + "\",\"category\":\"Shop\",\"price\":\"" + parts.at(0) + "\""
            + (parts.size() > 1 ? ",\"tax_category\":\"" + parts.at(1) + "\"" : QByteArray()) + "}";
    }
    return json + "]}";
}

} // namespace

class TestPaymentTax final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenOrderAndStripeAgree_data();
    void screenOrderAndStripeAgree();
    void eachRateIsMadeOnceAndOrdersKeepTheirs();
};

void TestPaymentTax::screenOrderAndStripeAgree_data()
{
    QTest::addColumn<QByteArray>("catalog");
    QTest::addColumn<QList<int>>("quantities"); // one per product, in order
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<int>("rates"); // distinct rates in the breakdown

    const QByteArray german = R"({"rates":{"standard":"19","reduced":"7"}})";
    // rhu(750*19/119) = 120, rhu(119*7/107) = 8
    QTest::addRow("EUR inclusive 19 and 7") << catalogJson("EUR", german, { "2.50", "1.19 reduced" })
                                            << QList<int> { 3, 1 } << qint64(869) << qint64(128) << 2;
    // docs/pricing-rule.md: 1190 inclusive 19% -> 190
    QTest::addRow("EUR inclusive exact 19")
        << catalogJson("EUR", german, { "11.90" }) << QList<int> { 1 } << qint64(1190) << qint64(190) << 1;
    // docs/pricing-rule.md: 999 x3 inclusive 7% -> rhu(196.07) = 196
    QTest::addRow("EUR inclusive 7, per line not per unit")
        << catalogJson("EUR", german, { "9.99 reduced" }) << QList<int> { 3 } << qint64(2997) << qint64(196) << 1;
    // France 5.5 %: rhu(250*55000/1055000) = rhu(13.03) = 13
    QTest::addRow("EUR inclusive 5.5 and 20")
        << catalogJson("EUR", R"({"rates":{"standard":"20","reduced":"5.5"}})", { "2.50 reduced", "4.80" })
        << QList<int> { 1, 2 } << qint64(250 + 960) << qint64(13 + 160) << 2;
    // docs/pricing-rule.md: 43 and 484, exclusive 15% -> 6 (0.0645) and 73 (0.7265)
    QTest::addRow("USD exclusive 15, Stripe's example")
        << catalogJson("USD", R"({"prices_include_tax":false,"rates":{"standard":"15"}})", { "0.43", "4.84" })
        << QList<int> { 1, 1 } << qint64(606) << qint64(79) << 1;
    // New York 8.875 %: 1999 x2 -> rhu(354.8225) = 355; 0 % line adds nothing
    QTest::addRow("USD exclusive 8.875 and zero-rated") << catalogJson(
        "USD", R"({"prices_include_tax":false,"rates":{"standard":"8.875","food":"0"}})", { "19.99", "3.00 food" })
                                                        << QList<int> { 2, 1 } << qint64(3998 + 355 + 300)
                                                        << qint64(355) << 2;
    // Half a cent rounds up, per line: 5 x 10% = 0.5 -> 1 on each of three lines (pooled: 2)
    QTest::addRow("USD half-cent trap, three lines")
        << catalogJson("USD", R"({"prices_include_tax":false,"rates":{"standard":"10"}})", { "0.05", "0.15", "0.25" })
        << QList<int> { 1, 1, 1 } << qint64(45 + 1 + 2 + 3) << qint64(1 + 2 + 3) << 1;
    // docs/pricing-rule.md: JPY 1000 at 10% -> 100, 999 at 8% -> 79.92 -> 80
    QTest::addRow("JPY zero-decimal exclusive 10 and 8") << catalogJson(
        "JPY", R"({"prices_include_tax":false,"rates":{"standard":"10","reduced":"8"}})", { "1000", "999 reduced" })
                                                         << QList<int> { 1, 1 } << qint64(1000 + 100 + 999 + 80)
                                                         << qint64(180) << 2;
    // JPY inclusive 10%: 500 x3 = 1500 -> rhu(136.36) = 136
    QTest::addRow("JPY zero-decimal inclusive") << catalogJson("JPY", R"({"rates":{"standard":"10"}})", { "500" })
                                                << QList<int> { 3 } << qint64(1500) << qint64(136) << 1;
    // docs/pricing-rule.md: KWD (k = 10) 1.250 at 5% -> 62.5 -> 60 (a whole fils step of 10)
    QTest::addRow("KWD three-decimal exclusive, step of 10")
        << catalogJson("KWD", R"({"prices_include_tax":false,"rates":{"standard":"5"}})", { "1.250" })
        << QList<int> { 1 } << qint64(1250 + 60) << qint64(60) << 1;
    // KWD inclusive 15%: 2.380 -> rhu(2380*15/115 / 10) * 10 = rhu(31.04)*10 = 310
    QTest::addRow("KWD three-decimal inclusive") << catalogJson("KWD", R"({"rates":{"standard":"15"}})", { "2.380" })
                                                 << QList<int> { 1 } << qint64(2380) << qint64(310) << 1;
}

void TestPaymentTax::screenOrderAndStripeAgree()
{
    QFETCH(QByteArray, catalog);
    QFETCH(QList<int>, quantities);
    QFETCH(qint64, total);
    QFETCH(qint64, tax);
    QFETCH(int, rates);

    Shop shop;
    QVERIFY(shop.open(catalog));
    QVERIFY(shop.startBackend());

    // What the cashier's screen shows.
    Cart cart(&shop.backend->catalog());
    for (int i = 0; i < quantities.size(); ++i)
        QVERIFY(cart.addProduct(QStringLiteral("p%1").arg(i), quantities.at(i)).ok());
    QCOMPARE(cart.total().minorUnits(), total);
    const Result<PricedBasket> shown = cart.priced();
    QVERIFY(shown.ok());
    QCOMPARE(shown->amountTax, tax);
    QCOMPARE(shown->taxes.size(), rates);

    // What the order records.
    const Result<Order> order = shop.checkout(cart);
    QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().toString()));
    QCOMPARE(order->amountTotal, total);
    QCOMPARE(order->amountTax, tax);
    QCOMPARE(order->amountNet(), total - tax);
    const QList<RateTax> byRate = order->taxByRate();
    QCOMPARE(byRate.size(), rates);
    for (int i = 0; i < rates; ++i) {
        QCOMPARE(byRate.at(i).rate, shown->taxes.at(i).rate);
        QCOMPARE(byRate.at(i).amount, shown->taxes.at(i).amount);
        QCOMPARE(byRate.at(i).taxableAmount, shown->taxes.at(i).taxableAmount);
    }

    // What Stripe charges, computed on its side from the TaxRates the kiosk sent.
    const QJsonObject session
        = simGet(shop.sim->baseUrl(), QStringLiteral("/v1/checkout/sessions/") + order->sessionId);
    QCOMPARE(session.value(QStringLiteral("amount_total")).toInteger(), total);
    QCOMPARE(
        session.value(QStringLiteral("total_details")).toObject().value(QStringLiteral("amount_tax")).toInteger(), tax);

    // And the amount check after payment agrees: paid, not needs_review.
    QVERIFY(simPay(shop.sim->baseUrl(), order->sessionId));
    QVERIFY(QTest::qWaitFor([&] { return shop.status(order->id) == OrderStatus::Paid; }, kWaitMs));
}

void TestPaymentTax::eachRateIsMadeOnceAndOrdersKeepTheirs()
{
    Shop shop;
    QVERIFY(shop.open(catalogJson("EUR", R"({"rates":{"standard":"19","reduced":"7"}})", { "2.50", "1.19 reduced" })));
    QVERIFY(shop.startBackend());
    const auto taxRatesAtStripe = [&] {
        return simGet(shop.sim->baseUrl(), QStringLiteral("/v1/tax_rates?limit=100"))
            .value(QStringLiteral("data"))
            .toArray();
    };

    Cart cart(&shop.backend->catalog());
    QVERIFY(cart.addProduct(QStringLiteral("p0")).ok());
    QVERIFY(cart.addProduct(QStringLiteral("p1")).ok());
    const Result<Order> first = shop.checkout(cart);
    QVERIFY(first.ok());
    const Result<Order> second = shop.checkout(cart);
    QVERIFY(second.ok());
    QCOMPARE(taxRatesAtStripe().size(), 2); // 19 % and 7 %, each once
    QCOMPARE(second->lines.at(0).stripeTaxRate, first->lines.at(0).stripeTaxRate);
    QVERIFY(first->lines.at(0).stripeTaxRate != first->lines.at(1).stripeTaxRate);
    const QString old19 = first->lines.at(0).stripeTaxRate;

    // The shop's standard rate changes (settings over the catalog): a new TaxRate for it, the
    // unchanged 7 % is reused, and the orders already made keep the rate they were sold with.
    TaxPolicy changed = shop.backend->catalog().taxPolicy();
    changed.rates.insert(QStringLiteral("standard"), Percentage::parse(u"16", Percentage::Use::TaxRate).value());
    QVERIFY(shop.startBackend(changed));
    Cart again(&shop.backend->catalog());
    QVERIFY(again.addProduct(QStringLiteral("p0")).ok());
    QVERIFY(again.addProduct(QStringLiteral("p1")).ok());
    const Result<Order> third = shop.checkout(again);
    QVERIFY(third.ok());
    QCOMPARE(taxRatesAtStripe().size(), 3);
    QVERIFY(third->lines.at(0).stripeTaxRate != old19);
    QCOMPARE(third->lines.at(1).stripeTaxRate, first->lines.at(1).stripeTaxRate);
    QCOMPARE(third->lines.at(0).taxRate, QStringLiteral("standard 16% inclusive"));
    // rhu(250*16/116) = 34; the 7 % line as before
    QCOMPARE(third->amountTax, qint64(34 + 8));

    const Result<Order> reread = shop.backend->store().order(first->id);
    QVERIFY(reread.ok());
    QCOMPARE(reread->lines.at(0).stripeTaxRate, old19);
    QCOMPARE(reread->lines.at(0).taxRate, QStringLiteral("standard 19% inclusive"));
    QCOMPARE(reread->lines.at(0).taxPercentage.scaled(), qint64(190000));
    QCOMPARE(reread->amountTax, qint64(40 + 8)); // rhu(250*19/119) = 40

    // The old order, paid now, still passes the amount check against its own session's tax.
    QVERIFY(simPay(shop.sim->baseUrl(), first->sessionId));
    QVERIFY(QTest::qWaitFor([&] { return shop.status(first->id) == OrderStatus::Paid; }, kWaitMs));
}

QTEST_GUILESS_MAIN(TestPaymentTax)
#include "tst_paymenttax.moc"
