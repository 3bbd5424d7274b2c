// SPDX-License-Identifier: MIT
#include "Catalog.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace Kiosk;

namespace {

template <typename R> QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

/** EAN-13 check written out position by position, independent of Catalog::isValidBarcode. */
bool ean13CheckDigitOk(const QString &code)
{
    if (code.size() != 13)
        return false;
    int sum = 0;
    for (int position = 1; position <= 12; ++position) {
        const int digit = code.at(position - 1).digitValue();
        if (digit < 0)
            return false;
        sum += digit * (position % 2 == 0 ? 3 : 1);
    }
    const int check = (10 - sum % 10) % 10;
    return code.at(12).digitValue() == check;
}

QByteArray readFixture(const QString &name)
{
    QFile f(Test::sourcePath(QStringLiteral("tests/data/catalog/") + name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/** One JSON product with the given price text and SKU, for the bad-input table. */
QByteArray oneProduct(const QByteArray &productFields, const QByteArray &currency = "USD")
{
    return "{\"currency\":\"" + currency
        + "\",\"products\":[{\"id\":\"a\",\"sku\":\"A-1\",\"name\":\"Espresso\","
          "\"category\":\"Coffee\",\"price\":\"2.95\"},"
        + productFields + "]}";
}

const QByteArray kCsvHeader = "sku,barcode,name,description,category,price,currency,image,active\n";
const QByteArray kCsvFirst = "A-1,,Espresso,,Coffee,2.95,USD,,true\n";

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleCatalog();
    void sampleImportCsv();
    void goodJson();
    void jsonRoundTrip();
    void badJson_data();
    void badJson();
    void badJsonFile();
    void goodCsv_data();
    void goodCsv();
    void goodCsvFile();
    void badCsv_data();
    void badCsv();
    void badCsvFile();
    void invisibleCharactersAreDropped();
    void missingFile();
    void search_data();
    void search();
    void barcodes_data();
    void barcodes();
    void taxCategories_data();
    void taxCategories();
    void badTax_data();
    void badTax();
    void taxFromCsvAndSettings();
    void taxRatesText_data();
    void taxRatesText();
    void germanSampleCatalog();
};

void TestCatalog::sampleCatalog()
{
    const QString path = Test::sourcePath(QStringLiteral("resources/catalog/catalog.json"));
    const Result<Catalog> loaded = Catalog::loadJsonFile(path);
    QVERIFY2(loaded.ok(), why(loaded).constData());
    const Catalog &catalog = loaded.value();

    QCOMPARE(catalog.currency().code, QStringLiteral("USD"));
    QVERIFY(catalog.products().size() >= 32);
    QVERIFY(catalog.activeProducts().size() >= 30);
    const QStringList categories = catalog.categories();
    QVERIFY2(categories.size() >= 5 && categories.size() <= 6, qPrintable(categories.join(u',')));

    QSet<QString> names;
    for (const Product &p : catalog.products()) {
        const QByteArray who = p.sku.toUtf8();
        QVERIFY2(QFileInfo(p.image).isAbsolute(), who.constData());
        QVERIFY2(QFileInfo::exists(p.image), qPrintable(p.image));
        QVERIFY2(QFileInfo(p.image).size() < 3 * 1024, who.constData());
        QVERIFY2(ean13CheckDigitOk(p.barcode), qPrintable(p.sku + u' ' + p.barcode));
        QVERIFY2(p.price.validateCharge().ok(), why(p.price.validateCharge()).constData());
        QVERIFY2(!p.description.isEmpty(), who.constData());
        QVERIFY2(categories.contains(p.category) || !p.active, who.constData());
        names.insert(p.name);
        QCOMPARE(catalog.byId(p.id)->sku, p.sku);
        QCOMPARE(catalog.bySku(p.sku)->id, p.id);
        QCOMPARE(catalog.byBarcode(p.barcode)->id, p.id);
    }
    QCOMPARE(names.size(), catalog.products().size());
    QCOMPARE(catalog.byId(QStringLiteral("caf-001"))->price.format(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("$2.95"));
}

void TestCatalog::sampleImportCsv()
{
    const Result<Catalog> imported
        = Catalog::importCsvFile(Test::sourcePath(QStringLiteral("resources/catalog/sample-import.csv")));
    QVERIFY2(imported.ok(), why(imported).constData());
    QVERIFY(imported->products().size() >= 3);
    // The README's example of the options column.
    const Product *cortado = imported->bySku(QStringLiteral("CAF-101"));
    QVERIFY(cortado);
    QCOMPARE(cortado->optionGroups.size(), 3);
    QCOMPARE(cortado->optionGroups.at(1).options.at(1).priceDelta.minorUnits(), qint64(50));
    for (const Product &p : imported->products()) {
        QVERIFY2(QFileInfo::exists(p.image), qPrintable(p.image));
        QVERIFY(Catalog::isValidBarcode(p.barcode));
    }
}

void TestCatalog::goodJson()
{
    const QString dir = Test::sourcePath(QStringLiteral("tests/data/catalog"));
    const Result<Catalog> loaded = Catalog::loadJsonFile(dir + QStringLiteral("/good.json"));
    QVERIFY2(loaded.ok(), why(loaded).constData());
    const Catalog &c = loaded.value();

    QCOMPARE(c.currency().code, QStringLiteral("USD"));
    QCOMPARE(c.products().size(), 4);
    QCOMPARE(c.activeProducts().size(), 3);
    // Bakery stays because the bagel is active; the scone alone would not make it a category.
    QCOMPARE(
        c.categories(), (QStringList { QStringLiteral("Coffee"), QStringLiteral("Tea"), QStringLiteral("Bakery") }));

    const Product *latte = c.byId(QStringLiteral("latte"));
    QVERIFY(latte);
    QCOMPARE(latte->price.minorUnits(), qint64(450));
    QCOMPARE(latte->description, QStringLiteral("Milky"));
    QCOMPARE(latte->image, QDir::cleanPath(dir + QStringLiteral("/images/latte.svg")));
    QVERIFY(QFileInfo::exists(latte->image));
    QCOMPARE(c.bySku(QStringLiteral("T-LATTE")), latte);
    QCOMPARE(c.byBarcode(QStringLiteral("4006381333931")), latte);
    QCOMPARE(c.byBarcode(QStringLiteral("96385074"))->name, QStringLiteral("Green Tea"));
    QCOMPARE(c.byId(QStringLiteral("bagel"))->price.minorUnits(), qint64(118));

    const Product *scone = c.byId(QStringLiteral("scone"));
    QVERIFY(scone);
    QVERIFY(!scone->active);
    QCOMPARE(scone->price.minorUnits(), qint64(29));
    QCOMPARE(scone->image, QStringLiteral("/opt/absolute/scone.svg"));
    QVERIFY(scone->barcode.isEmpty());
    QCOMPARE(c.byId(QStringLiteral("nope")), nullptr);
    QCOMPARE(c.bySku(QStringLiteral("t-latte")), nullptr); // SKUs are exact
}

void TestCatalog::jsonRoundTrip()
{
    const Result<Catalog> original
        = Catalog::loadJsonFile(Test::sourcePath(QStringLiteral("resources/catalog/catalog.json")));
    QVERIFY(original.ok());
    const Result<Catalog> again = Catalog::fromJson(original->toJson());
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(again->products().size(), original->products().size());
    for (qsizetype i = 0; i < original->products().size(); ++i) {
        const Product &a = original->products().at(i);
        const Product &b = again->products().at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.sku, a.sku);
        QCOMPARE(b.barcode, a.barcode);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.description, a.description);
        QCOMPARE(b.category, a.category);
        QCOMPARE(b.price, a.price);
        QCOMPARE(b.image, a.image);
        QCOMPARE(b.active, a.active);
    }
}

void TestCatalog::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::addRow("syntax error place") << QByteArray("{\n  \"currency\": \"USD\",\n  \"products\": [}\n")
                                        << QStringLiteral("not valid JSON (near line 3, column 16)");
    QTest::addRow("missing comma place") << QByteArray("{\"currency\": \"USD\"\n \"products\": []}")
                                         << QStringLiteral("not valid JSON (near line 2, column 11)");
    QTest::addRow("unfinished") << QByteArray("{\"currency\": \"USD\", \"products\": [")
                                << QStringLiteral("not valid JSON (near line 1, column 33)");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("not valid JSON (the file is empty)");
    QTest::addRow("top-level list") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::addRow("no currency") << QByteArray("{\"products\": []}") << QStringLiteral("\"currency\" is missing");
    QTest::addRow("unknown currency") << QByteArray("{\"currency\": \"ABC\", \"products\": []}")
                                      << QStringLiteral("Unknown or unsupported currency \"ABC\"");
    QTest::addRow("products not a list") << QByteArray("{\"currency\": \"USD\", \"products\": {}}")
                                         << QStringLiteral("\"products\" must be a list");
    QTest::addRow("no products") << QByteArray("{\"currency\": \"USD\", \"products\": []}")
                                 << QStringLiteral("no products");
    QTest::addRow("product not an object") << oneProduct("42") << QStringLiteral("product 2: must be a JSON object");
    QTest::addRow("price as number")
        << oneProduct(R"({"id":"b","sku":"B-2","name":"Tea","category":"Tea","price":4.5})")
        << QStringLiteral("product 2 (sku B-2): price must be a text string like \"4.50\", not the JSON number 4.5");
    QTest::addRow("price junk") << oneProduct(R"({"id":"b","sku":"B-2","name":"Tea","category":"Tea","price":"4.5x"})")
                                << QStringLiteral("product 2 (sku B-2): price \"4.5x\" is not a valid amount");
    QTest::addRow("price decimals") << oneProduct(R"({"id":"b","sku":"B-2","name":"T","category":"T","price":"1.234"})")
                                    << QStringLiteral("product 2 (sku B-2): price \"1.234\" has 3 decimal places");
    QTest::addRow("price zero") << oneProduct(R"({"id":"b","sku":"B-2","name":"T","category":"T","price":"0.00"})")
                                << QStringLiteral("product 2 (sku B-2): price \"0.00\" must be greater than zero");
    QTest::addRow("price negative") << oneProduct(R"({"id":"b","sku":"B-2","name":"T","category":"T","price":"-1"})")
                                    << QStringLiteral("must be greater than zero");
    QTest::addRow("price too large") << oneProduct(
        R"({"id":"b","sku":"B-2","name":"T","category":"T","price":"1000000.00"})")
                                     << QStringLiteral(
                                            "product 2 (sku B-2): price \"1000000.00\" is above the largest amount");
    QTest::addRow("price missing") << oneProduct(R"({"id":"b","sku":"B-2","name":"T","category":"T"})")
                                   << QStringLiteral("product 2 (sku B-2): price is missing");
    QTest::addRow("KWD last digit") << oneProduct(R"({"id":"b","sku":"B-2","name":"T","category":"T","price":"5.125"})",
        "KWD") << QStringLiteral("price \"5.125\" is not a valid KWD amount: the last digit must be 0");
    QTest::addRow("id missing") << oneProduct(R"({"sku":"B-2","name":"T","category":"T","price":"1.00"})")
                                << QStringLiteral("product 2 (sku B-2): id is missing");
    QTest::addRow("sku missing") << oneProduct(R"({"id":"b","name":"T","category":"T","price":"1.00"})")
                                 << QStringLiteral("product 2: sku is missing");
    QTest::addRow("name blank") << oneProduct(R"({"id":"b","sku":"B-2","name":"  ","category":"T","price":"1.00"})")
                                << QStringLiteral("product 2 (sku B-2): name is missing");
    QTest::addRow("category missing") << oneProduct(R"({"id":"b","sku":"B-2","name":"T","price":"1.00"})")
                                      << QStringLiteral("product 2 (sku B-2): category is missing");
    QTest::addRow("name not text") << oneProduct(R"({"id":"b","sku":"B-2","name":7,"category":"T","price":"1.00"})")
                                   << QStringLiteral("product 2 (sku B-2): name must be a text string");
    QTest::addRow("active not bool") << oneProduct(
        R"({"id":"b","sku":"B-2","name":"T","category":"T","price":"1.00","active":"yes"})")
                                     << QStringLiteral("product 2 (sku B-2): active must be true or false");
    QTest::addRow("duplicate id") << oneProduct(R"({"id":"a","sku":"B-2","name":"T","category":"T","price":"1.00"})")
                                  << QStringLiteral(
                                         "product 2 (sku B-2): id \"a\" is already used by product 1 (sku A-1)");
    QTest::addRow("duplicate sku") << oneProduct(R"({"id":"b","sku":"A-1","name":"T","category":"T","price":"1.00"})")
                                   << QStringLiteral("product 2 (sku A-1): sku \"A-1\" is already used by product 1");
    QTest::addRow("duplicate barcode")
        << QByteArray(R"({"currency":"USD","products":[
            {"id":"a","sku":"A-1","barcode":"96385074","name":"T","category":"T","price":"1.00"},
            {"id":"b","sku":"B-2","barcode":"96385074","name":"T","category":"T","price":"1.00"}]})")
        << QStringLiteral("product 2 (sku B-2): barcode \"96385074\" is already used by product 1 (sku A-1)");
    QTest::addRow("bad check digit") << oneProduct(
        R"({"id":"b","sku":"B-2","barcode":"4006381333932","name":"T","category":"T","price":"1.00"})")
                                     << QStringLiteral("product 2 (sku B-2): barcode \"4006381333932\" is not a valid");
    QTest::addRow("barcode letters") << oneProduct(
        R"({"id":"b","sku":"B-2","barcode":"40063813339X1","name":"T","category":"T","price":"1.00"})")
                                     << QStringLiteral("barcode \"40063813339X1\" is not a valid");
}

