// SPDX-License-Identifier: MIT
// The self-service kiosk at 1080 x 1920 against a fake till service: a customer's whole sale
// (attract → tile → basket bar → review → pay → Paid → attract), the walk-away guard driven by a
// manual clock (no waiting), a payment that wins the walk-away cancel, and no file or print
// dialog on a customer's screen.
#include "AccessibilityAudit.h"
#include "AttractScreen.h"
#include "Cart.h"
#include "CheckoutScreen.h"
#include "Clock.h"
#include "DesktopSurfaceGuard.h"
#include "EmbeddedManagerService.h"
#include "FakeTillService.h"
#include "InactivityWatch.h"
#include "KioskWindow.h"
#include "Language.h"
#include "OptionChooser.h"
#include "OrderStore.h"
#include "PinVault.h"
#include "ProductTileDelegate.h"
#include "ResultScreen.h"
#include "ReviewScreen.h"
#include "SelfOrderScreen.h"
#include "SettingsStore.h"
#include "StillThereOverlay.h"
#include "TestSupport.h"
#include "Theme.h"

#include <QAbstractPrintDialog>
#include <QApplication>
#include <QFileDialog>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineProfile>

#include <memory>

using namespace Kiosk;
using namespace Kiosk::Ui;
using Kiosk::Test::FakeTillService;

namespace {

constexpr qint64 kOrderId = 42;

Order snapshot(OrderStatus status, const QString &email = {})
{
    Order order;
    order.id = kOrderId;
    order.number = QStringLiteral("K1-000042");
    order.status = status;
    order.currency = QStringLiteral("USD");
    order.amountSubtotal = 590;
    order.amountTotal = 590;
    order.customerEmail = email;
    order.sessionId = QStringLiteral("cs_test_42");
    // Nothing listens there: the page fails to load, which the window must not care about.
    order.sessionUrl = QStringLiteral("http://127.0.0.1:9/c/pay/cs_test_42");
    order.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30 * 60);
    return order;
}

/** Every button a customer can see on the current screen is a big touch target. */
QStringList smallTouchTargets(QWidget *screen)
{
    QStringList small;
    for (QPushButton *button : screen->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(screen) && (button->height() < 60 || button->width() < 60))
            small << QStringLiteral("%1 \"%2\" %3x%4")
                         .arg(button->objectName(), button->text())
                         .arg(button->width())
                         .arg(button->height());
    }
    return small;
}

} // namespace

#define EXPECT_BIG_TARGETS(screen)                                                                                     \
    QVERIFY2(smallTouchTargets(screen).isEmpty(), qPrintable(smallTouchTargets(screen).join(QStringLiteral(", "))))

class TestSelfService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void phaseFollowsIdleTime_data();
    void phaseFollowsIdleTime();
    void aCustomersSaleAtPortrait();
    void walkAwayWhileOrderingStartsOver();
    void aTapAnswersTheQuestion();
    void walkAwayOnThePaymentPageCancels();
    void paymentThatWinsTheCancelShowsPaid();
    void landscapeStillFits();
    void largeTextLastsForOneCustomer();
    void aProductWithOptionsIsChosenOnScreen();
    void everyControlHasAName();
    void noFileOrPrintDialogReachesTheScreen_data();
    void noFileOrPrintDialogReachesTheScreen();

private:
    void openWindow(QSize size);
    void addFromGrid(int row);
    /** Attract → one product → review → Pay, answered with an open session. */
    void reachPayment();

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<EmbeddedManagerService> m_manager;
    std::unique_ptr<PinVault> m_vault;
    std::unique_ptr<FakeTillService> m_service;
    std::unique_ptr<KioskWindow> m_window;
};

void TestSelfService::initTestCase()
{
    // The touch-target sizes are the stylesheet's: test what the kiosk shows.
    Theme::forScreenWidth(1080).apply(*qApp);
}

void TestSelfService::init()
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
    openWindow(QSize(1080, 1920));
}

void TestSelfService::openWindow(QSize size)
{
    m_window.reset();
    KioskWindowOptions options;
    options.selfService = true;
    options.resultDelaySecs = 15;
    options.orderingIdleSecs = 60;
    options.paymentIdleSecs = 90;
    options.stillThereSecs = 20;
    options.clock = &m_clock;
    m_window = std::make_unique<KioskWindow>(*m_service, *m_manager, m_vault.get(), options);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSelfService::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_manager.reset();
    m_vault.reset();
    m_settings.reset();
    m_store.reset();
}

void TestSelfService::addFromGrid(int row)
{
    QListView *grid = m_window->selfOrder()->productGrid();
    const QModelIndex index = grid->model()->index(row, 0);
    grid->scrollTo(index);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
}

