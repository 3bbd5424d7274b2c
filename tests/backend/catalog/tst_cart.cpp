// SPDX-License-Identifier: MIT
#include "Cart.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Kiosk;

namespace {

template <typename R> QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

/** A small shop: a latte, a cheap sweet, a product that is off sale and a very dear one. */
Catalog shop()
{
    const QByteArray json = R"({"currency":"USD","products":[
        {"id":"latte","sku":"L-1","barcode":"4006381333931","name":"Latte","category":"Coffee","price":"4.50"},
        {"id":"mint","sku":"M-1","barcode":"96385074","name":"Mint","category":"Snacks","price":"0.25"},
        {"id":"cake","sku":"C-1","name":"Seasonal Cake","category":"Bakery","price":"3.10","active":false},
        {"id":"watch","sku":"W-1","name":"Gold Watch","category":"Gifts","price":"999999.99"},
        {"id":"cola","sku":"K-1","name":"Cola","category":"Drinks","price":"19.99"}]})";
    return Catalog::fromJson(json).value();
}

/** A catalog with `count` distinct products, for the line limit. */
Catalog manyProducts(int count)
{
    QByteArray json = R"({"currency":"USD","products":[)";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        json += QStringLiteral(R"({"id":"p%1","sku":"S-%1","name":"Item %1","category":"All","price":"1.00"})")
                    .arg(i)
                    .toUtf8();
    }
    json += "]}";
    return Catalog::fromJson(json).value();
}

using CartStep = std::function<Status(Cart &)>;

} // namespace

Q_DECLARE_METATYPE(CartStep)

class TestCart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addMergesLines();
    void addByBarcode();
    void setQuantityAndRemove();
    void rejected_data();
    void rejected();
    void lineLimit();
    void quantityLimitWhenMerging();
    void clear();
    void totalsAreExact();
    void checkoutValidation_data();
    void checkoutValidation();
    void totalIncludesTheShopsTax_data();
    void totalIncludesTheShopsTax();
};

