// SPDX-License-Identifier: MIT
// What the customer and cashier read after a sale, and the way back to the till.
#include "ReceiptDocument.h"
#include "ResultScreen.h"
#include "Theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Kiosk;
using namespace Kiosk::Ui;

namespace {

Order sampleOrder(OrderStatus status, const QString &reason = QString())
{
    Order order;
    order.id = 7;
    order.number = QStringLiteral("K1-000007");
    order.status = status;
    order.currency = QStringLiteral("USD");
    order.amountSubtotal = 1295;
    order.amountTotal = 1295;
    order.createdAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    order.statusReason = reason;
    order.customerEmail = QStringLiteral("ada@example.com");
    order.lines
        = { OrderLine { QStringLiteral("caf-001"), QStringLiteral("CAF-001"), QStringLiteral("Espresso"), 2, 295, 590 },
              OrderLine { QStringLiteral("bak-001"), QStringLiteral("BAK-001"), QStringLiteral("Croissant & jam"), 1,
                  705, 705 } };
    return order;
}

} // namespace

class TestResultScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Theme::forScreenWidth(1024).apply(*qApp); }
    void showsOutcome_data();
    void showsOutcome();
    void receiptListsLinesAndSavesPdf();
    void receiptShowsNetTaxPerRateAndGross_data();
    void receiptShowsNetTaxPerRateAndGross();
    void returnsToNewSaleAfterDelay();
    void returnsAtTap();
    void countdownSaysWhatHappensToTheBasket_data();
    void countdownSaysWhatHappensToTheBasket();
    void bothWaysBackAfterACancel_data();
    void bothWaysBackAfterACancel();
};

void TestResultScreen::showsOutcome_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detailPart");
    QTest::addColumn<bool>("receiptButtons");
    QTest::addColumn<QString>("countdown");
    QTest::addRow("paid") << int(OrderStatus::Paid) << QString() << QStringLiteral("Paid")
                          << QStringLiteral("K1-000007") << true << QStringLiteral("New sale in 15 s");
    QTest::addRow("cancelled") << int(OrderStatus::Cancelled) << QString() << QStringLiteral("Cancelled")
                               << QStringLiteral("Nothing was charged") << false
                               << QStringLiteral("Back to the basket in 15 s");
    QTest::addRow("expired") << int(OrderStatus::Expired) << QString() << QStringLiteral("Expired")
                             << QStringLiteral("timed out") << false << QStringLiteral("New sale in 15 s");
    QTest::addRow("failed with reason") << int(OrderStatus::Failed) << QStringLiteral("The card was declined.")
                                        << QStringLiteral("Failed") << QStringLiteral("The card was declined.") << false
                                        << QStringLiteral("New sale in 15 s");
    QTest::addRow("needs review") << int(OrderStatus::NeedsReview) << QStringLiteral("Amount mismatch.")
                                  << QStringLiteral("Needs review") << QStringLiteral("Amount mismatch.") << false
                                  << QStringLiteral("New sale in 15 s");
}

void TestResultScreen::showsOutcome()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, title);
    QFETCH(QString, detailPart);
    QFETCH(bool, receiptButtons);
    QFETCH(QString, countdown);
    ResultScreen screen(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("Demo Café"));
    screen.showOrder(sampleOrder(OrderStatus(status), reason));
    QCOMPARE(screen.titleText(), title);
    QVERIFY2(screen.detailText().contains(detailPart), qPrintable(screen.detailText()));
    QCOMPARE(screen.amountText(), QStringLiteral("$12.95"));
    QCOMPARE(screen.findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled(), receiptButtons);
    QCOMPARE(screen.countdownText(), countdown);
}

void TestResultScreen::receiptListsLinesAndSavesPdf()
{
    ResultScreen screen(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("Demo Café"));
    screen.showOrder(sampleOrder(OrderStatus::Paid));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
    QVERIFY(screen.saveReceiptPdf(path).ok());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF-"));
    const Status bad = screen.saveReceiptPdf(dir.filePath(QStringLiteral("missing/folder/receipt.pdf")));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("missing/folder")));
}

void TestResultScreen::returnsToNewSaleAfterDelay()
{
    ResultScreen screen(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("Demo Café"));
    screen.setReturnDelaySecs(2);
    QSignalSpy finished(&screen, &ResultScreen::finished);
    screen.showOrder(sampleOrder(OrderStatus::Paid));
    QCOMPARE(screen.countdownText(), QStringLiteral("New sale in 2 s"));
    QTRY_COMPARE_WITH_TIMEOUT(screen.countdownText(), QStringLiteral("New sale in 1 s"), 5000);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
}

void TestResultScreen::returnsAtTap()
{
    ResultScreen screen(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("Demo Café"));
    QSignalSpy finished(&screen, &ResultScreen::finished);
    screen.showOrder(sampleOrder(OrderStatus::Cancelled));
    auto *button = screen.findChild<QPushButton *>(QStringLiteral("newSaleButton"));
    QCOMPARE(button->text(), QStringLiteral("New sale"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false); // "New sale" clears, whatever the outcome
}

void TestResultScreen::countdownSaysWhatHappensToTheBasket_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("keeps");
    QTest::addColumn<QString>("last");
    QTest::addRow("paid") << int(OrderStatus::Paid) << false << QStringLiteral("New sale in 1 s");
    QTest::addRow("cancelled") << int(OrderStatus::Cancelled) << true << QStringLiteral("Back to the basket in 1 s");
    QTest::addRow("expired") << int(OrderStatus::Expired) << false << QStringLiteral("New sale in 1 s");
}