void TestSelfService::reachPayment()
{
    QTest::mouseClick(m_window->attract()->startButton(), Qt::LeftButton);
    addFromGrid(0);
    QTest::mouseClick(m_window->selfOrder()->reviewButton(), Qt::LeftButton);
    QTest::mouseClick(m_window->review()->payButton(), Qt::LeftButton);
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);
    QVERIFY(m_service->answer(snapshot(OrderStatus::AwaitingPayment)));
    QCOMPARE(m_window->currentOrderId(), std::optional<qint64>(kOrderId));
}

void TestSelfService::phaseFollowsIdleTime_data()
{
    QTest::addColumn<qint64>("idleFor");
    QTest::addColumn<int>("idleSecs");
    QTest::addColumn<int>("askSecs");
    QTest::addColumn<InactivityWatch::Phase>("phase");
    using P = InactivityWatch::Phase;
    QTest::addRow("just tapped") << qint64(0) << 60 << 20 << P::Idle;
    QTest::addRow("one second before asking") << qint64(59) << 60 << 20 << P::Idle;
    QTest::addRow("asking") << qint64(60) << 60 << 20 << P::Asking;
    QTest::addRow("last second of the question") << qint64(79) << 60 << 20 << P::Asking;
    QTest::addRow("timed out") << qint64(80) << 60 << 20 << P::TimedOut;
    QTest::addRow("long gone") << qint64(100000) << 90 << 20 << P::TimedOut;
    QTest::addRow("no question: straight out") << qint64(60) << 60 << 0 << P::TimedOut;
    QTest::addRow("disabled") << qint64(100000) << 0 << 20 << P::Idle;
    QTest::addRow("clock went back") << qint64(-30) << 60 << 20 << P::Idle;
}

void TestSelfService::phaseFollowsIdleTime()
{
    QFETCH(qint64, idleFor);
    QFETCH(int, idleSecs);
    QFETCH(int, askSecs);
    QFETCH(InactivityWatch::Phase, phase);
    QCOMPARE(InactivityWatch::phaseAt(idleFor, idleSecs, askSecs), phase);
}

void TestSelfService::aCustomersSaleAtPortrait()
{
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Attract);
    EXPECT_BIG_TARGETS(m_window->attract());
    QSignalSpy language(m_window->attract(), &AttractScreen::languageChosen);
    QTest::mouseClick(m_window->attract()->languageButton(QStringLiteral("de")), Qt::LeftButton);
    QCOMPARE(language.size(), 1);
    QCOMPARE(language.first().first().toString(), QStringLiteral("de"));
    QCOMPARE(Language::current(), QStringLiteral("de"));
    // Every screen follows (the banner is translated already; the self-service texts are not yet).
    QVERIFY(m_window->testModeBanner()->text() != QStringLiteral("TEST MODE \u2014 no real charges"));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Attract); // picking a language starts nothing
    QTest::mouseClick(m_window->attract()->languageButton(QStringLiteral("en")), Qt::LeftButton);
    QCOMPARE(Language::current(), QStringLiteral("en"));

    QTest::mouseClick(m_window->attract()->startButton(), Qt::LeftButton);
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Ordering);
    QVERIFY(!m_window->selfOrder()->reviewButton()->isEnabled());
    EXPECT_BIG_TARGETS(m_window->selfOrder());
    // Three columns of big tiles in portrait.
    QListView *grid = m_window->selfOrder()->productGrid();
    const QRect first = grid->visualRect(grid->model()->index(0, 0));
    const QRect third = grid->visualRect(grid->model()->index(2, 0));
    QCOMPARE(third.top(), first.top());
    QVERIFY2(first.width() >= 300, qPrintable(QString::number(first.width())));
    QVERIFY(third.right() <= grid->viewport()->width());

    addFromGrid(0);
    addFromGrid(0);
    QCOMPARE(m_window->cart()->itemCount(), 2);
    QCOMPARE(m_window->selfOrder()->basketText(), QStringLiteral("2 items in your basket"));
    QCOMPARE(m_window->selfOrder()->totalText(), m_window->cart()->total().format(QLocale()));
    QTest::mouseClick(m_window->selfOrder()->reviewButton(), Qt::LeftButton);
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Review);
    EXPECT_BIG_TARGETS(m_window->review());

    // One less, then type an e-mail for the receipt.
    const QString id = m_window->cart()->lines().first().product.id;
    QTest::mouseClick(m_window->review()->lineButton(id, QStringLiteral("minus")), Qt::LeftButton);
    QCOMPARE(m_window->cart()->itemCount(), 1);
    QTest::keyClicks(m_window->review()->emailEdit(), QStringLiteral("ada@example"));
    QVERIFY(!m_window->review()->payButton()->isEnabled());
    QTest::keyClicks(m_window->review()->emailEdit(), QStringLiteral(".com"));
    QVERIFY(m_window->review()->payButton()->isEnabled());
    QTest::mouseClick(m_window->review()->payButton(), Qt::LeftButton);
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Checkout);
    QCOMPARE(m_service->calls().size(), 1);
    QCOMPARE(m_service->calls().first().request.customerEmail, QStringLiteral("ada@example.com"));
    QCOMPARE(m_service->calls().first().request.lines.first().quantity, 1);

    // The phone comes first; the page only when asked for.
    QVERIFY(m_service->answer(snapshot(OrderStatus::AwaitingPayment, QStringLiteral("ada@example.com"))));
    CheckoutScreen *checkout = m_window->checkout();
    QVERIFY(!checkout->qrImage().isNull());
    QVERIFY(!checkout->isPageShown());
    QVERIFY(checkout->payHereButton()->isVisibleTo(checkout));
    EXPECT_BIG_TARGETS(checkout);
    QTest::mouseClick(checkout->payHereButton(), Qt::LeftButton);
    QVERIFY(checkout->isPageShown());

    m_service->announce(snapshot(OrderStatus::Paid, QStringLiteral("ada@example.com")));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Result);
    ResultScreen *result = m_window->result();
    QCOMPARE(result->titleText(), QStringLiteral("Paid"));
    QCOMPARE(result->pickupText(), QStringLiteral("42"));
    QVERIFY(!result->savePdfButton()->isVisibleTo(result));
    EXPECT_BIG_TARGETS(result);
    QTest::mouseClick(result->newSaleButton(), Qt::LeftButton);
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Attract);
    QVERIFY(m_window->cart()->isEmpty());
    QVERIFY(m_window->review()->email().isEmpty());
}

