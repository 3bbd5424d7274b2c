// SPDX-License-Identifier: MIT
#include "Money.h"

#include <QTest>

#include <limits>

using namespace Kiosk;

namespace {
// QVERIFY2 evaluates its message even on success, so never touch error() of a good result.
template <typename R> QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}
} // namespace

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyTable_data();
    void currencyTable();
    void unknownCurrency_data();
    void unknownCurrency();
    void everyCurrencyRoundTrips_data();
    void everyCurrencyRoundTrips();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void format_data();
    void format();
    void arithmetic();
    void arithmeticErrors_data();
    void arithmeticErrors();
    void validateCharge_data();
    void validateCharge();
};

void TestMoney::currencyTable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("minimum");

    const char *zeroDecimal[]
        = { "BIF", "CLP", "DJF", "GNF", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF" };
    for (const char *code : zeroDecimal)
        QTest::addRow("%s", code) << QString::fromLatin1(code) << 0 << qint64(1) << qint64(0);
    QTest::addRow("JPY") << QStringLiteral("JPY") << 0 << qint64(1) << qint64(50);

    for (const char *code : { "BHD", "JOD", "KWD", "OMR", "TND" })
        QTest::addRow("%s", code) << QString::fromLatin1(code) << 3 << qint64(10) << qint64(0);

    QTest::addRow("ISK") << QStringLiteral("ISK") << 2 << qint64(100) << qint64(0);

    const std::pair<const char *, qint64> twoDecimal[] = { { "USD", 50 }, { "EUR", 50 }, { "GBP", 30 }, { "CAD", 50 },
        { "AUD", 50 }, { "CHF", 50 }, { "DKK", 250 }, { "HKD", 400 }, { "NOK", 300 }, { "SEK", 300 }, { "MXN", 1000 },
        { "NZD", 50 }, { "SGD", 50 }, { "PLN", 200 }, { "CZK", 1500 }, { "INR", 50 }, { "BRL", 50 } };
    for (const auto &[code, minimum] : twoDecimal)
        QTest::addRow("%s", code) << QString::fromLatin1(code) << 2 << qint64(1) << minimum;
}

void TestMoney::currencyTable()
{
    QFETCH(QString, code);
    QFETCH(int, exponent);
    QFETCH(qint64, step);
    QFETCH(qint64, minimum);

    // Stripe sends codes in lower case; both spellings must find the same currency.
    for (const QString &spelling : { code, code.toLower() }) {
        const Result<Currency> c = Currency::fromCode(spelling);
        QVERIFY2(c.ok(), qPrintable(spelling));
        QCOMPARE(c->code, code);
        QCOMPARE(c->exponent, exponent);
        QCOMPARE(c->amountStep, step);
        QCOMPARE(c->minimumCharge, minimum);
        QCOMPARE(c->maximumCharge, qint64(99'999'999));
        QCOMPARE(c->stripeCode(), code.toLower());
    }
    QVERIFY(Currency::all().contains(Currency::fromCode(code).value()));
}

void TestMoney::unknownCurrency_data()
{
    QTest::addColumn<QString>("code");
    QTest::addRow("empty") << QString();
    QTest::addRow("made up") << QStringLiteral("XYZ");
    QTest::addRow("too long") << QStringLiteral("USDD");
    QTest::addRow("symbol") << QStringLiteral("$");
}

void TestMoney::unknownCurrency()
{
    QFETCH(QString, code);
    const Result<Currency> c = Currency::fromCode(code);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, QStringLiteral("unknown_currency"));
    if (!code.isEmpty())
        QVERIFY2(c.error().message.contains(code), qPrintable(c.error().message));
    QVERIFY(!Money::parse(u"1", code).ok());
    QVERIFY(!Money::fromMinor(100, code).ok());
}

void TestMoney::everyCurrencyRoundTrips_data()
{
    QTest::addColumn<QString>("code");
    for (const Currency &c : Currency::all())
        QTest::addRow("%s", qPrintable(c.code)) << c.code;
    QVERIFY(Currency::all().size() >= 40);
}

