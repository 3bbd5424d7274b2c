// SPDX-License-Identifier: MIT
#include "PricingRule.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::PricingLine)
Q_DECLARE_METATYPE(Kiosk::BasketDiscount)

namespace {

using Lines = QList<PricingLine>;
using Amounts = QList<qint64>;

TaxRate rate(const char *percentage, bool inclusive)
{
    const QString text = QString::fromLatin1(percentage);
    const QString id = (inclusive ? QStringLiteral("incl-") : QStringLiteral("excl-")) + text;
    return TaxRate { id, Percentage::parse(text, Percentage::Use::TaxRate).value(), inclusive };
}
TaxRate excl(const char *percentage)
{
    return rate(percentage, false);
}
TaxRate incl(const char *percentage)
{
    return rate(percentage, true);
}

PricingLine line(qint64 unit, qint64 quantity, QList<TaxRate> rates = {})
{
    return PricingLine { unit, quantity, std::move(rates) };
}

BasketDiscount percentOff(const char *text)
{
    return BasketDiscount::percent(Percentage::parse(QString::fromLatin1(text), Percentage::Use::PercentOff).value());
}

Currency currency(const char *code)
{
    return Currency::fromCode(QString::fromLatin1(code)).value();
}

} // namespace

class TestPricingRule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void price_data();
    void price();
    void breakdownPerRate();
    void refused_data();
    void refused();
    void invariantsOnGeneratedBaskets();
};

