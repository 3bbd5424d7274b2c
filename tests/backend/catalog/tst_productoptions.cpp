// SPDX-License-Identifier: MIT
#include "Cart.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kiosk;

namespace {

template <typename R> QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

/** A latte with a required size, a required milk and optional extras (up to two), and a tea
 *  without options. */
const QByteArray kLatte = R"({"id":"latte","sku":"L-1","name":"Latte","category":"Coffee","price":"4.50",
    "options":[
      {"id":"size","name":"Size","min":1,"max":1,"choices":[
        {"id":"small","name":"Small"},{"id":"large","name":"Large","price_delta":"0.40"}]},
      {"id":"milk","name":"Milk","min":1,"choices":[
        {"id":"whole","name":"Whole milk","price_delta":"0"},{"id":"oat","name":"Oat milk","price_delta":"0.50"}]},
      {"id":"extra","name":"Extras","max":2,"choices":[
        {"id":"shot","name":"Extra shot","price_delta":"0.60"},{"id":"vanilla","name":"Vanilla","price_delta":"0.45"},
        {"id":"cream","name":"Cream","price_delta":"0.30"}]}]})";
const QByteArray kTea = R"({"id":"tea","sku":"T-1","name":"Tea","category":"Tea","price":"2.00"})";

QByteArray catalogJson(const QByteArray &products)
{
    return "{\"currency\":\"USD\",\"products\":[" + products + "]}";
}

Catalog shop()
{
    return Catalog::fromJson(catalogJson(kLatte + "," + kTea)).value();
}

/** One JSON product "Latte" (sku L-1) with the given "options" value. */
QByteArray withOptions(const QByteArray &options)
{
    return catalogJson(
        R"({"id":"latte","sku":"L-1","name":"Latte","category":"Coffee","price":"4.50","options":)" + options + "}");
}

const QByteArray kCsvHeader = "sku,name,category,price,currency,options\n";

QByteArray manyGroups(int count)
{
    QByteArray groups = "[";
    for (int i = 0; i < count; ++i)
        groups
            += (i ? "," : "") + QByteArray(R"({"name":"G)") + QByteArray::number(i) + R"(","choices":[{"name":"x"}]})";
    return groups + "]";
}

QByteArray manyChoices(int count)
{
    QByteArray choices;
    for (int i = 0; i < count; ++i)
        choices += (i ? "," : "") + QByteArray(R"({"name":"c)") + QByteArray::number(i) + R"("})";
    return R"([{"name":"Syrup","choices":[)" + choices + "]}]";
}

} // namespace

class TestProductOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonOptions();
    void jsonRoundTrip();
    void badJsonOptions_data();
    void badJsonOptions();
    void csvOptions_data();
    void csvOptions();
    void badCsvOptions_data();
    void badCsvOptions();
    void choose_data();
    void choose();
    void cartMergesSameOptions();
    void cartPricesOptions_data();
    void cartPricesOptions();
};

void TestProductOptions::jsonOptions()
{
    const Catalog catalog = shop();
    const Product *latte = catalog.byId(QStringLiteral("latte"));
    QVERIFY(latte);
    QCOMPARE(latte->optionGroups.size(), 3);
    const OptionGroup &size = latte->optionGroups.at(0);
    QCOMPARE(size.name, QStringLiteral("Size"));
    QVERIFY(size.isRequired());
    QCOMPARE(size.options.at(0).priceDelta.minorUnits(), qint64(0)); // no price_delta: costs nothing extra
    QCOMPARE(size.options.at(1).priceDelta.minorUnits(), qint64(40));
    const OptionGroup &extra = latte->optionGroups.at(2);
    QVERIFY(!extra.isRequired());
    QCOMPARE(extra.minChoices, 0);
    QCOMPARE(extra.maxChoices, 2);
    QVERIFY(catalog.byId(QStringLiteral("tea"))->optionGroups.isEmpty());
}

