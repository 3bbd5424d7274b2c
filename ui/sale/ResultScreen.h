// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"

#include <QLocale>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace Kiosk::Ui {

/**
 * The outcome of a sale as the backend decided it: Paid (order number, amount, receipt that can
 * be printed or saved as PDF), Cancelled, Expired, Failed or Needs review with the reason.
 * Returns to the till by itself after returnDelaySecs (visible countdown) or at a tap.
 *
 * What happens to the basket is said on screen: after Paid, Failed or Needs review the sale is
 * over ("New sale in 15 s"). After Cancelled or Expired both ways are offered, "Back to the
 * basket" (same customer, basket kept) and "New sale" (basket cleared); when nobody taps, a
 * cancelled sale goes back to its basket (the customer is usually still there, changing it) and
 * an expired one starts a new sale (the customer has usually left), and the countdown says which.
 */
class ResultScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultScreen)

public:
    /** Staffed: receipt with Save PDF and Print (through the print dialog). SelfService: no file
     *  or print dialog ever: a large pickup number, the receipt, Print straight to the default
     *  printer when there is one, and the e-mail receipt Stripe sends; top to bottom in portrait. */
    enum class Layout { Staffed, SelfService };

    ResultScreen(const QLocale &locale, QString shopName, QWidget *parent = nullptr, Layout layout = Layout::Staffed);

    /** The number a self-service customer listens for: the order number's sequence without its
     *  kiosk prefix and leading zeros ("K1-000123" gives "123"); the whole number if it has none. */
    [[nodiscard]] static QString pickupNumber(const QString &orderNumber);
    [[nodiscard]] QString pickupText() const;
    [[nodiscard]] QPushButton *savePdfButton() const { return m_savePdf; }
    [[nodiscard]] QPushButton *printButton() const { return m_print; }
    [[nodiscard]] QPushButton *newSaleButton() const { return m_newSale; }

    void setReturnDelaySecs(int secs) { m_delaySecs = qMax(1, secs); }
    [[nodiscard]] int returnDelaySecs() const { return m_delaySecs; }

    void showOrder(const Kiosk::Order &order);
    /** Whether "Back to the basket" is offered for an order that ended like this. */
    [[nodiscard]] static bool offersBasketBack(Kiosk::OrderStatus status);
    /** Whether the basket is kept when the countdown runs out. */
    [[nodiscard]] bool keepsBasketWhenIdle() const { return m_keepWhenIdle; }
    /** Saves the receipt of the shown order; asks for a file when path is empty. */
    Status saveReceiptPdf(const QString &path);

    [[nodiscard]] QString titleText() const;
    [[nodiscard]] QString detailText() const;
    [[nodiscard]] QString amountText() const;
    [[nodiscard]] QString countdownText() const;
    [[nodiscard]] const Kiosk::Order &order() const { return m_order; }

Q_SIGNALS:
    /** Time is up or the cashier tapped a button; keepBasket: back to the same basket. */
    void finished(bool keepBasket);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    /** Title, amount, detail, icon and receipt of m_order, in the current language. */
    void renderOrder();
    void tick();
    void finish(bool keepBasket);
    [[nodiscard]] QString countdownSentence() const;

    QLocale m_locale;
    QString m_shopName;
    Layout m_layout;
    Kiosk::Order m_order;
    int m_delaySecs = 15;
    int m_left = 0;
    bool m_keepWhenIdle = false;
    bool m_waitingForCashier = false; ///< the countdown stopped for the receipt

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_amount = nullptr;
    QLabel *m_detail = nullptr;
    QTextBrowser *m_receipt = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_newSale = nullptr;
    QPushButton *m_backToBasket = nullptr;
    QVBoxLayout *m_actions = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_pickup = nullptr;
    QLabel *m_pickupCaption = nullptr;
    QLabel *m_receiptNote = nullptr;
    QBoxLayout *m_root = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Kiosk::Ui