void TestResultScreen::countdownSaysWhatHappensToTheBasket()
{
    // What the countdown announces is what happens when it runs out.
    QFETCH(int, status);
    QFETCH(bool, keeps);
    QFETCH(QString, last);
    ResultScreen screen(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("Demo Café"));
    screen.setReturnDelaySecs(2);
    QSignalSpy finished(&screen, &ResultScreen::finished);
    screen.showOrder(sampleOrder(OrderStatus(status)));
    QTRY_COMPARE_WITH_TIMEOUT(screen.countdownText(), last, 5000);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), keeps);
}

void TestResultScreen::bothWaysBackAfterACancel_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("offered");
    QTest::addRow("cancelled") << int(OrderStatus::Cancelled) << true;
    QTest::addRow("expired") << int(OrderStatus::Expired) << true;
    QTest::addRow("paid") << int(OrderStatus::Paid) << false;
    QTest::addRow("failed") << int(OrderStatus::Failed) << false;
}

void TestResultScreen::bothWaysBackAfterACancel()
{
    QFETCH(int, status);
    QFETCH(bool, offered);
    ResultScreen screen(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("Demo Café"));
    screen.show();
    QSignalSpy finished(&screen, &ResultScreen::finished);
    screen.showOrder(sampleOrder(OrderStatus(status)));
    auto *back = screen.findChild<QPushButton *>(QStringLiteral("backToBasketButton"));
    QCOMPARE(back->isVisible(), offered);
    if (!offered)
        return;
    QCOMPARE(back->text(), QStringLiteral("Back to the basket"));
    if (const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        screen.resize(1024, 700);
        QCoreApplication::processEvents();
        screen.grab().save(
            QDir(dir).filePath(QStringLiteral("result-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
    }
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
}

void TestResultScreen::receiptShowsNetTaxPerRateAndGross_data()
{
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QStringList>("rows"); // caption and amount cells, in order
    // Espresso 2 x 2.95 at 19 %, croissant 7.05 at 7 %.
    // inclusive: rhu(590*19/119) = 94, rhu(705*7/107) = 46; net 1295 - 140 = 1155
    QTest::addRow("inclusive") << true << qint64(1295)
                               << QStringList { QStringLiteral("Net"), QStringLiteral("$11.55"),
                                      QStringLiteral("Tax 19%"), QStringLiteral("$0.94"), QStringLiteral("Tax 7%"),
                                      QStringLiteral("$0.46"), QStringLiteral("Total"), QStringLiteral("$12.95") };
    // exclusive: rhu(590*0.19) = 112, rhu(705*0.07) = rhu(49.35) = 49
    QTest::addRow("exclusive") << false << qint64(1295 + 161)
                               << QStringList { QStringLiteral("Net"), QStringLiteral("$12.95"),
                                      QStringLiteral("Tax 19%"), QStringLiteral("$1.12"), QStringLiteral("Tax 7%"),
                                      QStringLiteral("$0.49"), QStringLiteral("Total"), QStringLiteral("$14.56") };
}

void TestResultScreen::receiptShowsNetTaxPerRateAndGross()
{
    QFETCH(bool, inclusive);
    QFETCH(qint64, total);
    QFETCH(QStringList, rows);
    Order order = sampleOrder(OrderStatus::Paid);
    const auto taxAt = [&](OrderLine &line, const char *rate, qint64 scaled, qint64 tax) {
        line.taxRate = QLatin1String(rate);
        line.taxPercentage = Percentage::fromScaled(scaled).value();
        line.taxInclusive = inclusive;
        line.amountTax = tax;
    };
    taxAt(order.lines[0], "standard", 190000, inclusive ? 94 : 112);
    taxAt(order.lines[1], "reduced", 70000, inclusive ? 46 : 49);
    order.amountTax = order.lines[0].amountTax + order.lines[1].amountTax;
    order.amountTotal = total;

    const QString html
        = ReceiptDocument(order, QStringLiteral("Demo Café"), QLocale(QLocale::English, QLocale::UnitedStates)).html();
    QTextDocument document;
    document.setHtml(html);
    const QString text = document.toPlainText();
    // Each row's cells appear in this order, after the lines: net, each rate, then the total.
    qsizetype at = text.indexOf(QStringLiteral("Croissant & jam"));
    QVERIFY(at >= 0);
    for (const QString &cell : rows) {
        const qsizetype next = text.indexOf(cell, at);
        QVERIFY2(next > at, qPrintable(QStringLiteral("%1 not after position %2 in: %3").arg(cell).arg(at).arg(text)));
        at = next;
    }

    // An order without tax keeps the receipt it always had: no net or tax rows.
    const QString untaxed = ReceiptDocument(
        sampleOrder(OrderStatus::Paid), QStringLiteral("Demo Café"), QLocale(QLocale::English, QLocale::UnitedStates))
                                .html();
    QVERIFY(!untaxed.contains(QStringLiteral("Net")));
    QVERIFY(!untaxed.contains(QStringLiteral("Tax ")));
}

QTEST_MAIN(TestResultScreen)
#include "tst_ResultScreen.moc"
