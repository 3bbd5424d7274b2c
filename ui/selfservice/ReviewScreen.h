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
 * The self-service customer checks their order: one row per line with large − / + and Remove,
 * the total, an optional e-mail for Stripe's receipt (typed on the on-screen keyboard), "Add
 * more" and "Pay". Pay is enabled for a basket that can be charged and an e-mail that is empty or
 * well-formed. Follows the cart; the cart must outlive the screen.
 */
class ReviewScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewScreen)

public:
    ReviewScreen(Kiosk::Cart *cart, const QLocale &locale, QWidget *parent = nullptr);

    [[nodiscard]] QString email() const;
    void clearEmail();
    [[nodiscard]] QLineEdit *emailEdit() const { return m_email; }
    [[nodiscard]] QPushButton *payButton() const { return m_pay; }
    [[nodiscard]] QPushButton *backButton() const { return m_back; }
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] QString hintText() const;
    /** A problem to show under the total (e.g. the payment could not start). */
    void showProblem(const QString &message);
    /** The row's buttons for a product: "minus", "plus" or "remove"; null when not shown. */
    [[nodiscard]] QPushButton *lineButton(const QString &productId, const QString &which) const;

Q_SIGNALS:
    void backRequested();
    void payRequested(const QString &email);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updatePay();

    Kiosk::Cart *m_cart;
    QLocale m_locale;
    QVBoxLayout *m_lines = nullptr;
    QWidget *m_linesHost = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_email = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_pay = nullptr;
};

} // namespace Kiosk::Ui
