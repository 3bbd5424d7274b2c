// SPDX-License-Identifier: MIT
#include "OrderDetailsDialog.h"

#include "ManagerService.h"
#include "Money.h"
#include "OrderStatusStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kiosk::Ui {

namespace {

QString money(qint64 minor, const QString &currency)
{
    const auto m = Kiosk::Money::fromMinor(minor, currency);
    return m.ok() ? m.value().format(QLocale()) : QString::number(minor) + QLatin1Char(' ') + currency;
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

OrderDetailsDialog::OrderDetailsDialog(Kiosk::ManagerService *service, qint64 orderId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("orderDetailsDialog"));
    setWindowTitle(tr("Order"));
    auto *layout = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);
    m_lines = makeTable({ tr("Product"), tr("SKU"), tr("Quantity"), tr("Unit price"), tr("Line total") }, this);
    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_history = makeTable(
        { tr("When"), tr("From", "previous status"), tr("To", "new status"), tr("Source"), tr("Reason") }, this);
    m_history->setObjectName(QStringLiteral("statusHistory"));
    m_events = makeTable({ tr("Received"), tr("Event type"), tr("Event id") }, this);
    m_events->setObjectName(QStringLiteral("paymentEvents"));
    for (QTableWidget *t : { m_lines, m_history, m_events })
        t->hide(); // shown in the tabs once the order has arrived
    auto *loading = new QLabel(tr("Loading the order\u2026"), this);
    loading->setObjectName(QStringLiteral("loadingMessage"));
    m_body->addWidget(loading);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setMinimumHeight(48);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 600);

    service->orderDetails(orderId, this, [this, loading](Kiosk::Result<Kiosk::OrderDetails> details) {
        delete loading;
        if (details.ok())
            showDetails(details.value());
        else
            showError(details.error().message);
        m_loaded = true;
        Q_EMIT loaded();
    });
}

void OrderDetailsDialog::showError(const QString &message)
{
    auto *error = new QLabel(tr("This order could not be loaded: %1").arg(message), this);
    error->setObjectName(QStringLiteral("errorMessage"));
    error->setWordWrap(true);
    m_body->addWidget(error);
}

void OrderDetailsDialog::showDetails(const Kiosk::OrderDetails &details)
{
    const Kiosk::Order &o = details.order;
    setWindowTitle(tr("Order %1").arg(o.number));
    auto *form = new QFormLayout;
    const auto addField = [form, this](const QString &label, const QString &value, const char *name) {
        if (value.isEmpty())
            return;
        auto *v = new QLabel(value, this);
        v->setObjectName(QLatin1String(name));
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, v);
    };
    addField(tr("Order"), o.number, "fieldNumber");
    auto *status = new QLabel(OrderStatusStyle::displayName(o.status), this);
    status->setObjectName(QStringLiteral("fieldStatus"));
    QPalette pal = status->palette();
    pal.setColor(QPalette::WindowText, OrderStatusStyle::color(o.status));
    status->setPalette(pal);
    form->addRow(tr("Status"), status);
    addField(tr("Reason"), o.statusReason, "fieldReason");
    addField(tr("Created"), localTime(o.createdAt), "fieldCreated");
    addField(tr("Paid"), localTime(o.paidAt), "fieldPaid");
    addField(tr("Subtotal"), money(o.amountSubtotal, o.currency), "fieldSubtotal");
    addField(tr("Total"), money(o.amountTotal, o.currency), "fieldTotal");
    addField(tr("Customer email"), o.customerEmail, "fieldEmail");
    addField(tr("Kiosk"), o.kioskId, "fieldKiosk");
    addField(tr("Cashier"), o.cashier, "fieldCashier");
    addField(tr("Checkout session"), o.sessionId, "fieldSession");
    addField(tr("Payment"), o.paymentIntent, "fieldPaymentIntent");
    m_body->addLayout(form);

    for (const Kiosk::OrderLine &line : o.lines)
        addRow(m_lines,
            { line.name, line.sku, QString::number(line.quantity), money(line.unitAmount, o.currency),
                money(line.lineTotal, o.currency) });
    for (const Kiosk::StatusChange &c : details.statusHistory)
        addRow(m_history,
            { localTime(c.at), OrderStatusStyle::displayName(c.from), OrderStatusStyle::displayName(c.to), c.source,
                c.reason });
    for (const Kiosk::PaymentEvent &e : details.events)
        addRow(m_events, { localTime(e.receivedAt), e.type, e.eventId });

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_lines, tr("Items (%1)").arg(m_lines->rowCount()));
    tabs->addTab(m_history, tr("Status history (%1)").arg(m_history->rowCount()));
    tabs->addTab(m_events, tr("Payment events (%1)").arg(m_events->rowCount()));
    for (QTableWidget *t : { m_lines, m_history, m_events })
        t->show();
    m_body->addWidget(tabs, 1);
    for (QTableWidget *t : { m_lines, m_history, m_events })
        t->resizeColumnsToContents();
}

OrderDetailsDialog::~OrderDetailsDialog() = default;

} // namespace Kiosk::Ui
