// SPDX-License-Identifier: MIT
// The simulator's own tax-and-discount rule (simulator/README.md "Tax and discounts"): the worked
// examples of spec/pricing-rule.md and the traps around them, as table rows.
#include "Percentage.h"
#include "PricingRule.h"

#include <QTest>

using Kiosk::Sim::Percentage;
using Kiosk::Sim::PricingRule;

using Lines = std::vector<PricingRule::Line>;
using Amounts = QList<qint64>;
Q_DECLARE_METATYPE(Lines)
Q_DECLARE_METATYPE(PricingRule::Discount)

namespace {

PricingRule::Rate rate(const char *percent, bool inclusive, const char *id = "txr_a")
{
    return { id, *Percentage::parse(percent), inclusive };
}

PricingRule::Discount percentOff(const char *percent)
{
    return { PricingRule::Discount::Kind::Percent, *Percentage::parse(percent) };
}

PricingRule::Discount amountOff(qint64 amount)
{
    return { PricingRule::Discount::Kind::Amount, amount };
}

} // namespace

class TestSimPricing : public QObject
{
    Q_OBJECT

private slots:
    void percentageParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("scaled"); // -1: refused
        QTest::addColumn<QString>("rendered");
        QTest::addRow("whole") << "19" << qint64(190000) << "19";
        QTest::addRow("one decimal") << "5.5" << qint64(55000) << "5.5";
        QTest::addRow("three decimals") << "8.875" << qint64(88750) << "8.875";
        QTest::addRow("smallest") << "0.0001" << qint64(1) << "0.0001";
        QTest::addRow("trailing zeros") << "7.50" << qint64(75000) << "7.5";
        QTest::addRow("hundred") << "100" << qint64(1000000) << "100";
        QTest::addRow("zero") << "0" << qint64(0) << "0";
        QTest::addRow("five decimals") << "5.12345" << qint64(-1) << "";
        QTest::addRow("over hundred") << "100.0001" << qint64(-1) << "";
        QTest::addRow("negative") << "-5" << qint64(-1) << "";
        QTest::addRow("no digits after point") << "5." << qint64(-1) << "";
        QTest::addRow("exponent") << "1e1" << qint64(-1) << "";
        QTest::addRow("empty") << "" << qint64(-1) << "";
        QTest::addRow("huge integer part") << "99999999999999999999" << qint64(-1) << "";
    }
    void percentageParse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, scaled);
        QFETCH(QString, rendered);
        const auto parsed = Percentage::parse(text.toStdString());
        QCOMPARE(parsed.has_value(), scaled >= 0);
        if (parsed) {
            QCOMPARE(*parsed, scaled);
            QCOMPARE(QString::fromStdString(Percentage::toJson(*parsed).dump()), rendered);
        }
    }

    void compute_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<PricingRule::Discount>("discount");
        QTest::addColumn<Amounts>("lineTax");
        QTest::addColumn<Amounts>("lineDiscount");
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<qint64>("tax");
        QTest::addColumn<qint64>("total");
        const PricingRule::Discount none;

        // The worked examples of the rule.
        QTest::addRow("usd 15%% per line: 0.0645 -> 6, 0.7265 -> 73")
            << "usd" << Lines { { 43, 1, { rate("15", false) } }, { 484, 1, { rate("15", false) } } } << none
            << Amounts { 6, 73 } << Amounts { 0, 0 } << qint64(527) << qint64(79) << qint64(606);
        QTest::addRow("eur inclusive 19%%")
            << "eur" << Lines { { 1190, 1, { rate("19", true) } } } << none << Amounts { 190 } << Amounts { 0 }
            << qint64(1190) << qint64(190) << qint64(1190);
        QTest::addRow("eur inclusive 7%% on the line, not the unit")
            << "eur" << Lines { { 999, 3, { rate("7", true) } } } << none << Amounts { 196 } << Amounts { 0 }
            << qint64(2997) << qint64(196) << qint64(2997);
        QTest::addRow("eur 7%% and 5.5%% exclusive: 13.75 -> 14")
            << "eur" << Lines { { 500, 1, { rate("7", false) } }, { 250, 1, { rate("5.5", false, "txr_b") } } } << none
            << Amounts { 35, 14 } << Amounts { 0, 0 } << qint64(750) << qint64(49) << qint64(799);
        QTest::addRow("jpy 10%%") << "jpy" << Lines { { 1000, 1, { rate("10", false) } } } << none << Amounts { 100 }
                                  << Amounts { 0 } << qint64(1000) << qint64(100) << qint64(1100);
        QTest::addRow("jpy 8%%: 79.92 -> 80")
            << "jpy" << Lines { { 999, 1, { rate("8", false) } } } << none << Amounts { 80 } << Amounts { 0 }
            << qint64(999) << qint64(80) << qint64(1079);
        QTest::addRow("kwd step 10: 62.5 -> 60")
            << "kwd" << Lines { { 1250, 1, { rate("5", false) } } } << none << Amounts { 60 } << Amounts { 0 }
            << qint64(1250) << qint64(60) << qint64(1310);
        QTest::addRow("percent_off 10: remainder unit to the larger remainder")
            << "usd" << Lines { { 1000, 1, {} }, { 333, 1, {} } } << percentOff("10") << Amounts { 0, 0 }
            << Amounts { 100, 33 } << qint64(1333) << qint64(0) << qint64(1200);
        QTest::addRow("kwd percent_off 15: discount and shares in steps of 10")
            << "kwd" << Lines { { 1250, 1, {} }, { 1130, 1, {} } } << percentOff("15") << Amounts { 0, 0 }
            << Amounts { 190, 170 } << qint64(2380) << qint64(0) << qint64(2020);

        // Traps around them.
        QTest::addRow("half way rounds up: 0.5 -> 1")
            << "usd" << Lines { { 10, 1, { rate("5", false) } } } << none << Amounts { 1 } << Amounts { 0 }
            << qint64(10) << qint64(1) << qint64(11);
        QTest::addRow("just below half: 0.4995 -> 0")
            << "usd" << Lines { { 999, 1, { rate("0.05", false) } } } << none << Amounts { 0 } << Amounts { 0 }
            << qint64(999) << qint64(0) << qint64(999);
        QTest::addRow("isk step 100: 1249 -> 1200, 1250 would be 1300")
            << "isk" << Lines { { 10000, 1, { rate("12.49", false) } } } << none << Amounts { 1200 } << Amounts { 0 }
            << qint64(10000) << qint64(1200) << qint64(11200);
        QTest::addRow("two inclusive rates share one denominator")
            << "eur" << Lines { { 1200, 1, { rate("10", true), rate("10", true, "txr_b") } } } << none
            << Amounts { 200 } << Amounts { 0 } << qint64(1200) << qint64(200) << qint64(1200);
        QTest::addRow("two exclusive rates do not compound")
            << "usd" << Lines { { 1000, 1, { rate("10", false), rate("5", false, "txr_b") } } } << none
            << Amounts { 150 } << Amounts { 0 } << qint64(1000) << qint64(150) << qint64(1150);
        QTest::addRow("tax on the discounted line")
            << "eur" << Lines { { 1000, 1, { rate("19", false) } } } << percentOff("10") << Amounts { 171 }
            << Amounts { 100 } << qint64(1000) << qint64(171) << qint64(1071);
        QTest::addRow("amount_off larger than subtotal stops at it")
            << "usd" << Lines { { 300, 1, {} } } << amountOff(500) << Amounts { 0 } << Amounts { 300 } << qint64(300)
            << qint64(0) << qint64(0);
        QTest::addRow("amount_off ties go to the earlier line")
            << "usd" << Lines { { 100, 1, {} }, { 100, 1, {} }, { 100, 1, {} } } << amountOff(100)
            << Amounts { 0, 0, 0 } << Amounts { 34, 33, 33 } << qint64(300) << qint64(0) << qint64(200);
        QTest::addRow("percent_off rounds half up: 12.5%% of 100")
            << "usd" << Lines { { 4, 25, {} } } << percentOff("12.5") << Amounts { 0 } << Amounts { 13 } << qint64(100)
            << qint64(0) << qint64(87);
        QTest::addRow("isk amount_off 200 on three lines: whole steps, ties to the earlier")
            << "isk" << Lines { { 1000, 1, {} }, { 1000, 1, {} }, { 1000, 1, {} } } << amountOff(200)
            << Amounts { 0, 0, 0 } << Amounts { 100, 100, 0 } << qint64(3000) << qint64(0) << qint64(2800);
        QTest::addRow("kwd percent_off 5%% of 250: 12.5 -> 10")
            << "kwd" << Lines { { 250, 1, {} } } << percentOff("5") << Amounts { 0 } << Amounts { 10 } << qint64(250)
            << qint64(0) << qint64(240);
        QTest::addRow("a zero line takes no discount")
            << "usd" << Lines { { 0, 1, {} }, { 500, 2, {} } } << percentOff("50") << Amounts { 0, 0 }
            << Amounts { 0, 500 } << qint64(1000) << qint64(0) << qint64(500);
        QTest::addRow("all zero") << "usd" << Lines { { 0, 3, { rate("20", false) } } } << amountOff(100)
                                  << Amounts { 0 } << Amounts { 0 } << qint64(0) << qint64(0) << qint64(0);
        QTest::addRow("large amounts do not overflow")
            << "usd" << Lines { { 99'999'999, 999'999, { rate("99.9999", false) } } } << percentOff("33.3333")
            << Amounts { 66'666'566'000'001 } << Amounts { 33'333'266'333'367 } << qint64(99'999'899'000'001)
            << qint64(66'666'566'000'001) << qint64(133'333'198'666'635);
    }
    void compute()
    {
        QFETCH(QString, currency);
        QFETCH(Lines, lines);
        QFETCH(PricingRule::Discount, discount);
        QFETCH(Amounts, lineTax);
        QFETCH(Amounts, lineDiscount);
        QFETCH(qint64, subtotal);
        QFETCH(qint64, tax);
        QFETCH(qint64, total);
        const auto totals = PricingRule::compute(lines, discount, PricingRule::step(currency.toStdString()));
        Amounts gotTax;
        Amounts gotDiscount;
        qint64 discountSum = 0;
        for (const auto &line : totals.lines) {
            gotTax << line.tax;
            gotDiscount << line.discount;
            discountSum += line.discount;
        }
        QCOMPARE(gotTax, lineTax);
        QCOMPARE(gotDiscount, lineDiscount);
        QCOMPARE(totals.subtotal, subtotal);
        QCOMPARE(totals.discount, discountSum);
        QCOMPARE(totals.tax, tax);
        QCOMPARE(totals.total, total);
    }

    void inclusiveTaxableAmountExcludesTheTax()
    {
        const auto totals = PricingRule::compute({ { 1190, 1, { rate("19", true) } } }, {}, 1);
        QCOMPARE(totals.lines[0].taxes[0].taxableAmount, qint64(1000));
        const auto exclusive = PricingRule::compute({ { 1000, 1, { rate("19", false) } } }, percentOff("10"), 1);
        QCOMPARE(exclusive.lines[0].taxes[0].taxableAmount, qint64(900));
    }
};

QTEST_GUILESS_MAIN(TestSimPricing)
#include "tst_sim_pricing.moc"