void TestProductOptions::jsonRoundTrip()
{
    const Catalog catalog = shop();
    const Result<Catalog> again = Catalog::fromJson(catalog.toJson());
    QVERIFY2(again.ok(), why(again).constData());
    const Product *a = catalog.byId(QStringLiteral("latte"));
    const Product *b = again->byId(QStringLiteral("latte"));
    QCOMPARE(b->optionGroups.size(), a->optionGroups.size());
    for (qsizetype g = 0; g < a->optionGroups.size(); ++g) {
        QCOMPARE(b->optionGroups.at(g).id, a->optionGroups.at(g).id);
        QCOMPARE(b->optionGroups.at(g).minChoices, a->optionGroups.at(g).minChoices);
        QCOMPARE(b->optionGroups.at(g).maxChoices, a->optionGroups.at(g).maxChoices);
        for (qsizetype o = 0; o < a->optionGroups.at(g).options.size(); ++o) {
            QCOMPARE(b->optionGroups.at(g).options.at(o).id, a->optionGroups.at(g).options.at(o).id);
            QCOMPARE(b->optionGroups.at(g).options.at(o).priceDelta, a->optionGroups.at(g).options.at(o).priceDelta);
        }
    }
}

void TestProductOptions::badJsonOptions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QString product = QStringLiteral("product 1 (sku L-1)");

    QTest::addRow("not a list") << withOptions("{}") << product + QStringLiteral(": options must be a list");
    QTest::addRow("group not an object") << withOptions("[1]")
                                         << product + QStringLiteral(", option group 1: must be a JSON object");
    QTest::addRow("group without name") << withOptions(R"([{"choices":[{"name":"x"}]}])")
                                        << product + QStringLiteral(": option group 1 has no name");
    QTest::addRow("no choices") << withOptions(R"([{"name":"Milk"}])")
                                << product + QStringLiteral(", option group \"Milk\": \"choices\" must be a list");
    QTest::addRow("empty choices") << withOptions(R"([{"name":"Milk","choices":[]}])")
                                   << product + QStringLiteral(", option group \"Milk\": has no options");
    QTest::addRow("negative delta") << withOptions(
        R"([{"name":"Milk","choices":[{"name":"Skim","price_delta":"-0.20"}]}])")
                                    << product
            + QStringLiteral(", option group \"Milk\": option \"Skim\": price \"-0.20\" must not be negative");
    QTest::addRow("delta as number") << withOptions(R"([{"name":"Milk","choices":[{"name":"Oat","price_delta":0.5}]}])")
                                     << QStringLiteral("option \"Oat\": price_delta must be a text string");
    QTest::addRow("delta junk") << withOptions(R"([{"name":"Milk","choices":[{"name":"Oat","price_delta":"abc"}]}])")
                                << QStringLiteral("option group \"Milk\": option \"Oat\": price");
    QTest::addRow("delta too precise") << withOptions(
        R"([{"name":"Milk","choices":[{"name":"Oat","price_delta":"0.505"}]}])")
                                       << QStringLiteral("option \"Oat\": price");
    QTest::addRow("min above max") << withOptions(
        R"([{"name":"Milk","min":2,"max":1,"choices":[{"name":"a"},{"name":"b"}]}])")
                                   << QStringLiteral("option group \"Milk\": min 2 and max 1 must satisfy");
    QTest::addRow("max above options") << withOptions(
        R"([{"name":"Milk","max":3,"choices":[{"name":"a"},{"name":"b"}]}])")
                                       << QStringLiteral("option group \"Milk\": min 0 and max 3 must satisfy");
    QTest::addRow("min not a number") << withOptions(R"([{"name":"Milk","min":"1","choices":[{"name":"a"}]}])")
                                      << QStringLiteral("option group \"Milk\": min must be a whole number");
    QTest::addRow("max zero") << withOptions(R"([{"name":"Milk","max":0,"choices":[{"name":"a"}]}])")
                              << QStringLiteral("option group \"Milk\": max must be a whole number from 1");
    QTest::addRow("duplicate option id") << withOptions(
        R"([{"name":"A","choices":[{"id":"x","name":"a"}]},{"name":"B","choices":[{"id":"x","name":"b"}]}])")
                                         << QStringLiteral(
                                                "option group \"B\": option \"b\": id \"x\" is used by another option");
    QTest::addRow("duplicate group") << withOptions(
        R"([{"name":"Milk","choices":[{"name":"a"}]},{"name":"milk","choices":[{"name":"b"}]}])")
                                     << QStringLiteral("option group \"milk\": id \"milk\" is used by another group");
    QTest::addRow("bad id") << withOptions(R"([{"id":"a b","name":"Milk","choices":[{"name":"a"}]}])")
                            << QStringLiteral("option group \"Milk\": id \"a b\" must be 1 to 40 letters");
    QTest::addRow("option without name") << withOptions(R"([{"name":"Milk","choices":[{"id":"x"}]}])")
                                         << QStringLiteral("option group \"Milk\": an option has no name");
    QTest::addRow("name too long") << withOptions(R"([{"name":"Milk","choices":[{"name":")" + QByteArray(61, 'o')
        + R"("}]}])") << QStringLiteral("at most 60 characters");
    QTest::addRow("11 groups") << withOptions(manyGroups(11))
                               << product + QStringLiteral(": has 11 option groups; at most 10");
    QTest::addRow("21 choices") << withOptions(manyChoices(21))
                                << QStringLiteral("option group \"Syrup\": has 21 options; at most 20");
}