void TestSelfService::walkAwayWhileOrderingStartsOver()
{
    QTest::mouseClick(m_window->attract()->startButton(), Qt::LeftButton);
    addFromGrid(1);
    QTest::mouseClick(m_window->selfOrder()->reviewButton(), Qt::LeftButton);
    m_window->review()->emailEdit()->setText(QStringLiteral("left@example.com"));
    InactivityWatch *watch = m_window->inactivity();

    m_clock.advance(59);
    watch->poll();
    QVERIFY(!m_window->stillThere()->isVisible());
    m_clock.advance(1);
    watch->poll();
    QVERIFY(m_window->stillThere()->isVisible());
    QVERIFY(m_window->stillThere()->countdownText().contains(QStringLiteral("20 s")));
    m_clock.advance(5);
    watch->poll();
    QVERIFY(m_window->stillThere()->countdownText().contains(QStringLiteral("15 s")));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Review);

    m_clock.advance(15);
    watch->poll();
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Attract);
    QVERIFY(!m_window->stillThere()->isVisible());
    QVERIFY(m_window->cart()->isEmpty());
    QVERIFY(m_window->review()->email().isEmpty());
    QVERIFY(m_service->calls().isEmpty()); // no order, nothing to cancel

    // The attract screen waits for the next customer without asking anything.
    m_clock.advance(3600);
    watch->poll();
    QVERIFY(!m_window->stillThere()->isVisible());
}

void TestSelfService::aTapAnswersTheQuestion()
{
    QTest::mouseClick(m_window->attract()->startButton(), Qt::LeftButton);
    addFromGrid(0);
    m_clock.advance(65);
    m_window->inactivity()->poll();
    QVERIFY(m_window->stillThere()->isVisible());
    QTest::mouseClick(m_window->stillThere()->stayButton(), Qt::LeftButton);
    QVERIFY(!m_window->stillThere()->isVisible());
    // The tap started the idle time again: 59 s later nothing is asked, nothing is lost.
    m_clock.advance(59);
    m_window->inactivity()->poll();
    QVERIFY(!m_window->stillThere()->isVisible());
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Ordering);
    QCOMPARE(m_window->cart()->itemCount(), 1);
}