void TestPricingRule::price_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<BasketDiscount>("discount");
    QTest::addColumn<Amounts>("lineDiscounts");
    QTest::addColumn<Amounts>("lineTaxes");
    QTest::addColumn<qint64>("subtotal");
    QTest::addColumn<qint64>("discountTotal");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("total");

    const BasketDiscount none;

    // The worked examples of docs/pricing-rule.md, verbatim.
    QTest::addRow("spec: USD 43 + 484 at 15%% exclusive")
        << "USD" << Lines { line(43, 1, { excl("15") }), line(484, 1, { excl("15") }) } << none << Amounts { 0, 0 }
        << Amounts { 6, 73 } << qint64(527) << qint64(0) << qint64(79) << qint64(606);
    QTest::addRow("spec: EUR 1190 inclusive 19%%")
        << "EUR" << Lines { line(1190, 1, { incl("19") }) } << none << Amounts { 0 } << Amounts { 190 } << qint64(1190)
        << qint64(0) << qint64(190) << qint64(1190);
    QTest::addRow("spec: EUR 999 x3 inclusive 7%%")
        << "EUR" << Lines { line(999, 3, { incl("7") }) } << none << Amounts { 0 } << Amounts { 196 } << qint64(2997)
        << qint64(0) << qint64(196) << qint64(2997);
    QTest::addRow("spec: EUR 500 at 7%% and 250 at 5.5%% exclusive")
        << "EUR" << Lines { line(500, 1, { excl("7") }), line(250, 1, { excl("5.5") }) } << none << Amounts { 0, 0 }
        << Amounts { 35, 14 } << qint64(750) << qint64(0) << qint64(49) << qint64(799);
    QTest::addRow("spec: JPY 1000 at 10%% and 999 at 8%% exclusive")
        << "JPY" << Lines { line(1000, 1, { excl("10") }), line(999, 1, { excl("8") }) } << none << Amounts { 0, 0 }
        << Amounts { 100, 80 } << qint64(1999) << qint64(0) << qint64(180) << qint64(2179);
    QTest::addRow("spec: KWD 1250 at 5%% exclusive")
        << "KWD" << Lines { line(1250, 1, { excl("5") }) } << none << Amounts { 0 } << Amounts { 60 } << qint64(1250)
        << qint64(0) << qint64(60) << qint64(1310);
    QTest::addRow("spec: 10%% off 1000 and 333")
        << "USD" << Lines { line(1000, 1), line(333, 1) } << percentOff("10") << Amounts { 100, 33 } << Amounts { 0, 0 }
        << qint64(1333) << qint64(133) << qint64(0) << qint64(1200);

    // Half-way cases go up, just below half goes down; per line, never per unit.
    QTest::addRow("exactly half a cent up") << "USD" << Lines { line(10, 1, { excl("5") }) } << none << Amounts { 0 }
                                            << Amounts { 1 } << qint64(10) << qint64(0) << qint64(1) << qint64(11);
    QTest::addRow("1.5 cents up") << "USD" << Lines { line(30, 1, { excl("5") }) } << none << Amounts { 0 }
                                  << Amounts { 2 } << qint64(30) << qint64(0) << qint64(2) << qint64(32);
    QTest::addRow("0.45 cent down") << "USD" << Lines { line(9, 1, { excl("5") }) } << none << Amounts { 0 }
                                    << Amounts { 0 } << qint64(9) << qint64(0) << qint64(0) << qint64(9);
    QTest::addRow("per line not per unit") << "USD" << Lines { line(9, 10, { excl("5") }) } << none << Amounts { 0 }
                                           << Amounts { 5 } << qint64(90) << qint64(0) << qint64(5) << qint64(95);
    QTest::addRow("8.875%% half-way") << "USD" << Lines { line(400, 1, { excl("8.875") }) } << none << Amounts { 0 }
                                      << Amounts { 36 } << qint64(400) << qint64(0) << qint64(36) << qint64(436);
    QTest::addRow("inclusive half-way up") << "EUR" << Lines { line(5, 1, { incl("100") }) } << none << Amounts { 0 }
                                           << Amounts { 3 } << qint64(5) << qint64(0) << qint64(3) << qint64(5);
    QTest::addRow("two inclusive rates share one denominator")
        << "EUR" << Lines { line(1260, 1, { incl("19"), incl("7") }) } << none << Amounts { 0 } << Amounts { 260 }
        << qint64(1260) << qint64(0) << qint64(260) << qint64(1260);
    QTest::addRow("two exclusive rates, no compounding")
        << "USD" << Lines { line(1000, 1, { excl("5"), excl("9.975") }) } << none << Amounts { 0 } << Amounts { 150 }
        << qint64(1000) << qint64(0) << qint64(150) << qint64(1150);
    QTest::addRow("zero rate") << "EUR" << Lines { line(1000, 2, { excl("0") }) } << none << Amounts { 0 }
                               << Amounts { 0 } << qint64(2000) << qint64(0) << qint64(0) << qint64(2000);
    QTest::addRow("no rate") << "EUR" << Lines { line(1000, 2) } << none << Amounts { 0 } << Amounts { 0 }
                             << qint64(2000) << qint64(0) << qint64(0) << qint64(2000);
    QTest::addRow("free line") << "EUR" << Lines { line(0, 3, { excl("19") }) } << percentOff("10") << Amounts { 0 }
                               << Amounts { 0 } << qint64(0) << qint64(0) << qint64(0) << qint64(0);

    // Zero-decimal: the yen is the minor unit, rounding is to whole yen.
    QTest::addRow("JPY half-way") << "JPY" << Lines { line(5, 1, { excl("10") }) } << none << Amounts { 0 }
                                  << Amounts { 1 } << qint64(5) << qint64(0) << qint64(1) << qint64(6);
    QTest::addRow("JPY 1.4 down") << "JPY" << Lines { line(14, 1, { excl("10") }) } << none << Amounts { 0 }
                                  << Amounts { 1 } << qint64(14) << qint64(0) << qint64(1) << qint64(15);
    QTest::addRow("JPY inclusive 8%%") << "JPY" << Lines { line(1080, 1, { incl("8") }) } << none << Amounts { 0 }
                                       << Amounts { 80 } << qint64(1080) << qint64(0) << qint64(80) << qint64(1080);

    // Three-decimal (k = 10) and ISK (k = 100): tax is a multiple of k, half-way at k goes up.
    QTest::addRow("KWD half-way at k") << "KWD" << Lines { line(1300, 1, { excl("5") }) } << none << Amounts { 0 }
                                       << Amounts { 70 } << qint64(1300) << qint64(0) << qint64(70) << qint64(1370);
    QTest::addRow("BHD inclusive 10%%") << "BHD" << Lines { line(990, 1, { incl("10") }) } << none << Amounts { 0 }
                                        << Amounts { 90 } << qint64(990) << qint64(0) << qint64(90) << qint64(990);
    QTest::addRow("JOD 4 thousandths down") << "JOD" << Lines { line(80, 1, { excl("5") }) } << none << Amounts { 0 }
                                            << Amounts { 0 } << qint64(80) << qint64(0) << qint64(0) << qint64(80);
    QTest::addRow("ISK 24%% to whole krona")
        << "ISK" << Lines { line(12300, 1, { excl("24") }) } << none << Amounts { 0 } << Amounts { 3000 }
        << qint64(12300) << qint64(0) << qint64(3000) << qint64(15300);
    QTest::addRow("ISK 11%%") << "ISK" << Lines { line(150000, 1, { excl("11") }) } << none << Amounts { 0 }
                              << Amounts { 16500 } << qint64(150000) << qint64(0) << qint64(16500) << qint64(166500);

    // Discounts: before tax, allocated by largest remainder, ties to the lower line.
    // A percent discount in a stepped currency is whole steps, and so is every line's share.
    QTest::addRow("KWD 15%% off in steps of 10")
        << "KWD" << Lines { line(1250, 1), line(1130, 1) } << percentOff("15") << Amounts { 190, 170 }
        << Amounts { 0, 0 } << qint64(2380) << qint64(360) << qint64(0) << qint64(2020);
    QTest::addRow("ISK 10%% off in whole krona")
        << "ISK" << Lines { line(12300, 1), line(4500, 1) } << percentOff("10") << Amounts { 1200, 500 }
        << Amounts { 0, 0 } << qint64(16800) << qint64(1700) << qint64(0) << qint64(15100);
    QTest::addRow("10%% off, then tax per line")
        << "EUR" << Lines { line(1000, 1, { excl("19") }), line(333, 1, { excl("7") }) } << percentOff("10")
        << Amounts { 100, 33 } << Amounts { 171, 21 } << qint64(1333) << qint64(133) << qint64(192) << qint64(1392);
    QTest::addRow("amount off an inclusive line")
        << "EUR" << Lines { line(1190, 1, { incl("19") }) } << BasketDiscount::amount(119) << Amounts { 119 }
        << Amounts { 171 } << qint64(1190) << qint64(119) << qint64(171) << qint64(1071);
    QTest::addRow("100%% off") << "EUR" << Lines { line(1000, 1, { excl("19") }), line(500, 2, { incl("7") }) }
                               << percentOff("100") << Amounts { 1000, 1000 } << Amounts { 0, 0 } << qint64(2000)
                               << qint64(2000) << qint64(0) << qint64(0);
    QTest::addRow("amount off above the subtotal")
        << "USD" << Lines { line(700, 1, { excl("8.875") }), line(500, 1, { excl("8.875") }) }
        << BasketDiscount::amount(5000) << Amounts { 700, 500 } << Amounts { 0, 0 } << qint64(1200) << qint64(1200)
        << qint64(0) << qint64(0);
    QTest::addRow("amount off equal to the subtotal")
        << "USD" << Lines { line(3, 1), line(1, 1) } << BasketDiscount::amount(4) << Amounts { 3, 1 }
        << Amounts { 0, 0 } << qint64(4) << qint64(4) << qint64(0) << qint64(0);
    QTest::addRow("remainder units to the first of equal lines")
        << "USD"
        << Lines { line(100, 1), line(100, 1), line(100, 1), line(100, 1), line(100, 1), line(100, 1), line(100, 1) }
        << BasketDiscount::amount(10) << Amounts { 2, 2, 2, 1, 1, 1, 1 } << Amounts { 0, 0, 0, 0, 0, 0, 0 }
        << qint64(700) << qint64(10) << qint64(0) << qint64(690);
    QTest::addRow("one unit, two equal lines")
        << "USD" << Lines { line(1, 1), line(1, 1) } << BasketDiscount::amount(1) << Amounts { 1, 0 }
        << Amounts { 0, 0 } << qint64(2) << qint64(1) << qint64(0) << qint64(1);
    QTest::addRow("largest remainder beats lower index")
        << "USD" << Lines { line(1, 1), line(2, 1), line(4, 1) } << BasketDiscount::amount(3) << Amounts { 0, 1, 2 }
        << Amounts { 0, 0, 0 } << qint64(7) << qint64(3) << qint64(0) << qint64(4);
    QTest::addRow("percent off rounds half up") << "USD" << Lines { line(5, 1) } << percentOff("10") << Amounts { 1 }
                                                << Amounts { 0 } << qint64(5) << qint64(1) << qint64(0) << qint64(4);
    QTest::addRow("discount on a free line only")
        << "USD" << Lines { line(0, 1), line(300, 1) } << percentOff("50") << Amounts { 0, 150 } << Amounts { 0, 0 }
        << qint64(300) << qint64(150) << qint64(0) << qint64(150);

    // The biggest line the bounds allow is exact, and so is a 4-decimal discount on it.
    QTest::addRow("largest line at 19%%")
        << "USD" << Lines { line(99'999'999, 1'000'000, { excl("19") }) } << none << Amounts { 0 }
        << Amounts { 18'999'999'810'000 } << qint64(99'999'999'000'000) << qint64(0) << qint64(18'999'999'810'000)
        << qint64(118'999'998'810'000);
    QTest::addRow("largest line, 33.3333%% off, 8.875%%")
        << "USD" << Lines { line(99'999'999, 1'000'000, { excl("8.875") }), line(12345, 7, { excl("8.875") }) }
        << percentOff("33.3333") << Amounts { 33'333'299'666'667, 28805 } << Amounts { 5'916'669'565'833, 5113 }
        << qint64(99'999'999'086'415) << qint64(33'333'299'695'472) << qint64(5'916'669'570'946)
        << qint64(72'583'368'961'889);
    const qint64 huge = std::numeric_limits<qint64>::max() / 2;
    QTest::addRow("near qint64, 100%% off")
        << "USD" << Lines { line(huge, 1, { excl("0") }), line(huge, 1) } << percentOff("100") << Amounts { huge, huge }
        << Amounts { 0, 0 } << qint64(2 * huge) << qint64(2 * huge) << qint64(0) << qint64(0);
}

