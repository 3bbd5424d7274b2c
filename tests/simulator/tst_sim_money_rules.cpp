// SPDX-License-Identifier: MIT
// The simulator's money decisions as tables: the simulated fee and how much a refund may take.
#include "FeeSchedule.h"
#include "RefundResource.h"

#include <QtTest>

#include <optional>

using namespace Kiosk::Sim;

class TestSimMoneyRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chargeFee_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("fee");
        QTest::newRow("zero") << qint64(0) << qint64(30);
        QTest::newRow("minimum charge 50") << qint64(50) << qint64(31); // 1.45 → 1
        QTest::newRow("just below half") << qint64(1724) << qint64(80); // 49.996 → 50
        QTest::newRow("exact half rounds up") << qint64(500) << qint64(45); // 14.5 → 15
        QTest::newRow("below half rounds down") << qint64(1810) << qint64(82); // 52.49 → 52
        QTest::newRow("2800") << qint64(2800) << qint64(111); // 81.2 → 81
        QTest::newRow("largest charge") << qint64(99'999'999) << qint64(2'900'030); // 2,899,999.971 → 2,900,000
    }
    void chargeFee()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, fee);
        QCOMPARE(FeeSchedule::chargeFee(amount), fee);
    }

    void refundable_data()
    {
        QTest::addColumn<qint64>("captured");
        QTest::addColumn<qint64>("refunded");
        QTest::addColumn<qint64>("requested"); // -1: no amount given
        QTest::addColumn<qint64>("amount"); // -1: refused
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("whole by default") << qint64(2800) << qint64(0) << qint64(-1) << qint64(2800) << ""
                                          << "";
        QTest::newRow("remainder by default") << qint64(2800) << qint64(655) << qint64(-1) << qint64(2145) << ""
                                              << "";
        QTest::newRow("partial") << qint64(2800) << qint64(0) << qint64(1000) << qint64(1000) << ""
                                 << "";
        QTest::newRow("exactly the rest") << qint64(2800) << qint64(655) << qint64(2145) << qint64(2145) << ""
                                          << "";
        QTest::newRow("more than the rest")
            << qint64(2800) << qint64(655) << qint64(2500) << qint64(-1) << ""
            << "Refund amount ($25.00) is greater than unrefunded amount on charge ($21.45)";
        QTest::newRow("one more than the rest")
            << qint64(2800) << qint64(0) << qint64(2801) << qint64(-1) << ""
            << "Refund amount ($28.01) is greater than unrefunded amount on charge ($28.00)";
        QTest::newRow("already refunded")
            << qint64(2800) << qint64(2800) << qint64(-1) << qint64(-1) << "charge_already_refunded"
            << "Charge ch_1 has already been refunded.";
    }
    void refundable()
    {
        QFETCH(qint64, captured);
        QFETCH(qint64, refunded);
        QFETCH(qint64, requested);
        QFETCH(qint64, amount);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto result = RefundResource::refundable(
            "ch_1", "usd", captured, refunded, requested < 0 ? std::nullopt : std::optional<qint64>(requested));
        QCOMPARE(result.ok(), amount >= 0);
        if (result.ok()) {
            QCOMPARE(result.value(), amount);
            return;
        }
        QCOMPARE(QString::fromStdString(result.error().code), code);
        QCOMPARE(QString::fromStdString(result.error().message), message);
    }

    void amountText_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("usd") << qint64(2145) << "usd"
                             << "$21.45";
        QTest::newRow("usd cents") << qint64(5) << "usd"
                                   << "$0.05";
        QTest::newRow("eur") << qint64(500) << "eur"
                             << "€5.00";
        QTest::newRow("jpy zero-decimal") << qint64(500) << "jpy"
                                          << "¥500";
        QTest::newRow("kwd three-decimal") << qint64(12345) << "kwd"
                                           << "12.345 KWD";
        QTest::newRow("chf by code") << qint64(1999) << "chf"
                                     << "19.99 CHF";
    }
    void amountText()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(RefundResource::amountText(minor, currency.toStdString())), text);
    }
};

QTEST_GUILESS_MAIN(TestSimMoneyRules)
#include "tst_sim_money_rules.moc"
