// SPDX-License-Identifier: MIT
#include "Clock.h"
#include "ManagerFixture.h"
#include "OrderCsvWriter.h"

#include <QBuffer>
#include <QTest>

using Kiosk::OrderCsvWriter;
using Kiosk::Test::ManagerFixture;

class TestOrderCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("K1-000001") << QStringLiteral("K1-000001");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("comma") << QStringLiteral("Smith, Jo") << QStringLiteral("\"Smith, Jo\"");
        QTest::addRow("quote") << QStringLiteral("the \"best\" bagel") << QStringLiteral("\"the \"\"best\"\" bagel\"");
        QTest::addRow("line break") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
        QTest::addRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::addRow("formula +") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
        QTest::addRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::addRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::addRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        // A leading CR is neutralised (some spreadsheets drop it and read the rest as a formula)
        // and, being a line break, quoted.
        QTest::addRow("carriage return first") << QStringLiteral("\r=1+2") << QStringLiteral("\"'\r=1+2\"");
        QTest::addRow("carriage return alone") << QStringLiteral("\r") << QStringLiteral("\"'\r\"");
        QTest::addRow("carriage return inside") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::addRow("CRLF first") << QStringLiteral("\r\n@x") << QStringLiteral("\"'\r\n@x\"");
        QTest::addRow("inner = is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }
    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(OrderCsvWriter::field(value), expected);
    }

    void exportsExactAmountsAndUtcTimes()
    {
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        Kiosk::ManualClock clock(QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC));
        fixture.store()->setClock(clock);
        const QString usd = create(fixture.store(), QStringLiteral("USD"), 1999, QStringLiteral("=cmd|' /C calc'!A0"),
            QStringLiteral("Smith, \"Jo\""), 160);
        clock.advance(60);
        const QString jpy = create(
            fixture.store(), QStringLiteral("JPY"), 500, QStringLiteral("yen@example.com"), QStringLiteral("-1+1"));
        clock.advance(60);
        const QString kwd = create(fixture.store(), QStringLiteral("KWD"), 5120, QStringLiteral("@kwd"), QString());
        QVERIFY(!usd.isEmpty() && !jpy.isEmpty() && !kwd.isEmpty());

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto written = OrderCsvWriter(fixture.store()).write({}, &buffer, clock.now().addSecs(1));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(written.value(), 3);

        const QString csv = QString::fromUtf8(buffer.data());
        QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
        const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0),
            QStringLiteral("order_number,created_at_utc,status,customer_email,currency,subtotal,total,tax,"
                           "paid_at_utc,kiosk_id,cashier,session_id,payment_intent,status_reason,amount_refunded,items,"
                           "amount_discount,tender"));
        // Newest first.
        QCOMPARE(rows.at(1),
            kwd
                + QStringLiteral(",2026-03-14T15:11:26Z,draft,'@kwd,KWD,5.120,5.120,0.000,,K1,,,,,0.000,1 × Item = "
                                 "5.120,0.000,card"));
        QCOMPARE(rows.at(2),
            jpy
                + QStringLiteral(
                    ",2026-03-14T15:10:26Z,draft,yen@example.com,JPY,500,500,0,,K1,'-1+1,,,,0,1 × Item = 500,0,card"));
        QCOMPARE(rows.at(3),
            usd
                + QStringLiteral(",2026-03-14T15:09:26Z,draft,'=cmd|' /C calc'!A0,USD,19.99,21.59,1.60,,K1,"
                                 "\"Smith, \"\"Jo\"\"\",,,,0.00,1 × Item = 19.99,0.00,card"));
    }

    void itemsAndRefundsAreExported()
    {
        // A paid order of two lines (one with options in its name), $4.50 of it refunded.
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        Kiosk::OrderStore::NewOrder n;
        n.currency = QStringLiteral("USD");
        n.kioskId = QStringLiteral("K1");
        n.lines = { { QStringLiteral("fw"), QStringLiteral("FW"), QStringLiteral("Flat white"), 2, 450, 900 },
            { QStringLiteral("lt"), QStringLiteral("LT"), QStringLiteral("Latte (Large, Oat milk)"), 1, 550, 550,
                QStringLiteral("[\"large\",\"oat\"]") } };
        const auto created = fixture.store()->createOrder(n);
        QVERIFY(created.ok());
        const qint64 id = created.value().id;
        QVERIFY(fixture.store()->transition(id, Kiosk::OrderStatus::AwaitingPayment).ok());
        QVERIFY(fixture.store()->transition(id, Kiosk::OrderStatus::Paid).ok());
        Kiosk::OrderRefund refund;
        refund.orderId = id;
        refund.amount = 450;
        refund.lines = { { 1, 1, 450 } };
        QVERIFY(fixture.store()->recordRefund(refund).ok());
        QVERIFY(!fixture.store()->history({}, 0, 1).value().first().lines.size()); // pages come without lines

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(OrderCsvWriter(fixture.store()).write({}, &buffer).value(), 1);
        const QStringList rows = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(1).endsWith(
                     QStringLiteral(",4.50,\"2 × Flat white = 9.00; 1 × Latte (Large, Oat milk) = 5.50\",0.00,card")),
            qPrintable(rows.at(1)));
    }

    void filterAndCutoffApply()
    {
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.importHistory(1234)); // more than two export pages
        Kiosk::HistoryFilter paid;
        paid.statuses = { Kiosk::OrderStatus::Paid };
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto written = OrderCsvWriter(fixture.store()).write(paid, &buffer);
        QVERIFY(written.ok());
        // Paid are the orders with i % 5 in {0, 3}.
        qint64 count = 0;
        for (int i = 0; i < 1234; ++i)
            count += ManagerFixture::statusFor(i) == Kiosk::OrderStatus::Paid ? 1 : 0;
        QCOMPARE(written.value(), count);
        const QStringList rows = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), count + 1);
        // Every order once: no duplicates across page boundaries.
        QSet<QString> numbers;
        for (int r = 1; r < rows.size(); ++r) {
            QVERIFY(rows.at(r).contains(QStringLiteral(",paid,")));
            numbers.insert(rows.at(r).section(QLatin1Char(','), 0, 0));
        }
        QCOMPARE(numbers.size(), count);
        QVERIFY(numbers.contains(ManagerFixture::numberFor(1233)));
        QVERIFY(numbers.contains(ManagerFixture::numberFor(0)));

        // Orders created after the cut-off are not exported.
        QBuffer early;
        QVERIFY(early.open(QIODevice::WriteOnly));
        const auto before = OrderCsvWriter(fixture.store()).write({}, &early, ManagerFixture::start().addSecs(60 * 10));
        QVERIFY(before.ok());
        QCOMPARE(before.value(), 10);
    }

    void ordersSharingATimestampAcrossPagesAreEachWrittenOnce()
    {
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        // A bulk import can give more orders than a page the same creation time.
        const QDateTime same(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        const int count = OrderCsvWriter::kPageSize * 2 + 37;
        QList<Kiosk::Order> orders;
        for (int i = 0; i < count; ++i) {
            Kiosk::Order o;
            o.number = QStringLiteral("T-%1").arg(i, 5, 10, QLatin1Char('0'));
            o.createdAt = i < 10 ? same.addSecs(60) : (i > count - 10 ? same.addSecs(-60) : same);
            o.status = Kiosk::OrderStatus::Expired;
            o.currency = QStringLiteral("USD");
            o.lines = { Kiosk::OrderLine {
                QStringLiteral("p"), QStringLiteral("S"), QStringLiteral("Item"), 1, 100, 100 } };
            o.amountSubtotal = o.amountTotal = 100;
            orders.append(o);
        }
        QVERIFY(fixture.store()->importOrders(orders).ok());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto written = OrderCsvWriter(fixture.store()).write({}, &buffer, same.addDays(1));
        QVERIFY(written.ok());
        QCOMPARE(written.value(), count);
        const QStringList rows = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QSet<QString> numbers;
        for (int r = 1; r < rows.size(); ++r)
            numbers.insert(rows.at(r).section(QLatin1Char(','), 0, 0));
        QCOMPARE(numbers.size(), count);
    }

    void reportsProgressPerPageAndStopsWhenAsked()
    {
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        const int orders = OrderCsvWriter::kPageSize * 2 + 7;
        QVERIFY(fixture.importHistory(orders));
        const QDateTime asOf = ManagerFixture::start().addDays(30);

        QBuffer plain;
        QVERIFY(plain.open(QIODevice::WriteOnly));
        QVERIFY(OrderCsvWriter(fixture.store()).write({}, &plain, asOf).ok());

        QList<qint64> reported;
        QBuffer reporting;
        QVERIFY(reporting.open(QIODevice::WriteOnly));
        const auto all = OrderCsvWriter(fixture.store()).write({}, &reporting, asOf, [&reported](qint64 written) {
            reported << written;
            return true;
        });
        QVERIFY(all.ok());
        QCOMPARE(all.value(), qint64(orders));
        QCOMPARE(reported, (QList<qint64> { OrderCsvWriter::kPageSize, 2 * OrderCsvWriter::kPageSize, orders }));
        QCOMPARE(reporting.data(), plain.data());

        int calls = 0;
        QBuffer stopped;
        QVERIFY(stopped.open(QIODevice::WriteOnly));
        const auto cancelled = OrderCsvWriter(fixture.store()).write({}, &stopped, asOf, [&calls](qint64) {
            ++calls;
            return false;
        });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
        QCOMPARE(calls, 1);
        QCOMPARE(stopped.data().count("\r\n"), OrderCsvWriter::kPageSize + 1);
    }

    void refusesAClosedDevice()
    {
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        QBuffer closed;
        const auto written = OrderCsvWriter(fixture.store()).write({}, &closed);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("io_error"));
    }

private:
    static QString create(Kiosk::OrderStore *store, const QString &currency, qint64 amount, const QString &email,
        const QString &cashier, qint64 exclusiveTax = 0)
    {
        Kiosk::OrderStore::NewOrder n;
        n.currency = currency;
        n.customerEmail = email;
        n.cashier = cashier;
        n.kioskId = QStringLiteral("K1");
        n.lines = { Kiosk::OrderLine {
            QStringLiteral("p"), QStringLiteral("S"), QStringLiteral("Item"), 1, amount, amount } };
        if (exclusiveTax > 0) {
            n.lines[0].taxRate = QStringLiteral("standard 8% exclusive");
            n.lines[0].taxPercentage = Kiosk::Percentage::fromScaled(80000).value();
            n.lines[0].amountTax = exclusiveTax;
        }
        const auto created = store->createOrder(n);
        if (!created.ok())
            qWarning() << created.error().toString();
        return created.ok() ? created.value().number : QString();
    }
};

QTEST_GUILESS_MAIN(TestOrderCsvWriter)
#include "tst_ordercsvwriter.moc"