void TestCatalog::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const Result<Catalog> r = Catalog::fromJson(json);
    QVERIFY2(!r.ok(), "a bad catalog was accepted");
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestCatalog::badJsonFile()
{
    // The bad record is the last of seven: no partial catalog comes back.
    const Result<Catalog> r
        = Catalog::loadJsonFile(Test::sourcePath(QStringLiteral("tests/data/catalog/bad-price.json")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("invalid_catalog"));
    QVERIFY2(r.error().message.contains(QStringLiteral("bad-price.json")), qPrintable(r.error().message));
    QVERIFY2(
        r.error().message.contains(QStringLiteral("product 7 (sku CAF-007): price \"4.5x\" is not a valid amount")),
        qPrintable(r.error().message));
}

void TestCatalog::goodCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("lastId");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("lastDescription");
    QTest::addColumn<qint64>("lastPrice");
    QTest::addColumn<bool>("lastActive");

    QTest::addRow("plain LF") << kCsvHeader + kCsvFirst + "B-2,96385074,Tea,Hot,Tea,1.18,USD,,false\n"
                              << 2 << QStringLiteral("B-2") << QStringLiteral("Tea") << QStringLiteral("Hot")
                              << qint64(118) << false;
    QTest::addRow("CRLF without final newline")
        << QByteArray("sku,name,category,price,currency\r\nA-1,Espresso,Coffee,2.95,USD\r\nB-2,Tea,Tea,0.29,USD") << 2
        << QStringLiteral("B-2") << QStringLiteral("Tea") << QString() << qint64(29) << true;
    QTest::addRow("BOM") << "\xEF\xBB\xBF" + kCsvHeader + kCsvFirst << 1 << QStringLiteral("A-1")
                         << QStringLiteral("Espresso") << QString() << qint64(295) << true;
    QTest::addRow("columns in another order with id")
        << QByteArray("Price,Currency,Name,Category,SKU,ID\n19.99,usd,Big Box,Gifts,G-1,gift-box\n") << 1
        << QStringLiteral("gift-box") << QStringLiteral("Big Box") << QString() << qint64(1999) << true;
    QTest::addRow("quoted comma, quotes and newline")
        << kCsvHeader + "\"C-3\",,\"Soup, hot\",\"Say \"\"hi\"\"\nto the chef\",Food,4.00,USD,,yes\n"
        << 1 << QStringLiteral("C-3") << QStringLiteral("Soup, hot") << QStringLiteral("Say \"hi\"\nto the chef")
        << qint64(400) << true;
    QTest::addRow("blank lines and spaces")
        << kCsvHeader + "\n" + kCsvFirst + "\n\n D-4 ,, Cake ,,Bakery, 3.10 ,USD,,0\n"
        << 2 << QStringLiteral("D-4") << QStringLiteral("Cake") << QString() << qint64(310) << false;
    QTest::addRow("trailing empty columns")
        << QByteArray("sku,name,category,price,currency,,\nA-1,Tea,Tea,2.50,USD,,\n") << 1 << QStringLiteral("A-1")
        << QStringLiteral("Tea") << QString() << qint64(250) << true;
    QTest::addRow("UTF-8 names") << kCsvHeader + "E-5,,Caf\xC3\xA9 cr\xC3\xA8me,\xE2\x98\x95,Caf\xC3\xA9,3.00,EUR,,\n"
                                 << 1 << QStringLiteral("E-5") << QStringLiteral("Caf\u00E9 cr\u00E8me")
                                 << QStringLiteral("\u2615") << qint64(300) << true;
}

