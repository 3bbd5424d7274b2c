// SPDX-License-Identifier: MIT
#pragma once

#include "ManagerService.h"

#include <QDialog>

#include <optional>

class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace Kiosk::Ui {

/**
 * One order in full: header fields, its lines, its refunds with their status, the status history
 * and the Stripe event timeline (type, received time, event id). Asks the service on
 * construction and again whenever ordersChanged says something moved, and fills in when the
 * answer arrives (loaded()); an error is shown in the dialog instead of the data.
 *
 * A paid or partially refunded order with money left has "Refund…", which opens a
 * RefundDialog; the selected refund's receipt can be saved as PDF.
 */
class OrderDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailsDialog)

public:
    OrderDetailsDialog(Kiosk::ManagerService *service, qint64 orderId, QWidget *parent = nullptr);
    ~OrderDetailsDialog() override;

    [[nodiscard]] QTableWidget *linesTable() const { return m_lines; }
    [[nodiscard]] QTableWidget *refundsTable() const { return m_refunds; }
    [[nodiscard]] QTableWidget *historyTable() const { return m_history; }
    [[nodiscard]] QTableWidget *eventsTable() const { return m_events; }
    [[nodiscard]] QPushButton *refundButton() const { return m_refund; }
    /** Whether the service's answer has arrived (and loaded() been emitted). */
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    /** The shop's name for refund receipts. */
    void setShopName(const QString &name) { m_shopName = name; }
    /** The order as last loaded. */
    [[nodiscard]] const std::optional<Kiosk::OrderDetails> &details() const { return m_details; }

    /** What "Refund…" does: opens the refund dialog (modal unless `modal` is false, for tests)
     *  and returns it; nullptr when this order cannot be refunded. */
    QDialog *openRefund(bool modal = true);

Q_SIGNALS:
    /** The order arrived and is shown, or the error is (after every reload too). */
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showDetails(const Kiosk::OrderDetails &details);
    void showError(const QString &message);
    void saveSelectedRefundReceipt();
    [[nodiscard]] bool canRefund() const;

    Kiosk::ManagerService *m_service;
    qint64 m_orderId;
    QString m_shopName;
    QVBoxLayout *m_body = nullptr;
    QWidget *m_content = nullptr;
    QTableWidget *m_lines = nullptr;
    QTableWidget *m_refunds = nullptr;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_events = nullptr;
    QPushButton *m_refund = nullptr;
    QPushButton *m_refundReceipt = nullptr;
    std::optional<Kiosk::OrderDetails> m_details;
    bool m_loaded = false;
    bool m_reloadPending = false;
};

} // namespace Kiosk::Ui