void TestCart::addMergesLines()
{
    const Catalog catalog = shop();
    Cart cart(&catalog);
    QSignalSpy changed(&cart, &Cart::changed);

    QVERIFY(cart.isEmpty());
    QVERIFY(cart.addProduct(QStringLiteral("latte")).ok());
    QVERIFY(cart.addProduct(QStringLiteral("latte"), 2).ok());
    QVERIFY(cart.addProduct(QStringLiteral("mint"), 4).ok());
    QCOMPARE(changed.count(), 3);

    QCOMPARE(cart.lines().size(), 2);
    QCOMPARE(cart.lines().at(0).product.id, QStringLiteral("latte"));
    QCOMPARE(cart.lines().at(0).quantity, 3);
    QCOMPARE(cart.lines().at(0).lineTotal.minorUnits(), qint64(1350));
    QCOMPARE(cart.lines().at(1).quantity, 4);
    QCOMPARE(cart.itemCount(), 7);
    QCOMPARE(cart.total().minorUnits(), qint64(1450));
    QCOMPARE(cart.total().currency().code, QStringLiteral("USD"));
    QCOMPARE(cart.currency().code, QStringLiteral("USD"));
    QCOMPARE(cart.total().format(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("$14.50"));
}

void TestCart::addByBarcode()
{
    const Catalog catalog = shop();
    Cart cart(&catalog);
    QSignalSpy changed(&cart, &Cart::changed);

    QVERIFY(cart.addProduct(QStringLiteral("latte")).ok());
    QVERIFY2(cart.addByBarcode(QStringLiteral("4006381333931")).ok(), "scanning an item already in the basket");
    QVERIFY(cart.addByBarcode(QStringLiteral("96385074")).ok());
    QCOMPARE(changed.count(), 3);
    QCOMPARE(cart.lines().size(), 2);
    QCOMPARE(cart.lines().at(0).quantity, 2);
    QCOMPARE(cart.lines().at(1).product.name, QStringLiteral("Mint"));
    QCOMPARE(cart.total().minorUnits(), qint64(925));
}

void TestCart::setQuantityAndRemove()
{
    const Catalog catalog = shop();
    Cart cart(&catalog);
    QVERIFY(cart.addProduct(QStringLiteral("latte")).ok());
    QVERIFY(cart.addProduct(QStringLiteral("cola")).ok());
    QSignalSpy changed(&cart, &Cart::changed);

    QVERIFY(cart.setQuantity(QStringLiteral("cola"), 3).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cart.lines().at(1).quantity, 3);
    QCOMPARE(cart.lines().at(1).lineTotal.minorUnits(), qint64(5997));
    QCOMPARE(cart.total().minorUnits(), qint64(6447));

    // Setting the quantity it already has changes nothing, so nothing is announced.
    QVERIFY(cart.setQuantity(QStringLiteral("cola"), 3).ok());
    QCOMPARE(changed.count(), 1);

    QVERIFY(cart.setQuantity(QStringLiteral("cola"), Cart::MaxQuantity).ok());
    QCOMPARE(cart.lines().at(1).lineTotal.minorUnits(), qint64(1'997'001));
    QCOMPARE(changed.count(), 2);

    QVERIFY(cart.remove(QStringLiteral("latte")).ok());
    QCOMPARE(changed.count(), 3);
    QCOMPARE(cart.lines().size(), 1);
    QCOMPARE(cart.lines().at(0).product.id, QStringLiteral("cola"));
    QCOMPARE(cart.itemCount(), 999);
}

void TestCart::rejected_data()
{
    QTest::addColumn<CartStep>("step");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    auto add = [](const char *id, int quantity) {
        return CartStep([id, quantity](Cart &c) { return c.addProduct(QString::fromLatin1(id), quantity); });
    };
    auto set = [](const char *id, int quantity) {
        return CartStep([id, quantity](Cart &c) { return c.setQuantity(QString::fromLatin1(id), quantity); });
    };
    QTest::addRow("unknown product") << add("pizza", 1) << QStringLiteral("unknown_product") << QStringLiteral("pizza");
    QTest::addRow("inactive product") << add("cake", 1) << QStringLiteral("inactive")
                                      << QStringLiteral("Seasonal Cake");
    QTest::addRow("add zero") << add("mint", 0) << QStringLiteral("quantity_out_of_range")
                              << QStringLiteral("between 1 and 999");
    QTest::addRow("add negative") << add("mint", -3) << QStringLiteral("quantity_out_of_range")
                                  << QStringLiteral("got -3");
    QTest::addRow("add 1000") << add("mint", 1000) << QStringLiteral("quantity_out_of_range")
                              << QStringLiteral("got 1000");
    QTest::addRow("merge past 999") << add("latte", 999) << QStringLiteral("quantity_out_of_range")
                                    << QStringLiteral("already holds 1");
    QTest::addRow("set zero") << set("latte", 0) << QStringLiteral("quantity_out_of_range")
                              << QStringLiteral("use remove");
    QTest::addRow("set 1000") << set("latte", 1000) << QStringLiteral("quantity_out_of_range")
                              << QStringLiteral("got 1000");
    QTest::addRow("set not in basket") << set("mint", 2) << QStringLiteral("not_in_cart") << QStringLiteral("mint");
    QTest::addRow("remove not in basket") << CartStep([](Cart &c) { return c.remove(QStringLiteral("cola")); })
                                          << QStringLiteral("not_in_cart") << QStringLiteral("cola");
    QTest::addRow("unknown barcode") << CartStep(
        [](Cart &c) { return c.addByBarcode(QStringLiteral("0000000000000")); })
                                     << QStringLiteral("unknown_product") << QStringLiteral("0000000000000");
}

void TestCart::rejected()
{
    QFETCH(CartStep, step);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    const Catalog catalog = shop();
    Cart cart(&catalog);
    QVERIFY(cart.addProduct(QStringLiteral("latte")).ok()); // one latte in the basket
    QSignalSpy changed(&cart, &Cart::changed);

    const Status s = step(cart);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, code);
    QVERIFY2(s.error().message.contains(messagePart), qPrintable(s.error().message));

    // Nothing changed and nothing was announced.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(cart.lines().size(), 1);
    QCOMPARE(cart.lines().at(0).quantity, 1);
    QCOMPARE(cart.total().minorUnits(), qint64(450));
}