void TestCatalog::goodCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, count);
    QFETCH(QString, lastId);
    QFETCH(QString, lastName);
    QFETCH(QString, lastDescription);
    QFETCH(qint64, lastPrice);
    QFETCH(bool, lastActive);

    const Result<Catalog> r = Catalog::fromCsv(csv);
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->products().size(), count);
    const Product &last = r->products().constLast();
    QCOMPARE(last.id, lastId);
    QCOMPARE(last.name, lastName);
    QCOMPARE(last.description, lastDescription);
    QCOMPARE(last.price.minorUnits(), lastPrice);
    QCOMPARE(last.active, lastActive);
    QCOMPARE(r->byId(lastId), &last);
}

void TestCatalog::goodCsvFile()
{
    const QString dir = Test::sourcePath(QStringLiteral("tests/data/catalog"));
    const Result<Catalog> r = Catalog::importCsvFile(dir + QStringLiteral("/good-bom-crlf.csv"));
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->products().size(), 3);
    const Product *cortado = r->bySku(QStringLiteral("C-1"));
    QVERIFY(cortado);
    QCOMPARE(cortado->description, QStringLiteral("Short, strong \"and\" milky"));
    QCOMPARE(cortado->image, QDir::cleanPath(dir + QStringLiteral("/images/latte.svg")));
    QCOMPARE(r->bySku(QStringLiteral("C-2"))->name, QStringLiteral("Muffin,\nBlueberry"));
    QVERIFY(!r->bySku(QStringLiteral("C-2"))->active);
    QCOMPARE(r->byBarcode(QStringLiteral("96385074"))->price.minorUnits(), qint64(110));
    QCOMPARE(r->activeProducts().size(), 2);
}

