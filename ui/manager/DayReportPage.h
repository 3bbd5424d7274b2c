// SPDX-License-Identifier: MIT
#pragma once

#include "ReconciledDayReport.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Kiosk {
class DayReportService;
} // namespace Kiosk

namespace Kiosk::Ui {

/**
 * The manager's "Day report" page (issue 11 §5): choose a business day and a till (empty: the
 * whole shop), see its figures per currency next to Stripe's, every discrepancy with its order
 * number and Stripe id, close the day with the counted cash (or record a correction of a closed
 * one), save it as PDF or CSV, and browse the closed days. The PIN was given to open the manager
 * screen. Does not own the service; it must outlive the page.
 */
class DayReportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayReportPage)

public:
    explicit DayReportPage(Kiosk::DayReportService *service, QWidget *parent = nullptr);

    /** Loads the report of the chosen day and till, and the list of closed days. */
    void refresh();
    void setDate(QDate date);
    [[nodiscard]] const std::optional<Kiosk::ReconciledDayReport> &report() const { return m_report; }
    /** The report as CSV (one section per currency, then the discrepancies). */
    [[nodiscard]] QByteArray csv() const;
    /** The report as the HTML the PDF is printed from. */
    [[nodiscard]] QString html() const;

Q_SIGNALS:
    /** A report (or an error) was shown. */
    void reportShown();
    /** A close was stored (number) or refused (0). */
    void closeFinished(qint64 number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showReport();
    void loadClosedDays();
    void closeDay();
    void savePdf();
    void saveCsv();
    [[nodiscard]] QString kindText(const QString &kind) const;

    Kiosk::DayReportService *m_service;
    std::optional<Kiosk::ReconciledDayReport> m_report;
    QString m_error;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_tillLabel = nullptr;
    QLineEdit *m_till = nullptr;
    QPushButton *m_show = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_figuresTitle = nullptr;
    QTableWidget *m_figures = nullptr;
    QLabel *m_discrepanciesTitle = nullptr;
    QTableWidget *m_discrepancies = nullptr;
    QLabel *m_cashLabel = nullptr;
    QLineEdit *m_cash = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QLabel *m_closedTitle = nullptr;
    QTableWidget *m_closedDays = nullptr;
};

} // namespace Kiosk::Ui
