// SPDX-License-Identifier: MIT
#include "DemoTour.h"

#include "AttractScreen.h"
#include "BasketPanel.h"
#include "Cart.h"
#include "CashierScreen.h"
#include "Catalog.h"
#include "CheckoutScreen.h"
#include "HostedPageScript.h"
#include "KioskApp.h"
#include "KioskWindow.h"
#include "OptionChooser.h"
#include "PinDialog.h"
#include "PinVault.h"
#include "ResultScreen.h"
#include "ReviewScreen.h"
#include "SelfOrderScreen.h"
#include "StillThereOverlay.h"
#include "Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
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
    const bool self = window->isSelfService();
    waitFor(
        QStringLiteral("the window to show"),
        [window] { return window->windowHandle() && window->windowHandle()->isExposed(); },
        [this, self, window] {
            if (!self)
                return after(300, [this] { buildBasket(); });
            // The on-screen keyboard types into the focused field of the active window only.
            window->activateWindow();
            waitFor(
                QStringLiteral("the window to become active"), [window] { return window->isActiveWindow(); },
                [this] { after(300, [this] { selfAttract(); }); }, 10000);
        });
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

bool DemoTour::screenShot(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QScreen *screen = m_app.window()->windowHandle() ? m_app.window()->windowHandle()->screen() : nullptr;
    if (!screen || !screen->grabWindow(0).save(path)) {
        fail(QStringLiteral("could not write ") + path);
        return false;
    }
    std::fprintf(stdout, "screenshot %s (on-screen keyboard %s)\n", qPrintable(path),
        QGuiApplication::inputMethod()->isVisible() ? "shown" : "not shown");
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

void DemoTour::tapTile(QListView *grid, int row)
{
    const QModelIndex index = grid->model()->index(row, 0);
    grid->scrollTo(index);
    tapAt(grid->viewport(), grid->visualRect(index).center());
}

void DemoTour::tapAt(QWidget *widget, const QPoint &at)
{
    QMouseEvent press(
        QEvent::MouseButtonPress, at, widget->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QMouseEvent release(
        QEvent::MouseButtonRelease, at, widget->mapToGlobal(at), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &release);
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
    QListView *grid = window->cashier()->productGrid();
    tapTile(grid, 0);
    tapTile(grid, 1);
    tapTile(grid, 1);
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

// ---- self-service ------------------------------------------------------------------------------

void DemoTour::selfAttract()
{
    if (!shot(QStringLiteral("self-01-attract.png")))
        return;
    // "Larger text" for one customer: the attract and ordering screens, then a start over.
    m_app.window()->attract()->largeTextButton()->click();
    after(300, [this] {
        if (!shot(QStringLiteral("self-01-large-text.png")))
            return;
        m_app.window()->attract()->startButton()->click();
        after(300, [this] {
            if (!shot(QStringLiteral("self-01-large-text-ordering.png")))
                return;
            m_app.window()->selfOrder()->startOverButton()->click();
            after(300, [this] {
                KioskWindow *window = m_app.window();
                if (window->screen() != KioskWindow::Screen::Attract || Theme::current().largeText)
                    return fail(QStringLiteral("starting over did not bring back the shop's text size"));
                window->attract()->startButton()->click();
                after(300, [this] { selfOrder(); });
            });
        });
    });
}

void DemoTour::selfOrder()
{
    KioskWindow *window = m_app.window();
    if (window->screen() != KioskWindow::Screen::Ordering)
        return fail(QStringLiteral("\u201cTap to order\u201d did not open the ordering screen"));
    QListView *grid = window->selfOrder()->productGrid();
    tapTile(grid, 0);
    tapTile(grid, 1);
    tapTile(grid, 1);
    if (window->cart()->itemCount() != 3)
        return fail(QStringLiteral("tapping tiles did not fill the basket"));
    // A product with options: the chooser takes the grid's place.
    const QModelIndexList latte = grid->model()->match(
        grid->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Caffe Latte"), 1, Qt::MatchExactly);
    if (latte.isEmpty())
        return fail(QStringLiteral("no Caffe Latte in the catalog"));
    tapTile(grid, latte.first().row());
    if (!window->selfOrder()->isChoosingOptions())
        return fail(QStringLiteral("tapping a product with options did not show its options"));
    after(400, [this] { selfOptions(); });
}

void DemoTour::selfOptions()
{
    OptionChooser *chooser = m_app.window()->selfOrder()->optionChooser();
    for (const char *option : { "option_large", "option_oat" }) {
        auto *button = chooser->findChild<QPushButton *>(QLatin1String(option));
        if (!button)
            return fail(QStringLiteral("the Caffe Latte has no option %1").arg(QLatin1String(option)));
        button->click();
    }
    after(300, [this] {
        if (!shot(QStringLiteral("self-02-options.png")))
            return;
        m_app.window()->selfOrder()->optionChooser()->findChild<QPushButton *>(QStringLiteral("optionAdd"))->click();
        if (m_app.window()->cart()->itemCount() != 4)
            return fail(QStringLiteral("\u201cAdd to basket\u201d did not add the Caffe Latte"));
        after(400, [this] {
            if (!shot(QStringLiteral("self-02-ordering.png")))
                return;
            m_app.window()->selfOrder()->reviewButton()->click();
            after(300, [this] { selfReview(); });
        });
    });
}

void DemoTour::selfReview()
{
    KioskWindow *window = m_app.window();
    if (window->screen() != KioskWindow::Screen::Review)
        return fail(QStringLiteral("\u201cReview order\u201d did not open the review screen"));
    if (!shot(QStringLiteral("self-03-review.png")))
        return;
    // A tap into the e-mail field brings up the on-screen keyboard.
    QLineEdit *email = window->review()->emailEdit();
    email->setFocus(Qt::MouseFocusReason); // what the press does under a real pointer
    tapAt(email, email->rect().center());
    email->setText(QStringLiteral("ada@example.com"));
    after(1200, [this] {
        if (!screenShot(QStringLiteral("self-04-review-keyboard.png")))
            return;
        if (!QGuiApplication::inputMethod()->isVisible())
            return fail(QStringLiteral("the on-screen keyboard did not come up for the e-mail field"));
        QGuiApplication::inputMethod()->hide();
        m_app.window()->review()->payButton()->click();
        waitFor(
            QStringLiteral("the hosted checkout page"), [this] { return m_pageLoaded; },
            [this] { after(800, [this] { selfPayOnPhone(); }); }, 60000);
    });
}

void DemoTour::selfPayOnPhone()
{
    if (!shot(QStringLiteral("self-05-pay-on-phone.png")))
        return;
    CheckoutScreen *checkout = m_app.window()->checkout();
    if (!checkout->payHereButton())
        return fail(QStringLiteral("no \u201cPay here\u201d button"));
    checkout->payHereButton()->click();
    after(1200, [this] { selfPayHere(); });
}

void DemoTour::selfPayHere()
{
    QWebEngineView *view = m_app.window()->checkout()->webView();
    if (!view)
        return fail(QStringLiteral("no checkout page"));
    // Tap the card number field where the customer would.
    view->page()->runJavaScript(
        QStringLiteral("(function(){var e=document.getElementById('cardNumber');if(!e)return null;"
                       "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                       "return [r.left+r.width/2,r.top+r.height/2];})()"),
        [this](const QVariant &where) {
            const QVariantList xy = where.toList();
            QWebEngineView *v = m_app.window()->checkout()->webView();
            if (xy.size() != 2 || !v)
                return fail(QStringLiteral("the card form was not on the hosted page"));
            const qreal zoom = v->zoomFactor();
            QWidget *target = v->focusProxy() ? v->focusProxy() : v;
            target->setFocus(Qt::MouseFocusReason);
            tapAt(target, QPointF(xy.at(0).toDouble() * zoom, xy.at(1).toDouble() * zoom).toPoint());
            after(2500, [this] {
                if (!screenShot(QStringLiteral("self-06-pay-here-keyboard.png")))
                    return;
                if (!QGuiApplication::inputMethod()->isVisible())
                    return fail(QStringLiteral("the on-screen keyboard did not come up over the hosted page"));
                selfStillThere();
            });
        });
}

void DemoTour::selfStillThere()
{
    QGuiApplication::inputMethod()->hide();
    KioskWindow *window = m_app.window();
    window->stillThere()->ask(20);
    after(300, [this] {
        if (!shot(QStringLiteral("self-07-still-there.png")))
            return;
        m_app.window()->stillThere()->stayButton()->click();
        QWebEngineView *view = m_app.window()->checkout()->webView();
        if (!view)
            return fail(QStringLiteral("the checkout page went away"));
        const QString fill = HostedPageScript::fillCard(QStringLiteral("4242 4242 4242 4242"), QStringLiteral("12/34"),
            QStringLiteral("123"), QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"), true);
        view->page()->runJavaScript(fill, [this](const QVariant &filled) {
            if (!filled.toBool())
                return fail(QStringLiteral("the card form was not on the hosted page"));
            waitFor(
                QStringLiteral("the backend to report the payment"), [this] { return !m_outcome.isEmpty(); },
                [this] { selfPaid(); }, 60000);
        });
    });
}

void DemoTour::selfPaid()
{
    if (!m_paid)
        return fail(QStringLiteral("the sale ended as ") + m_outcome + QStringLiteral(", not Paid"));
    after(500, [this] {
        if (!shot(QStringLiteral("self-08-paid.png")))
            return;
        m_app.window()->result()->newSaleButton()->click();
        if (m_app.window()->screen() != KioskWindow::Screen::Attract || !m_app.window()->cart()->isEmpty())
            return fail(QStringLiteral("\u201cDone\u201d did not start over on the attract screen"));
        Q_EMIT finished(0);
    });
}

} // namespace Kiosk::Ui