void TestCatalog::badCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty file") << QByteArray() << QStringLiteral("the file is empty");
    QTest::addRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("the file is empty");
    QTest::addRow("header only") << kCsvHeader << QStringLiteral("no products");
    QTest::addRow("unknown column") << QByteArray("sku,name,colour,category,price,currency\n")
                                    << QStringLiteral("line 1: unknown column \"colour\"");
    QTest::addRow("column twice") << QByteArray("sku,name,name,category,price,currency\n")
                                  << QStringLiteral("line 1: column \"name\" appears twice");
    QTest::addRow("no price column") << QByteArray("sku,name,category,currency\nA-1,T,T,USD\n")
                                     << QStringLiteral("line 1: the header has no price column");
    QTest::addRow("bad price") << kCsvHeader + kCsvFirst + "B-2,,Tea,,Tea,abc,USD,,\n"
                               << QStringLiteral("line 3: price \"abc\" is not a valid amount");
    QTest::addRow("price with thousands separator")
        << kCsvHeader + kCsvFirst + "B-2,,Tea,,Tea,\"1,000.00\",USD,,\n"
        << QStringLiteral("line 3: price \"1,000.00\" is not a valid amount");
    QTest::addRow("price missing") << kCsvHeader + kCsvFirst + "B-2,,Tea,,Tea,,USD,,\n"
                                   << QStringLiteral("line 3: price is missing");
    // A byte order mark inside the file (two exports joined) is no SKU: the saved catalog could
    // not be loaded again.
    QTest::addRow("sku only a byte order mark") << kCsvHeader + kCsvFirst + "\xEF\xBB\xBF,,Tea,,Tea,1.00,USD,,\n"
                                                << QStringLiteral("line 3: sku is missing");
    QTest::addRow("name only zero-width spaces")
        << kCsvHeader + kCsvFirst + "B-2,,\xE2\x80\x8B\xE2\x80\x8B,,Tea,1.00,USD,,\n"
        << QStringLiteral("line 3: name is missing");
    QTest::addRow("too few fields") << kCsvHeader + kCsvFirst + "B-2,,Tea,,Tea,1.00,USD\n"
                                    << QStringLiteral("line 3: expected 9 fields as in the header, found 7");
    QTest::addRow("too many fields") << kCsvHeader + "A-1,,Espresso,,Coffee,2.95,USD,,true,extra\n"
                                     << QStringLiteral("line 2: expected 9 fields as in the header, found 10");
    QTest::addRow("mixed currency") << kCsvHeader + kCsvFirst + "B-2,,Tea,,Tea,1.00,EUR,,\n"
                                    << QStringLiteral("line 3: currency EUR differs from USD on line 2");
    QTest::addRow("currency missing") << kCsvHeader + "A-1,,Espresso,,Coffee,2.95,,,\n"
                                      << QStringLiteral("line 2: currency is missing");
    QTest::addRow("unknown currency") << kCsvHeader + "A-1,,Espresso,,Coffee,2.95,XYZ,,\n"
                                      << QStringLiteral("line 2: Unknown or unsupported currency \"XYZ\"");
    QTest::addRow("never closed quote") << kCsvHeader + kCsvFirst + "B-2,,\"Tea,,Tea,1.00,USD,,\n"
                                        << QStringLiteral("line 3: a quoted field is never closed");
    QTest::addRow("quote inside field") << kCsvHeader + kCsvFirst + "B-2,,Te\"a,,Tea,1.00,USD,,\n"
                                        << QStringLiteral("line 3: a quote inside an unquoted field");
    QTest::addRow("text after closing quote") << kCsvHeader + "A-1,,\"Espresso\"x,,Coffee,2.95,USD,,\n"
                                              << QStringLiteral("line 2: unexpected text after a closing quote");
    QTest::addRow("line count after quoted newlines")
        << kCsvHeader + "A-1,,Espresso,\"two\nline\nnote\",Coffee,2.95,USD,,\nB-2,,Tea,,Tea,9.999,USD,,\n"
        << QStringLiteral("line 5: price \"9.999\" has 3 decimal places");
    QTest::addRow("duplicate sku") << kCsvHeader + kCsvFirst + "A-1,,Again,,Coffee,1.00,USD,,\n"
                                   << QStringLiteral("line 3: sku \"A-1\" is already used by line 2");
    QTest::addRow("duplicate id column") << QByteArray("id,sku,name,category,price,currency\nx,A-1,T,C,1.00,USD\n"
                                                       "x,B-2,U,C,1.00,USD\n")
                                         << QStringLiteral("line 3: id \"x\" is already used by line 2");
    QTest::addRow("semicolon separated") << QByteArray("sku;name;category;price;currency\nA-1;T;C;1,00;EUR\n")
                                         << QStringLiteral("line 1: the columns are separated by ';'");
    QTest::addRow("duplicate barcode") << kCsvHeader + "A-1,96385074,X,,C,1.00,USD,,\nB-2,96385074,Y,,C,1.00,USD,,\n"
                                       << QStringLiteral("line 3: barcode \"96385074\" is already used by line 2");
    QTest::addRow("bad barcode") << kCsvHeader + "A-1,96385075,X,,C,1.00,USD,,\n"
                                 << QStringLiteral("line 2: barcode \"96385075\" is not a valid");
    QTest::addRow("bad active") << kCsvHeader + "A-1,,X,,C,1.00,USD,,maybe\n"
                                << QStringLiteral("line 2: active \"maybe\" must be true or false");
    QTest::addRow("name missing") << kCsvHeader + "A-1,,,,C,1.00,USD,,\n" << QStringLiteral("line 2: name is missing");
    QTest::addRow("invalid UTF-8") << kCsvHeader + "A-1,,Caf\xE9,,C,1.00,USD,,\n" << QStringLiteral("not valid UTF-8");
}

