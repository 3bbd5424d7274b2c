// SPDX-License-Identifier: MIT
// The kiosk window's sale loop against a fake till service: the window holds only the order's
// id, renders the snapshots the service answers and announces, and ignores announcements about
// other orders. The same window runs on the embedded service in the e2e test, so it cannot know
// which service it has.
#include "BasketPanel.h"
#include "Cart.h"
#include "CashierScreen.h"
#include "CheckoutScreen.h"
#include "EmbeddedManagerService.h"
#include "FakeTillService.h"
#include "KioskWindow.h"
#include "OrderStore.h"
#include "PinVault.h"
#include "ResultScreen.h"
#include "SettingsStore.h"
#include "TestSupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kiosk;
using namespace Kiosk::Ui;
using Kiosk::Test::FakeTillService;

namespace {

constexpr qint64 kOrderId = 7;

Order snapshot(qint64 id, OrderStatus status)
{
    Order order;
    order.id = id;
    order.number = QStringLiteral("K1-%1").arg(id, 6, 10, QLatin1Char('0'));
    order.status = status;
    order.currency = QStringLiteral("USD");
    order.amountSubtotal = 295;
    order.amountTotal = 295;
    order.sessionId = QStringLiteral("cs_test_%1").arg(id);
    // Nothing listens there: the page fails to load, which the window must not care about.
    order.sessionUrl = QStringLiteral("http://127.0.0.1:9/c/pay/cs_test_%1").arg(id);
    order.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30 * 60);
    if (status == OrderStatus::Failed)
        order.statusReason = QStringLiteral("The card was declined.");
    return order;
}

} // namespace

class TestKioskWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startSendsTheBasketAndShowsTheSession();
    void announcedOutcomeEndsTheSale_data();
    void announcedOutcomeEndsTheSale();
    void announcementForAnotherOrderIsIgnored();
    void cancelShowsTheSettledOrder();
    void failedCancelKeepsThePageAndSaysWhy();
    void declineForAnotherOrderShowsNothing();
    void startErrorReturnsToTheTill();
    void lostConnectionIsShownCalmlyAndClears();

private:
    /** Espresso in the basket, Pay tapped, the service answered with an open session. */
    void startSale();

    std::unique_ptr<QTemporaryDir> m_dataDir;

    std::unique_ptr<OrderStore> m_store; // only for the PIN vault and the (unopened) manager screen
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<EmbeddedManagerService> m_manager;
    std::unique_ptr<PinVault> m_vault;
    std::unique_ptr<FakeTillService> m_service;
    std::unique_ptr<KioskWindow> m_window;
};

void TestKioskWindow::init()
{
    auto catalog = Catalog::loadJsonFile(Kiosk::Test::sourcePath(QStringLiteral("resources/catalog/catalog.json")));
    QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().message));
    // A database of its own per test: nothing (a PIN, orders) carries over between runs.
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    auto store = OrderStore::openSqlite(m_dataDir->filePath(QStringLiteral("orders.sqlite")));
    QVERIFY(store.ok());
    m_store = std::move(store).value();
    m_settings = std::make_unique<SettingsStore>(m_store->database());
    m_vault = std::make_unique<PinVault>(m_settings.get());
    m_manager = std::make_unique<EmbeddedManagerService>(*m_store);
    m_service = std::make_unique<FakeTillService>(catalog.value());
    KioskWindowOptions options;
    options.resultDelaySecs = 0;
    m_window = std::make_unique<KioskWindow>(*m_service, *m_manager, m_vault.get(), options);
    m_window->resize(1280, 800);
    m_window->show();
}

void TestKioskWindow::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_manager.reset();
    m_vault.reset();
    m_settings.reset();
    m_store.reset();
}

void TestKioskWindow::startSale()
{
    QVERIFY(m_window->cart()->addProduct(QStringLiteral("caf-001")).ok());
    m_window->startPayment(QStringLiteral("ada@example.com"));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);
    QVERIFY(m_service->answer(snapshot(kOrderId, OrderStatus::AwaitingPayment)));
    QCOMPARE(m_window->currentOrderId(), std::optional<qint64>(kOrderId));
}

void TestKioskWindow::startSendsTheBasketAndShowsTheSession()
{
    QVERIFY(m_window->cart()->addProduct(QStringLiteral("caf-001"), 2).ok());
    m_window->startPayment(QStringLiteral("ada@example.com"));
    QCOMPARE(m_service->calls().size(), 1);
    const FakeTillService::Call call = m_service->calls().first();
    QCOMPARE(call.what, QStringLiteral("start"));
    QCOMPARE(call.request.customerEmail, QStringLiteral("ada@example.com"));
    QCOMPARE(call.request.lines.size(), 1);
    QCOMPARE(call.request.lines.first().productId, QStringLiteral("caf-001"));
    QCOMPARE(call.request.lines.first().quantity, 2);

    // A second tap while the service has not answered yet asks for nothing more.
    m_window->startPayment(QStringLiteral("ada@example.com"));
    QCOMPARE(m_service->calls().size(), 1);

    QVERIFY(m_service->answer(snapshot(kOrderId, OrderStatus::AwaitingPayment)));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);
    QVERIFY(m_window->checkout()
                ->findChild<QLabel *>(QStringLiteral("checkoutOrderNumber"))
                ->text()
                .contains(QStringLiteral("K1-000007")));
}

