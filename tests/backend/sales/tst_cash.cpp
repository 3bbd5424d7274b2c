// SPDX-License-Identifier: MIT
#include "CashDrawer.h"
#include "CashTender.h"

#include <QTest>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::CashMovement)

namespace {

using Movements = QList<CashMovement>;
constexpr auto Float = CashMovement::Kind::OpeningFloat;
constexpr auto In = CashMovement::Kind::CashIn;
constexpr auto Out = CashMovement::Kind::CashOut;
constexpr auto Sale = CashMovement::Kind::Sale;
constexpr auto Refund = CashMovement::Kind::Refund;

} // namespace

class TestCash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void change_data();
    void change();
    void tenderRefused_data();
    void tenderRefused();
    void drawer_data();
    void drawer();
    void drawerRefused_data();
    void drawerRefused();
};

void TestCash::change_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("due");
    QTest::addColumn<qint64>("tendered");
    QTest::addColumn<qint64>("increment");
    QTest::addColumn<qint64>("roundedDue");
    QTest::addColumn<qint64>("change");

    QTest::addRow("exact") << "EUR" << qint64(1250) << qint64(1250) << qint64(0) << qint64(1250) << qint64(0);
    QTest::addRow("a 20 for 12.50") << "EUR" << qint64(1250) << qint64(2000) << qint64(0) << qint64(1250)
                                    << qint64(750);
    QTest::addRow("no rounding keeps cents")
        << "EUR" << qint64(1999) << qint64(2000) << qint64(1) << qint64(1999) << qint64(1);
    // Swiss cash rounding to 0.05: .01/.02 down, .03/.04 up; the half-way case needs an even
    // increment (0.10: .05 goes up).
    QTest::addRow("CHF 0.05: .02 down") << "CHF" << qint64(1002) << qint64(2000) << qint64(5) << qint64(1000)
                                        << qint64(1000);
    QTest::addRow("CHF 0.05: .03 up") << "CHF" << qint64(1003) << qint64(2000) << qint64(5) << qint64(1005)
                                      << qint64(995);
    QTest::addRow("CHF 0.05: .07 down") << "CHF" << qint64(1007) << qint64(1005) << qint64(5) << qint64(1005)
                                        << qint64(0);
    QTest::addRow("CHF 0.10: .05 half-way up")
        << "CHF" << qint64(1005) << qint64(1100) << qint64(10) << qint64(1010) << qint64(90);
    QTest::addRow("CHF 0.05: already round")
        << "CHF" << qint64(1095) << qint64(1100) << qint64(5) << qint64(1095) << qint64(5);
    QTest::addRow("JPY whole yen") << "JPY" << qint64(980) << qint64(1000) << qint64(0) << qint64(980) << qint64(20);
    QTest::addRow("JPY to 10 yen") << "JPY" << qint64(985) << qint64(1000) << qint64(10) << qint64(990) << qint64(10);
    QTest::addRow("KWD") << "KWD" << qint64(1310) << qint64(5000) << qint64(0) << qint64(1310) << qint64(3690);
    QTest::addRow("free order") << "EUR" << qint64(0) << qint64(0) << qint64(5) << qint64(0) << qint64(0);
}

void TestCash::change()
{
    QFETCH(QString, currency);
    QFETCH(qint64, due);
    QFETCH(qint64, tendered);
    QFETCH(qint64, increment);
    QFETCH(qint64, roundedDue);
    QFETCH(qint64, change);

    const Result<CashPayment> p = CashTender::settle(Currency::fromCode(currency).value(), due, tendered, increment);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
    QCOMPARE(p->due, due);
    QCOMPARE(p->roundedDue, roundedDue);
    QCOMPARE(p->roundingAdjustment, roundedDue - due);
    QCOMPARE(p->tendered, tendered);
    QCOMPARE(p->change, change);
}

void TestCash::tenderRefused_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("due");
    QTest::addColumn<qint64>("tendered");
    QTest::addColumn<qint64>("increment");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");

    QTest::addRow("short") << "EUR" << qint64(1250) << qint64(1000) << qint64(0) << QStringLiteral("tender_short")
                           << QStringLiteral("10.00 EUR was given but 12.50 EUR is due; 2.50 EUR more is needed");
    QTest::addRow("short by one cent") << "EUR" << qint64(1250) << qint64(1249) << qint64(0)
                                       << QStringLiteral("tender_short") << QStringLiteral("0.01 EUR more");
    QTest::addRow("short after rounding up") << "CHF" << qint64(1003) << qint64(1003) << qint64(5)
                                             << QStringLiteral("tender_short") << QStringLiteral("10.05 CHF is due");
    QTest::addRow("negative tendered") << "EUR" << qint64(1250) << qint64(-1) << qint64(0)
                                       << QStringLiteral("invalid_amount") << QStringLiteral("negative");
    QTest::addRow("negative due") << "EUR" << qint64(-5) << qint64(0) << qint64(0) << QStringLiteral("invalid_amount")
                                  << QStringLiteral("negative");
    QTest::addRow("KWD increment off step") << "KWD" << qint64(1310) << qint64(2000) << qint64(5)
                                            << QStringLiteral("invalid_amount") << QStringLiteral("0.005 KWD");
}