void TestCatalog::badCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);

    const Result<Catalog> r = Catalog::fromCsv(csv);
    QVERIFY2(!r.ok(), "a bad CSV was imported");
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestCatalog::invisibleCharactersAreDropped()
{
    // A leading byte order mark, a zero-width space and a NUL: nobody sees them on a label, a
    // search must not depend on them, and the catalog saved as JSON loads back the same.
    const Result<Catalog> r = Catalog::fromCsv(kCsvHeader + kCsvFirst
        + QByteArray("\xEF\xBB\xBF"
                     "B-2,,Te\xE2\x80\x8B"
                     "a,,Tea\x01"
                     "Time,1.00,USD,,\n"));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const Product *tea = r->bySku(QStringLiteral("B-2"));
    QVERIFY(tea);
    QCOMPARE(tea->name, QStringLiteral("Tea"));
    QCOMPARE(tea->category, QStringLiteral("Tea Time"));
    const Result<Catalog> reloaded = Catalog::fromJson(r->toJson());
    QVERIFY2(reloaded.ok(), reloaded.ok() ? "" : qPrintable(reloaded.error().message));
    QCOMPARE(reloaded->bySku(QStringLiteral("B-2"))->name, QStringLiteral("Tea"));
}

void TestCatalog::badCsvFile()
{
    // The third record spans lines 3-4 (a quoted newline), so the EUR row is on line 5.
    const Result<Catalog> r
        = Catalog::importCsvFile(Test::sourcePath(QStringLiteral("tests/data/catalog/bad-mixed-currency.csv")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("bad-mixed-currency.csv, line 5: currency EUR differs from "
                                                       "USD on line 2; a catalog has one currency")),
        qPrintable(r.error().message));
}

