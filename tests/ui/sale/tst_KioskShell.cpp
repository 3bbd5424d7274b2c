// SPDX-License-Identifier: MIT
// The kiosk shell under Xvfb without a window manager, as a kiosk often runs: --kiosk covers the
// whole display, and none of the keys a customer might try (Alt+F4, Alt+Tab, Ctrl+W, Ctrl+Q,
// F11, Escape, held keys, a long press on the page) leads out of the kiosk, not even while the
// hosted page has the focus. Shift+Esc reaches the manager PIN from there.
#include "Cart.h"
#include "CheckoutScreen.h"
#include "EmbeddedManagerService.h"
#include "FakeTillService.h"
#include "KioskWindow.h"
#include "OrderStore.h"
#include "PinDialog.h"
#include "PinVault.h"
#include "SettingsStore.h"
#include "TestSupport.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QScreen>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineView>

#include <memory>

using namespace Kiosk;
using namespace Kiosk::Ui;
using Kiosk::Test::FakeTillService;

namespace {

/** Serves one page with a focused text field to every request: the hosted page stand-in. */
class TinyPageServer final : public QTcpServer
{
public:
    TinyPageServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    const QByteArray body = "<!doctype html><html><body style='margin:0'>"
                                            "<input id='card' autofocus style='width:600px;height:80px'>"
                                            "</body></html>";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                                  "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

/** What a page that keeps every key does to the widgets around it: they never see one. */
class KeyEater final : public QObject
{
public:
    using QObject::QObject;
    int eaten = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
            return false;
        ++eaten;
        event->accept();
        return true;
    }
};

Order openSession(quint16 port)
{
    Order order;
    order.id = 5;
    order.number = QStringLiteral("K1-000005");
    order.status = OrderStatus::AwaitingPayment;
    order.currency = QStringLiteral("USD");
    order.amountSubtotal = 295;
    order.amountTotal = 295;
    order.sessionId = QStringLiteral("cs_test_5");
    order.sessionUrl = QStringLiteral("http://127.0.0.1:%1/c/pay/cs_test_5").arg(port);
    order.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30 * 60);
    return order;
}

/** Top-level widgets on screen other than the kiosk window (dialogs, menus, other windows). */
QStringList otherWindows(QWidget *kiosk)
{
    QStringList others;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top != kiosk && top->isVisible() && !top->testAttribute(Qt::WA_DontShowOnScreen))
            others << QString::fromLatin1(top->metaObject()->className());
    }
    return others;
}

} // namespace

class TestKioskShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void coversTheWholeScreen();
    void noKeyLeadsOut_data();
    void noKeyLeadsOut();
    void longPressOnThePageOpensNothing();
    void shiftEscapeAsksThePinEvenFromThePage();

private:
    /** Espresso in the basket, Pay, the session's page on screen with the focus. */
    QWidget *focusThePage();

    TinyPageServer m_pages;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<EmbeddedManagerService> m_manager;
    std::unique_ptr<PinVault> m_vault;
    std::unique_ptr<FakeTillService> m_service;
    std::unique_ptr<KioskWindow> m_window;
};

void TestKioskShell::init()
{
    auto catalog = Catalog::loadJsonFile(Kiosk::Test::sourcePath(QStringLiteral("resources/catalog/catalog.json")));
    QVERIFY(catalog.ok());
    // A database of its own per test: nothing (a PIN, orders) carries over between runs.
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    auto store = OrderStore::openSqlite(m_dataDir->filePath(QStringLiteral("orders.sqlite")));
    QVERIFY(store.ok());
    m_store = std::move(store).value();
    m_settings = std::make_unique<SettingsStore>(m_store->database());
    m_vault = std::make_unique<PinVault>(m_settings.get());
    QVERIFY(m_vault->setDemoPin().ok());
    m_manager = std::make_unique<EmbeddedManagerService>(*m_store);
    m_manager->setPinVault(m_vault.get());
    m_service = std::make_unique<FakeTillService>(catalog.value());
    if (!m_pages.isListening())
        QVERIFY(m_pages.listen(QHostAddress::LocalHost));
    KioskWindowOptions options;
    options.kioskMode = true;
    options.navigation.addTrustedOrigin(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_pages.serverPort())));
    m_window = std::make_unique<KioskWindow>(*m_service, *m_manager, m_vault.get(), options);
    m_window->showKiosk();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKioskShell::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_manager.reset();
    m_vault.reset();
    m_settings.reset();
    m_store.reset();
}

QWidget *TestKioskShell::focusThePage()
{
    if (!m_window->cart()->addProduct(QStringLiteral("caf-001")).ok())
        return nullptr;
    m_window->startPayment({});
    QSignalSpy loaded(m_window->checkout(), &CheckoutScreen::pageLoaded);
    m_service->answer(openSession(m_pages.serverPort()));
    QWebEngineView *view = m_window->checkout()->webView();
    if (!view || (loaded.isEmpty() && !loaded.wait(20000)) || !loaded.first().first().toBool())
        return nullptr;
    // A tap into the page's text field: the page, not the kiosk, has the keys now.
    QWidget *page = view->focusProxy() ? view->focusProxy() : view;
    page->setFocus(Qt::MouseFocusReason);
    QTest::mouseClick(page, Qt::LeftButton, {}, QPoint(40, 40));
    QTest::qWait(200); // focus and the click reach the renderer through the event loop
    return page;
}