void TestMoney::everyCurrencyRoundTrips()
{
    QFETCH(QString, code);
    const Currency currency = Currency::fromCode(code).value();

    // Amounts exercising every digit position, the maximum, and one step.
    for (qint64 minor : { qint64(123'456'700), qint64(99'999'900), currency.amountStep, currency.amountStep * 7 }) {
        const Money m(minor, currency);
        const QString text = m.toDecimalString();
        // The decimal text has exactly `exponent` decimals.
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        QCOMPARE(dot < 0 ? 0 : int(text.size() - dot - 1), currency.exponent);
        const Result<Money> back = Money::parse(text, currency);
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->minorUnits(), minor);
        QCOMPARE(back->currency(), currency);

        // Formatting for people keeps the same digits (grouping aside) and shows the currency.
        const QString shown = m.format(QLocale(QLocale::English, QLocale::UnitedStates));
        QString digitsOnly = shown;
        digitsOnly.remove(QLatin1Char(','));
        QVERIFY2(digitsOnly.contains(text), qPrintable(shown + QStringLiteral(" vs ") + text));
        QVERIFY2(!shown.startsWith(text), qPrintable(shown)); // a symbol or code is in front
    }

    // One decimal place more than the currency has is rejected, never rounded.
    QString tooPrecise = QStringLiteral("1.");
    tooPrecise += QString(currency.exponent + 1, QLatin1Char('5'));
    const Result<Money> rejected = Money::parse(tooPrecise, currency);
    QVERIFY(!rejected.ok());
    QCOMPARE(rejected.error().code, QStringLiteral("invalid_amount"));

    // Off-step amounts (three-decimal currencies, ISK) are rejected at parse time.
    if (currency.amountStep > 1) {
        const Money offStep(currency.amountStep * 3 + 1, currency);
        const Result<Money> r = Money::parse(offStep.toDecimalString(), currency);
        QVERIFY(!r.ok());
        QVERIFY2(why(r).contains(currency.code.toUtf8()), why(r).constData());
        QCOMPARE(offStep.validateCharge().error().code, QStringLiteral("invalid_amount"));
    }
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");

    // The classic floating-point traps: 19.99 * 100 = 1998.999..., 0.29 * 100 = 28.999...
    QTest::addRow("19.99 USD") << QStringLiteral("19.99") << QStringLiteral("USD") << qint64(1999);
    QTest::addRow("0.29 USD") << QStringLiteral("0.29") << QStringLiteral("USD") << qint64(29);
    QTest::addRow("1.18 USD") << QStringLiteral("1.18") << QStringLiteral("USD") << qint64(118);
    QTest::addRow("0.01 USD") << QStringLiteral("0.01") << QStringLiteral("USD") << qint64(1);
    QTest::addRow("1.10 USD") << QStringLiteral("1.10") << QStringLiteral("USD") << qint64(110);
    QTest::addRow("1.1 USD") << QStringLiteral("1.1") << QStringLiteral("USD") << qint64(110);
    QTest::addRow("4.35 EUR") << QStringLiteral("4.35") << QStringLiteral("EUR") << qint64(435);
    QTest::addRow("1.15 GBP") << QStringLiteral("1.15") << QStringLiteral("GBP") << qint64(115);
    QTest::addRow("whole USD") << QStringLiteral("7") << QStringLiteral("USD") << qint64(700);
    QTest::addRow("zero") << QStringLiteral("0.00") << QStringLiteral("USD") << qint64(0);
    QTest::addRow("max as minor") << QStringLiteral("999999.99") << QStringLiteral("USD") << qint64(99'999'999);
    QTest::addRow("99999999 USD") << QStringLiteral("99999999") << QStringLiteral("USD") << qint64(9'999'999'900);
    QTest::addRow("99999999 JPY") << QStringLiteral("99999999") << QStringLiteral("JPY") << qint64(99'999'999);
    QTest::addRow("500 JPY") << QStringLiteral("500") << QStringLiteral("JPY") << qint64(500);
    QTest::addRow("lower-case code") << QStringLiteral("500") << QStringLiteral("jpy") << qint64(500);
    QTest::addRow("5.120 KWD") << QStringLiteral("5.120") << QStringLiteral("KWD") << qint64(5120);
    QTest::addRow("5.12 KWD") << QStringLiteral("5.12") << QStringLiteral("KWD") << qint64(5120);
    QTest::addRow("0.010 BHD") << QStringLiteral("0.010") << QStringLiteral("BHD") << qint64(10);
    QTest::addRow("1500 ISK") << QStringLiteral("1500") << QStringLiteral("ISK") << qint64(150'000);
    QTest::addRow("1500.00 ISK") << QStringLiteral("1500.00") << QStringLiteral("ISK") << qint64(150'000);
    QTest::addRow("negative") << QStringLiteral("-2.50") << QStringLiteral("USD") << qint64(-250);
    QTest::addRow("surrounding spaces") << QStringLiteral("  3.20 ") << QStringLiteral("USD") << qint64(320);
    QTest::addRow("leading zeros") << QStringLiteral("007.05") << QStringLiteral("USD") << qint64(705);
    QTest::addRow("int64 max") << QStringLiteral("92233720368547758.07") << QStringLiteral("USD")
                               << std::numeric_limits<qint64>::max();
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);

    const Result<Money> m = Money::parse(text, currency);
    QVERIFY2(m.ok(), why(m).constData());
    QCOMPARE(m->minorUnits(), minor);
    QCOMPARE(m->currency().code, currency.toUpper());
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("5.125 KWD") << QStringLiteral("5.125") << QStringLiteral("KWD")
                               << QStringLiteral("the last digit must be 0");
    QTest::addRow("0.001 TND") << QStringLiteral("0.001") << QStringLiteral("TND")
                               << QStringLiteral("the last digit must be 0");
    QTest::addRow("1.50 ISK") << QStringLiteral("1.50") << QStringLiteral("ISK") << QStringLiteral("whole units");
    QTest::addRow("1.234 USD") << QStringLiteral("1.234") << QStringLiteral("USD")
                               << QStringLiteral("has 3 decimal places; USD allows at most 2");
    QTest::addRow("1.230 USD") << QStringLiteral("1.230") << QStringLiteral("USD")
                               << QStringLiteral("has 3 decimal places");
    QTest::addRow("5.1250 KWD") << QStringLiteral("5.1250") << QStringLiteral("KWD")
                                << QStringLiteral("KWD allows at most 3");
    QTest::addRow("500.5 JPY") << QStringLiteral("500.5") << QStringLiteral("JPY")
                               << QStringLiteral("JPY amounts are whole numbers");
    QTest::addRow("empty") << QString() << QStringLiteral("USD") << QStringLiteral("amount is required");
    QTest::addRow("whitespace only") << QStringLiteral("   ") << QStringLiteral("USD")
                                     << QStringLiteral("amount is required");
    QTest::addRow("letters") << QStringLiteral("abc") << QStringLiteral("USD")
                             << QStringLiteral("\"abc\" is not a valid amount");
    QTest::addRow("trailing junk") << QStringLiteral("4.5x") << QStringLiteral("USD")
                                   << QStringLiteral("\"4.5x\" is not a valid amount");
    QTest::addRow("grouping comma") << QStringLiteral("1,000.00") << QStringLiteral("USD")
                                    << QStringLiteral("is not a valid amount");
    QTest::addRow("decimal comma") << QStringLiteral("19,99") << QStringLiteral("EUR")
                                   << QStringLiteral("is not a valid amount");
    QTest::addRow("exponent") << QStringLiteral("1e3") << QStringLiteral("USD")
                              << QStringLiteral("is not a valid amount");
    QTest::addRow("plus sign") << QStringLiteral("+5") << QStringLiteral("USD")
                               << QStringLiteral("is not a valid amount");
    QTest::addRow("lone minus") << QStringLiteral("-") << QStringLiteral("USD")
                                << QStringLiteral("is not a valid amount");
    QTest::addRow("bare point") << QStringLiteral(".") << QStringLiteral("USD")
                                << QStringLiteral("is not a valid amount");
    QTest::addRow("no integer part") << QStringLiteral(".50") << QStringLiteral("USD")
                                     << QStringLiteral("is not a valid amount");
    QTest::addRow("no fraction") << QStringLiteral("5.") << QStringLiteral("USD")
                                 << QStringLiteral("is not a valid amount");
    QTest::addRow("two points") << QStringLiteral("1.2.3") << QStringLiteral("USD")
                                << QStringLiteral("is not a valid amount");
    QTest::addRow("inner space") << QStringLiteral("1 000") << QStringLiteral("USD")
                                 << QStringLiteral("is not a valid amount");
    QTest::addRow("currency symbol") << QStringLiteral("$5") << QStringLiteral("USD")
                                     << QStringLiteral("is not a valid amount");
    QTest::addRow("arabic digits") << QStringLiteral("\u0665") << QStringLiteral("USD")
                                   << QStringLiteral("is not a valid amount");
    QTest::addRow("nan") << QStringLiteral("nan") << QStringLiteral("USD") << QStringLiteral("is not a valid amount");
    QTest::addRow("overflow major") << QStringLiteral("99999999999999999999") << QStringLiteral("JPY")
                                    << QStringLiteral("is too large");
    QTest::addRow("overflow scaled") << QStringLiteral("92233720368547758.08") << QStringLiteral("USD")
                                     << QStringLiteral("is too large");
    QTest::addRow("overflow by exponent")
        << QStringLiteral("9223372036854775807") << QStringLiteral("USD") << QStringLiteral("is too large");
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, messagePart);

    const Result<Money> m = Money::parse(text, currency);
    QVERIFY2(!m.ok(), qPrintable(QStringLiteral("accepted as %1").arg(m.ok() ? m->minorUnits() : 0)));
    QCOMPARE(m.error().code, QStringLiteral("invalid_amount"));
    QVERIFY2(m.error().message.contains(messagePart), qPrintable(m.error().message));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    const QString nbsp(QChar(0x00A0));
    QTest::addRow("USD en_US") << qint64(1999) << QStringLiteral("USD") << QStringLiteral("en_US")
                               << QStringLiteral("$19.99");
    QTest::addRow("cents en_US") << qint64(5) << QStringLiteral("USD") << QStringLiteral("en_US")
                                 << QStringLiteral("$0.05");
    QTest::addRow("max USD en_US") << qint64(99'999'999) << QStringLiteral("USD") << QStringLiteral("en_US")
                                   << QStringLiteral("$999,999.99");
    QTest::addRow("negative USD") << qint64(-250) << QStringLiteral("USD") << QStringLiteral("en_US")
                                  << QStringLiteral("($2.50)"); // Qt uses the accounting form for en_US
    QTest::addRow("negative cents") << qint64(-5) << QStringLiteral("USD") << QStringLiteral("en_US")
                                    << QStringLiteral("($0.05)");
    QTest::addRow("JPY en_US") << qint64(500) << QStringLiteral("JPY") << QStringLiteral("en_US")
                               << QStringLiteral("\u00A5500");
    QTest::addRow("JPY ja_JP") << qint64(500) << QStringLiteral("JPY") << QStringLiteral("ja_JP")
                               << QStringLiteral("\uFFE5500");
    QTest::addRow("max JPY ja_JP") << qint64(99'999'999) << QStringLiteral("JPY") << QStringLiteral("ja_JP")
                                   << QStringLiteral("\uFFE599,999,999");
    QTest::addRow("EUR de_DE") << qint64(1999) << QStringLiteral("EUR") << QStringLiteral("de_DE")
                               << QString(QStringLiteral("19,99") + nbsp + QStringLiteral("\u20AC"));
    QTest::addRow("max EUR de_DE") << qint64(99'999'999) << QStringLiteral("EUR") << QStringLiteral("de_DE")
                                   << QString(QStringLiteral("999.999,99") + nbsp + QStringLiteral("\u20AC"));
    QTest::addRow("EUR fr_FR") << qint64(123'456) << QStringLiteral("EUR") << QStringLiteral("fr_FR")
                               << QString(QStringLiteral("1\u202F234,56") + nbsp + QStringLiteral("\u20AC"));
    QTest::addRow("GBP en_GB") << qint64(30) << QStringLiteral("GBP") << QStringLiteral("en_GB")
                               << QStringLiteral("\u00A30.30");
    QTest::addRow("CAD en_US") << qint64(450) << QStringLiteral("CAD") << QStringLiteral("en_US")
                               << QStringLiteral("CA$4.50");
    QTest::addRow("CAD en_CA") << qint64(450) << QStringLiteral("CAD") << QStringLiteral("en_CA")
                               << QStringLiteral("$4.50");
    QTest::addRow("CHF en_US") << qint64(500) << QStringLiteral("CHF") << QStringLiteral("en_US")
                               << QString(QStringLiteral("CHF") + nbsp + QStringLiteral("5.00"));
    QTest::addRow("KWD en_US") << qint64(5120) << QStringLiteral("KWD") << QStringLiteral("en_US")
                               << QString(QStringLiteral("KWD") + nbsp + QStringLiteral("5.120"));
    QTest::addRow("max KWD en_US") << qint64(99'999'990) << QStringLiteral("KWD") << QStringLiteral("en_US")
                                   << QString(QStringLiteral("KWD") + nbsp + QStringLiteral("99,999.990"));
    QTest::addRow("ISK en_US") << qint64(150'000) << QStringLiteral("ISK") << QStringLiteral("en_US")
                               << QString(QStringLiteral("ISK") + nbsp + QStringLiteral("1,500.00"));
    QTest::addRow("beyond double precision") << std::numeric_limits<qint64>::max() << QStringLiteral("USD")
                                             << QStringLiteral("en_US") << QStringLiteral("$92,233,720,368,547,758.07");
}

void TestMoney::format()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);

    const Money m = Money::fromMinor(minor, currency).value();
    QCOMPARE(m.format(QLocale(locale)), expected);
}

