// SPDX-License-Identifier: MIT
// The cashier's Cash button and dialog: shown only when the till takes cash, the change shown as
// the amount is typed, Enter confirms, one request id per dialog, the result screen says
// "Cash: … · Change: …"; the quick amounts row by row. Screenshots in English and German.
#include "BasketPanel.h"
#include "Cart.h"
#include "CashDialog.h"
#include "CashierScreen.h"
#include "EmbeddedManagerService.h"
#include "FakeTillService.h"
#include "KioskWindow.h"
#include "Language.h"
#include "OrderStore.h"
#include "PinVault.h"
#include "ResultScreen.h"
#include "SettingsStore.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kiosk;
using namespace Kiosk::Ui;
using Kiosk::Test::FakeTillService;

class TestCashDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        auto catalog = Catalog::loadJsonFile(Kiosk::Test::sourcePath(QStringLiteral("resources/catalog/catalog.json")));
        QVERIFY(catalog.ok());
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::move(OrderStore::openSqlite(m_dir->filePath(QStringLiteral("orders.sqlite")))).value();
        m_settings = std::make_unique<SettingsStore>(m_store->database());
        m_vault = std::make_unique<PinVault>(m_settings.get());
        m_manager = std::make_unique<EmbeddedManagerService>(*m_store);
        m_service = std::make_unique<FakeTillService>(catalog.value());
    }
    void cleanup()
    {
        m_window.reset();
        m_service.reset();
        m_manager.reset();
        m_vault.reset();
        m_settings.reset();
        m_store.reset();
        Language::switchTo(QStringLiteral("en"));
    }

    void cashButtonOnlyWhenEnabled()
    {
        open(false);
        QVERIFY(!m_window->cashier()->basket()->cashButton()->isVisible());
        m_window.reset();
        open(true);
        QVERIFY(m_window->cashier()->basket()->cashButton()->isVisible());
    }

    void changeShownAndConfirmPays()
    {
        open(true);
        QVERIFY(m_window->cart()->addProduct(QStringLiteral("caf-001")).ok()); // 2.95
        QTest::mouseClick(m_window->cashier()->basket()->cashButton(), Qt::LeftButton);
        CashDialog *dialog = m_window->cashDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClicks(dialog->tenderedEdit(), QStringLiteral("2.50"));
        QVERIFY(!dialog->confirmButton()->isEnabled()); // short: not yet
        dialog->tenderedEdit()->clear();
        QTest::keyClicks(dialog->tenderedEdit(), QStringLiteral("20"));
        QCOMPARE(dialog->changeText(), QStringLiteral("Change: $17.05"));
        QVERIFY(dialog->confirmButton()->isEnabled());
        const QString requestId = dialog->requestId();
        QTest::keyClick(dialog->tenderedEdit(), Qt::Key_Return); // Enter confirms
        QCOMPARE(m_service->calls().size(), 1);
        const FakeTillService::Call call = m_service->calls().first();
        QCOMPARE(call.what, QStringLiteral("cash"));
        QCOMPARE(call.request.cashTendered, 2000);
        QCOMPARE(call.request.requestId, requestId);
        QCOMPARE(call.request.lines.size(), 1);

        Order paid;
        paid.id = 9;
        paid.number = QStringLiteral("K1-000009");
        paid.status = OrderStatus::Paid;
        paid.currency = QStringLiteral("USD");
        paid.amountSubtotal = paid.amountTotal = 295;
        paid.tender = QStringLiteral("cash");
        paid.cashTendered = 2000;
        paid.cashChange = 1705;
        paid.paidAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_service->answer(paid));
        QCOMPARE(m_window->screen(), KioskWindow::Screen::Result);
        const QList<QLabel *> labels = m_window->result()->findChildren<QLabel *>();
        const bool shown = std::any_of(labels.cbegin(), labels.cend(),
            [](const QLabel *l) { return l->text().contains(QStringLiteral("Cash: $20.00 \u00b7 Change: $17.05")); });
        QVERIFY(shown);
        QVERIFY(m_window->cart()->isEmpty());
    }

    void quickButtonsFillTheAmount()
    {
        open(true);
        QVERIFY(m_window->cart()->addProduct(QStringLiteral("caf-001")).ok());
        m_window->startCashPayment(QString());
        CashDialog *dialog = m_window->cashDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->quickButtons().first(), Qt::LeftButton); // exact
        QCOMPARE(dialog->tendered(), 295);
        QCOMPARE(dialog->changeText(), QStringLiteral("Change: $0.00"));
        QTest::mouseClick(dialog->quickButtons().at(1), Qt::LeftButton); // the next $5 note
        QCOMPARE(dialog->tendered(), 500);
        saveShot(dialog, QStringLiteral("cash-dialog-en.png"));
        dialog->reject();
    }

    void germanDialog()
    {
        QVERIFY(Language::switchTo(QStringLiteral("de")));
        open(true);
        QVERIFY(m_window->cart()->addProduct(QStringLiteral("caf-001")).ok());
        m_window->startCashPayment(QString());
        CashDialog *dialog = m_window->cashDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->tenderedEdit(), QStringLiteral("20"));
        QVERIFY2(dialog->changeText().startsWith(QStringLiteral("Wechselgeld")), qPrintable(dialog->changeText()));
        saveShot(dialog, QStringLiteral("cash-dialog-de.png"));
        dialog->reject();
    }

    void quickAmounts_data()
    {
        QTest::addColumn<qint64>("due");
        QTest::addColumn<QList<qint64>>("amounts");
        QTest::addRow("2.95") << qint64(295) << QList<qint64> { 295, 500, 1000, 2000 };
        QTest::addRow("11.95") << qint64(1195) << QList<qint64> { 1195, 1500, 2000, 5000 };
        QTest::addRow("round 20.00") << qint64(2000) << QList<qint64> { 2000, 2500, 3000, 4000 };
        QTest::addRow("87.40") << qint64(8740) << QList<qint64> { 8740, 9000, 10000, 20000 };
    }
    void quickAmounts()
    {
        QFETCH(qint64, due);
        QFETCH(QList<qint64>, amounts);
        QCOMPARE(CashDialog::quickAmounts(due, Currency::fromCode(u"USD").value()), amounts);
    }

private:
    void open(bool cash)
    {
        m_service->setCashEnabled(cash);
        KioskWindowOptions options;
        options.resultDelaySecs = 0;
        m_window = std::make_unique<KioskWindow>(*m_service, *m_manager, m_vault.get(), options);
        m_window->resize(1280, 800);
        m_window->show();
    }

    static void saveShot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<EmbeddedManagerService> m_manager;
    std::unique_ptr<PinVault> m_vault;
    std::unique_ptr<FakeTillService> m_service;
    std::unique_ptr<KioskWindow> m_window;
};

QTEST_MAIN(TestCashDialog)
#include "tst_CashDialog.moc"