void TestCart::lineLimit()
{
    const Catalog catalog = manyProducts(Cart::MaxLines + 1);
    Cart cart(&catalog);
    QSignalSpy changed(&cart, &Cart::changed);
    for (int i = 0; i < Cart::MaxLines; ++i) {
        const Status s = cart.addProduct(QStringLiteral("p%1").arg(i));
        QVERIFY2(s.ok(), why(s).constData());
    }
    QCOMPARE(changed.count(), Cart::MaxLines);

    const Status extra = cart.addProduct(QStringLiteral("p%1").arg(Cart::MaxLines));
    QVERIFY(!extra.ok());
    QCOMPARE(extra.error().code, QStringLiteral("too_many_lines"));
    QVERIFY(extra.error().message.contains(QStringLiteral("100")));
    QCOMPARE(cart.lines().size(), Cart::MaxLines);
    QCOMPARE(changed.count(), Cart::MaxLines);

    // More of a product already in the basket needs no new line.
    QVERIFY(cart.addProduct(QStringLiteral("p0"), 5).ok());
    QCOMPARE(cart.lines().at(0).quantity, 6);
    QCOMPARE(cart.total().minorUnits(), qint64(10'500));
    QCOMPARE(changed.count(), Cart::MaxLines + 1);
}

void TestCart::quantityLimitWhenMerging()
{
    const Catalog catalog = shop();
    Cart cart(&catalog);
    QVERIFY(cart.addProduct(QStringLiteral("mint"), 998).ok());
    QVERIFY(cart.addByBarcode(QStringLiteral("96385074")).ok());
    QCOMPARE(cart.lines().at(0).quantity, Cart::MaxQuantity);
    QSignalSpy changed(&cart, &Cart::changed);
    const Status s = cart.addByBarcode(QStringLiteral("96385074"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("quantity_out_of_range"));
    QCOMPARE(cart.lines().at(0).quantity, Cart::MaxQuantity);
    QCOMPARE(changed.count(), 0);
}

void TestCart::clear()
{
    const Catalog catalog = shop();
    Cart cart(&catalog);
    QSignalSpy changed(&cart, &Cart::changed);
    cart.clear();
    QCOMPARE(changed.count(), 0); // clearing an empty basket changes nothing

    QVERIFY(cart.addProduct(QStringLiteral("latte")).ok());
    QVERIFY(cart.addProduct(QStringLiteral("cola")).ok());
    changed.clear();
    cart.clear();
    QCOMPARE(changed.count(), 1);
    QVERIFY(cart.isEmpty());
    QCOMPARE(cart.itemCount(), 0);
    QCOMPARE(cart.total().minorUnits(), qint64(0));
    QCOMPARE(cart.total().currency().code, QStringLiteral("USD"));
}

void TestCart::totalsAreExact()
{
    // 0.25 × 3 + 19.99 × 7: the kind of sum that drifts in floating point.
    const Catalog catalog = shop();
    Cart cart(&catalog);
    QVERIFY(cart.addProduct(QStringLiteral("mint"), 3).ok());
    QVERIFY(cart.addProduct(QStringLiteral("cola"), 7).ok());
    QCOMPARE(cart.total().minorUnits(), qint64(75 + 13'993));
    QCOMPARE(cart.total().toDecimalString(), QStringLiteral("140.68"));

    // The largest possible basket line still adds up exactly: 999 × 999 999.99.
    QVERIFY(cart.addProduct(QStringLiteral("watch"), Cart::MaxQuantity).ok());
    QCOMPARE(cart.lines().at(2).lineTotal.minorUnits(), qint64(99'999'999) * 999);
    QCOMPARE(cart.total().minorUnits(), qint64(99'999'999) * 999 + 14'068);
}

void TestCart::checkoutValidation_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("code"); // empty: can be paid

    QTest::addRow("empty basket") << QStringList {} << QStringLiteral("empty_cart");
    QTest::addRow("below Stripe's minimum")
        << QStringList { QStringLiteral("mint") } << QStringLiteral("amount_too_small");
    QTest::addRow("exactly the minimum") << QStringList { QStringLiteral("mint"), QStringLiteral("mint") } << QString();
    QTest::addRow("one latte") << QStringList { QStringLiteral("latte") } << QString();
    QTest::addRow("at the maximum") << QStringList { QStringLiteral("watch") } << QString();
    QTest::addRow("above the maximum") << QStringList { QStringLiteral("watch"), QStringLiteral("mint") }
                                       << QStringLiteral("amount_too_large");
}

void TestCart::checkoutValidation()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, code);

    const Catalog catalog = shop();
    Cart cart(&catalog);
    for (const QString &id : ids)
        QVERIFY(cart.addProduct(id).ok());
    const Status s = cart.validateForCheckout();
    if (code.isEmpty()) {
        QVERIFY2(s.ok(), why(s).constData());
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QVERIFY(!s.error().message.isEmpty());
    }
}

void TestCart::totalIncludesTheShopsTax_data()
{
    QTest::addColumn<QByteArray>("tax");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("taxAmount");
    // Cola 2.50 x 3 (standard) and Roll 1.19 x 1 (reduced).
    QTest::addRow("no tax") << QByteArray() << qint64(869) << qint64(0);
    // inclusive: rhu(750*19/119) = 120, rhu(119*7/107) = 8; the total stays the shelf price.
    QTest::addRow("inclusive 19/7") << QByteArray(R"("tax":{"rates":{"standard":"19","reduced":"7"}},)") << qint64(869)
                                    << qint64(128);
    // exclusive: rhu(750*0.19) = 143 (142.5 up), rhu(119*0.07) = 8 (8.33); added on top.
    QTest::addRow("exclusive 19/7") << QByteArray(
        R"("tax":{"prices_include_tax":false,"rates":{"standard":"19","reduced":"7"}},)")
                                    << qint64(869 + 151) << qint64(151);
}

void TestCart::totalIncludesTheShopsTax()
{
    QFETCH(QByteArray, tax);
    QFETCH(qint64, total);
    QFETCH(qint64, taxAmount);
    const Result<Catalog> catalog = Catalog::fromJson(R"({"currency":"EUR",)" + tax
        + R"("products":[{"id":"cola","sku":"C","name":"Cola","category":"Drinks","price":"2.50"},
          {"id":"roll","sku":"R","name":"Roll","category":"Bakery","price":"1.19","tax_category":"reduced"}]})");
    QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().message));
    Cart cart(&catalog.value());
    QVERIFY(cart.addProduct(QStringLiteral("cola"), 3).ok());
    QVERIFY(cart.addProduct(QStringLiteral("roll")).ok());
    QCOMPARE(cart.total().minorUnits(), total);
    const Result<PricedBasket> priced = cart.priced();
    QVERIFY(priced.ok());
    QCOMPARE(priced->amountTax, taxAmount);
    QCOMPARE(priced->amountSubtotal, qint64(869));
}

QTEST_GUILESS_MAIN(TestCart)
#include "tst_cart.moc"
