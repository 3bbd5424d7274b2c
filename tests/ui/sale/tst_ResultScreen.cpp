// SPDX-License-Identifier: MIT
// What the customer and cashier read after a sale, and the way back to the till.
#include "ResultScreen.h"
#include "Theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_MAIN(TestResultScreen)
#include "tst_ResultScreen.moc"
