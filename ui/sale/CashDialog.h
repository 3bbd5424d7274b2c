// SPDX-License-Identifier: MIT
#pragma once

#include "Currency.h"

#include <QDialog>
#include <QLocale>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kiosk::Ui {

/**
 * Taking cash at a staffed till: the amount due (after the shop's cash rounding), the amount
 * tendered (typed in the till's language, AmountInput; or a quick button: exact, and the next
 * round notes above the due), and the change in large type. Confirm (the default button: Enter)
 * is enabled once enough is tendered; the dialog then closes with tendered(). One request id per
 * dialog, so a double tap or a retry of the same confirmation pays once.
 */
class CashDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashDialog)

public:
    CashDialog(
        qint64 due, qint64 rounding, const Kiosk::Currency &currency, const QLocale &locale, QWidget *parent = nullptr);

    /** What the customer handed over, minor units (valid once accepted). */
    [[nodiscard]] qint64 tendered() const { return m_tendered; }
    [[nodiscard]] qint64 roundedDue() const { return m_due; }
    [[nodiscard]] const QString &requestId() const { return m_requestId; }
    [[nodiscard]] QString changeText() const;
    [[nodiscard]] QLineEdit *tenderedEdit() const { return m_edit; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    [[nodiscard]] QList<QPushButton *> quickButtons() const { return m_quick; }

    /** The quick amounts for `due`: exactly the due, then the next multiples of round notes
     *  (the currency's 5, 10, 20, 50, 100 units) above it, at most `count`, ascending. Pure. */
    static QList<qint64> quickAmounts(qint64 due, const Kiosk::Currency &currency, int count = 4);

private:
    void update();

    Kiosk::Currency m_currency;
    QLocale m_locale;
    qint64 m_due = 0;
    qint64 m_tendered = 0;
    QString m_requestId;
    QLineEdit *m_edit = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_confirm = nullptr;
    QList<QPushButton *> m_quick;
};

} // namespace Kiosk::Ui
