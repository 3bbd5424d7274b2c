// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QTableWidget;
class QVBoxLayout;

namespace Kiosk {
class ManagerService;
struct OrderDetails;
} // namespace Kiosk

namespace Kiosk::Ui {

/**
 * One order in full: header fields, its lines, the status history and the Stripe event timeline
 * (type, received time, event id). Asks the service once on construction and fills in when the
 * answer arrives (loaded()); an error is shown in the dialog instead of the data.
 */
class OrderDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailsDialog)

public:
    OrderDetailsDialog(Kiosk::ManagerService *service, qint64 orderId, QWidget *parent = nullptr);
    ~OrderDetailsDialog() override;

    [[nodiscard]] QTableWidget *linesTable() const { return m_lines; }
    [[nodiscard]] QTableWidget *historyTable() const { return m_history; }
    [[nodiscard]] QTableWidget *eventsTable() const { return m_events; }
    /** Whether the service's answer has arrived (and loaded() been emitted). */
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    /** The order arrived and is shown, or the error is. */
    void loaded();

private:
    void showDetails(const Kiosk::OrderDetails &details);
    void showError(const QString &message);

    QVBoxLayout *m_body = nullptr;
    QTableWidget *m_lines = nullptr;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_events = nullptr;
    bool m_loaded = false;
};

} // namespace Kiosk::Ui