void TestPricingRule::price()
{
    QFETCH(QString, currency);
    QFETCH(Lines, lines);
    QFETCH(BasketDiscount, discount);
    QFETCH(Amounts, lineDiscounts);
    QFETCH(Amounts, lineTaxes);
    QFETCH(qint64, subtotal);
    QFETCH(qint64, discountTotal);
    QFETCH(qint64, tax);
    QFETCH(qint64, total);

    const Result<PricedBasket> basket = PricingRule::price(Currency::fromCode(currency).value(), lines, discount);
    QVERIFY2(basket.ok(), basket.ok() ? "" : qPrintable(basket.error().toString()));
    QCOMPARE(basket->currency.code, currency);
    QCOMPARE(basket->lines.size(), lines.size());
    Amounts discounts;
    Amounts taxes;
    for (const PricedLine &priced : basket->lines) {
        discounts.append(priced.amountDiscount);
        taxes.append(priced.amountTax);
    }
    QCOMPARE(discounts, lineDiscounts);
    QCOMPARE(taxes, lineTaxes);
    QCOMPARE(basket->amountSubtotal, subtotal);
    QCOMPARE(basket->amountDiscount, discountTotal);
    QCOMPARE(basket->amountTax, tax);
    QCOMPARE(basket->amountTotal, total);
}