void TestCatalog::missingFile()
{
    const Result<Catalog> json = Catalog::loadJsonFile(QStringLiteral("/nonexistent/catalog.json"));
    QVERIFY(!json.ok());
    QCOMPARE(json.error().code, QStringLiteral("io_error"));
    QVERIFY(json.error().message.contains(QStringLiteral("/nonexistent/catalog.json")));
    const Result<Catalog> csv = Catalog::importCsvFile(QStringLiteral("/nonexistent/import.csv"));
    QVERIFY(!csv.ok());
    QCOMPARE(csv.error().code, QStringLiteral("io_error"));
}

void TestCatalog::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");

    QTest::addRow("name, any case") << QStringLiteral("LATTE") << QStringList { QStringLiteral("latte") };
    QTest::addRow("part of a name") << QStringLiteral("tea") << QStringList { QStringLiteral("tea") };
    QTest::addRow("category") << QStringLiteral("bakery") << QStringList { QStringLiteral("bagel") };
    QTest::addRow("sku") << QStringLiteral("t-bag") << QStringList { QStringLiteral("bagel") };
    QTest::addRow("barcode") << QStringLiteral("4006381") << QStringList { QStringLiteral("latte") };
    QTest::addRow("inactive not found") << QStringLiteral("scone") << QStringList {};
    QTest::addRow("no match") << QStringLiteral("pizza") << QStringList {};
    QTest::addRow("empty lists all active")
        << QString() << QStringList { QStringLiteral("latte"), QStringLiteral("tea"), QStringLiteral("bagel") };
}

void TestCatalog::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);

    const Result<Catalog> c = Catalog::fromJson(readFixture(QStringLiteral("good.json")));
    QVERIFY2(c.ok(), why(c).constData());
    QStringList found;
    for (const Product &p : c->search(text))
        found.append(p.id);
    QCOMPARE(found, ids);
}

void TestCatalog::barcodes_data()
{
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<bool>("valid");

    QTest::addRow("EAN-13") << QStringLiteral("4006381333931") << true;
    QTest::addRow("EAN-13 wrong check") << QStringLiteral("4006381333930") << false;
    QTest::addRow("EAN-8") << QStringLiteral("96385074") << true;
    QTest::addRow("EAN-8 wrong check") << QStringLiteral("96385073") << false;
    QTest::addRow("UPC-A") << QStringLiteral("036000291452") << true;
    QTest::addRow("UPC-A wrong check") << QStringLiteral("036000291453") << false;
    QTest::addRow("GTIN-14") << QStringLiteral("10036000291459") << true;
    QTest::addRow("too short") << QStringLiteral("1234") << false;
    QTest::addRow("letters") << QStringLiteral("40063813339a1") << false;
    QTest::addRow("empty") << QString() << false;
}

void TestCatalog::barcodes()
{
    QFETCH(QString, barcode);
    QFETCH(bool, valid);
    QCOMPARE(Catalog::isValidBarcode(barcode), valid);
}

