// SPDX-License-Identifier: MIT
#pragma once

#include "ManagerService.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace Kiosk::Ui {

/**
 * Refunds a paid order: the whole remainder, chosen lines and quantities (spin boxes bounded by
 * what is left of each line), or an amount typed in the locale's format (AmountInput), with a
 * reason. Every change asks ManagerService::planRefund (debounced by kPlanDebounceMs); the plan
 * says what the customer gets back, tax included, and a planning error is shown next to the
 * field it is about. Confirm is enabled only for a current plan, and sends refundOrder() once:
 * it disables itself and ignores every further press, so a double tap never sends two refunds.
 * The answer (pending, succeeded, failed) replaces the form; a pending refund is followed through
 * ordersChanged until it settles. Then the refund receipt can be saved as PDF or printed.
 */
class RefundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDialog)

public:
    static constexpr int kPlanDebounceMs = 150;

    RefundDialog(
        Kiosk::ManagerService *service, Kiosk::OrderDetails details, QString shopName, QWidget *parent = nullptr);
    ~RefundDialog() override;

    enum class Choice { WholeOrder, Lines, Amount };
    void choose(Choice choice);
    [[nodiscard]] QRadioButton *choiceButton(Choice choice) const;
    /** The quantity to refund of line `row` (0-based). */
    [[nodiscard]] QSpinBox *quantityBox(int row) const;
    [[nodiscard]] QLineEdit *amountEdit() const { return m_amount; }
    [[nodiscard]] QComboBox *reasonBox() const { return m_reason; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    /** The plan's summary ("The customer gets back …"), empty while there is none. */
    [[nodiscard]] QString summaryText() const;
    /** The error next to the chosen field, empty when none. */
    [[nodiscard]] QString fieldErrorText() const;
    /** After the refund: what happened to it, plainly. */
    [[nodiscard]] QString outcomeText() const;
    [[nodiscard]] const std::optional<Kiosk::OrderRefund> &refund() const { return m_refund; }
    [[nodiscard]] const std::optional<Kiosk::RefundPlan> &plan() const { return m_plan; }

    /** Presses Confirm (what its click does). */
    void confirm();
    /** Writes the refund receipt (after the refund); errors name the path. */
    [[nodiscard]] Kiosk::Status saveReceiptPdf(const QString &path) const;

Q_SIGNALS:
    /** A plan (or its error) arrived for the current input and is shown. */
    void planShown();
    /** refundOrder answered: the refund, or the error (nothing was refunded). */
    void refundAnswered();
    /** The refund's status changed after the first answer (a pending refund settled). */
    void refundUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void inputChanged();
    void requestPlan();
    void showPlan(const Kiosk::Result<Kiosk::RefundPlan> &plan);
    void showOutcome();
    void followRefund();
    [[nodiscard]] std::optional<Kiosk::RefundOrderRequest> currentRequest();
    [[nodiscard]] Choice currentChoice() const;
    [[nodiscard]] QString money(qint64 minor) const;
    [[nodiscard]] QLabel *errorLabelFor(Choice choice) const;
    void setFieldError(Choice choice, const QString &message);
    void chooseReceiptFile();
    void updateModeInputs();
    /** The plan or outcome lines under the form, the first in bold. */
    void setSummary(const QStringList &lines);
    void printReceipt();

    Kiosk::ManagerService *m_service;
    Kiosk::OrderDetails m_details;
    QString m_shopName;
    qint64 m_remaining = 0;

    QLabel *m_heading = nullptr;
    QLabel *m_paidInfo = nullptr;
    QWidget *m_form = nullptr;
    QButtonGroup *m_choices = nullptr;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_byLines = nullptr;
    QRadioButton *m_byAmount = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_wholeError = nullptr;
    QLabel *m_linesError = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountHint = nullptr;
    QLabel *m_amountError = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QComboBox *m_reason = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_planDebounce = nullptr;

    quint64 m_planGeneration = 0;
    std::optional<Kiosk::RefundOrderRequest> m_planRequest; ///< what m_plan was made for
    std::optional<Kiosk::RefundPlan> m_plan;
    bool m_sending = false; ///< refundOrder() asked and not yet answered, or answered
    std::optional<Kiosk::OrderRefund> m_refund;
    QString m_sendError;
    QString m_summaryText;
};

} // namespace Kiosk::Ui