void TestPricingRule::breakdownPerRate()
{
    // Stripe's total_details.breakdown.taxes: one entry per rate, taxable_amount net of
    // inclusive tax, exclusive taxable_amount after the discount.
    const Lines lines { line(1190, 1, { incl("19") }), line(999, 3, { incl("7") }), line(1190, 1, { incl("19") }) };
    const Result<PricedBasket> inclusive = PricingRule::price(currency("EUR"), lines);
    QVERIFY(inclusive.ok());
    QCOMPARE(inclusive->taxes.size(), 2);
    QCOMPARE(inclusive->taxes[0].rate, QStringLiteral("incl-19"));
    QCOMPARE(inclusive->taxes[0].amount, qint64(380));
    QCOMPARE(inclusive->taxes[0].taxableAmount, qint64(2000));
    QVERIFY(inclusive->taxes[0].inclusive);
    QCOMPARE(inclusive->taxes[1].rate, QStringLiteral("incl-7"));
    QCOMPARE(inclusive->taxes[1].amount, qint64(196));
    QCOMPARE(inclusive->taxes[1].taxableAmount, qint64(2801));
    QCOMPARE(inclusive->lines[1].taxes.size(), 1);
    QCOMPARE(inclusive->lines[1].taxes[0].taxableAmount, qint64(2801));

    // Inclusive and exclusive on different lines of one basket is allowed.
    const Result<PricedBasket> mixed = PricingRule::price(currency("EUR"),
        { line(1000, 1, { excl("19") }), line(333, 1, { excl("7"), excl("1") }), line(1190, 1, { incl("19") }) },
        percentOff("10"));
    QVERIFY(mixed.ok());
    QCOMPARE(mixed->taxes.size(), 4);
    QCOMPARE(mixed->taxes[0].taxableAmount, qint64(900));
    QCOMPARE(mixed->taxes[0].amount, qint64(171));
    QCOMPARE(mixed->taxes[1].taxableAmount, qint64(300));
    QCOMPARE(mixed->taxes[2].amount, qint64(3));
    // Subtotal 2523, D = 252: floors 99, 33, 118 leave 2 units, to the remainders 2223 (line 1)
    // and 2166 (line 3); 1190 - 119 = 1071, of which 19/119 is tax: 171.
    QCOMPARE(mixed->lines[0].amountDiscount, qint64(100));
    QCOMPARE(mixed->lines[2].amountDiscount, qint64(119));
    QCOMPARE(mixed->taxes[3].amount, qint64(171));
    QCOMPARE(mixed->taxes[3].taxableAmount, qint64(1071 - 171));
    QCOMPARE(mixed->lines[2].amountTotal, qint64(1071));
    QCOMPARE(mixed->amountTotal, qint64(900 + 171 + 300 + 21 + 3 + 1071));
}