void TestCash::tenderRefused()
{
    QFETCH(QString, currency);
    QFETCH(qint64, due);
    QFETCH(qint64, tendered);
    QFETCH(qint64, increment);
    QFETCH(QString, code);
    QFETCH(QString, says);

    const Result<CashPayment> p = CashTender::settle(Currency::fromCode(currency).value(), due, tendered, increment);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, code);
    QVERIFY2(p.error().message.contains(says), qPrintable(p.error().message));
}

void TestCash::drawer_data()
{
    QTest::addColumn<Movements>("movements");
    QTest::addColumn<qint64>("counted");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<qint64>("difference");

    QTest::addRow("float only, all there")
        << Movements { { Float, 15000 } } << qint64(15000) << qint64(15000) << qint64(0);
    QTest::addRow("a busy day, 2.50 short") << Movements { { Float, 15000 }, { Sale, 1250 }, { Sale, 480 },
        { In, 5000 }, { Refund, 480 }, { Out, 10000 }, { Sale, 2995 } }
                                            << qint64(13995) << qint64(14245) << qint64(-250);
    QTest::addRow("over by 1.00") << Movements { { Float, 10000 }, { Sale, 995 } } << qint64(11095) << qint64(10995)
                                  << qint64(100);
    QTest::addRow("no float, no sales") << Movements {} << qint64(0) << qint64(0) << qint64(0);
    QTest::addRow("float of zero") << Movements { { Float, 0 }, { Sale, 500 } } << qint64(500) << qint64(500)
                                   << qint64(0);
    QTest::addRow("more paid out than was there")
        << Movements { { Float, 1000 }, { Refund, 1500 } } << qint64(0) << qint64(-500) << qint64(500);
}

void TestCash::drawer()
{
    QFETCH(Movements, movements);
    QFETCH(qint64, counted);
    QFETCH(qint64, expected);
    QFETCH(qint64, difference);

    const Currency eur = Currency::fromCode(u"EUR").value();
    const Result<CashDrawerBalance> b = CashDrawer::balance(eur, movements);
    QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().toString()));
    QCOMPARE(b->expected, expected);
    QCOMPARE(b->openingFloat + b->cashIn - b->cashOut + b->sales - b->refunds, expected);
    const Result<CashCount> c = CashDrawer::count(eur, b.value(), counted);
    QVERIFY(c.ok());
    QCOMPARE(c->expected, expected);
    QCOMPARE(c->counted, counted);
    QCOMPARE(c->difference, difference);
}

void TestCash::drawerRefused_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<Movements>("movements");
    QTest::addColumn<QString>("says");

    QTest::addRow("second float") << "EUR" << Movements { { Float, 100 }, { Float, 100 } }
                                  << QStringLiteral("Entry 2 (opening float): the day already has an opening float");
    QTest::addRow("negative cash out") << "EUR" << Movements { { Out, -100 } }
                                       << QStringLiteral("Entry 1 (cash out): the amount must be positive");
    QTest::addRow("zero sale") << "EUR" << Movements { { Sale, 0 } } << QStringLiteral("cash sale");
    QTest::addRow("ISK off step") << "ISK" << Movements { { Sale, 150 } } << QStringLiteral("not a valid ISK amount");
    QTest::addRow("overflow") << "EUR" << Movements { { Sale, std::numeric_limits<qint64>::max() - 10 }, { Sale, 100 } }
                              << QStringLiteral("too large");
}

void TestCash::drawerRefused()
{
    QFETCH(QString, currency);
    QFETCH(Movements, movements);
    QFETCH(QString, says);

    const Result<CashDrawerBalance> b = CashDrawer::balance(Currency::fromCode(currency).value(), movements);
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code, QStringLiteral("invalid_amount"));
    QVERIFY2(b.error().message.contains(says), qPrintable(b.error().message));
    QVERIFY(!CashDrawer::count(Currency::fromCode(u"EUR").value(), {}, -1).ok());
}

QTEST_GUILESS_MAIN(TestCash)
#include "tst_cash.moc"
