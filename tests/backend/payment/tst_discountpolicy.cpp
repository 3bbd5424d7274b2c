// SPDX-License-Identifier: MIT
// The one decision whether a till may give a basket discount, row by row: both kinds, the
// policy's limit and switch, the manager PIN's verdicts, and every malformed request.
#include "DiscountPolicy.h"

#include <QTest>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::DiscountPolicy::Pin)

class TestDiscountPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        using Pin = DiscountPolicy::Pin;
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<QString>("percentOff"); // empty: none
        QTest::addColumn<qint64>("amountOff"); // -1: none, any other value is sent
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<qint64>("limit"); // percent × 10^4
        QTest::addColumn<Pin>("pin");
        QTest::addColumn<QString>("error"); // empty: allowed
        QTest::addColumn<bool>("needsManager");

        const qint64 ten = 100000;
        QTest::addRow("no discount") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("") << qint64(-1)
                                     << true << ten << Pin::NotGiven << QStringLiteral("") << false;
        QTest::addRow("no discount, discounts off")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("") << qint64(-1) << false << ten
            << Pin::NotGiven << QStringLiteral("") << false;
        QTest::addRow("10 percent at a 10 percent limit")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("10") << qint64(-1) << true << ten
            << Pin::NotGiven << QStringLiteral("") << false;
        QTest::addRow("10.0001 percent needs the PIN")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("10.0001") << qint64(-1) << true << ten
            << Pin::NotGiven << QStringLiteral("discount_needs_manager") << true;
        QTest::addRow("12.5 percent with the PIN")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("12.5") << qint64(-1) << true << ten << Pin::Ok
            << QStringLiteral("") << true;
        QTest::addRow("12.5 percent with a wrong PIN")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("12.5") << qint64(-1) << true << ten
            << Pin::Wrong << QStringLiteral("wrong_pin") << true;
        QTest::addRow("12.5 percent while the PIN is locked")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("12.5") << qint64(-1) << true << ten
            << Pin::LockedOut << QStringLiteral("pin_locked") << true;
        QTest::addRow("a wrong PIN does not matter within the limit")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("5") << qint64(-1) << true << ten << Pin::Wrong
            << QStringLiteral("") << false;
        QTest::addRow("100 percent with the PIN") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("100")
                                                  << qint64(-1) << true << ten << Pin::Ok << QStringLiteral("") << true;
        QTest::addRow("limit 0: every discount needs the PIN")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("0.0001") << qint64(-1) << true << qint64(0)
            << Pin::NotGiven << QStringLiteral("discount_needs_manager") << true;
        QTest::addRow("limit 100: none needs it")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("100") << qint64(-1) << true << qint64(1000000)
            << Pin::NotGiven << QStringLiteral("") << false;
        QTest::addRow("discounts off") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("5") << qint64(-1)
                                       << false << ten << Pin::Ok << QStringLiteral("discount_disabled") << false;
        QTest::addRow("amount at the limit: 100 of 1000")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("") << qint64(100) << true << ten
            << Pin::NotGiven << QStringLiteral("") << false;
        QTest::addRow("amount one above the limit: 101 of 1000")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("") << qint64(101) << true << ten
            << Pin::NotGiven << QStringLiteral("discount_needs_manager") << true;
        QTest::addRow("amount above the limit with the PIN")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("") << qint64(500) << true << ten << Pin::Ok
            << QStringLiteral("") << true;
        QTest::addRow("the whole basket") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("") << qint64(1000)
                                          << true << ten << Pin::Ok << QStringLiteral("") << true;
        QTest::addRow("amount, discounts off")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("") << qint64(50) << false << ten << Pin::Ok
            << QStringLiteral("discount_disabled") << false;
        QTest::addRow("JPY amount") << QStringLiteral("JPY") << qint64(1000) << QStringLiteral("") << qint64(99) << true
                                    << ten << Pin::NotGiven << QStringLiteral("") << false;
        QTest::addRow("KWD amount in whole steps")
            << QStringLiteral("KWD") << qint64(10000) << QStringLiteral("") << qint64(990) << true << ten
            << Pin::NotGiven << QStringLiteral("") << false;
        QTest::addRow("KWD amount between steps")
            << QStringLiteral("KWD") << qint64(10000) << QStringLiteral("") << qint64(995) << true << ten << Pin::Ok
            << QStringLiteral("invalid_discount") << false;
        QTest::addRow("ISK amount between steps")
            << QStringLiteral("ISK") << qint64(100000) << QStringLiteral("") << qint64(150) << true << ten << Pin::Ok
            << QStringLiteral("invalid_discount") << false;
        QTest::addRow("both kinds") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("5") << qint64(50)
                                    << true << ten << Pin::Ok << QStringLiteral("invalid_discount") << false;
        QTest::addRow("amount 0") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("") << qint64(0) << true
                                  << ten << Pin::Ok << QStringLiteral("invalid_discount") << false;
        QTest::addRow("negative amount") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("") << qint64(-5)
                                         << true << ten << Pin::Ok << QStringLiteral("invalid_discount") << false;
        QTest::addRow("more than the basket")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("") << qint64(1001) << true << ten << Pin::Ok
            << QStringLiteral("invalid_discount") << false;
        QTest::addRow("0 percent") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("0") << qint64(-1) << true
                                   << ten << Pin::Ok << QStringLiteral("invalid_discount") << false;
        QTest::addRow("over 100 percent")
            << QStringLiteral("USD") << qint64(1000) << QStringLiteral("100.0001") << qint64(-1) << true << ten
            << Pin::Ok << QStringLiteral("invalid_discount") << false;
        QTest::addRow("negative percent") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("-5") << qint64(-1)
                                          << true << ten << Pin::Ok << QStringLiteral("invalid_discount") << false;
        QTest::addRow("decimal comma") << QStringLiteral("EUR") << qint64(1000) << QStringLiteral("12,5") << qint64(-1)
                                       << true << ten << Pin::Ok << QStringLiteral("invalid_discount") << false;
        QTest::addRow("five decimals") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("1.00001")
                                       << qint64(-1) << true << ten << Pin::Ok << QStringLiteral("invalid_discount")
                                       << false;
        QTest::addRow("exponent") << QStringLiteral("USD") << qint64(1000) << QStringLiteral("1e1") << qint64(-1)
                                  << true << ten << Pin::Ok << QStringLiteral("invalid_discount") << false;
    }

    void decide()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, subtotal);
        QFETCH(QString, percentOff);
        QFETCH(qint64, amountOff);
        QFETCH(bool, enabled);
        QFETCH(qint64, limit);
        QFETCH(DiscountPolicy::Pin, pin);
        QFETCH(QString, error);
        QFETCH(bool, needsManager);
        CheckoutDiscount requested;
        requested.percentOff = percentOff;
        if (amountOff != -1)
            requested.amountOff = amountOff;
        const Result<DiscountPolicy::Checked> checked
            = DiscountPolicy::check(requested, Currency::fromCode(currency).value(), subtotal, { enabled, limit });
        if (!checked) {
            QCOMPARE(checked.error().code, error);
            QVERIFY(!checked.error().message.isEmpty());
            return;
        }
        QCOMPARE(checked->needsManager, needsManager);
        const Status allowed = DiscountPolicy::authorise(checked.value(), pin);
        QCOMPARE(allowed ? QString() : allowed.error().code, error);
        if (error.isEmpty() && !requested.isEmpty()) {
            QCOMPARE(checked->discount.kind,
                percentOff.isEmpty() ? BasketDiscount::Kind::AmountOff : BasketDiscount::Kind::PercentOff);
            if (!percentOff.isEmpty())
                QCOMPARE(checked->discount.percentOff.toString(), percentOff);
            else
                QCOMPARE(checked->discount.amountOff, amountOff);
        }
    }
};

QTEST_GUILESS_MAIN(TestDiscountPolicy)
#include "tst_discountpolicy.moc"