void TestPricingRule::refused_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<BasketDiscount>("discount");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");

    const BasketDiscount none;
    TaxRate otherNineteen = excl("19");
    otherNineteen.id = QStringLiteral("excl-7");

    QTest::addRow("inclusive and exclusive on one line")
        << "EUR" << Lines { line(100, 1), line(1000, 1, { incl("19"), excl("7") }) } << none
        << QStringLiteral("mixed_tax_behavior") << QStringLiteral("Line 2");
    QTest::addRow("amount off between ISK's steps")
        << "ISK" << Lines { line(12300, 1) } << BasketDiscount::amount(150) << QStringLiteral("invalid_discount")
        << QStringLiteral("multiple of 100");
    QTest::addRow("no currency") << QString() << Lines { line(100, 1) } << none << QStringLiteral("unknown_currency")
                                 << QStringLiteral("currency");
    QTest::addRow("empty basket") << "EUR" << Lines {} << none << QStringLiteral("empty_basket")
                                  << QStringLiteral("no lines");
    QTest::addRow("negative unit amount")
        << "EUR" << Lines { line(-1, 1) } << none << QStringLiteral("invalid_line") << QStringLiteral("-1");
    QTest::addRow("quantity 0") << "EUR" << Lines { line(100, 0) } << none << QStringLiteral("invalid_line")
                                << QStringLiteral("quantity");
    QTest::addRow("quantity above the bound") << "EUR" << Lines { line(100, PricingRule::kMaxQuantity + 1) } << none
                                              << QStringLiteral("invalid_line") << QStringLiteral("1000001");
    QTest::addRow("same rate twice") << "EUR" << Lines { line(100, 1, { excl("19"), excl("19") }) } << none
                                     << QStringLiteral("invalid_tax_rate") << QStringLiteral("twice");
    QTest::addRow("one id, two percentages")
        << "EUR" << Lines { line(100, 1, { excl("7") }), line(100, 1, { otherNineteen }) } << none
        << QStringLiteral("invalid_tax_rate") << QStringLiteral("19 % exclusive here but 7 % exclusive");
    QTest::addRow("rate without id") << "EUR" << Lines { line(100, 1, { TaxRate {} }) } << none
                                     << QStringLiteral("invalid_tax_rate") << QStringLiteral("no id");
    QTest::addRow("amount off 0") << "EUR" << Lines { line(100, 1) } << BasketDiscount::amount(0)
                                  << QStringLiteral("invalid_discount") << QStringLiteral("positive");
    QTest::addRow("amount off negative") << "EUR" << Lines { line(100, 1) } << BasketDiscount::amount(-5)
                                         << QStringLiteral("invalid_discount") << QStringLiteral("-5");
    QTest::addRow("percent off 0") << "EUR" << Lines { line(100, 1) } << BasketDiscount::percent(Percentage {})
                                   << QStringLiteral("invalid_discount") << QStringLiteral("above 0");
    QTest::addRow("line beyond qint64") << "USD" << Lines { line(std::numeric_limits<qint64>::max(), 2) } << none
                                        << QStringLiteral("amount_too_large") << QStringLiteral("line 1");
    QTest::addRow("total beyond qint64") << "USD"
                                         << Lines { line(std::numeric_limits<qint64>::max(), 1),
                                                line(std::numeric_limits<qint64>::max(), 1) }
                                         << none << QStringLiteral("amount_too_large") << QStringLiteral("total");
    QTest::addRow("tax beyond qint64") << "USD" << Lines { line(std::numeric_limits<qint64>::max(), 1, { excl("50") }) }
                                       << none << QStringLiteral("amount_too_large") << QStringLiteral("line 1");
    QList<PricingLine> tooMany(PricingRule::kMaxLines + 1, line(1, 1));
    QTest::addRow("too many lines") << "USD" << tooMany << none << QStringLiteral("too_many_lines")
                                    << QStringLiteral("1001");
}