void TestMoney::arithmetic()
{
    const Money a = Money::parse(u"19.99", u"USD").value();
    const Money b = Money::parse(u"0.29", u"USD").value();
    QCOMPARE(a.plus(b)->minorUnits(), qint64(2028));
    QCOMPARE(a.minus(b)->minorUnits(), qint64(1970));
    QCOMPARE(b.minus(a)->minorUnits(), qint64(-1970));
    QCOMPARE(a.times(3)->minorUnits(), qint64(5997));
    QCOMPARE(a.times(0)->minorUnits(), qint64(0));
    QCOMPARE(a.times(999)->toDecimalString(), QStringLiteral("19970.01"));
    QCOMPARE(a.plus(b)->currency().code, QStringLiteral("USD"));
    QCOMPARE(Money::fromMinor(-5, u"USD")->toDecimalString(), QStringLiteral("-0.05"));
    QCOMPARE(Money::fromMinor(5120, u"KWD")->toDecimalString(), QStringLiteral("5.120"));
    QCOMPARE(Money::fromMinor(500, u"JPY")->toDecimalString(), QStringLiteral("500"));
    QVERIFY(a == Money(1999, Currency::fromCode(u"USD").value()));
    QVERIFY(a != Money(1999, Currency::fromCode(u"EUR").value()));
}

