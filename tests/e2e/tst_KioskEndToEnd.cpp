// SPDX-License-Identifier: MIT
// The whole kiosk as a cashier and a customer use it: real screens, the real embedded browser on
// the embedded Stripe simulator's hosted page, a temporary database. Runs under Xvfb.
#include "BasketPanel.h"
#include "Cart.h"
#include "CashierScreen.h"
#include "CheckoutScreen.h"
#include "HostedPageScript.h"
#include "KioskApp.h"
#include "KioskBackend.h"
#include "KioskWindow.h"
#include "OrderStore.h"
#include "ResultScreen.h"
#include "StripeSimulator.h"
#include "TestSupport.h"
#include "TillService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>

using namespace Kiosk;
using namespace Kiosk::Ui;

class TestKioskEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void paidSaleThroughHostedPage();
    void declinedCardThenSuccess();
    void cancelFromKiosk();
    void expiresWhenSimulatorClockPassesExpiry();
    void barcodeScanAddsProduct();

private:
    void tapTile(const QString &name);
    void payAndWaitForPage();
    QVariant runJs(const QString &script);
    void submitCard(const QString &card);
    Order waitForOutcome();
    /** The order the window is paying for, as the store has it. */
    Order pendingOrder() const;
    KioskWindow *window() const { return m_app->window(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KioskApp> m_app;
    std::unique_ptr<QSignalSpy> m_pageLoads;
    std::unique_ptr<QSignalSpy> m_outcomes;
};

void TestKioskEndToEnd::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppConfig config;
    config.demo = true;
    config.databasePath = m_dir->filePath(QStringLiteral("orders.sqlite"));
    config.settingsPath = m_dir->filePath(QStringLiteral("kiosk.ini"));
    config.catalogPath = Test::sourcePath(QStringLiteral("resources/catalog/catalog.json"));
    config.resultDelaySecs = 600; // the result must stay while we look at it
    m_app = std::make_unique<KioskApp>(config);
    const Status started = m_app->start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QVERIFY(window()->testModeBanner()->isVisible());
    QCOMPARE(window()->testModeBanner()->text(), QStringLiteral("TEST MODE \u2014 no real charges"));
    // The browser is not loaded before a basket is started: the idle till stays small.
    QVERIFY(!window()->checkout()->hasWebView());
    m_pageLoads = std::make_unique<QSignalSpy>(window()->checkout(), &CheckoutScreen::pageLoaded);
    m_outcomes = std::make_unique<QSignalSpy>(window(), &KioskWindow::saleFinished);
}

void TestKioskEndToEnd::cleanup()
{
    m_pageLoads.reset();
    m_outcomes.reset();
    m_app.reset();
    m_dir.reset();
}

void TestKioskEndToEnd::tapTile(const QString &name)
{
    QListView *grid = window()->cashier()->productGrid();
    const QModelIndexList hits
        = grid->model()->match(grid->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY2(!hits.isEmpty(), qPrintable(name));
    grid->scrollTo(hits.first());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(hits.first()).center());
}

void TestKioskEndToEnd::payAndWaitForPage()
{
    QPushButton *pay = window()->cashier()->basket()->payButton();
    QVERIFY(pay->isEnabled());
    QTest::mouseClick(pay, Qt::LeftButton);
    QCOMPARE(window()->screen(), KioskWindow::Screen::Checkout);
    QVERIFY(m_pageLoads->wait(60000));
    QCOMPARE(m_pageLoads->last().at(0).toBool(), true);
    QVERIFY(window()->checkout()->hasWebView());
    QTRY_VERIFY_WITH_TIMEOUT(runJs(HostedPageScript::formReady()).toBool(), 20000);
    // What the customer sees around the page.
    QVERIFY(window()->checkout()->countdownText().startsWith(QStringLiteral("Expires in 3")));
    QVERIFY(!window()->checkout()->qrImage().isNull());
}

QVariant TestKioskEndToEnd::runJs(const QString &script)
{
    QWebEngineView *view = window()->checkout()->webView();
    if (!view)
        return {};
    auto result = std::make_shared<std::optional<QVariant>>();
    view->page()->runJavaScript(script, [result](const QVariant &v) { *result = v; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, 20000))
        return {};
    return result->value_or(QVariant());
}

