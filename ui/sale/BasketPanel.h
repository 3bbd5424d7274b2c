// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Kiosk {
class Cart;
}

namespace Kiosk::Ui {

/**
 * The basket beside the product grid: one row per line with − / + / remove, Clear, the total in
 * large type, an optional receipt email and the Pay button. Pay is enabled only when the cart can
 * be charged and the email (if any) is well-formed; otherwise payHint() says why. Follows the cart
 * through Cart::changed(); the cart must outlive the panel.
 */
class BasketPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasketPanel)

public:
    BasketPanel(Kiosk::Cart *cart, const QLocale &locale, QWidget *parent = nullptr);

    [[nodiscard]] QString totalText() const;
    [[nodiscard]] QString payHint() const;
    [[nodiscard]] bool canPay() const;
    [[nodiscard]] QString email() const;
    void clearEmail();
    [[nodiscard]] QLineEdit *emailEdit() const { return m_email; }
    [[nodiscard]] QPushButton *payButton() const { return m_pay; }

    /** Whether the text is empty or looks like a deliverable address. */
    static bool isAcceptableEmail(const QString &text);

Q_SIGNALS:
    /** The cashier pressed Pay; email is trimmed and may be empty. */
    void payRequested(const QString &email);
    /** A basket action failed (e.g. quantity limit); message is for people. */
    void problem(const QString &message);

private:
    void rebuildLines();
    void updateTotals();
    QWidget *makeLine(int index);

    Kiosk::Cart *m_cart;
    QLocale m_locale;
    QVBoxLayout *m_linesLayout = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_email = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace Kiosk::Ui