namespace {

/** A catalog with one product per category given, and the "tax" object verbatim. */
QByteArray taxed(const QByteArray &tax, const QByteArray &secondCategory = R"("tax_category":"reduced",)")
{
    return R"({"currency":"EUR",)" + (tax.isEmpty() ? QByteArray() : "\"tax\":" + tax + ",")
        + R"("products":[{"id":"a","sku":"A-1","name":"Cola","category":"Drinks","price":"2.50"},
          {"id":"b","sku":"B-2","name":"Roll",)"
        + secondCategory + R"("category":"Bakery","price":"1.20"}]})";
}

} // namespace

void TestCatalog::taxCategories_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<QString>("rateA");
    QTest::addColumn<QString>("rateB");

    const QByteArray german
        = R"({"prices_include_tax":true,"display_name":"MwSt.","rates":{"standard":"19","reduced":"7"}})";
    QTest::addRow("no tax object: no tax, default category") << taxed({}) << true << QString() << QString();
    QTest::addRow("tax null") << taxed("null") << true << QString() << QString();
    QTest::addRow("German, inclusive") << taxed(german) << true << QStringLiteral("standard 19% inclusive")
                                       << QStringLiteral("reduced 7% inclusive");
    QTest::addRow("US, exclusive, four decimals")
        << taxed(R"({"prices_include_tax":false,"rates":{"standard":"8.875","reduced":"0"}})") << false
        << QStringLiteral("standard 8.875% exclusive") << QStringLiteral("reduced 0% exclusive");
    QTest::addRow("inclusive is the default")
        << taxed(R"({"rates":{"standard":"20","reduced":"5.5"}})") << true << QStringLiteral("standard 20% inclusive")
        << QStringLiteral("reduced 5.5% inclusive");
}

void TestCatalog::taxCategories()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, inclusive);
    QFETCH(QString, rateA);
    QFETCH(QString, rateB);

    const Result<Catalog> r = Catalog::fromJson(json);
    QVERIFY2(r.ok(), why(r).constData());
    const Product *a = r->byId(QStringLiteral("a"));
    const Product *b = r->byId(QStringLiteral("b"));
    QCOMPARE(a->taxCategory, TaxPolicy::defaultCategory());
    const auto ra = r->taxRateFor(*a);
    const auto rb = r->taxRateFor(*b);
    QCOMPARE(ra ? ra->id : QString(), rateA);
    QCOMPARE(rb ? rb->id : QString(), rateB);
    if (ra)
        QCOMPARE(ra->inclusive, inclusive);
    QCOMPARE(r->taxPolicy().pricesIncludeTax, inclusive);

    // Written back and read again, the shop keeps its rates and categories.
    const Result<Catalog> again = Catalog::fromJson(r->toJson());
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(again->byId(QStringLiteral("b"))->taxCategory, b->taxCategory);
    const auto again_b = again->taxRateFor(*again->byId(QStringLiteral("b")));
    QCOMPARE(again_b ? again_b->id : QString(), rateB);
    QCOMPARE(again->taxPolicy().displayName, r->taxPolicy().displayName);
}

void TestCatalog::taxRatesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "category=percent;…" as read back, or "!" + part of the error
    QTest::addRow("two rates") << QStringLiteral("standard=19,reduced=7") << QStringLiteral("reduced=7;standard=19");
    QTest::addRow("spaces and decimals") << QStringLiteral(" standard = 20 , reduced=5.5 ")
                                         << QStringLiteral("reduced=5.5;standard=20");
    QTest::addRow("three decimals") << QStringLiteral("ny=8.875") << QStringLiteral("ny=8.875");
    QTest::addRow("zero rate") << QStringLiteral("zero=0") << QStringLiteral("zero=0");
    QTest::addRow("no equals") << QStringLiteral("standard19") << QStringLiteral("!rate 1 must be category=percent");
    QTest::addRow("empty pair") << QStringLiteral("standard=19,,reduced=7")
                                << QStringLiteral("!rate 2 must be category=percent");
    QTest::addRow("empty") << QString() << QStringLiteral("!must be category=percent");
    QTest::addRow("bad category") << QStringLiteral("standard=19,half rate=7")
                                  << QStringLiteral("!the category of rate 2 must be");
    QTest::addRow("twice") << QStringLiteral("standard=19,standard=7") << QStringLiteral("!given twice");
    QTest::addRow("decimal comma") << QStringLiteral("standard=19,5") << QStringLiteral("!must be category=percent");
    QTest::addRow("above 100") << QStringLiteral("standard=101") << QStringLiteral("!standard:");
    QTest::addRow("five decimals") << QStringLiteral("standard=19.00001") << QStringLiteral("!standard:");
    QTest::addRow("percent sign") << QStringLiteral("standard=19%") << QStringLiteral("!standard:");
    QTest::addRow("negative") << QStringLiteral("standard=-7") << QStringLiteral("!standard:");
    QString many;
    for (int i = 0; i <= TaxPolicy::kMaxRates; ++i)
        many += QStringLiteral("c%1=1,").arg(i);
    many.chop(1);
    QTest::addRow("too many") << many << QStringLiteral("!at most 20");
    QTest::addRow("too long") << QString(TaxPolicy::kMaxRatesTextLength + 1, QLatin1Char('a'))
                              << QStringLiteral("!longer than 2000");
}