void TestSelfService::walkAwayOnThePaymentPageCancels()
{
    reachPayment();
    const QPointer<QWebEngineProfile> profile = m_window->checkout()->profile();
    QVERIFY(profile);
    InactivityWatch *watch = m_window->inactivity();
    m_clock.advance(89); // the payment page waits longer than ordering
    watch->poll();
    QVERIFY(!m_window->stillThere()->isVisible());
    m_clock.advance(1);
    watch->poll();
    QVERIFY(m_window->stillThere()->isVisible());
    m_clock.advance(20);
    watch->poll();
    QCOMPARE(m_service->calls().last().what, QStringLiteral("cancel"));
    QCOMPARE(m_service->calls().last().orderId, kOrderId);

    // Cancelled through the normal decision: nobody is there to read it; straight to attract.
    QSignalSpy finished(m_window.get(), &KioskWindow::saleFinished);
    QVERIFY(m_service->answer(snapshot(OrderStatus::Cancelled)));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Attract);
    QVERIFY(m_window->cart()->isEmpty());
    QCOMPARE(m_window->currentOrderId(), std::nullopt);
    // The customer's off-the-record profile (cookies, form data, storage) is gone with them.
    QTRY_VERIFY(profile.isNull());
}

void TestSelfService::paymentThatWinsTheCancelShowsPaid()
{
    reachPayment();
    m_clock.advance(110);
    m_window->inactivity()->poll();
    QCOMPARE(m_service->calls().last().what, QStringLiteral("cancel"));
    QVERIFY(m_service->answer(snapshot(OrderStatus::Paid)));
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Result);
    QCOMPARE(m_window->result()->titleText(), QStringLiteral("Paid"));
    QCOMPARE(m_window->result()->pickupText(), QStringLiteral("42"));
}

void TestSelfService::landscapeStillFits()
{
    openWindow(QSize(1920, 1080));
    QTest::mouseClick(m_window->attract()->startButton(), Qt::LeftButton);
    QListView *grid = m_window->selfOrder()->productGrid();
    const QRect first = grid->visualRect(grid->model()->index(0, 0));
    const QRect fifth = grid->visualRect(grid->model()->index(4, 0));
    QCOMPARE(fifth.top(), first.top()); // more columns, not stretched tiles
    EXPECT_BIG_TARGETS(m_window->selfOrder());
    addFromGrid(0);
    QTest::mouseClick(m_window->selfOrder()->reviewButton(), Qt::LeftButton);
    QTest::mouseClick(m_window->review()->payButton(), Qt::LeftButton);
    QVERIFY(m_service->answer(snapshot(OrderStatus::AwaitingPayment)));
    // Side by side in landscape: the phone panel beside the page.
    QTest::mouseClick(m_window->checkout()->payHereButton(), Qt::LeftButton);
    QWidget *side = m_window->checkout()->findChild<QWidget *>(QStringLiteral("checkoutSidePanel"));
    QVERIFY(side->height() > m_window->checkout()->height() / 2);
}

void TestSelfService::noFileOrPrintDialogReachesTheScreen_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("save file") << QStringLiteral("file");
    QTest::addRow("print") << QStringLiteral("print");
}

void TestSelfService::noFileOrPrintDialogReachesTheScreen()
{
    QFETCH(QString, kind);
    DesktopSurfaceGuard guard;
    bool shown = false;
    // Without the guard the dialog would wait for a person: note it and close it, so the test
    // fails instead of hanging.
    QTimer watchdog;
    watchdog.setInterval(20);
    connect(&watchdog, &QTimer::timeout, this, [&shown] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(top);
            if (dialog && dialog->isVisible() && !dialog->testAttribute(Qt::WA_DontShowOnScreen)) {
                shown = true;
                dialog->reject();
            }
        }
    });
    watchdog.start();
    if (kind == QLatin1String("file")) {
        const QString path = QFileDialog::getSaveFileName(m_window.get(), QStringLiteral("Save receipt"));
        QVERIFY(path.isEmpty());
    } else {
        QPrinter printer;
        QPrintDialog dialog(&printer, m_window.get());
        QCOMPARE(dialog.exec(), int(QDialog::Rejected));
    }
    QVERIFY(!shown);
    QCOMPARE(guard.blockedCount(), 1);
}