void TestMoney::arithmeticErrors_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<QString>("leftCurrency");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<QString>("rightCurrency");
    QTest::addColumn<QString>("code");

    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    const QString usd = QStringLiteral("USD");
    QTest::addRow("plus overflow") << QStringLiteral("plus") << max << usd << qint64(1) << usd
                                   << QStringLiteral("overflow");
    QTest::addRow("minus overflow") << QStringLiteral("minus") << min << usd << qint64(1) << usd
                                    << QStringLiteral("overflow");
    QTest::addRow("times overflow") << QStringLiteral("times") << max / 2 + 1 << usd << qint64(2) << usd
                                    << QStringLiteral("overflow");
    QTest::addRow("times negative overflow")
        << QStringLiteral("times") << min << usd << qint64(-1) << usd << QStringLiteral("overflow");
    QTest::addRow("plus mismatch") << QStringLiteral("plus") << qint64(100) << usd << qint64(100)
                                   << QStringLiteral("EUR") << QStringLiteral("currency_mismatch");
    QTest::addRow("minus mismatch") << QStringLiteral("minus") << qint64(100) << QStringLiteral("JPY") << qint64(100)
                                    << usd << QStringLiteral("currency_mismatch");
}

void TestMoney::arithmeticErrors()
{
    QFETCH(QString, operation);
    QFETCH(qint64, left);
    QFETCH(QString, leftCurrency);
    QFETCH(qint64, right);
    QFETCH(QString, rightCurrency);
    QFETCH(QString, code);

    const Money a = Money::fromMinor(left, leftCurrency).value();
    const Money b = Money::fromMinor(right, rightCurrency).value();
    const Result<Money> r = operation == QLatin1String("plus") ? a.plus(b)
        : operation == QLatin1String("minus")                  ? a.minus(b)
                                                               : a.times(right);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    if (code == QLatin1String("currency_mismatch")) {
        QVERIFY(r.error().message.contains(leftCurrency));
        QVERIFY(r.error().message.contains(rightCurrency));
    }
}