void TestProductOptions::badJsonOptions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<Catalog> r = Catalog::fromJson(json);
    QVERIFY2(!r.ok(), "bad options were accepted");
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestProductOptions::csvOptions_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("groups"); // "id min-max: option id=delta, …; …"

    QTest::addRow("empty") << QByteArray("") << QString();
    QTest::addRow("one optional") << QByteArray("Extras: Extra shot +0.60")
                                  << QStringLiteral("extras 0-1: extras.extra-shot=60");
    QTest::addRow("required, free and paid")
        << QByteArray("\"Size [1]: Small, Large +0.40 | Milk [1]: Whole milk, Oat milk +0.50\"")
        << QStringLiteral("size 1-1: size.small=0, size.large=40; milk 1-1: milk.whole-milk=0, milk.oat-milk=50");
    QTest::addRow("range and spaces") << QByteArray("\" Syrups [0-2] :  Vanilla +0.45 ,Caramel+0.45 \"")
                                      << QStringLiteral("syrups 0-2: syrups.vanilla=45, syrups.caramel=45");
    QTest::addRow("hyphen in a name") << QByteArray("Milk: Half - half")
                                      << QStringLiteral("milk 0-1: milk.half-half=0");
    QTest::addRow("unicode names") << QByteArray("\"Gr\xC3\xB6\xC3\x9F"
                                                 "e [1]: Klein, Gro\xC3\x9F +0.40\"")
                                   << QStringLiteral(
                                          "gr\u00f6\u00dfe 1-1: gr\u00f6\u00dfe.klein=0, gr\u00f6\u00dfe.gro\u00df=40");
}

void TestProductOptions::csvOptions()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, groups);
    const Result<Catalog> r = Catalog::fromCsv(kCsvHeader + "L-1,Latte,Coffee,4.50,USD," + cell + "\n");
    QVERIFY2(r.ok(), why(r).constData());
    QStringList described;
    for (const OptionGroup &g : r->products().front().optionGroups) {
        QStringList options;
        for (const ProductOption &o : g.options)
            options.append(QStringLiteral("%1=%2").arg(o.id).arg(o.priceDelta.minorUnits()));
        described.append(QStringLiteral("%1 %2-%3: %4")
                             .arg(g.id)
                             .arg(g.minChoices)
                             .arg(g.maxChoices)
                             .arg(options.join(QStringLiteral(", "))));
    }
    QCOMPARE(described.join(QStringLiteral("; ")), groups);
}

