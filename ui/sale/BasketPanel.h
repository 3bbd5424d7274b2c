// SPDX-License-Identifier: MIT
#pragma once

#include "CheckoutRequest.h"
#include "Result.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;
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
 *
 * The header counts the items; after a change the list scrolls to the line that changed, and a
 * line's button that had the keyboard focus keeps it. Clear empties at once and offers "Undo"
 * for undoSecs (gone as soon as the basket changes otherwise). The Tab order runs Clear, the
 * lines, the email, Pay; Enter or Space on Pay pays.
 */
class BasketPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasketPanel)

public:
    BasketPanel(Kiosk::Cart *cart, const QLocale &locale, QWidget *parent = nullptr);

    [[nodiscard]] QString totalText() const;
    /** The net and tax rows above the total, "Net €7.41\nTax 19% €1.20"; empty without tax. */
    [[nodiscard]] QString taxText() const;
    [[nodiscard]] QString payHint() const;
    [[nodiscard]] bool canPay() const;
    [[nodiscard]] QString email() const;
    void clearEmail();
    [[nodiscard]] QLineEdit *emailEdit() const { return m_email; }
    [[nodiscard]] QPushButton *payButton() const { return m_pay; }
    /** "Cash", beside Pay; shown only after setCashEnabled(true). */
    [[nodiscard]] QPushButton *cashButton() const { return m_cash; }
    void setCashEnabled(bool enabled);
    [[nodiscard]] QPushButton *clearButton() const { return m_clear; }
    [[nodiscard]] QPushButton *undoButton() const { return m_undo; }
    /** "3 items"; empty for an empty basket. */
    [[nodiscard]] QString itemCountText() const;
    /** Whether the line of this product is fully inside the visible part of the list. */
    [[nodiscard]] bool isLineVisible(const QString &productId) const;
    void setUndoSecs(int secs);

    /** Whether the text is empty or looks like a deliverable address. */
    static bool isAcceptableEmail(const QString &text);
    /** A basket error for people, in the current language (the cart's own text is English). */
    static QString describeProblem(const Kiosk::Error &error);

Q_SIGNALS:
    /** The cashier pressed Pay; email is trimmed and may be empty. */
    void payRequested(const QString &email);
    /** The cashier pressed Cash (enabled like Pay). */
    void cashRequested(const QString &email);
    /** A basket action failed (e.g. quantity limit); message is for people. */
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildLines();
    void updateTotals();
    QWidget *makeLine(int index);
    void clearWithUndo();
    void undoClear();
    void hideUndo();

    Kiosk::Cart *m_cart;
    QLocale m_locale;
    QVBoxLayout *m_linesLayout = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_totalCaption = nullptr;
    QLabel *m_undoText = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_taxCaptions = nullptr;
    QLabel *m_taxAmounts = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_email = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_cash = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_undoBar = nullptr;
    QPushButton *m_undo = nullptr;
    QTimer *m_undoTimer = nullptr;
    QList<CheckoutLine> m_undoLines; ///< the lines of the cleared basket
    QHash<QString, int> m_shownQuantities; ///< line key → what the rows showed, to find the changed line
    bool m_restoring = false;
};

} // namespace Kiosk::Ui
