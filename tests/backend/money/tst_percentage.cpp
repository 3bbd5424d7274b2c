// SPDX-License-Identifier: MIT
#include "Percentage.h"

#include <QTest>

using namespace Kiosk;

class TestPercentage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void fromScaled();
};

void TestPercentage::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("percentOff");
    QTest::addColumn<qint64>("scaled");
    QTest::addColumn<QString>("shown");

    // The rates of the issue (DE, FR, US) and a trap of parsing through double: 0.07 * 10^4 is
    // 700.0000000000001 there, which truncates correctly only by luck.
    QTest::addRow("19") << QStringLiteral("19") << false << qint64(190000) << QStringLiteral("19");
    QTest::addRow("7") << QStringLiteral("7") << false << qint64(70000) << QStringLiteral("7");
    QTest::addRow("5.5") << QStringLiteral("5.5") << false << qint64(55000) << QStringLiteral("5.5");
    QTest::addRow("7.5") << QStringLiteral("7.5") << false << qint64(75000) << QStringLiteral("7.5");
    QTest::addRow("8.875") << QStringLiteral("8.875") << false << qint64(88750) << QStringLiteral("8.875");
    QTest::addRow("0.07") << QStringLiteral("0.07") << false << qint64(700) << QStringLiteral("0.07");
    QTest::addRow("smallest step") << QStringLiteral("0.0001") << true << qint64(1) << QStringLiteral("0.0001");
    QTest::addRow("4 decimals") << QStringLiteral("33.3333") << true << qint64(333333) << QStringLiteral("33.3333");
    QTest::addRow("trailing zeros") << QStringLiteral("19.5000") << false << qint64(195000) << QStringLiteral("19.5");
    QTest::addRow("leading zeros") << QStringLiteral("007") << false << qint64(70000) << QStringLiteral("7");
    QTest::addRow("zero tax rate") << QStringLiteral("0") << false << qint64(0) << QStringLiteral("0");
    QTest::addRow("100") << QStringLiteral("100") << true << qint64(1000000) << QStringLiteral("100");
    QTest::addRow("100.0000") << QStringLiteral("100.0000") << true << qint64(1000000) << QStringLiteral("100");
    QTest::addRow("spaces") << QStringLiteral(" 20 ") << false << qint64(200000) << QStringLiteral("20");
}

void TestPercentage::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, percentOff);
    QFETCH(qint64, scaled);
    QFETCH(QString, shown);

    const Result<Percentage> p
        = Percentage::parse(text, percentOff ? Percentage::Use::PercentOff : Percentage::Use::TaxRate);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
    QCOMPARE(p->scaled(), scaled);
    QCOMPARE(p->toString(), shown);
    // What is shown reads back to the same value, for either use where both allow it.
    const Result<Percentage> back = Percentage::parse(p->toString(), Percentage::Use::TaxRate);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), p.value());
    QCOMPARE(Percentage::fromScaled(scaled).value(), p.value());
}

void TestPercentage::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("percentOff");
    QTest::addColumn<QString>("says");

    QTest::addRow("empty") << QString() << false << QStringLiteral("required");
    QTest::addRow("blank") << QStringLiteral("  ") << true << QStringLiteral("required");
    QTest::addRow("5 decimals") << QStringLiteral("8.87501") << false << QStringLiteral("5 decimal places");
    QTest::addRow("above 100") << QStringLiteral("100.0001") << false << QStringLiteral("from 0 to 100");
    QTest::addRow("far above 100") << QStringLiteral("99999999999999999999999") << false
                                   << QStringLiteral("from 0 to 100");
    QTest::addRow("0 %% off") << QStringLiteral("0") << true << QStringLiteral("above 0");
    QTest::addRow("0.0000 %% off") << QStringLiteral("0.0000") << true << QStringLiteral("above 0");
    QTest::addRow("negative") << QStringLiteral("-5") << false << QStringLiteral("not a valid percentage");
    QTest::addRow("plus") << QStringLiteral("+5") << false << QStringLiteral("not a valid percentage");
    QTest::addRow("decimal comma") << QStringLiteral("5,5") << false << QStringLiteral("not a valid percentage");
    QTest::addRow("exponent") << QStringLiteral("1e1") << false << QStringLiteral("not a valid percentage");
    QTest::addRow("no integer part") << QStringLiteral(".5") << false << QStringLiteral("not a valid percentage");
    QTest::addRow("no fraction") << QStringLiteral("5.") << false << QStringLiteral("not a valid percentage");
    QTest::addRow("percent sign") << QStringLiteral("19%") << false << QStringLiteral("not a valid percentage");
    QTest::addRow("inner space") << QStringLiteral("1 9") << false << QStringLiteral("not a valid percentage");
    QTest::addRow("nan") << QStringLiteral("nan") << false << QStringLiteral("not a valid percentage");
}

void TestPercentage::rejects()
{
    QFETCH(QString, text);
    QFETCH(bool, percentOff);
    QFETCH(QString, says);

    const Result<Percentage> p
        = Percentage::parse(text, percentOff ? Percentage::Use::PercentOff : Percentage::Use::TaxRate);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, QStringLiteral("invalid_percentage"));
    QVERIFY2(p.error().message.contains(says), qPrintable(p.error().message));
    QVERIFY2(p.error().message.size() < 200, qPrintable(p.error().message));
}

void TestPercentage::fromScaled()
{
    QVERIFY(!Percentage::fromScaled(-1).ok());
    QVERIFY(!Percentage::fromScaled(Percentage::kHundred + 1).ok());
    QCOMPARE(Percentage::fromScaled(88750)->toString(), QStringLiteral("8.875"));
    QCOMPARE(Percentage::fromScaled(10)->toString(), QStringLiteral("0.001"));
}

QTEST_GUILESS_MAIN(TestPercentage)
#include "tst_percentage.moc"
