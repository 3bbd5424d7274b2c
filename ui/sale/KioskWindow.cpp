// SPDX-License-Identifier: MIT
#include "KioskWindow.h"

#include "BasketPanel.h"
#include "Cart.h"
#include "CashierScreen.h"
#include "Catalog.h"
#include "CheckoutScreen.h"
#include "CheckoutWebPage.h"
#include "Language.h"
#include "ManagerScreen.h"
#include "PinDialog.h"
#include "PinVault.h"
#include "ResultScreen.h"
#include "TillService.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Kiosk::Ui {

KioskWindow::KioskWindow(Kiosk::TillService &service, Kiosk::ManagerService &managerService, Kiosk::PinVault &vault,
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

    m_stack = new QStackedWidget(central);
    m_cashier = new CashierScreen(&m_catalog, m_cart, locale, m_stack);
    m_checkout = new CheckoutScreen(locale, m_stack);
    m_checkout->setNavigationPolicy(m_options.navigation);
    m_result = new ResultScreen(locale, m_options.shopName, m_stack);
    m_result->setReturnDelaySecs(m_options.resultDelaySecs);
    m_stack->addWidget(m_cashier);
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

    connect(m_cashier, &CashierScreen::payRequested, this, &KioskWindow::startPayment);
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
    connect(&service, &TillService::paymentAttemptFailed, this, [this](qint64 orderId, const QString &message) {
        if (m_orderId == orderId && screen() == Screen::Checkout)
            m_checkout->showDeclineHint(message);
    });
    connect(m_result, &ResultScreen::finished, this, &KioskWindow::newSale);
    connect(m_managerButton, &QPushButton::clicked, this, &KioskWindow::openManager);
    retranslateUi();
    setScreen(Screen::Cashier);
}

void KioskWindow::retranslateUi()
{
    m_banner->setText(tr("TEST MODE \u2014 no real charges"));
    m_managerButton->setText(tr("Manager", "button that opens the manager screen"));
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

KioskWindow::~KioskWindow() = default;

KioskWindow::Screen KioskWindow::screen() const
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_checkout)
        return Screen::Checkout;
    if (current == m_result)
        return Screen::Result;
    if (m_manager && current == m_manager)
        return Screen::Manager;
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
    }
    m_managerButton->setVisible(target == Screen::Cashier);
    if (m_stack->currentWidget() == widget)
        return;
    m_stack->setCurrentWidget(widget);
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
    m_checkout->showPreparing(m_cashier->basket()->totalText());
    setScreen(Screen::Checkout);
    m_service.startCheckout(request, this, [this](Result<Order> created) {
        m_paymentStarting = false;
        if (!created) {
            m_checkout->endSession();
            setScreen(Screen::Cashier);
            m_cashier->showMessage(tr("Could not start the payment: %1").arg(created.error().message), true);
            return;
        }
        const Order &order = created.value();
        m_orderId = order.id;
        if (OrderStateMachine::isTerminal(order.status) || OrderStateMachine::needsHuman(order.status)) {
            showOutcome(order); // settled while its session was being created
            return;
        }
        m_checkout->showSession(order); // the backend watches it until it is final
    });
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
    if (!keepBasket) {
        m_cart->clear();
        m_cashier->resetForNewSale();
    }
    setScreen(Screen::Cashier);
}

bool KioskWindow::openManager()
{
    if (!PinDialog::requestPin(m_vault, this, tr("Enter the manager PIN")))
        return false;
    if (!m_manager) {
        m_manager = new ManagerScreen(&m_managerService, &m_vault, m_options.settings, m_stack);
        m_stack->addWidget(m_manager);
        connect(m_manager, &ManagerScreen::closeRequested, this, [this] { setScreen(Screen::Cashier); });
        // Keys, ports and the catalog are wired at start-up; say so rather than half-apply them.
        connect(m_manager, &ManagerScreen::settingsChanged, this,
            [this] { m_cashier->showMessage(tr("Settings saved. Restart the kiosk to apply them."), false); });
    }
    setScreen(Screen::Manager);
    return true;
}

bool KioskWindow::confirmLeaveKioskMode()
{
    return PinDialog::requestPin(m_vault, this, tr("Enter the manager PIN to leave kiosk mode"));
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.kioskMode && !m_closeAllowed && !confirmLeaveKioskMode()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    if (m_options.kioskMode && event->key() == Qt::Key_Escape && event->modifiers() == Qt::ShiftModifier) {
        if (confirmLeaveKioskMode()) {
            m_closeAllowed = true;
            close();
        }
        return;
    }
    QMainWindow::keyPressEvent(event);
}

} // namespace Kiosk::Ui