void TestCatalog::taxRatesText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = TaxPolicy::parseRates(text);
    if (expected.startsWith(QLatin1Char('!'))) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("invalid_tax"));
        QVERIFY2(parsed.error().message.contains(expected.mid(1)), qPrintable(parsed.error().message));
        return;
    }
    if (!parsed)
        QFAIL(qPrintable(parsed.error().message));
    QStringList got;
    for (auto it = parsed.value().cbegin(); it != parsed.value().cend(); ++it)
        got << it.key() + QLatin1Char('=') + it.value().toString();
    QCOMPARE(got.join(QLatin1Char(';')), expected);
}

void TestCatalog::badTax_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::addRow("rate as JSON number") << taxed(R"({"rates":{"standard":19,"reduced":"7"}})")
                                         << QStringLiteral("the rate of \"standard\" must be a text string");
    QTest::addRow("rate above 100") << taxed(R"({"rates":{"standard":"101","reduced":"7"}})")
                                    << QStringLiteral("rate of \"standard\"");
    QTest::addRow("five decimals") << taxed(R"({"rates":{"standard":"19.00001","reduced":"7"}})")
                                   << QStringLiteral("rate of \"standard\"");
    QTest::addRow("decimal comma") << taxed(R"({"rates":{"standard":"19,5","reduced":"7"}})")
                                   << QStringLiteral("rate of \"standard\"");
    QTest::addRow("category without rate")
        << taxed(R"({"rates":{"standard":"19"}})") << QStringLiteral("has tax category \"reduced\", which has no rate");
    QTest::addRow("no rates object") << taxed(R"({"prices_include_tax":true})") << QStringLiteral("\"rates\" must be");
    QTest::addRow("inclusive not bool") << taxed(R"({"prices_include_tax":"yes","rates":{"standard":"19"}})")
                                        << QStringLiteral("prices_include_tax must be true or false");
    QTest::addRow("bad category name") << taxed(
        R"({"rates":{"standard":"19","reduced":"7"}})", R"("tax_category":"half rate",)")
                                       << QStringLiteral("tax_category \"half rate\" must be");
    QTest::addRow("display name too long") << taxed(
        R"({"display_name":"123456789012345678901234567890123456789012345678901","rates":{"standard":"19","reduced":"7"}})")
                                           << QStringLiteral("display name must be 1 to 50");
}

void TestCatalog::badTax()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<Catalog> r = Catalog::fromJson(json);
    QVERIFY2(!r.ok(), "a bad tax configuration was accepted");
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestCatalog::germanSampleCatalog()
{
    const Result<Catalog> de
        = Catalog::loadJsonFile(Test::sourcePath(QStringLiteral("resources/catalog/catalog-de.json")));
    QVERIFY2(de.ok(), why(de).constData());
    QCOMPARE(de->currency().code, QStringLiteral("EUR"));
    QVERIFY(de->taxPolicy().pricesIncludeTax);
    QCOMPARE(de->taxPolicy().displayName, QStringLiteral("MwSt."));
    const auto coffee = de->taxRateFor(*de->bySku(QStringLiteral("CAF-001")));
    const auto croissant = de->taxRateFor(*de->bySku(QStringLiteral("BAK-001")));
    QVERIFY(coffee && croissant);
    QCOMPARE(coffee->percentage.scaled(), qint64(190000));
    QCOMPARE(croissant->percentage.scaled(), qint64(70000));
}

void TestCatalog::taxFromCsvAndSettings()
{
    Result<Catalog> r = Catalog::fromCsv(
        "sku,name,category,price,currency,tax_category\nA-1,Cola,Drinks,2.50,EUR,\nB-2,Roll,Bakery,1.20,EUR,reduced\n");
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->byId(QStringLiteral("A-1"))->taxCategory, QStringLiteral("standard"));
    QCOMPARE(r->byId(QStringLiteral("B-2"))->taxCategory, QStringLiteral("reduced"));
    QVERIFY(!r->taxRateFor(*r->byId(QStringLiteral("B-2")))); // a CSV has no rates

    TaxPolicy missing;
    missing.rates.insert(QStringLiteral("standard"), Percentage::parse(u"19", Percentage::Use::TaxRate).value());
    const Status refused = r->setTaxPolicy(missing);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("sku B-2")), qPrintable(refused.error().message));
    QVERIFY(r->taxPolicy().isEmpty()); // nothing changed

    TaxPolicy settings = missing;
    settings.pricesIncludeTax = false;
    settings.rates.insert(QStringLiteral("reduced"), Percentage::parse(u"7", Percentage::Use::TaxRate).value());
    QVERIFY(r->setTaxPolicy(settings).ok());
    const auto rate = r->taxRateFor(*r->byId(QStringLiteral("B-2")));
    QVERIFY(rate);
    QCOMPARE(rate->id, QStringLiteral("reduced 7% exclusive"));
    QCOMPARE(rate->percentage.scaled(), qint64(70000));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
