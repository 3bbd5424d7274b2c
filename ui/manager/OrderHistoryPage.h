// SPDX-License-Identifier: MIT
#pragma once

#include "OrderStore.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace Kiosk::Ui {

class OrderCsvExportJob;
class OrderHistoryModel;

/**
 * The order history: filters (date range, status, text debounced by kTextDebounceMs), the lazily
 * paged table, totals per currency for the current filter, order details on double-click or
 * Enter, and CSV export of everything the filter matches. The store must outlive the page.
 */
class OrderHistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderHistoryPage)

public:
    static constexpr int kTextDebounceMs = 250;

    explicit OrderHistoryPage(Kiosk::OrderStore *store, QWidget *parent = nullptr);
    ~OrderHistoryPage() override;

    [[nodiscard]] OrderHistoryModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    /** The filter built from the controls (local dates turned into UTC instants). */
    [[nodiscard]] Kiosk::HistoryFilter currentFilter() const;
    /** "USD $1,234.50 · 57 orders", one entry per currency. */
    [[nodiscard]] QString totalsText() const;
    /** Writes the current filter's orders as CSV to path (atomically), blocking. Returns rows written. */
    Kiosk::Result<qint64> exportCsv(const QString &path);
    /**
     * What "Export CSV…" does once a path is chosen: writes the current filter's orders to path on
     * a worker thread with its own store connection, behind a modal progress dialog whose Cancel
     * stops the export and leaves no file. Ends with a message box and exportFinished(). Ignored
     * while an export is running.
     */
    void startExport(const QString &path);
    [[nodiscard]] bool isExporting() const { return m_exportThread != nullptr; }
    /** The progress dialog of the running export, or nullptr. */
    [[nodiscard]] QProgressDialog *exportProgressDialog() const { return m_exportProgress; }
    /** Opens the details dialog for a row (modal). */
    void showDetails(int row);

Q_SIGNALS:
    /** Emitted whenever the filter has been applied and the table and totals are current. */
    void filterApplied();
    /**
     * Emitted on the UI thread just before the job starts on its worker thread; an observer may
     * connect to the job's signals here (a direct connection then runs in the worker thread).
     */
    void exportStarted(Kiosk::Ui::OrderCsvExportJob *job);
    /** The export ended: ok with the message shown, or not ok (failed or cancelled). */
    void exportFinished(bool ok, const QString &message);

private:
    void applyFilter();
    void updateTotals();
    void chooseExportFile();
    void refreshKeepingPosition();
    void showExportProgress(qint64 written, qint64 total);
    void finishExport(qint64 written, const QString &error, bool cancelled);
    void stopExportThread();

    Kiosk::OrderStore *m_store;
    OrderHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_textDebounce = nullptr;
    QTimer *m_changeDebounce = nullptr;
    QThread *m_exportThread = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QProgressBar *m_exportBar = nullptr; // owned by m_exportProgress
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    QString m_exportPath;
};

} // namespace Kiosk::Ui
