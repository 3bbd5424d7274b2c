// SPDX-License-Identifier: MIT
// The manager's refund screens against a fake ManagerService that plans with the real
// RefundPlanner: the choice of whole order, items or amount; what the customer gets back, tax
// included; errors next to their field; one refund however Confirm is pressed; the outcome and
// its later settling; the refund list on the order; the refund receipt.
#include "FakeManagerService.h"
#include "Language.h"
#include "OrderDetailsDialog.h"
#include "RefundDialog.h"
#include "RefundReceiptDocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using Kiosk::OrderStatus;
using Kiosk::Test::FakeManagerService;
using Kiosk::Ui::RefundDialog;
using RS = Kiosk::RefundRecord::Status;

namespace {

constexpr qint64 kOrderId = 7;

/** K1-000007, paid $21.00: 2 × Flat white ($4.50, 19 % tax inside) and 3 × Croissant ($4.00, 7 %). */
Kiosk::Order paidOrder(OrderStatus status = OrderStatus::Paid)
{
    Kiosk::Order o;
    o.id = kOrderId;
    o.number = QStringLiteral("K1-000007");
    o.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    o.paidAt = o.createdAt.addSecs(60);
    o.status = status;
    o.currency = QStringLiteral("USD");
    o.lines = { { QStringLiteral("p_fw"), QStringLiteral("FW"), QStringLiteral("Flat white"), 2, 450, 900, {} },
        { QStringLiteral("p_cr"), QStringLiteral("CR"), QStringLiteral("Croissant"), 3, 400, 1200, {} } };
    o.amountSubtotal = 2100;
    o.amountTotal = 2100;
    return o;
}

const QList<Kiosk::RateAmounts> kTaxes { { { QStringLiteral("vat19"), 144 } }, { { QStringLiteral("vat7"), 78 } } };

/** Waits until the dialog shows the plan (or error) for what is on screen now. */
bool waitForPlan(RefundDialog &dialog)
{
    QSignalSpy shown(&dialog, &RefundDialog::planShown);
    return shown.wait(3000);
}

} // namespace

class TestRefundDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QVERIFY(Kiosk::Ui::Language::switchTo(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void wholeOrderSaysWhatTheCustomerGetsBack()
    {
        FakeManagerService service;
        service.addOrder(paidOrder(), kTaxes);
        RefundDialog dialog(&service, service.details(kOrderId), QStringLiteral("Café"));
        QVERIFY(!dialog.confirmButton()->isEnabled()); // no Confirm before the plan
        QVERIFY(waitForPlan(dialog));
        QVERIFY(dialog.choiceButton(RefundDialog::Choice::WholeOrder)->isChecked());
        QCOMPARE(dialog.summaryText(),
            QStringLiteral("The customer gets back $21.00, tax included.\nTax in it: vat19: $1.44 · vat7: $0.78\n"
                           "Left to refund afterwards: $0.00"));
        QVERIFY(dialog.confirmButton()->isEnabled());
        QCOMPARE(dialog.confirmButton()->text(), QStringLiteral("Refund $21.00"));
    }

    void itemsAreBoundedByWhatIsLeft()
    {
        FakeManagerService service;
        service.addOrder(paidOrder(), kTaxes);
        service.refundOutcome = RS::Succeeded;
        // One flat white already went back.
        Kiosk::RefundOrderRequest first;
        first.kind = Kiosk::RefundOrderRequest::Kind::Lines;
        first.lines = { { 1, 1, 0 } };
        QSignalSpy answered(&service, &Kiosk::ManagerService::ordersChanged);
        service.refundOrder(kOrderId, first, this, [](Kiosk::Result<Kiosk::OrderRefund>) {});
        QVERIFY(answered.wait());

        RefundDialog dialog(&service, service.details(kOrderId), QString());
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog.quantityBox(0)->maximum(), 1);
        QCOMPARE(dialog.quantityBox(1)->maximum(), 3);
        QVERIFY(!dialog.quantityBox(1)->isEnabled() || !dialog.findChild<QTableWidget *>()->isEnabled());
        dialog.choose(RefundDialog::Choice::Lines);
        QVERIFY(dialog.findChild<QTableWidget *>(QStringLiteral("refundLinesTable"))->isEnabled());
        QVERIFY(!dialog.amountEdit()->isEnabled()); // only the chosen way takes input
        dialog.quantityBox(1)->setValue(2);
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QVERIFY(waitForPlan(dialog));
        QVERIFY2(dialog.summaryText().startsWith(QStringLiteral("The customer gets back $8.00, tax included.\n"
                                                                "Tax in it: vat19: $0.00 · vat7: $0.52")),
            qPrintable(dialog.summaryText()));
        QVERIFY(dialog.summaryText().endsWith(QStringLiteral("Left to refund afterwards: $8.50")));
        QCOMPARE(dialog.confirmButton()->text(), QStringLiteral("Refund $8.00"));

        // Nothing chosen: a hint next to the items, no plan, no Confirm.
        dialog.quantityBox(1)->setValue(0);
        QVERIFY(waitForPlan(dialog));
        QCOMPARE(dialog.fieldErrorText(), QStringLiteral("Choose how many of each item to refund."));
        QVERIFY(!dialog.confirmButton()->isEnabled());
    }

    void amountIsTypedInTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("amount"); // 0: refused
        QTest::addColumn<QString>("error");
        QTest::addRow("en") << "en_US"
                            << "5.50" << qint64(550) << QString();
        QTest::addRow("de") << "de_DE"
                            << "5,50" << qint64(550) << QString();
        QTest::addRow("de with a point") << "de_DE"
                                         << "5.50" << qint64(0)
                                         << QStringLiteral("“5.50” is not an amount. Type it like 12,50.");
        QTest::addRow("above what is left")
            << "en_US"
            << "21.01" << qint64(0)
            << QStringLiteral("more than the 21.00 USD left to refund"); // the planner's own words
        QTest::addRow("zero") << "en_US"
                              << "0" << qint64(0) << QStringLiteral("must be a positive amount");
    }

    void amountIsTypedInTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(qint64, amount);
        QFETCH(QString, error);
        QLocale::setDefault(QLocale(locale));
        FakeManagerService service;
        service.addOrder(paidOrder(), kTaxes);
        RefundDialog dialog(&service, service.details(kOrderId), QString());
        QVERIFY(waitForPlan(dialog));
        QVERIFY(!dialog.amountEdit()->isEnabled());
        dialog.choose(RefundDialog::Choice::Amount);
        QTest::keyClicks(dialog.amountEdit(), text);
        QVERIFY(waitForPlan(dialog));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (amount > 0) {
            QVERIFY(dialog.plan().has_value());
            QCOMPARE(dialog.plan()->amount, amount);
            QVERIFY(dialog.confirmButton()->isEnabled());
            QCOMPARE(dialog.fieldErrorText(), QString());
            return;
        }
        QVERIFY(!dialog.plan().has_value());
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QVERIFY2(dialog.fieldErrorText().contains(error, Qt::CaseInsensitive), qPrintable(dialog.fieldErrorText()));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("amountError"));
        QVERIFY(label && !label->isHidden()); // next to the amount field
    }

    void aDoubleTapRefundsOnce()
    {
        FakeManagerService service;
        service.addOrder(paidOrder(), kTaxes);
        service.holdRefunds = true;
        RefundDialog dialog(&service, service.details(kOrderId), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.reasonBox()->setCurrentIndex(dialog.reasonBox()->findData(QStringLiteral("duplicate")));
        QVERIFY(waitForPlan(dialog));
        QTest::mouseDClick(dialog.confirmButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
        dialog.confirm();
        QCOMPARE(service.refundCalls().size(), 1);
        QCOMPARE(service.refundCalls().first().request.reason, QStringLiteral("duplicate"));
        QCOMPARE(service.refundCalls().first().request.kind, Kiosk::RefundOrderRequest::Kind::WholeRemainder);
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QVERIFY(dialog.summaryText().startsWith(QStringLiteral("Asking Stripe to refund $21.00")));

        QSignalSpy answered(&dialog, &RefundDialog::refundAnswered);
        QVERIFY(service.answerRefund());
        QCOMPARE(answered.size(), 1);
        QCOMPARE(dialog.outcomeText(), QStringLiteral("Refunded $21.00 to the customer's card."));
        QVERIFY(dialog.confirmButton()->isHidden());
        dialog.confirm(); // after the answer too
        QCOMPARE(service.refundCalls().size(), 1);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("refundReceiptPdfButton"))->isVisible());
    }

    void aPendingRefundIsFollowedUntilItSettles_data()
    {
        QTest::addColumn<int>("settled");
        QTest::addColumn<QString>("outcome");
        QTest::addRow("succeeded") << int(RS::Succeeded) << QStringLiteral("Refunded $21.00 to the customer's card.");
        QTest::addRow("failed") << int(RS::Failed)
                                << QStringLiteral("The refund of $21.00 failed (expired_or_canceled_card). No money "
                                                  "went back; the order needs review.");
    }

    void aPendingRefundIsFollowedUntilItSettles()
    {
        QFETCH(int, settled);
        QFETCH(QString, outcome);
        FakeManagerService service;
        service.addOrder(paidOrder(), kTaxes);
        service.refundOutcome = RS::Pending;
        RefundDialog dialog(&service, service.details(kOrderId), QString());
        QVERIFY(waitForPlan(dialog));
        QSignalSpy answered(&dialog, &RefundDialog::refundAnswered);
        dialog.confirm();
        QVERIFY(answered.wait());
        QVERIFY2(dialog.outcomeText().startsWith(QStringLiteral("Refund of $21.00 is pending at Stripe.")),
            qPrintable(dialog.outcomeText()));
        QSignalSpy updated(&dialog, &RefundDialog::refundUpdated);
        service.settleRefund(dialog.refund()->id, RS(settled), QStringLiteral("expired_or_canceled_card"));
        QVERIFY(updated.wait());
        QCOMPARE(dialog.outcomeText(), outcome);
    }

    void aFailedCallRecordsNothingAndCanBeRetried()
    {
        FakeManagerService service;
        service.addOrder(paidOrder(), kTaxes);
        service.holdRefunds = true;
        RefundDialog dialog(&service, service.details(kOrderId), QString());
        QVERIFY(waitForPlan(dialog));
        dialog.confirm();
        // The order was fully refunded elsewhere meanwhile: the service refuses.
        Kiosk::OrderRefund elsewhere;
        service.holdRefunds = false;
        service.refundOrder(kOrderId, {}, this, [](Kiosk::Result<Kiosk::OrderRefund>) {});
        QSignalSpy answered(&dialog, &RefundDialog::refundAnswered);
        QTRY_VERIFY(service.details(kOrderId).order.amountRefunded == 2100);
        QVERIFY(service.answerRefund());
        QCOMPARE(answered.size(), 1);
        QVERIFY2(
            dialog.summaryText().startsWith(QStringLiteral("Nothing was refunded:")), qPrintable(dialog.summaryText()));
        QVERIFY(!dialog.refund().has_value());
        QVERIFY(dialog.choiceButton(RefundDialog::Choice::Amount)->isEnabled());
    }

    void theOrderShowsItsRefunds()
    {
        FakeManagerService service;
        service.addOrder(paidOrder(), kTaxes);
        Kiosk::Ui::OrderDetailsDialog details(&service, kOrderId);
        QSignalSpy loaded(&details, &Kiosk::Ui::OrderDetailsDialog::loaded);
        QVERIFY(loaded.wait());
        QVERIFY(details.refundButton()->isVisible() || !details.refundButton()->isHidden());
        QVERIFY(details.refundButton()->isEnabled());
        QCOMPARE(details.refundsTable()->rowCount(), 0);

        auto *tabs = details.findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1); // the refunds
        auto *dialog = qobject_cast<RefundDialog *>(details.openRefund(false));
        QVERIFY(dialog);
        QVERIFY(waitForPlan(*dialog));
        dialog->choose(RefundDialog::Choice::Lines);
        dialog->quantityBox(0)->setValue(1);
        QVERIFY(waitForPlan(*dialog));
        dialog->confirm();
        QVERIFY(loaded.wait()); // ordersChanged: the details reload
        QCOMPARE(
            details.findChild<QLabel *>(QStringLiteral("fieldStatus"))->text(), QStringLiteral("Partially refunded"));
        QCOMPARE(details.findChild<QLabel *>(QStringLiteral("fieldRefunded"))->text(),
            QStringLiteral("$4.50 ($16.50 left)"));
        QCOMPARE(details.findChild<QTabWidget *>(QStringLiteral("detailsTabs"))->currentIndex(), 1); // still there
        QCOMPARE(
            details.findChild<QTabWidget *>(QStringLiteral("detailsTabs"))->tabText(1), QStringLiteral("Refunds (1)"));
        QTableWidget *refunds = details.refundsTable();
        QCOMPARE(refunds->rowCount(), 1);
        QCOMPARE(refunds->item(0, 1)->text(), QStringLiteral("$4.50"));
        QCOMPARE(refunds->item(0, 2)->text(), QStringLiteral("Refunded"));
        QCOMPARE(refunds->item(0, 3)->text(), QStringLiteral("Requested by the customer"));
        QCOMPARE(refunds->item(0, 4)->text(), QStringLiteral("1 × Flat white"));
        QCOMPARE(refunds->item(0, 5)->text(), QStringLiteral("re_fake1"));
        QVERIFY(details.refundButton()->isEnabled()); // $16.50 left
    }

    void onlyOrdersThatTookMoneyAreRefunded_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("refundable");
        QTest::addRow("paid") << int(OrderStatus::Paid) << true;
        QTest::addRow("expired") << int(OrderStatus::Expired) << false;
        QTest::addRow("awaiting payment") << int(OrderStatus::AwaitingPayment) << false;
        QTest::addRow("refunded") << int(OrderStatus::Refunded) << false;
    }

    void onlyOrdersThatTookMoneyAreRefunded()
    {
        QFETCH(int, status);
        QFETCH(bool, refundable);
        FakeManagerService service;
        Kiosk::Order order = paidOrder(OrderStatus(status));
        if (order.status == OrderStatus::Refunded)
            order.amountRefunded = order.amountTotal;
        service.addOrder(order, kTaxes);
        Kiosk::Ui::OrderDetailsDialog details(&service, kOrderId);
        QSignalSpy loaded(&details, &Kiosk::Ui::OrderDetailsDialog::loaded);
        QVERIFY(loaded.wait());
        QCOMPARE(details.refundButton()->isEnabled(), refundable);
        QCOMPARE(details.openRefund(false) != nullptr, refundable);
    }

    /** With KIOSK_SCREENSHOT_DIR set: the dialog in English and German over a 1024×768 screen. */
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << QStringLiteral("en");
        QTest::addRow("de") << QStringLiteral("de");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KIOSK_SCREENSHOT_DIR is not set");
        QVERIFY(Kiosk::Ui::Language::switchTo(language));
        FakeManagerService service;
        Kiosk::Order order = paidOrder();
        order.lines.append({ QStringLiteral("p_lt"), QStringLiteral("LT"),
            QStringLiteral("Latte (Large, Oat milk, Extra shot)"), 1, 550, 550, {} });
        order.amountSubtotal = order.amountTotal = 2650;
        service.addOrder(order, { kTaxes.at(0), kTaxes.at(1), { { QStringLiteral("vat19"), 88 } } });
        QWidget screen;
        screen.resize(1024, 768);
        screen.show();
        RefundDialog dialog(&service, service.details(kOrderId), QString(), &screen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitForPlan(dialog));
        dialog.choose(RefundDialog::Choice::Lines);
        dialog.quantityBox(1)->setValue(2);
        QVERIFY(waitForPlan(dialog));
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("refund-items-%1.png").arg(language))));
        dialog.choose(RefundDialog::Choice::Amount);
        QTest::keyClicks(
            dialog.amountEdit(), language == QLatin1String("de") ? QStringLiteral("5.50") : QStringLiteral("5,50"));
        QVERIFY(waitForPlan(dialog));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("refund-amount-error-%1.png").arg(language))));
        dialog.amountEdit()->clear();
        QTest::keyClicks(
            dialog.amountEdit(), language == QLatin1String("de") ? QStringLiteral("5,50") : QStringLiteral("5.50"));
        QVERIFY(waitForPlan(dialog));
        QSignalSpy answered(&dialog, &RefundDialog::refundAnswered);
        dialog.confirm();
        QVERIFY(answered.wait());
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("refund-done-%1.png").arg(language))));
        QVERIFY(Kiosk::Ui::Language::switchTo(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void theReceiptListsWhatWentBack()
    {
        Kiosk::OrderRefund refund;
        refund.id = 3;
        refund.orderId = kOrderId;
        refund.amount = 1250;
        refund.currency = QStringLiteral("USD");
        refund.reason = QStringLiteral("requested_by_customer");
        refund.status = RS::Succeeded;
        refund.lines = { { 1, 1, 450 }, { 2, 2, 800 } };
        refund.tax = { { QStringLiteral("vat19"), 72 }, { QStringLiteral("vat7"), 52 } };
        refund.createdAt = QDateTime(QDate(2026, 3, 15), QTime(10, 5), Qt::UTC);
        const Kiosk::Ui::RefundReceiptDocument receipt(paidOrder(), refund, QStringLiteral("Café Nord"), QLocale());
        const QString html = receipt.html();
        for (const QString &expected :
            { QStringLiteral("Café Nord"), QStringLiteral("Refund for order K1-000007"), QStringLiteral("3/15/26"),
                QStringLiteral("Reason: Requested by the customer"), QStringLiteral("1 × Flat white"),
                QStringLiteral("$4.50"), QStringLiteral("2 × Croissant"), QStringLiteral("$8.00"),
                QStringLiteral("Tax vat19 included"), QStringLiteral("$0.72"), QStringLiteral("Tax vat7 included"),
                QStringLiteral("$0.52"), QStringLiteral("Total refunded"), QStringLiteral("$12.50") })
            QVERIFY2(html.contains(expected), qPrintable(expected));
        QVERIFY(!html.contains(QStringLiteral("Status:"))); // said only when not refunded yet

        refund.status = RS::Pending;
        refund.lines.clear();
        const QString pending = Kiosk::Ui::RefundReceiptDocument(paidOrder(), refund, QString(), QLocale()).html();
        QVERIFY(pending.contains(QStringLiteral("Amount refunded")));
        QVERIFY(pending.contains(QStringLiteral("Status: Pending at Stripe")));

        QTemporaryDir dir;
        const QString path = dir.filePath(receipt.suggestedFileName());
        QCOMPARE(receipt.suggestedFileName(), QStringLiteral("refund-K1-000007-3.pdf"));
        QVERIFY(receipt.savePdf(path).ok());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QCOMPARE(
            receipt.savePdf(dir.filePath(QStringLiteral("missing/r.pdf"))).error().code, QStringLiteral("save_failed"));
    }
};

QTEST_MAIN(TestRefundDialog)
#include "tst_refunddialog.moc"