void TestKioskShell::coversTheWholeScreen()
{
    // No window manager under this Xvfb: the window must size itself.
    QTRY_COMPARE(m_window->geometry(), m_window->windowHandle()->screen()->geometry());
    QVERIFY(m_window->isFullScreen());
}

void TestKioskShell::noKeyLeadsOut_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("onThePage");
    const struct
    {
        const char *name;
        int key;
        Qt::KeyboardModifiers modifiers;
    } keys[] = {
        { "Alt+F4", Qt::Key_F4, Qt::AltModifier },
        { "Alt+Tab", Qt::Key_Tab, Qt::AltModifier },
        { "Ctrl+W", Qt::Key_W, Qt::ControlModifier },
        { "Ctrl+Q", Qt::Key_Q, Qt::ControlModifier },
        { "F11", Qt::Key_F11, Qt::NoModifier },
        { "Escape", Qt::Key_Escape, Qt::NoModifier },
        { "Ctrl+Alt+Backspace", Qt::Key_Backspace, Qt::ControlModifier | Qt::AltModifier },
        { "Super", Qt::Key_Super_L, Qt::MetaModifier },
    };
    for (const auto &k : keys) {
        for (const bool page : { false, true })
            QTest::addRow("%s on the %s", k.name, page ? "page" : "till") << k.key << int(k.modifiers.toInt()) << page;
    }
}

void TestKioskShell::noKeyLeadsOut()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(bool, onThePage);
    QWidget *target = onThePage ? focusThePage() : QApplication::focusWidget();
    QVERIFY(target);
    const QRect full = m_window->geometry();
    // Pressed once, then held: a customer leaning on the key.
    QTest::keyClick(target, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    for (int i = 0; i < 20; ++i)
        QTest::keyEvent(QTest::Press, target, Qt::Key(key), Qt::KeyboardModifiers(modifiers), 0);
    QTest::keyRelease(target, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTest::qWait(100);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->isFullScreen());
    QCOMPARE(m_window->geometry(), full);
    QVERIFY2(otherWindows(m_window.get()).isEmpty(), qPrintable(otherWindows(m_window.get()).join(u',')));

    // A window manager's close (what Alt+F4 does with one) asks the PIN; cancelled, it stays.
    QTimer::singleShot(100, this, [] {
        if (auto *pin = qobject_cast<PinDialog *>(QApplication::activeModalWidget()))
            pin->reject();
    });
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
}

void TestKioskShell::longPressOnThePageOpensNothing()
{
    QWidget *page = focusThePage();
    QVERIFY(page);
    const QPoint at = page->rect().center();
    QTest::mousePress(page, Qt::LeftButton, {}, at);
    QTest::qWait(1200);
    QTest::mouseRelease(page, Qt::LeftButton, {}, at);
    QContextMenuEvent menu(QContextMenuEvent::Mouse, at, page->mapToGlobal(at));
    QApplication::sendEvent(page, &menu);
    QTest::qWait(200);
    QVERIFY2(otherWindows(m_window.get()).isEmpty(), qPrintable(otherWindows(m_window.get()).join(u',')));
}

void TestKioskShell::shiftEscapeAsksThePinEvenFromThePage()
{
    QWidget *page = focusThePage();
    QVERIFY(page);
    // Synthetic keys do not reach the renderer here, so the page's "keep every key" is played by
    // a filter on the view itself; the kiosk must see Shift+Esc before it.
    KeyEater eater;
    page->installEventFilter(&eater);
    QTest::keyClick(page, Qt::Key_A);
    QCOMPARE(eater.eaten, 2); // the eater works: override and press of "a" are gone
    bool asked = false;
    QTimer::singleShot(200, this, [&asked] {
        if (auto *pin = qobject_cast<PinDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            pin->reject(); // no PIN: the kiosk stays
        }
    });
    QTest::keyClick(page, Qt::Key_Escape, Qt::ShiftModifier);
    QTRY_VERIFY(asked);
    QVERIFY(m_window->isVisible());

    // With the PIN it closes.
    QTimer::singleShot(200, this, [] {
        if (auto *pin = qobject_cast<PinDialog *>(QApplication::activeModalWidget())) {
            for (const QChar c : PinVault::demoDefaultPin())
                pin->pressKey(c);
            pin->pressKey(QLatin1Char('\n'));
        }
    });
    QTest::keyClick(page, Qt::Key_Escape, Qt::ShiftModifier);
    QTRY_VERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestKioskShell)
#include "tst_KioskShell.moc"
