// SPDX-License-Identifier: MIT
#include "KioskWindow.h"

#include "AttractScreen.h"
#include "BasketPanel.h"
#include "Cart.h"
#include "CashDialog.h"
#include "CashierScreen.h"
#include "Catalog.h"
#include "CheckoutScreen.h"
#include "CheckoutWebPage.h"
#include "Clock.h"
#include "InactivityWatch.h"
#include "Language.h"
#include "ManagerScreen.h"
#include "ManagerService.h"
#include "PinDialog.h"
#include "PinVault.h"
#include "ResultScreen.h"
#include "ReviewScreen.h"
#include "SelfOrderScreen.h"
#include "StillThereOverlay.h"
#include "Theme.h"
#include "TillService.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Kiosk::Ui {

KioskWindow::KioskWindow(Kiosk::TillService &service, Kiosk::ManagerService &managerService, Kiosk::PinVault *vault,
    KioskWindowOptions options, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_managerService(managerService)
    , m_vault(vault)
    , m_options(std::move(options))
    , m_catalog(service.catalog())
{
    setWindowTitle(m_options.shopName);
    setMinimumSize(1024, 700);
    const QLocale locale; // the default: Language::switchTo() set it for the chosen language
    m_cart = new Cart(&m_catalog, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("testModeBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_banner->setVisible(m_options.testMode);
    top->addWidget(m_banner, 1);
    layout->addLayout(top);
    // A till on a shop server may lose it; the order is decided there, so the till only waits.
    m_connectionBanner = new QLabel(central);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setAlignment(Qt::AlignCenter);
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setAttribute(Qt::WA_StyledBackground);
    m_connectionBanner->setAccessibleName(QStringLiteral("connectionBanner"));
    m_connectionBanner->hide();
    layout->addWidget(m_connectionBanner);

    m_stack = new QStackedWidget(central);
    const bool self = m_options.selfService;
    m_checkout = new CheckoutScreen(
        locale, m_stack, self ? CheckoutScreen::Layout::SelfService : CheckoutScreen::Layout::Staffed);
    m_checkout->setNavigationPolicy(m_options.navigation);
    m_result = new ResultScreen(
        locale, m_options.shopName, m_stack, self ? ResultScreen::Layout::SelfService : ResultScreen::Layout::Staffed);
    m_result->setReturnDelaySecs(m_options.resultDelaySecs);
    if (self) {
        buildSelfService(locale);
    } else {
        m_cashier = new CashierScreen(&m_catalog, m_cart, locale, m_stack);
        m_stack->addWidget(m_cashier);
        connect(m_cashier, &CashierScreen::payRequested, this, &KioskWindow::startPayment);
        // Cash only at a staffed till whose backend takes it (self-service never gets here).
        m_cashier->basket()->setCashEnabled(m_service.cashEnabled());
        connect(m_cashier, &CashierScreen::cashRequested, this, &KioskWindow::startCashPayment);
    }
    m_stack->addWidget(m_checkout);
    m_stack->addWidget(m_result);
    layout->addWidget(m_stack, 1);

    // Discreet, but still a full-size touch target, in the cashier's bottom-left corner.
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(16, 0, 16, 8);
    m_managerButton = new QPushButton(central);
    m_managerButton->setObjectName(QStringLiteral("managerButton"));
    m_managerButton->setProperty("role", QStringLiteral("quiet"));
    m_managerButton->setFocusPolicy(Qt::NoFocus);
    bottom->addWidget(m_managerButton);
    bottom->addStretch();
    layout->addLayout(bottom);
    setCentralWidget(central);
    if (self) {
        m_stillThere = new StillThereOverlay(central);
        connect(m_inactivity, &InactivityWatch::stillThereAsked, m_stillThere, &StillThereOverlay::ask);
        connect(m_inactivity, &InactivityWatch::countdownChanged, m_stillThere, &StillThereOverlay::setSecondsLeft);
        connect(m_inactivity, &InactivityWatch::resumed, m_stillThere, &QWidget::hide);
        connect(m_inactivity, &InactivityWatch::timedOut, this, &KioskWindow::walkAway);
        // The tap on the button is input the watch has seen already; the button only says so.
        connect(m_stillThere, &StillThereOverlay::stayRequested, m_stillThere, &QWidget::hide);
        // The on-screen keyboard is a window over ours: the screens move up out of its way, so
        // the field being typed into (ours, or the hosted page's) stays in sight.
        QInputMethod *input = QGuiApplication::inputMethod();
        connect(input, &QInputMethod::visibleChanged, this, &KioskWindow::makeRoomForKeyboard);
        connect(input, &QInputMethod::keyboardRectangleChanged, this, &KioskWindow::makeRoomForKeyboard);
    }
    // A basket's first item: the customer's browser gets ready while the cashier rings up the rest.
    connect(m_cart, &Cart::changed, m_checkout, [this] {
        if (!m_cart->isEmpty())
            m_checkout->prepareBrowser();
    });
    connect(m_checkout, &CheckoutScreen::cancelRequested, this, &KioskWindow::cancelPayment);
    connect(m_checkout, &CheckoutScreen::returnPageReached, this, [this](bool success) {
        if (!m_orderId)
            return;
        // The success page itself asks the backend to confirm with Stripe; the screen only waits
        // for orderChanged. The page's back link is the buyer pressing Cancel.
        if (success)
            m_checkout->showConfirming(tr("Confirming payment\u2026"));
        else
            cancelPayment();
    });
    connect(&service, &TillService::orderChanged, this, &KioskWindow::onOrderChanged);
    connect(&service, &TillService::connectionChanged, this, &KioskWindow::updateConnectionBanner);
    connect(&service, &TillService::paymentAttemptFailed, this, [this](qint64 orderId, const QString &message) {
        if (m_orderId == orderId && screen() == Screen::Checkout)
            m_checkout->showDecline(message);
    });
    connect(m_result, &ResultScreen::finished, this, &KioskWindow::newSale);
    connect(m_managerButton, &QPushButton::clicked, this, &KioskWindow::openManager);
    retranslateUi();
    setScreen(self ? Screen::Attract : Screen::Cashier);
    if (m_options.kioskMode)
        QCoreApplication::instance()->installEventFilter(this);
}

void KioskWindow::retranslateUi()
{
    m_banner->setText(tr("TEST MODE \u2014 no real charges"));
    m_managerButton->setText(tr("Manager", "button that opens the manager screen"));
    updateConnectionBanner();
}

void KioskWindow::updateConnectionBanner()
{
    const bool lost = !m_service.isConnected();
    if (lost) {
        const bool paying = m_orderId.has_value() || m_paymentStarting;
        m_connectionBanner->setText(paying
                ? tr("Connection to the shop server lost. The payment is safe; waiting\u2026")
                : tr("Connection to the shop server lost. Waiting for it to come back\u2026"));
    }
    m_connectionBanner->setVisible(lost);
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

KioskWindow::~KioskWindow() = default;

void KioskWindow::buildSelfService(const QLocale &locale)
{
    m_attract = new AttractScreen(m_options.shopName, m_options.logoPath, m_stack);
    m_selfOrder = new SelfOrderScreen(&m_catalog, m_cart, locale, m_stack);
    m_review = new ReviewScreen(m_cart, locale, m_stack);
    m_stack->addWidget(m_attract);
    m_stack->addWidget(m_selfOrder);
    m_stack->addWidget(m_review);
    m_shopLanguage = Language::current();
    m_inactivity = new InactivityWatch(m_options.clock ? *m_options.clock : Clock::system(), this);
    connect(m_attract, &AttractScreen::orderRequested, this, [this] { setScreen(Screen::Ordering); });
    connect(m_attract, &AttractScreen::languageChosen, this, &KioskWindow::switchCustomerLanguage);
    connect(m_attract, &AttractScreen::largeTextToggled, this, &KioskWindow::setLargeText);
    connect(m_selfOrder, &SelfOrderScreen::reviewRequested, this, [this] { setScreen(Screen::Review); });
    connect(m_selfOrder, &SelfOrderScreen::startOverRequested, this, &KioskWindow::startOver);
    connect(m_review, &ReviewScreen::backRequested, this, [this] { setScreen(Screen::Ordering); });
    connect(m_review, &ReviewScreen::payRequested, this, &KioskWindow::startPayment);
}

void KioskWindow::makeRoomForKeyboard()
{
    const QInputMethod *input = QGuiApplication::inputMethod();
    int covered = 0;
    if (input->isVisible()) {
        const QRectF keyboard = input->keyboardRectangle(); // in the focus window's coordinates
        if (keyboard.isValid() && keyboard.top() < height())
            covered = qBound(0, height() - int(keyboard.top()), height() * 2 / 3);
    }
    if (auto *layout = centralWidget()->layout())
        layout->setContentsMargins(0, 0, 0, covered);
}

void KioskWindow::switchCustomerLanguage(const QString &code)
{
    // Every screen retranslates itself; the checkout sends Language::current() to Stripe.
    if (!Language::switchTo(code))
        return;
    m_attract->setLanguage(Language::current());
}

void KioskWindow::setLargeText(bool on)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    const Theme current = Theme::current();
    if (!app || current.largeText == on)
        return;
    // The shop's theme is what was applied before the customer asked (KioskApp applies it).
    if (on) {
        m_shopTheme = current;
        current.accessible().apply(*app);
    } else {
        m_shopTheme.apply(*app);
    }
    if (m_attract)
        m_attract->setLargeText(on);
}

void KioskWindow::armInactivity(Screen target)
{
    if (!m_inactivity)
        return;
    m_stillThere->hide();
    switch (target) {
    case Screen::Ordering:
    case Screen::Review:
        m_inactivity->arm(m_options.orderingIdleSecs, m_options.stillThereSecs);
        break;
    case Screen::Checkout:
        m_inactivity->arm(m_options.paymentIdleSecs, m_options.stillThereSecs);
        break;
    default:
        m_inactivity->disarm(); // attract, result (its own countdown) and the manager's screens
        break;
    }
}

void KioskWindow::walkAway()
{
    m_stillThere->hide();
    if (m_paymentStarting || m_orderId) {
        // The session is expired at Stripe and the order settles through the normal decision;
        // a payment that got there first still ends paid and shows as such.
        m_walkedAway = true;
        if (m_orderId)
            cancelPayment();
        return;
    }
    startOver();
}

void KioskWindow::startOver()
{
    if (m_orderId || m_paymentStarting)
        return; // an order is being paid: only its outcome ends it
    m_cart->clear();
    m_review->clearEmail();
    m_selfOrder->reset();
    // The next customer finds the kiosk in the shop's own language.
    if (Language::current() != m_shopLanguage)
        switchCustomerLanguage(m_shopLanguage);
    setScreen(Screen::Attract);
}

KioskWindow::Screen KioskWindow::screen() const
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_checkout)
        return Screen::Checkout;
    if (current == m_result)
        return Screen::Result;
    if (m_manager && current == m_manager)
        return Screen::Manager;
    if (m_attract && current == m_attract)
        return Screen::Attract;
    if (m_selfOrder && current == m_selfOrder)
        return Screen::Ordering;
    if (m_review && current == m_review)
        return Screen::Review;
    return Screen::Cashier;
}

void KioskWindow::setScreen(Screen target)
{
    QWidget *widget = m_cashier;
    switch (target) {
    case Screen::Cashier:
        widget = m_cashier;
        break;
    case Screen::Checkout:
        widget = m_checkout;
        break;
    case Screen::Result:
        widget = m_result;
        break;
    case Screen::Manager:
        widget = m_manager;
        break;
    case Screen::Attract:
        widget = m_attract;
        break;
    case Screen::Ordering:
        widget = m_selfOrder;
        break;
    case Screen::Review:
        widget = m_review;
        break;
    }
    if (!widget)
        return;
    m_managerButton->setVisible(target == Screen::Cashier || target == Screen::Attract);
    if (m_stack->currentWidget() == widget)
        return;
    // The next customer finds the shop's own text size and colours.
    if (target == Screen::Attract)
        setLargeText(false);
    m_stack->setCurrentWidget(widget);
    armInactivity(target);
    updateConnectionBanner();
    Q_EMIT screenChanged(target);
}

void KioskWindow::startPayment(const QString &email)
{
    if (m_orderId || m_paymentStarting || m_cart->isEmpty())
        return;
    CheckoutRequest request;
    request.customerEmail = email;
    request.language = Language::current(); // the hosted page speaks it too
    for (const Cart::Line &line : m_cart->lines())
        request.lines.append({ line.product.id, line.quantity, line.options.optionIds() });
    m_paymentStarting = true;
    m_checkout->showPreparing(m_cart->total().format(QLocale()));
    setScreen(Screen::Checkout);
    m_service.startCheckout(request, this, [this](Result<Order> created) {
        m_paymentStarting = false;
        if (!created) {
            m_checkout->endSession();
            const QString message = tr("Could not start the payment: %1").arg(created.error().message);
            if (m_walkedAway) {
                m_walkedAway = false;
                startOver();
            } else if (m_review) {
                setScreen(Screen::Review);
                m_review->showProblem(message);
            } else {
                setScreen(Screen::Cashier);
                m_cashier->showMessage(message, true);
            }
            return;
        }
        const Order &order = created.value();
        m_orderId = order.id;
        if (OrderStateMachine::isTerminal(order.status) || OrderStateMachine::needsHuman(order.status)) {
            showOutcome(order); // settled while its session was being created
            return;
        }
        m_checkout->showSession(order); // the backend watches it until it is final
        if (m_walkedAway)
            cancelPayment(); // the customer left while the session was being made
    });
}

CashDialog *KioskWindow::cashDialog() const
{
    return m_cashDialog.data();
}

void KioskWindow::startCashPayment(const QString &email)
{
    if (m_orderId || m_paymentStarting || m_cart->isEmpty() || !m_service.cashEnabled())
        return;
    const Money total = m_cart->total();
    auto *dialog = new CashDialog(total.minorUnits(), m_service.cashRounding(), total.currency(), QLocale(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, email] {
        if (m_orderId || m_paymentStarting)
            return;
        CheckoutRequest request;
        request.customerEmail = email;
        request.language = Language::current();
        for (const Cart::Line &line : m_cart->lines())
            request.lines.append({ line.product.id, line.quantity, line.options.optionIds() });
        request.cashTendered = dialog->tendered();
        request.requestId = dialog->requestId(); // one per dialog: a second confirm is the same payment
        m_paymentStarting = true;
        m_service.payCash(request, this, [this](Result<Order> paid) {
            m_paymentStarting = false;
            if (!paid) {
                setScreen(Screen::Cashier);
                m_cashier->showMessage(tr("Could not take the cash payment: %1").arg(paid.error().message), true);
                return;
            }
            showOutcome(paid.value());
        });
    });
    m_cashDialog = dialog;
    dialog->open();
}

void KioskWindow::cancelPayment()
{
    if (!m_orderId)
        return;
    m_checkout->showConfirming(tr("Cancelling\u2026"));
    const qint64 orderId = *m_orderId;
    m_service.cancelCheckout(orderId, this, [this, orderId](Result<Order> cancelled) {
        if (cancelled) {
            onOrderChanged(orderId, cancelled.value());
            return;
        }
        // The session could not be expired (e.g. offline); the page stays usable, as it now is.
        const QString hint = tr("Could not cancel: %1").arg(cancelled.error().message);
        m_service.fetchOrder(orderId, this, [this, orderId, hint](Result<Order> current) {
            if (m_orderId != orderId)
                return; // settled meanwhile; the result screen shows it
            if (current)
                onOrderChanged(orderId, current.value());
            if (m_orderId == orderId && current)
                m_checkout->showSession(current.value());
            m_checkout->showDeclineHint(hint);
            if (m_walkedAway) {
                // Could not expire it now: the page stays, and the guard asks (and tries) again.
                m_walkedAway = false;
                armInactivity(Screen::Checkout);
            }
        });
    });
}

void KioskWindow::onOrderChanged(qint64 orderId, const Kiosk::Order &order)
{
    if (m_orderId != orderId || order.id != orderId)
        return;
    if (OrderStateMachine::isTerminal(order.status) || order.status == OrderStatus::NeedsReview)
        showOutcome(order);
}

void KioskWindow::showOutcome(const Kiosk::Order &order)
{
    m_checkout->endSession();
    const bool walkedAway = std::exchange(m_walkedAway, false);
    if (walkedAway && ResultScreen::offersBasketBack(order.status)) {
        // Nobody is there to read "Cancelled": straight back to the attract screen.
        m_orderId.reset();
        Q_EMIT saleFinished(order);
        startOver();
        return;
    }
    // After a cancel or an expiry the result screen offers the basket back; otherwise it is over.
    if (!ResultScreen::offersBasketBack(order.status))
        m_cart->clear();
    m_orderId.reset();
    m_result->showOrder(order);
    setScreen(Screen::Result);
    Q_EMIT saleFinished(order);
}

void KioskWindow::newSale(bool keepBasket)
{
    if (screen() != Screen::Result)
        return;
    if (m_options.selfService) {
        if (keepBasket)
            setScreen(Screen::Review);
        else
            startOver();
        return;
    }
    if (!keepBasket) {
        m_cart->clear();
        m_cashier->resetForNewSale();
    }
    setScreen(Screen::Cashier);
}

bool KioskWindow::openManager()
{
    const Kiosk::Clock &clock = m_options.clock ? *m_options.clock : Kiosk::Clock::system();
    if (!PinDialog::requestManager(m_managerService, m_vault, clock, this, tr("Enter the manager PIN")))
        return false;
    if (!m_manager) {
        m_manager = new ManagerScreen(&m_managerService, m_vault, m_options.settings, m_stack);
        m_manager->addDayReportPage(m_options.dayReports);
        m_stack->addWidget(m_manager);
        connect(m_manager, &ManagerScreen::closeRequested, this, [this] {
            m_managerService.endManagerSession(); // a remote till forgets the PIN
            setScreen(m_options.selfService ? Screen::Attract : Screen::Cashier);
        });
        // Keys, ports and the catalog are wired at start-up; say so rather than half-apply them.
        connect(m_manager, &ManagerScreen::settingsChanged, this, [this] {
            if (m_cashier)
                m_cashier->showMessage(tr("Settings saved. Restart the kiosk to apply them."), false);
        });
    }
    setScreen(Screen::Manager);
    return true;
}

bool KioskWindow::confirmLeaveKioskMode()
{
    const Kiosk::Clock &clock = m_options.clock ? *m_options.clock : Kiosk::Clock::system();
    const bool confirmed = PinDialog::requestManager(
        m_managerService, m_vault, clock, this, tr("Enter the manager PIN to leave kiosk mode"));
    m_managerService.endManagerSession(); // leaving needs the PIN, not a session
    return confirmed;
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.kioskMode && !m_closeAllowed && !confirmLeaveKioskMode()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool KioskWindow::event(QEvent *event)
{
    // The first browser turns the window into an OpenGL one, which means a new native window.
    // A desktop's window manager focuses it again; a kiosk without one does not, and then
    // neither keys nor the on-screen keyboard reach any field. Take the focus back.
    if (event->type() == QEvent::WinIdChange && (m_options.selfService || m_options.kioskMode) && isVisible())
        QTimer::singleShot(0, this, [this] {
            if (!QGuiApplication::focusWindow())
                activateWindow();
        });
    return QMainWindow::event(event);
}

void KioskWindow::showKiosk()
{
    QScreen *target = QWidget::screen() ? QWidget::screen() : QGuiApplication::primaryScreen();
    if (target) {
        setGeometry(target->geometry());
        connect(target, &QScreen::geometryChanged, this, [this](const QRect &geometry) {
            if (isFullScreen())
                setGeometry(geometry);
        });
    }
    showFullScreen();
    activateWindow();
}

void KioskWindow::requestLeaveKioskMode()
{
    if (confirmLeaveKioskMode()) {
        m_closeAllowed = true;
        close();
    }
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+Esc is looked for before any widget sees the key: the hosted page's view would
    // otherwise take it for the page. Only keys for this window (not the PIN dialog's) count.
    const QEvent::Type type = event->type();
    if (m_options.kioskMode && (type == QEvent::KeyPress || type == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::ShiftModifier && widget && widget->window() == this
            && !QApplication::activeModalWidget()) {
            if (type == QEvent::KeyPress && !key->isAutoRepeat())
                QTimer::singleShot(0, this, &KioskWindow::requestLeaveKioskMode);
            event->accept();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Kiosk::Ui
