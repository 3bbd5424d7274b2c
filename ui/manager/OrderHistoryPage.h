// SPDX-License-Identifier: MIT
#pragma once

#include "OrderStore.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Kiosk::Ui {

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
    /** Writes the current filter's orders as CSV to path (atomically). Returns rows written. */
    Kiosk::Result<qint64> exportCsv(const QString &path);
    /** Opens the details dialog for a row (modal). */
    void showDetails(int row);

Q_SIGNALS:
    /** Emitted whenever the filter has been applied and the table and totals are current. */
    void filterApplied();

private:
    void applyFilter();
    void updateTotals();
    void chooseExportFile();
    void refreshKeepingPosition();

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
};

} // namespace Kiosk::Ui
