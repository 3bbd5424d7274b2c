// SPDX-License-Identifier: MIT
#include "DemoTour.h"

#include "BasketPanel.h"
#include "Cart.h"
#include "CashierScreen.h"
#include "Catalog.h"
#include "CheckoutScreen.h"
#include "HostedPageScript.h"
#include "KioskApp.h"
#include "KioskWindow.h"
#include "PinDialog.h"
#include "PinVault.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>
#include <QWebEngineView>
#include <QWindow>

#include <cstdio>
#include <memory>

namespace Kiosk::Ui {

DemoTour::DemoTour(KioskApp &app, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_dir(directory)
{ }

void DemoTour::start()
{
    if (!m_dir.mkpath(QStringLiteral(".")))
        return fail(QStringLiteral("cannot create the screenshot folder %1").arg(m_dir.absolutePath()));
    KioskWindow *window = m_app.window();
    connect(window, &KioskWindow::saleFinished, this, [this](const Kiosk::Order &order) {
        m_outcome = displayName(order.status);
        m_paid = order.status == OrderStatus::Paid;
    });
    connect(
        window->checkout(), &CheckoutScreen::pageLoaded, this, [this](bool ok) { m_pageLoaded = m_pageLoaded || ok; });
    waitFor(
        QStringLiteral("the window to show"),
        [window] { return window->windowHandle() && window->windowHandle()->isExposed(); },
        [this] { after(300, [this] { buildBasket(); }); });
}

void DemoTour::waitFor(const QString &what, std::function<bool()> ready, std::function<void()> then, int timeoutMs)
{
    auto *timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(50);
    connect(timer, &QTimer::timeout, this, [=] {
        if (m_failed) {
            timer->deleteLater();
            timer->stop();
            return;
        }
        if (ready()) {
            timer->stop();
            timer->deleteLater();
            then();
        } else if (clock->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            fail(QStringLiteral("timed out waiting for ") + what);
        }
    });
    timer->start();
}

void DemoTour::after(int ms, std::function<void()> then)
{
    QTimer::singleShot(ms, this, [this, then] {
        if (!m_failed)
            then();
    });
}

bool DemoTour::shot(const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!m_app.window()->grab().save(path)) {
        fail(QStringLiteral("could not write ") + path);
        return false;
    }
    std::fprintf(stdout, "screenshot %s\n", qPrintable(path));
    std::fflush(stdout);
    return true;
}

void DemoTour::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    std::fprintf(stderr, "demo tour failed: %s\n", qPrintable(message));
    Q_EMIT finished(1);
}

void DemoTour::tapTile(int row)
{
    QListView *grid = m_app.window()->cashier()->productGrid();
    const QModelIndex index = grid->model()->index(row, 0);
    grid->scrollTo(index);
    const QPoint at = grid->visualRect(index).center();
    QWidget *viewport = grid->viewport();
    QMouseEvent press(
        QEvent::MouseButtonPress, at, viewport->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &press);
    QMouseEvent release(
        QEvent::MouseButtonRelease, at, viewport->mapToGlobal(at), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &release);
}

void DemoTour::scan(const QString &digits)
{
    // What a USB scanner does: key presses in a quick burst, then Enter, to whatever has focus.
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_app.window();
    for (const QChar c : digits) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_0 + c.digitValue(), Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_0 + c.digitValue(), Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &release);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QApplication::sendEvent(target, &enter);
}

void DemoTour::buildBasket()
{
    if (!shot(QStringLiteral("01-cashier.png")))
        return;
    KioskWindow *window = m_app.window();
    tapTile(0);
    tapTile(1);
    tapTile(1);
    // Scan the first product that has a barcode and is not already in the basket.
    QString barcode;
    const QList<Product> products = window->cart()->catalog()->activeProducts();
    for (int i = 2; i < products.size() && barcode.isEmpty(); ++i)
        barcode = products.at(i).barcode;
    if (!barcode.isEmpty()) {
        window->cashier()->productGrid()->setFocus();
        scan(barcode);
    }
    window->cashier()->basket()->emailEdit()->setText(QStringLiteral("ada@example.com"));
    if (window->cart()->lines().size() < 2)
        return fail(QStringLiteral("tapping tiles did not fill the basket"));
    after(400, [this] {
        if (shot(QStringLiteral("02-basket.png")))
            pay();
    });
}

void DemoTour::pay()
{
    KioskWindow *window = m_app.window();
    QPushButton *payButton = window->cashier()->basket()->payButton();
    if (!payButton->isEnabled())
        return fail(QStringLiteral("Pay is disabled: ") + window->cashier()->basket()->payHint());
    payButton->click();
    waitFor(
        QStringLiteral("the hosted checkout page"), [this] { return m_pageLoaded; }, [this] { fillCard(); }, 60000);
}

void DemoTour::fillCard()
{
    QWebEngineView *view = m_app.window()->checkout()->webView();
    if (!view)
        return fail(QStringLiteral("no checkout page"));
    const QString fill = HostedPageScript::fillCard(QStringLiteral("4242 4242 4242 4242"), QStringLiteral("12/34"),
        QStringLiteral("123"), QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"), false);
    view->page()->runJavaScript(fill, [this](const QVariant &filled) {
        if (!filled.toBool())
            return fail(QStringLiteral("the card form was not on the hosted page"));
        after(1200, [this] {
            if (!shot(QStringLiteral("03-checkout.png")))
                return;
            QWebEngineView *v = m_app.window()->checkout()->webView();
            if (!v)
                return fail(QStringLiteral("the checkout page went away"));
            v->page()->runJavaScript(QStringLiteral("document.getElementById('submit').click(); true"));
            waitFor(
                QStringLiteral("the backend to report the payment"), [this] { return !m_outcome.isEmpty(); },
                [this] { showPaid(); }, 60000);
        });
    });
}

void DemoTour::showPaid()
{
    if (!m_paid)
        return fail(QStringLiteral("the sale ended as ") + m_outcome + QStringLiteral(", not Paid"));
    after(500, [this] {
        if (shot(QStringLiteral("04-paid.png")))
            openHistory();
    });
}

void DemoTour::openHistory()
{
    // The PIN dialog is modal: type the demo PIN on its keypad once it is up.
    auto typePin = std::make_shared<std::function<void()>>();
    *typePin = [this, typePin] {
        auto *dialog = qobject_cast<PinDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(100, this, *typePin);
            return;
        }
        const QString pin = PinVault::demoDefaultPin();
        for (const QChar c : pin)
            dialog->pressKey(c);
        dialog->pressKey(QLatin1Char('\n'));
    };
    QTimer::singleShot(200, this, *typePin);
    if (!m_app.window()->openManager())
        return fail(QStringLiteral("the manager screen did not open with the demo PIN"));
    after(600, [this] {
        if (shot(QStringLiteral("05-history.png")))
            Q_EMIT finished(0);
    });
}

} // namespace Kiosk::Ui