void TestMoney::validateCharge_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("USD minimum") << qint64(50) << QStringLiteral("USD") << QString() << QString();
    QTest::addRow("USD below minimum") << qint64(49) << QStringLiteral("USD") << QStringLiteral("amount_too_small")
                                       << QStringLiteral("Amount must be at least $0.50 usd");
    QTest::addRow("GBP 0.30") << qint64(30) << QStringLiteral("GBP") << QString() << QString();
    QTest::addRow("GBP 0.29") << qint64(29) << QStringLiteral("GBP") << QStringLiteral("amount_too_small")
                              << QStringLiteral("at least \u00A30.30 gbp");
    QTest::addRow("JPY 49") << qint64(49) << QStringLiteral("JPY") << QStringLiteral("amount_too_small")
                            << QStringLiteral("at least \u00A550 jpy");
    QTest::addRow("JPY 50") << qint64(50) << QStringLiteral("JPY") << QString() << QString();
    QTest::addRow("DKK 2.49") << qint64(249) << QStringLiteral("DKK") << QStringLiteral("amount_too_small")
                              << QStringLiteral("2.50");
    QTest::addRow("HKD 3.99") << qint64(399) << QStringLiteral("HKD") << QStringLiteral("amount_too_small")
                              << QStringLiteral("4.00");
    QTest::addRow("MXN 9.99") << qint64(999) << QStringLiteral("MXN") << QStringLiteral("amount_too_small")
                              << QStringLiteral("10.00");
    QTest::addRow("SEK 3.00") << qint64(300) << QStringLiteral("SEK") << QString() << QString();
    QTest::addRow("zero") << qint64(0) << QStringLiteral("USD") << QStringLiteral("amount_too_small")
                          << QStringLiteral("at least");
    QTest::addRow("zero KRW") << qint64(0) << QStringLiteral("KRW") << QStringLiteral("amount_too_small")
                              << QStringLiteral("at least");
    QTest::addRow("negative") << qint64(-100) << QStringLiteral("USD") << QStringLiteral("invalid_amount")
                              << QStringLiteral("negative");
    QTest::addRow("USD maximum") << qint64(99'999'999) << QStringLiteral("USD") << QString() << QString();
    QTest::addRow("USD above maximum") << qint64(100'000'000) << QStringLiteral("USD")
                                       << QStringLiteral("amount_too_large")
                                       << QStringLiteral("no more than $999,999.99 usd");
    QTest::addRow("JPY above maximum") << qint64(100'000'000) << QStringLiteral("JPY")
                                       << QStringLiteral("amount_too_large") << QStringLiteral("no more than");
    QTest::addRow("KWD 5.120") << qint64(5120) << QStringLiteral("KWD") << QString() << QString();
    QTest::addRow("KWD 5.125") << qint64(5125) << QStringLiteral("KWD") << QStringLiteral("invalid_amount")
                               << QStringLiteral("multiple of 0.010");
    QTest::addRow("ISK 1500") << qint64(150'000) << QStringLiteral("ISK") << QString() << QString();
    QTest::addRow("ISK 1500.50") << qint64(150'050) << QStringLiteral("ISK") << QStringLiteral("invalid_amount")
                                 << QStringLiteral("multiple of 1.00");
}

void TestMoney::validateCharge()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    const Status s = Money::fromMinor(minor, currency)->validateCharge();
    if (code.isEmpty()) {
        QVERIFY2(s.ok(), why(s).constData());
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, code);
    QVERIFY2(s.error().message.contains(messagePart), qPrintable(s.error().message));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
