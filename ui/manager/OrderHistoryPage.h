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
class QTableView;
class QTimer;

namespace Kiosk {
class ManagerService;
}

namespace Kiosk::Ui {

class OrderHistoryModel;

/**
 * The order history: filters (date range, status, text debounced by kTextDebounceMs), the lazily
 * paged table, totals per currency for the current filter, order details on double-click or
 * Enter, and CSV export of everything the filter matches, all through a ManagerService (which
 * must outlive the page) and all asynchronous.
 */
class OrderHistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderHistoryPage)

public:
    static constexpr int kTextDebounceMs = 250;

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

Q_SIGNALS:
    /** Emitted whenever the filter has been applied and its row count and totals have arrived. */
    void filterApplied();
    /** The totals line was updated (after a filter, a refresh or new orders). */
    void totalsUpdated();
    /** The export ended: ok with the message shown, or not ok (failed or cancelled). */
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void updateTotals();
    void chooseExportFile();
    void refreshKeepingPosition();
    void showExportProgress(qint64 written, qint64 total);
    void finishExport(const Kiosk::Result<qint64> &written);
    void maybeFinishApply();
    /** `all`: the filter's totals; `paid`: the same filter's paid orders (the takings). */
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
