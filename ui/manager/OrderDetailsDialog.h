// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QTableWidget;

namespace Kiosk {
class OrderStore;
}

namespace Kiosk::Ui {

/**
 * One order in full: header fields, its lines, the status history and the Stripe event timeline
 * (type, received time, event id). Reads everything once on construction; a store error is shown
 * in the dialog instead of the data.
 */
class OrderDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailsDialog)

public:
    OrderDetailsDialog(const Kiosk::OrderStore *store, qint64 orderId, QWidget *parent = nullptr);
    ~OrderDetailsDialog() override;

    [[nodiscard]] QTableWidget *linesTable() const { return m_lines; }
    [[nodiscard]] QTableWidget *historyTable() const { return m_history; }
    [[nodiscard]] QTableWidget *eventsTable() const { return m_events; }

private:
    QTableWidget *m_lines = nullptr;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_events = nullptr;
};

} // namespace Kiosk::Ui