void TestKioskWindow::announcedOutcomeEndsTheSale_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("basketKept");
    QTest::newRow("paid") << OrderStatus::Paid << QStringLiteral("Paid") << false;
    QTest::newRow("cancelled") << OrderStatus::Cancelled << QStringLiteral("Cancelled") << true;
    QTest::newRow("failed") << OrderStatus::Failed << QStringLiteral("Failed") << false;
    QTest::newRow("expired") << OrderStatus::Expired << QStringLiteral("Expired") << true;
    QTest::newRow("needs review") << OrderStatus::NeedsReview << QStringLiteral("Needs review") << false;
}

void TestKioskWindow::announcedOutcomeEndsTheSale()
{
    QFETCH(OrderStatus, status);
    QFETCH(QString, title);
    QFETCH(bool, basketKept);
    startSale();
    QSignalSpy finished(m_window.get(), &KioskWindow::saleFinished);

    // Still open: nothing changes on the screen.
    m_service->announce(snapshot(kOrderId, OrderStatus::Processing));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);

    m_service->announce(snapshot(kOrderId, status));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Result);
    QCOMPARE(m_window->result()->titleText(), title);
    QVERIFY(m_window->result()->detailText().contains(QStringLiteral("K1-000007")));
    QCOMPARE(m_window->cart()->isEmpty(), !basketKept);
    QCOMPARE(m_window->currentOrderId(), std::nullopt);
    QCOMPARE(finished.size(), 1);

    // The same outcome announced again (webhook and poll both saw it) ends nothing twice.
    m_service->announce(snapshot(kOrderId, status));
    QCOMPARE(finished.size(), 1);
}

void TestKioskWindow::announcementForAnotherOrderIsIgnored()
{
    startSale();
    QSignalSpy finished(m_window.get(), &KioskWindow::saleFinished);
    m_service->announce(snapshot(kOrderId + 1, OrderStatus::Paid));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);
    QCOMPARE(m_window->currentOrderId(), std::optional<qint64>(kOrderId));
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_window->cart()->itemCount(), 1);

    // A snapshot whose id disagrees with the announced id is not believed either.
    Q_EMIT m_service->orderChanged(kOrderId, snapshot(kOrderId + 1, OrderStatus::Paid));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);
}

void TestKioskWindow::cancelShowsTheSettledOrder()
{
    startSale();
    QTest::mouseClick(m_window->checkout()->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QCOMPARE(m_service->calls().last().what, QStringLiteral("cancel"));
    QCOMPARE(m_service->calls().last().orderId, kOrderId);
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);

    QVERIFY(m_service->answer(snapshot(kOrderId, OrderStatus::Cancelled)));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Result);
    QCOMPARE(m_window->result()->titleText(), QStringLiteral("Cancelled"));
    QCOMPARE(m_window->cart()->itemCount(), 1); // offered back to the cashier
}

void TestKioskWindow::failedCancelKeepsThePageAndSaysWhy()
{
    startSale();
    m_window->cancelPayment();
    QVERIFY(m_service->answer(makeError(QStringLiteral("offline"), QStringLiteral("Stripe cannot be reached."))));
    // The window catches up with the order as the service has it before showing the page again.
    QCOMPARE(m_service->calls().last().what, QStringLiteral("fetch"));
    QVERIFY(m_service->answer(snapshot(kOrderId, OrderStatus::AwaitingPayment)));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);
    QVERIFY(m_window->checkout()->declineHint().contains(QStringLiteral("Stripe cannot be reached.")));
    QCOMPARE(m_window->currentOrderId(), std::optional<qint64>(kOrderId));

    // The payment went through meanwhile: the next announcement still ends the sale as paid.
    m_service->announce(snapshot(kOrderId, OrderStatus::Paid));
    QCOMPARE(m_window->result()->titleText(), QStringLiteral("Paid"));
}

void TestKioskWindow::declineForAnotherOrderShowsNothing()
{
    startSale();
    m_service->announceDecline(kOrderId + 1, QStringLiteral("Someone else's card was declined."));
    QCOMPARE(m_window->checkout()->declineHint(), QString());
    m_service->announceDecline(kOrderId, QStringLiteral("Your card was declined."));
    QCOMPARE(m_window->checkout()->declineHint(), QStringLiteral("Card declined \u2014 try another card"));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);
}

void TestKioskWindow::startErrorReturnsToTheTill()
{
    QVERIFY(m_window->cart()->addProduct(QStringLiteral("caf-001")).ok());
    m_window->startPayment(QString());
    QVERIFY(m_service->answer(
        makeError(QStringLiteral("server_unreachable"), QStringLiteral("The shop server cannot be reached."))));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Cashier);
    QVERIFY(m_window->cashier()->message().contains(QStringLiteral("The shop server cannot be reached.")));
    QCOMPARE(m_window->currentOrderId(), std::nullopt);
    QCOMPARE(m_window->cart()->itemCount(), 1);
}

void TestKioskWindow::lostConnectionIsShownCalmlyAndClears()
{
    QLabel *banner = m_window->connectionBanner();
    QVERIFY(!banner->isVisible());
    m_service->setConnected(false);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Connection to the shop server lost. Waiting for it to come back\u2026"));
    m_service->setConnected(true);
    QVERIFY(!banner->isVisible());

    // Mid-sale: the payment is decided on the server, so the page stays and the till waits.
    startSale();
    m_service->setConnected(false);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Connection to the shop server lost. The payment is safe; waiting\u2026"));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);
    m_service->setConnected(true);
    m_service->announce(snapshot(kOrderId, OrderStatus::Paid)); // caught up after the reconnect
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Result);
}

QTEST_MAIN(TestKioskWindow)
#include "tst_KioskWindow.moc"