void TestPricingRule::refused()
{
    QFETCH(QString, currency);
    QFETCH(Lines, lines);
    QFETCH(BasketDiscount, discount);
    QFETCH(QString, code);
    QFETCH(QString, says);

    const Currency c = currency.isEmpty() ? Currency {} : Currency::fromCode(currency).value();
    const Result<PricedBasket> basket = PricingRule::price(c, lines, discount);
    QVERIFY(!basket.ok());
    QCOMPARE(basket.error().code, code);
    QVERIFY2(basket.error().message.contains(says), qPrintable(basket.error().message));
}

void TestPricingRule::invariantsOnGeneratedBaskets()
{
    // Whatever the basket: the discount is allocated exactly, no line gets more discount than its
    // amount, the totals are the sums of the lines, and inclusive tax never changes a total.
    QRandomGenerator random(20261201);
    const char *rates[] = { "19", "7", "5.5", "8.875", "20", "0.0001", "100" };
    for (int round = 0; round < 2000; ++round) {
        const Currency c = Currency::all()[random.bounded(int(Currency::all().size()))];
        Lines lines;
        const int count = 1 + random.bounded(12);
        const bool inclusive = random.bounded(2) == 0;
        for (int n = 0; n < count; ++n) {
            QList<TaxRate> taxRates;
            for (int r = random.bounded(3); r > 0; --r) {
                const TaxRate candidate = rate(rates[random.bounded(int(std::size(rates)))], inclusive);
                if (std::none_of(taxRates.begin(), taxRates.end(),
                        [&candidate](const TaxRate &t) { return t.id == candidate.id; }))
                    taxRates.append(candidate);
            }
            lines.append(line(random.bounded(100'000) * c.amountStep, 1 + random.bounded(20), taxRates));
        }
        BasketDiscount discount;
        if (random.bounded(3) == 1)
            discount = BasketDiscount::percent(Percentage::fromScaled(1 + random.bounded(1'000'000)).value());
        else if (random.bounded(2) == 1)
            discount = BasketDiscount::amount((1 + random.bounded(3'000'000)) * c.amountStep);

        const Result<PricedBasket> basket = PricingRule::price(c, lines, discount);
        QVERIFY2(basket.ok(), basket.ok() ? "" : qPrintable(basket.error().toString()));
        qint64 discountSum = 0;
        qint64 taxSum = 0;
        qint64 totalSum = 0;
        for (const PricedLine &priced : basket->lines) {
            QVERIFY(priced.amountDiscount >= 0 && priced.amountDiscount <= priced.amountSubtotal);
            QCOMPARE(priced.amountDiscount % c.amountStep, qint64(0));
            for (const RateTax &t : priced.taxes)
                QCOMPARE(t.amount % c.amountStep, qint64(0));
            discountSum += priced.amountDiscount;
            taxSum += priced.amountTax;
            totalSum += priced.amountTotal;
            if (inclusive)
                QCOMPARE(priced.amountTotal, priced.amountSubtotal - priced.amountDiscount);
        }
        QCOMPARE(discountSum, basket->amountDiscount);
        QCOMPARE(taxSum, basket->amountTax);
        QCOMPARE(totalSum, basket->amountTotal);
        if (discount.kind == BasketDiscount::Kind::AmountOff)
            QCOMPARE(basket->amountDiscount, std::min(discount.amountOff, basket->amountSubtotal));
    }
}

QTEST_GUILESS_MAIN(TestPricingRule)
#include "tst_pricingrule.moc"