void TestProductOptions::badCsvOptions_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("message");

    QTest::addRow("no colon") << QByteArray("Size Small")
                              << QStringLiteral("line 3, option group 1: \"Size Small\" has no ':'");
    QTest::addRow("negative") << QByteArray("Milk: Skim -0.20")
                              << QStringLiteral(
                                     "line 3, option group \"Milk\": option \"Skim\": a price must not be negative");
    QTest::addRow("plus negative")
        << QByteArray("Milk: Skim +-0.20")
        << QStringLiteral("line 3, option group \"Milk\": option \"Skim\": price \"-0.20\" must not be negative");
    QTest::addRow("bad count") << QByteArray("Milk [one]: Oat")
                               << QStringLiteral("line 3, option group \"Milk\": \"[one]\" is not a choice count");
    QTest::addRow("min above max") << QByteArray("\"Milk [2-1]: Oat, Soy\"")
                                   << QStringLiteral("line 3, option group \"Milk\": min 2 and max 1");
    QTest::addRow("more than offered") << QByteArray("Milk [2]: Oat")
                                       << QStringLiteral("line 3, option group \"Milk\": min 2 and max 2");
    QTest::addRow("bad price") << QByteArray("Milk: Oat +abc")
                               << QStringLiteral("line 3, option group \"Milk\": option \"Oat\": price");
    QTest::addRow("empty option") << QByteArray("\"Milk: Oat,,Soy\"")
                                  << QStringLiteral("line 3, option group \"Milk\": an option has no name");
    QTest::addRow("same option twice") << QByteArray("\"Milk: Oat, oat\"")
                                       << QStringLiteral("id \"milk.oat\" is used by another option");
    QTest::addRow("eleven groups") << QByteArray("a:x|b:x|c:x|d:x|e:x|f:x|g:x|h:x|i:x|j:x|k:x")
                                   << QStringLiteral("line 3: has 11 option groups; at most 10");
    QTest::addRow("21 options") << "\"Syrup: " + QByteArray("a,").repeated(20) + "b\""
                                << QStringLiteral("line 3, option group \"Syrup\": has 21 options; at most 20");
}

void TestProductOptions::badCsvOptions()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, message);
    // A good first row: a bad second one must not leave a half-imported catalog behind.
    const Result<Catalog> r
        = Catalog::fromCsv(kCsvHeader + "T-1,Tea,Tea,2.00,USD,\nL-1,Latte,Coffee,4.50,USD," + cell + "\n");
    QVERIFY2(!r.ok(), "bad options were accepted");
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestProductOptions::choose_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<qint64>("unitPrice"); // -1: refused
    QTest::addColumn<QString>("nameOrError");

    QTest::addRow("small whole") << QStringList { QStringLiteral("small"), QStringLiteral("whole") } << qint64(450)
                                 << QStringLiteral("Latte (Small, Whole milk)");
    QTest::addRow("large oat") << QStringList { QStringLiteral("large"), QStringLiteral("oat") } << qint64(540)
                               << QStringLiteral("Latte (Large, Oat milk)");
    QTest::addRow("any order, catalog order out") << QStringList { QStringLiteral("shot"), QStringLiteral("oat"),
        QStringLiteral("large") } << qint64(600) << QStringLiteral("Latte (Large, Oat milk, Extra shot)");
    QTest::addRow("two extras") << QStringList { QStringLiteral("small"), QStringLiteral("whole"),
        QStringLiteral("cream"), QStringLiteral("shot") }
                                << qint64(540) << QStringLiteral("Latte (Small, Whole milk, Extra shot, Cream)");
    QTest::addRow("required size missing") << QStringList { QStringLiteral("oat") } << qint64(-1)
                                           << QStringLiteral("Latte: choose one option of \"Size\"");
    QTest::addRow("nothing") << QStringList() << qint64(-1) << QStringLiteral("choose one option of \"Size\"");
    QTest::addRow("two sizes") << QStringList { QStringLiteral("small"), QStringLiteral("large"),
        QStringLiteral("oat") } << qint64(-1)
                               << QStringLiteral("Latte: choose at most 1 of \"Size\" (got 2)");
    QTest::addRow("three extras") << QStringList { QStringLiteral("small"), QStringLiteral("oat"),
        QStringLiteral("shot"), QStringLiteral("vanilla"), QStringLiteral("cream") }
                                  << qint64(-1) << QStringLiteral("choose at most 2 of \"Extras\" (got 3)");
    QTest::addRow("unknown") << QStringList { QStringLiteral("small"), QStringLiteral("oat"), QStringLiteral("soy") }
                             << qint64(-1) << QStringLiteral("Latte: there is no option \"soy\"");
    QTest::addRow("twice") << QStringList { QStringLiteral("small"), QStringLiteral("oat"), QStringLiteral("oat") }
                           << qint64(-1) << QStringLiteral("Latte: option \"oat\" is chosen twice");
}