void TestKioskEndToEnd::submitCard(const QString &card)
{
    QVERIFY(runJs(HostedPageScript::fillCard(card, QStringLiteral("12/34"), QStringLiteral("123"),
                      QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com")))
                .toBool());
}

Order TestKioskEndToEnd::pendingOrder() const
{
    const std::optional<qint64> id = window()->currentOrderId();
    if (!id)
        return {};
    const auto order = m_app->backend()->store().order(*id);
    return order ? order.value() : Order();
}

Order TestKioskEndToEnd::waitForOutcome()
{
    if (m_outcomes->isEmpty() && !m_outcomes->wait(60000))
        return {};
    return m_outcomes->takeFirst().at(0).value<Order>();
}

void TestKioskEndToEnd::paidSaleThroughHostedPage()
{
    tapTile(QStringLiteral("Espresso"));
    tapTile(QStringLiteral("Cappuccino"));
    QCOMPARE(window()->cashier()->basket()->totalText(), QStringLiteral("$7.45"));
    window()->cashier()->basket()->emailEdit()->setText(QStringLiteral("ada@example.com"));
    payAndWaitForPage();
    const Order pending = pendingOrder();
    QVERIFY(pending.id != 0);
    QCOMPARE(pending.amountTotal, 745);
    const QPointer<QWebEngineProfile> saleProfile = window()->checkout()->profile();
    QVERIFY(saleProfile && saleProfile->isOffTheRecord());

    submitCard(QStringLiteral("4242 4242 4242 4242"));
    const Order order = waitForOutcome();
    QCOMPARE(toString(order.status), toString(OrderStatus::Paid));
    QCOMPARE(window()->screen(), KioskWindow::Screen::Result);
    QCOMPARE(window()->result()->titleText(), QStringLiteral("Paid"));
    QVERIFY(window()->result()->detailText().contains(pending.number));
    QCOMPARE(window()->result()->amountText(), QStringLiteral("$7.45"));
    QVERIFY(window()->cart()->isEmpty());

    // Paid exactly once in the store, even though webhook, return page and polling all saw it.
    OrderStore &store = m_app->backend()->store();
    const auto stored = store.orderByNumber(pending.number);
    QVERIFY(stored.ok());
    QCOMPARE(toString(stored->status), toString(OrderStatus::Paid));
    const auto history = store.statusHistory(stored->id);
    QVERIFY(history.ok());
    int paidEntries = 0;
    for (const StatusChange &change : history.value())
        paidEntries += change.to == OrderStatus::Paid ? 1 : 0;
    QCOMPARE(paidEntries, 1);

    // The receipt can be saved as PDF.
    const QString pdf = m_dir->filePath(QStringLiteral("receipt.pdf"));
    QVERIFY(window()->result()->saveReceiptPdf(pdf).ok());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));

    // Tapping "New sale" returns to an empty till; the browser profile of that sale is gone and
    // the next customer's fresh one is ready.
    QTest::mouseClick(window()->result()->findChild<QPushButton *>(QStringLiteral("newSaleButton")), Qt::LeftButton);
    QCOMPARE(window()->screen(), KioskWindow::Screen::Cashier);
    QCOMPARE(window()->cashier()->basket()->totalText(), QStringLiteral("$0.00"));
    QTRY_VERIFY_WITH_TIMEOUT(saleProfile.isNull(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window()->checkout()->isBrowserPrepared(), 30000);
    QVERIFY(window()->checkout()->profile()->isOffTheRecord());
}

void TestKioskEndToEnd::declinedCardThenSuccess()
{
    tapTile(QStringLiteral("Mocha"));
    payAndWaitForPage();
    const Order pending = pendingOrder();
    QVERIFY(pending.id != 0);
    QSignalSpy declines(m_app->tillService(), &TillService::paymentAttemptFailed);

    submitCard(QStringLiteral("4000 0000 0000 0002"));
    // The page reloads with the decline; the customer stays on it and no outcome is shown.
    QTRY_VERIFY_WITH_TIMEOUT(runJs(QStringLiteral("document.body.innerText"))
                                 .toString()
                                 .contains(QStringLiteral("declined"), Qt::CaseInsensitive),
        30000);
    QCOMPARE(window()->screen(), KioskWindow::Screen::Checkout);
    QVERIFY(m_outcomes->isEmpty());
    QCOMPARE(toString(m_app->backend()->store().orderByNumber(pending.number)->status),
        toString(OrderStatus::AwaitingPayment));

    QTRY_VERIFY_WITH_TIMEOUT(runJs(HostedPageScript::formReady()).toBool(), 20000);
    submitCard(QStringLiteral("4242424242424242"));
    const Order order = waitForOutcome();
    QCOMPARE(toString(order.status), toString(OrderStatus::Paid));
    QCOMPARE(order.number, pending.number);
    QCOMPARE(window()->result()->titleText(), QStringLiteral("Paid"));
}

void TestKioskEndToEnd::cancelFromKiosk()
{
    tapTile(QStringLiteral("Espresso"));
    payAndWaitForPage();
    const Order pending = pendingOrder();
    QVERIFY(pending.id != 0);
    QTest::mouseClick(window()->checkout()->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    const Order order = waitForOutcome();
    QCOMPARE(toString(order.status), toString(OrderStatus::Cancelled));
    QCOMPARE(window()->result()->titleText(), QStringLiteral("Cancelled"));
    QVERIFY(window()->result()->detailText().contains(QStringLiteral("Nothing was charged")));
    QCOMPARE(
        toString(m_app->backend()->store().orderByNumber(pending.number)->status), toString(OrderStatus::Cancelled));
    // After a cancel the basket is kept for the cashier to fix, and the countdown says so.
    QCOMPARE(window()->cart()->itemCount(), 1);
    QVERIFY2(window()->result()->countdownText().startsWith(QStringLiteral("Back to the basket in")),
        qPrintable(window()->result()->countdownText()));
    QTest::mouseClick(
        window()->result()->findChild<QPushButton *>(QStringLiteral("backToBasketButton")), Qt::LeftButton);
    QCOMPARE(window()->screen(), KioskWindow::Screen::Cashier);
    QCOMPARE(window()->cart()->itemCount(), 1);
}

void TestKioskEndToEnd::expiresWhenSimulatorClockPassesExpiry()
{
    tapTile(QStringLiteral("Espresso"));
    payAndWaitForPage();
    const Order pending = pendingOrder();
    QVERIFY(pending.id != 0);
    const qint64 secondsLeft = m_app->simulator()->nowSecs() - pending.expiresAt.toSecsSinceEpoch();
    m_app->simulator()->advanceClock(-secondsLeft + 60);
    const Order order = waitForOutcome();
    QCOMPARE(toString(order.status), toString(OrderStatus::Expired));
    QCOMPARE(window()->screen(), KioskWindow::Screen::Result);
    QCOMPARE(window()->result()->titleText(), QStringLiteral("Expired"));
    QCOMPARE(toString(m_app->backend()->store().orderByNumber(pending.number)->status), toString(OrderStatus::Expired));
    // The customer has probably gone: the countdown announces a new sale, and "New sale" clears.
    QVERIFY2(window()->result()->countdownText().startsWith(QStringLiteral("New sale in")),
        qPrintable(window()->result()->countdownText()));
    QCOMPARE(window()->cart()->itemCount(), 1);
    QTest::mouseClick(window()->result()->findChild<QPushButton *>(QStringLiteral("newSaleButton")), Qt::LeftButton);
    QVERIFY(window()->cart()->isEmpty());
}

void TestKioskEndToEnd::barcodeScanAddsProduct()
{
    // A scanner types fast and ends with Enter, wherever the focus is.
    QWidget *target = window()->cashier()->productGrid();
    target->setFocus();
    QTest::keyClicks(target, QStringLiteral("2041200000108"));
    QTest::keyClick(target, Qt::Key_Return);
    QCOMPARE(window()->cart()->itemCount(), 1);
    QCOMPARE(window()->cart()->lines().first().product.name, QStringLiteral("Espresso"));
    QCOMPARE(window()->cashier()->basket()->totalText(), QStringLiteral("$2.95"));

    QTest::keyClicks(target, QStringLiteral("2041299999991"));
    QTest::keyClick(target, Qt::Key_Return);
    QCOMPARE(window()->cart()->itemCount(), 1);
    QCOMPARE(window()->cashier()->message(), QStringLiteral("No product with barcode 2041299999991"));
}

QTEST_MAIN(TestKioskEndToEnd)
#include "tst_KioskEndToEnd.moc"
