// SPDX-License-Identifier: MIT
#include "OrderDetailsDialog.h"

#include "Money.h"
#include "OrderStatusStyle.h"
#include "OrderStore.h"

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

OrderDetailsDialog::OrderDetailsDialog(const Kiosk::OrderStore *store, qint64 orderId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("orderDetailsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_lines = makeTable({ tr("Product"), tr("SKU"), tr("Quantity"), tr("Unit price"), tr("Line total") }, this);
    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_history = makeTable({ tr("When"), tr("From"), tr("To"), tr("Source"), tr("Reason") }, this);
    m_history->setObjectName(QStringLiteral("statusHistory"));
    m_events = makeTable({ tr("Received"), tr("Event type"), tr("Event id") }, this);
    m_events->setObjectName(QStringLiteral("paymentEvents"));

    const auto order = store->order(orderId);
    if (!order.ok()) {
        setWindowTitle(tr("Order"));
        auto *error = new QLabel(tr("This order could not be loaded: %1").arg(order.error().message), this);
        error->setObjectName(QStringLiteral("errorMessage"));
        error->setWordWrap(true);
        layout->addWidget(error);
        m_lines->hide();
        m_history->hide();
        m_events->hide();
    } else {
        const Kiosk::Order &o = order.value();
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
        auto *status = new QLabel(Kiosk::displayName(o.status), this);
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
        layout->addLayout(form);

        for (const Kiosk::OrderLine &line : o.lines)
            addRow(m_lines,
                { line.name, line.sku, QString::number(line.quantity), money(line.unitAmount, o.currency),
                    money(line.lineTotal, o.currency) });

        const auto history = store->statusHistory(orderId);
        if (history.ok()) {
            for (const Kiosk::StatusChange &c : history.value())
                addRow(m_history,
                    { localTime(c.at), Kiosk::displayName(c.from), Kiosk::displayName(c.to), c.source, c.reason });
        }
        const auto events = store->events(orderId);
        if (events.ok()) {
            for (const Kiosk::PaymentEvent &e : events.value())
                addRow(m_events, { localTime(e.receivedAt), e.type, e.eventId });
        }

        auto *tabs = new QTabWidget(this);
        tabs->addTab(m_lines, tr("Items (%1)").arg(m_lines->rowCount()));
        tabs->addTab(m_history, tr("Status history (%1)").arg(m_history->rowCount()));
        tabs->addTab(m_events, tr("Payment events (%1)").arg(m_events->rowCount()));
        layout->addWidget(tabs, 1);
        for (QTableWidget *t : { m_lines, m_history, m_events })
            t->resizeColumnsToContents();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setMinimumHeight(48);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 600);
}

OrderDetailsDialog::~OrderDetailsDialog() = default;

} // namespace Kiosk::Ui