void TestProductOptions::choose()
{
    QFETCH(QStringList, ids);
    QFETCH(qint64, unitPrice);
    QFETCH(QString, nameOrError);
    const Catalog catalog = shop();
    const Result<OptionSelection> s = OptionSelection::choose(*catalog.byId(QStringLiteral("latte")), ids);
    if (unitPrice < 0) {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("invalid_options"));
        QVERIFY2(s.error().message.contains(nameOrError), qPrintable(s.error().message));
        return;
    }
    QVERIFY2(s.ok(), why(s).constData());
    QCOMPARE(s->unitPrice().minorUnits(), unitPrice);
    QCOMPARE(s->deltaTotal().minorUnits(), unitPrice - 450);
    QCOMPARE(s->lineName(QStringLiteral("Latte")), nameOrError);
}

void TestProductOptions::cartMergesSameOptions()
{
    const Catalog catalog = shop();
    Cart cart(&catalog);
    QSignalSpy changed(&cart, &Cart::changed);
    const QString latte = QStringLiteral("latte");
    const QStringList largeOat { QStringLiteral("large"), QStringLiteral("oat") };

    QVERIFY(cart.addProduct(latte, 1, largeOat).ok());
    QVERIFY(cart.addProduct(latte, 2, { QStringLiteral("oat"), QStringLiteral("large") }).ok()); // same, any order
    QVERIFY(cart.addProduct(latte, 1, { QStringLiteral("large"), QStringLiteral("whole") }).ok()); // other milk
    QVERIFY(cart.addProduct(QStringLiteral("tea")).ok());
    QCOMPARE(cart.lines().size(), 3);
    QCOMPARE(cart.lines().at(0).quantity, 3);
    QCOMPARE(cart.lines().at(0).name(), QStringLiteral("Latte (Large, Oat milk)"));
    QCOMPARE(cart.lines().at(0).lineTotal.minorUnits(), qint64(3 * 540));
    QCOMPARE(cart.lines().at(1).name(), QStringLiteral("Latte (Large, Whole milk)"));
    QCOMPARE(cart.lines().at(1).lineTotal.minorUnits(), qint64(490));
    QCOMPARE(cart.lines().at(2).key, QStringLiteral("tea"));
    QCOMPARE(cart.total().minorUnits(), qint64(3 * 540 + 490 + 200));

    // A required group cannot be skipped, and a refused add changes nothing.
    const int before = int(changed.count());
    const Status refused = cart.addProduct(latte, 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("invalid_options"));
    QCOMPARE(changed.count(), before);
    QCOMPARE(cart.lines().size(), 3);

    // Lines with options are changed and removed by their own key only.
    const QString key = cart.lines().at(0).key;
    QCOMPARE(key, Cart::lineKey(latte, largeOat));
    QVERIFY(cart.setQuantity(key, 5).ok());
    QCOMPARE(cart.lines().at(0).lineTotal.minorUnits(), qint64(5 * 540));
    QCOMPARE(cart.lines().at(1).quantity, 1);
    QCOMPARE(cart.remove(latte).error().code, QStringLiteral("not_in_cart"));
    QVERIFY(cart.remove(key).ok());
    QCOMPARE(cart.lines().size(), 2);
    QCOMPARE(cart.lines().at(0).name(), QStringLiteral("Latte (Large, Whole milk)"));
}

void TestProductOptions::cartPricesOptions_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<qint64>("lineTotal");

    QTest::addRow("free options") << QStringList { QStringLiteral("small"), QStringLiteral("whole") } << 2
                                  << qint64(900);
    QTest::addRow("large oat x3") << QStringList { QStringLiteral("large"), QStringLiteral("oat") } << 3
                                  << qint64(1620);
    QTest::addRow("all extras x999") << QStringList { QStringLiteral("large"), QStringLiteral("oat"),
        QStringLiteral("shot"), QStringLiteral("vanilla") }
                                     << 999 << qint64(645 * 999);
}

void TestProductOptions::cartPricesOptions()
{
    QFETCH(QStringList, ids);
    QFETCH(int, quantity);
    QFETCH(qint64, lineTotal);
    const Catalog catalog = shop();
    Cart cart(&catalog);
    QVERIFY(cart.addProduct(QStringLiteral("latte"), quantity, ids).ok());
    QCOMPARE(cart.lines().at(0).lineTotal.minorUnits(), lineTotal);
    QCOMPARE(cart.total().minorUnits(), lineTotal);
}

QTEST_GUILESS_MAIN(TestProductOptions)
#include "tst_productoptions.moc"