void TestSelfService::aProductWithOptionsIsChosenOnScreen()
{
    QTest::mouseClick(m_window->attract()->startButton(), Qt::LeftButton);
    SelfOrderScreen *order = m_window->selfOrder();
    QListView *grid = order->productGrid();
    const QModelIndexList latte = grid->model()->match(
        grid->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Caffe Latte"), 1, Qt::MatchExactly);
    QVERIFY(!latte.isEmpty());
    addFromGrid(latte.first().row());
    // Size and milk are required: the chooser takes the grid's place, nothing is in the basket.
    QVERIFY(order->isChoosingOptions());
    QVERIFY(m_window->cart()->isEmpty());
    OptionChooser *chooser = order->optionChooser();
    QVERIFY(chooser->isVisible());
    QVERIFY(!grid->isVisible());
    EXPECT_BIG_TARGETS(chooser);
    auto *add = chooser->findChild<QPushButton *>(QStringLiteral("optionAdd"));
    QVERIFY(!add->isEnabled());
    QTest::mouseClick(chooser->findChild<QPushButton *>(QStringLiteral("option_large")), Qt::LeftButton);
    QTest::mouseClick(chooser->findChild<QPushButton *>(QStringLiteral("option_oat")), Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!order->isChoosingOptions());
    QVERIFY(grid->isVisible());
    QCOMPARE(m_window->cart()->itemCount(), 1);
    const QStringList ids = m_window->cart()->lines().first().options.optionIds();
    QVERIFY2(ids.contains(QStringLiteral("large")) && ids.contains(QStringLiteral("oat")), qPrintable(ids.join(u',')));
    QVERIFY(order->findChild<QLabel *>(QStringLiteral("basketBarAdded"))
                ->text()
                .startsWith(QStringLiteral("Added Caffe Latte")));

    // Cancel goes back to the grid with nothing added; a customer who walks away mid-choice
    // leaves the next one the grid.
    addFromGrid(latte.first().row());
    QTest::mouseClick(chooser->findChild<QPushButton *>(QStringLiteral("optionCancel")), Qt::LeftButton);
    QVERIFY(!order->isChoosingOptions());
    QCOMPARE(m_window->cart()->itemCount(), 1);
    addFromGrid(latte.first().row());
    QVERIFY(order->isChoosingOptions());
    QTest::mouseClick(order->startOverButton(), Qt::LeftButton);
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Attract);
    QTest::mouseClick(m_window->attract()->startButton(), Qt::LeftButton);
    QVERIFY(!order->isChoosingOptions());
}

void TestSelfService::largeTextLastsForOneCustomer()
{
    QPushButton *toggle = m_window->attract()->largeTextButton();
    QVERIFY(toggle->isVisibleTo(m_window.get()));
    QPushButton *start = m_window->attract()->startButton();
    const auto fontPixels = [](QWidget *w) {
        w->ensurePolished();
        return QFontInfo(w->font()).pixelSize();
    };
    const auto tileNameFont = [this] {
        QListView *grid = m_window->selfOrder()->productGrid();
        return qobject_cast<ProductTileDelegate *>(grid->itemDelegate())->nameFont(grid->font());
    };
    const int startFont = fontPixels(start);
    const int tileFont = tileNameFont().pixelSize();
    QCOMPARE(tileFont, 26); // the screen's text size
    const QString shopStyle = qApp->styleSheet();

    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Attract); // the toggle starts no order
    QVERIFY(Theme::current().largeText);
    QVERIFY(toggle->isChecked());
    QVERIFY(qApp->styleSheet() != shopStyle);
    QVERIFY2(fontPixels(start) >= startFont * 5 / 4,
        qPrintable(QStringLiteral("%1px, was %2px").arg(fontPixels(start)).arg(startFont)));
    EXPECT_BIG_TARGETS(m_window->attract());

    // It stays while this customer orders, and is gone when they walk away.
    QTest::mouseClick(m_window->attract()->startButton(), Qt::LeftButton);
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Ordering);
    QVERIFY(Theme::current().largeText);
    // The tiles' names and prices grow too.
    const int largeTileFont = tileNameFont().pixelSize();
    QVERIFY2(largeTileFont >= tileFont * 5 / 4,
        qPrintable(QStringLiteral("%1px, was %2px").arg(largeTileFont).arg(tileFont)));
    addFromGrid(0);
    m_clock.advance(60);
    m_window->inactivity()->poll();
    m_clock.advance(20);
    m_window->inactivity()->poll();
    QCOMPARE(m_window->screen(), KioskWindow::Screen::Attract);
    QVERIFY(!Theme::current().largeText);
    QVERIFY(!toggle->isChecked());
    QCOMPARE(qApp->styleSheet(), shopStyle);
}

void TestSelfService::everyControlHasAName()
{
    EXPECT_NAMED_CONTROLS(m_window->attract());
    QTest::mouseClick(m_window->attract()->startButton(), Qt::LeftButton);
    addFromGrid(0);
    EXPECT_NAMED_CONTROLS(m_window->selfOrder());
    QTest::mouseClick(m_window->selfOrder()->reviewButton(), Qt::LeftButton);
    EXPECT_NAMED_CONTROLS(m_window->review());
}

QTEST_MAIN(TestSelfService)
#include "tst_SelfService.moc"
