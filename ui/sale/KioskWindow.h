// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "NavigationPolicy.h"
#include "Order.h"
#include "Theme.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace Kiosk {
class Cart;
class Clock;
class DayReportService;
class ManagerService;
class PinVault;
class TillService;
} // namespace Kiosk

namespace Kiosk::Ui {

class AttractScreen;
class CashDialog;
class CashierScreen;
class CheckoutScreen;
class InactivityWatch;
class ReviewScreen;
class SelfOrderScreen;
class StillThereOverlay;
class ManagerScreen;
class ResultScreen;

struct KioskWindowOptions
{
    bool testMode = true; ///< shows the permanent TEST MODE banner
    bool kioskMode = false; ///< full screen; leaving needs the manager PIN
    QString shopName = QStringLiteral("Checkout Kiosk");
    int resultDelaySecs = 15;
    NavigationPolicy navigation; ///< trusted hosts for the checkout page
    QSettings *settings = nullptr; ///< for the manager's settings page; must outlive the window
    /** The manager's Day report tab (none when null); must outlive the window. */
    Kiosk::DayReportService *dayReports = nullptr;
    /** Self-service: customers order themselves (attract → ordering → review → payment). */
    bool selfService = false;
    QString logoPath; ///< self-service attract screen; empty: the shop name only
    int orderingIdleSecs = 60; ///< self-service: "Are you still there?" after this long idle while ordering
    int paymentIdleSecs = 90; ///< … and on the payment page
    int stillThereSecs = 20; ///< how long the question waits before the kiosk starts over
    const Kiosk::Clock *clock = nullptr; ///< time for the walk-away guard; null: the system clock
};

/**
 * The kiosk's one window: TEST MODE banner, a discreet Manager button, and a stack of screens —
 * cashier → checkout → result → cashier, plus the manager screen behind the PIN. Drives a sale
 * through a TillService (embedded or remote; the window cannot tell) and holds only the id of the
 * order being paid: it renders the snapshots the service answers and announces (orderChanged) and
 * switches screens only on those, never on what the payment page shows. The manager screen
 * reads through a ManagerService. Both services and the vault must outlive the window.
 */
class KioskWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWindow)

public:
    /** Cashier is the staffed till's; Attract, Ordering and Review are self-service's. */
    enum class Screen { Cashier, Checkout, Result, Manager, Attract, Ordering, Review };
    Q_ENUM(Screen)

    /** The manager PIN is checked by `managerService` (the embedded vault or the shop server);
     *  `vault` (null on a remote till) sets the first PIN and changes it in the settings. */
    KioskWindow(Kiosk::TillService &service, Kiosk::ManagerService &managerService, Kiosk::PinVault *vault,
        KioskWindowOptions options, QWidget *parent = nullptr);
    ~KioskWindow() override;

    [[nodiscard]] Screen screen() const;
    /** The staffed till's screen; null in self-service. */
    [[nodiscard]] CashierScreen *cashier() const { return m_cashier; }
    /** The cash dialog while it is open (tests), else null. */
    [[nodiscard]] CashDialog *cashDialog() const;
    /** The self-service screens and walk-away guard; null on a staffed till. */
    [[nodiscard]] AttractScreen *attract() const { return m_attract; }
    [[nodiscard]] SelfOrderScreen *selfOrder() const { return m_selfOrder; }
    [[nodiscard]] ReviewScreen *review() const { return m_review; }
    [[nodiscard]] InactivityWatch *inactivity() const { return m_inactivity; }
    [[nodiscard]] StillThereOverlay *stillThere() const { return m_stillThere; }
    [[nodiscard]] bool isSelfService() const { return m_options.selfService; }

    [[nodiscard]] CheckoutScreen *checkout() const { return m_checkout; }
    [[nodiscard]] ResultScreen *result() const { return m_result; }
    [[nodiscard]] ManagerScreen *manager() const { return m_manager; }
    [[nodiscard]] Kiosk::Cart *cart() const { return m_cart; }
    /** The order being paid, while there is one. */
    [[nodiscard]] std::optional<qint64> currentOrderId() const { return m_orderId; }
    [[nodiscard]] QLabel *testModeBanner() const { return m_banner; }
    /** Shown while the till service is not connected (a remote till without its shop server). */
    [[nodiscard]] QLabel *connectionBanner() const { return m_connectionBanner; }

    /** Kiosk mode: covers the whole screen it is on, with or without a window manager (which
     *  would otherwise leave a small window in a corner), and follows that screen's size. */
    void showKiosk();

    /** Asks the PIN, then shows the manager screen. Returns whether it was opened. */
    bool openManager();
    /** Starts paying for the current basket (what the Pay button does). */
    void startPayment(const QString &email);
    /** Opens the cash dialog; Confirm pays the basket in cash (TillService::payCash()). */
    void startCashPayment(const QString &email);
    /** Cancels the running checkout (what the Cancel button does). */
    void cancelPayment();

public Q_SLOTS:
    /** A self-service customer picked a language on the attract screen: Language::switchTo(). */
    void switchCustomerLanguage(const QString &code);

Q_SIGNALS:
    void screenChanged(Kiosk::Ui::KioskWindow::Screen screen);
    /** An order of this window reached a final status and the result screen shows it. */
    void saleFinished(const Kiosk::Order &order);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateConnectionBanner();
    void setScreen(Screen screen);
    void onOrderChanged(qint64 orderId, const Kiosk::Order &order);
    void showOutcome(const Kiosk::Order &order);
    void newSale(bool keepBasket);
    void buildSelfService(const QLocale &locale);
    void armInactivity(Screen screen);
    void walkAway();
    void makeRoomForKeyboard();
    /** Self-service: basket, e-mail and category cleared, back to the attract screen. */
    void startOver();
    bool confirmLeaveKioskMode();
    /** Shift+Esc: the manager PIN, then the kiosk closes. */
    void requestLeaveKioskMode();

    Kiosk::TillService &m_service;
    Kiosk::ManagerService &m_managerService;
    Kiosk::PinVault *m_vault;
    KioskWindowOptions m_options;
    Kiosk::Catalog m_catalog; ///< the service's snapshot; the cart and cashier screen read it
    Kiosk::Cart *m_cart = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_connectionBanner = nullptr;
    QPushButton *m_managerButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    CashierScreen *m_cashier = nullptr;
    QPointer<CashDialog> m_cashDialog;
    AttractScreen *m_attract = nullptr;
    SelfOrderScreen *m_selfOrder = nullptr;
    ReviewScreen *m_review = nullptr;
    InactivityWatch *m_inactivity = nullptr;
    StillThereOverlay *m_stillThere = nullptr;
    QString m_shopLanguage; ///< self-service: the language each customer starts in
    /** Self-service: the customer's "Larger text" choice, until the attract screen comes back. */
    void setLargeText(bool on);
    Theme m_shopTheme;
    bool m_walkedAway = false; ///< the walk-away guard is cancelling the order being paid
    CheckoutScreen *m_checkout = nullptr;
    ResultScreen *m_result = nullptr;
    ManagerScreen *m_manager = nullptr;
    std::optional<qint64> m_orderId;
    bool m_paymentStarting = false; ///< between Pay and the service's answer
    bool m_closeAllowed = false;
};

} // namespace Kiosk::Ui
