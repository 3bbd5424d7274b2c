// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryFilter.h"
#include "Result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QToolButton;
class QTableView;
class QTimer;

namespace Kiosk {
class Clock;
class ManagerService;
} // namespace Kiosk

namespace Kiosk::Ui {

class OrderHistoryModel;

/**
 * The order history: filters (date range with presets and clearable bounds, status, text
 * debounced by kTextDebounceMs), the lazily paged table, totals per currency for the current
 * filter (the takings, net of refunds, apart from the orders that took no money), order details
 * on double-click or Enter, and CSV export of everything the filter matches, all through a
 * ManagerService (which must outlive the page) and all asynchronous.
 */
class OrderHistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderHistoryPage)

public:
    static constexpr int kTextDebounceMs = 250;
    /** The date presets, in the order of the period box. */
    enum class Period { AllDates, Today, Yesterday, ThisWeek, ThisMonth, Chosen };

    explicit OrderHistoryPage(Kiosk::ManagerService *service, QWidget *parent = nullptr);
    ~OrderHistoryPage() override;

    [[nodiscard]] OrderHistoryModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    /** The filter built from the controls (local dates turned into UTC instants). */
    [[nodiscard]] Kiosk::HistoryFilter currentFilter() const;
    /** "USD $1,234.50 · 57 orders", one entry per currency. */
    [[nodiscard]] QString totalsText() const;
    /**
     * What "Export CSV…" does once a path is chosen: has the service write the current filter's
     * orders to path, behind a modal progress dialog whose Cancel stops the export and leaves no
     * file. Ends with a message box and exportFinished(). Ignored while an export is running.
     */
    void startExport(const QString &path);
    [[nodiscard]] bool isExporting() const { return m_exportId != 0; }
    /** The progress dialog of the running export, or nullptr. */
    [[nodiscard]] QProgressDialog *exportProgressDialog() const { return m_exportProgress; }
    /** Opens the details dialog for a row (modal). */
    void showDetails(int row);

    /** Where "today" comes from for the presets and the date pickers (default Clock::system());
     *  must outlive the page. Days are the shop's local days. */
    void setClock(const Kiosk::Clock *clock);
    /** Sets both dates to the period (in the shop's local time); Chosen leaves them. */
    void choosePeriod(Period period);
    [[nodiscard]] Period currentPeriod() const;
    /** The shop's name for refund receipts. */
    void setShopName(const QString &name) { m_shopName = name; }

Q_SIGNALS:
    /** Emitted whenever the filter has been applied and its row count and totals have arrived. */
    void filterApplied();
    /** The totals line was updated (after a filter, a refresh or new orders). */
    void totalsUpdated();
    /** The export ended: ok with the message shown, or not ok (failed or cancelled). */
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    [[nodiscard]] QDate today() const;
    void datesEdited();
    void applyFilter();
    void updateTotals();
    void chooseExportFile();
    void refreshKeepingPosition();
    void showExportProgress(qint64 written, qint64 total);
    void finishExport(const Kiosk::Result<qint64> &written);
    void maybeFinishApply();
    /** `all`: the filter's totals; `paid`: the same filter's orders that took money (paid,
     *  partially refunded, refunded) with their refunds: the takings. */
    void showTotals(
        const Kiosk::Result<QList<Kiosk::CurrencyTotal>> &all, const Kiosk::Result<QList<Kiosk::CurrencyTotal>> &paid);

    Kiosk::ManagerService *m_service;
    OrderHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QComboBox *m_period = nullptr;
    QToolButton *m_clearFrom = nullptr;
    QToolButton *m_clearTo = nullptr;
    const Kiosk::Clock *m_clock = nullptr;
    bool m_applyingPeriod = false;
    QString m_shopName;
    QTimer *m_textDebounce = nullptr;
    QTimer *m_changeDebounce = nullptr;
    qint64 m_exportId = 0; ///< the running export, 0 when none
    bool m_exportCancelling = false;
    QProgressDialog *m_exportProgress = nullptr;
    QProgressBar *m_exportBar = nullptr; // owned by m_exportProgress
    bool m_applyCountPending = false; ///< filterApplied() waits for the count ...
    bool m_applyTotalsPending = false; ///< ... and the totals
    std::optional<int> m_restoreScroll; ///< where to scroll back to once a refresh arrives
    quint64 m_totalsGeneration = 0;
    QString m_exportPath;
};

} // namespace Kiosk::Ui
