// SPDX-License-Identifier: MIT
#include "OrderDetailsDialog.h"

#include "Money.h"
#include "OrderStatusStyle.h"
#include "RefundDialog.h"
#include "RefundReceiptDocument.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
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
    , m_service(service)
    , m_orderId(orderId)
{
    setObjectName(QStringLiteral("orderDetailsDialog"));
    setWindowTitle(tr("Order"));
    auto *layout = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);
    m_content = new QLabel(tr("Loading the order\u2026"), this);
    m_content->setObjectName(QStringLiteral("loadingMessage"));
    m_body->addWidget(m_content);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setMinimumHeight(48);
    m_refund = buttons->addButton(tr("Refund\u2026"), QDialogButtonBox::ActionRole);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_refund->setMinimumHeight(48);
    m_refund->setAutoDefault(false);
    m_refund->setEnabled(false);
    m_refund->hide();
    m_refundReceipt = buttons->addButton(tr("Refund receipt (PDF)\u2026"), QDialogButtonBox::ActionRole);
    m_refundReceipt->setObjectName(QStringLiteral("refundReceiptButton"));
    m_refundReceipt->setMinimumHeight(48);
    m_refundReceipt->setAutoDefault(false);
    m_refundReceipt->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refund, &QPushButton::clicked, this, [this] { openRefund(); });
    connect(m_refundReceipt, &QPushButton::clicked, this, &OrderDetailsDialog::saveSelectedRefundReceipt);
    // A refund settles later (webhook, sweep): the dialog follows it.
    connect(service, &Kiosk::ManagerService::ordersChanged, this, &OrderDetailsDialog::reload);
    layout->addWidget(buttons);
    resize(860, 600);
    reload();
}

void OrderDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_loaded)
        reload(); // texts and amounts in the new language
    QDialog::changeEvent(event);
}

void OrderDetailsDialog::reload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    m_service->orderDetails(m_orderId, this, [this](Kiosk::Result<Kiosk::OrderDetails> details) {
        m_reloadPending = false;
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
    delete m_content;
    m_lines = m_refunds = m_history = m_events = nullptr;
    auto *error = new QLabel(tr("This order could not be loaded: %1").arg(message), this);
    error->setObjectName(QStringLiteral("errorMessage"));
    error->setWordWrap(true);
    m_content = error;
    m_body->addWidget(error);
    m_refund->hide();
    m_refundReceipt->hide();
}

bool OrderDetailsDialog::canRefund() const
{
    if (!m_details)
        return false;
    const Kiosk::Order &o = m_details->order;
    return (o.status == Kiosk::OrderStatus::Paid || o.status == Kiosk::OrderStatus::PartiallyRefunded)
        && o.amountRefunded < o.amountTotal;
}

void OrderDetailsDialog::showDetails(const Kiosk::OrderDetails &details)
{
    m_details = details;
    const Kiosk::Order &o = details.order;
    setWindowTitle(tr("Order %1").arg(o.number));
    // A reload (a refund settled) keeps the tab the manager was looking at.
    const auto *oldTabs = m_content->findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
    const int shownTab = oldTabs ? oldTabs->currentIndex() : 0;
    delete m_content;
    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    const auto addField = [form, this](const QString &label, const QString &value, const char *name) {
        if (value.isEmpty())
            return;
        auto *v = new QLabel(value, m_content);
        v->setObjectName(QLatin1String(name));
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, v);
    };
    addField(tr("Order"), o.number, "fieldNumber");
    auto *status = new QLabel(OrderStatusStyle::displayName(o.status), m_content);
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
    if (o.amountRefunded > 0)
        addField(tr("Refunded"),
            tr("%1 (%2 left)")
                .arg(money(o.amountRefunded, o.currency), money(o.amountTotal - o.amountRefunded, o.currency)),
            "fieldRefunded");
    addField(tr("Customer email"), o.customerEmail, "fieldEmail");
    addField(tr("Kiosk"), o.kioskId, "fieldKiosk");
    addField(tr("Cashier"), o.cashier, "fieldCashier");
    addField(tr("Checkout session"), o.sessionId, "fieldSession");
    addField(tr("Payment"), o.paymentIntent, "fieldPaymentIntent");
    contentLayout->addLayout(form);

    m_lines = makeTable({ tr("Product"), tr("SKU"), tr("Quantity"), tr("Unit price"), tr("Line total") }, m_content);
    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_refunds = makeTable(
        { tr("When"), tr("Amount"), tr("Status"), tr("Reason"), tr("Items", "refunded items"), tr("Stripe refund") },
        m_content);
    m_refunds->setObjectName(QStringLiteral("orderRefunds"));
    m_refunds->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history = makeTable(
        { tr("When"), tr("From", "previous status"), tr("To", "new status"), tr("Source"), tr("Reason") }, m_content);
    m_history->setObjectName(QStringLiteral("statusHistory"));
    m_events = makeTable({ tr("Received"), tr("Event type"), tr("Event id") }, m_content);
    m_events->setObjectName(QStringLiteral("paymentEvents"));

    for (const Kiosk::OrderLine &line : o.lines)
        addRow(m_lines,
            { line.name, line.sku, QString::number(line.quantity), money(line.unitAmount, o.currency),
                money(line.lineTotal, o.currency) });
    for (const Kiosk::OrderRefund &r : details.refunds) {
        QStringList items;
        for (const Kiosk::RefundLine &l : r.lines) {
            const QString name
                = l.line >= 1 && l.line <= o.lines.size() ? o.lines.at(l.line - 1).name : tr("Line %1").arg(l.line);
            items << tr("%1 \u00d7 %2", "quantity × product name").arg(QLocale().toString(l.quantity), name);
        }
        QString statusText = RefundReceiptDocument::statusText(r.status);
        if (!r.failureReason.isEmpty())
            statusText = tr("%1: %2", "refund status and why it failed").arg(statusText, r.failureReason);
        addRow(m_refunds,
            { localTime(r.createdAt), money(r.amount, r.currency.isEmpty() ? o.currency : r.currency), statusText,
                RefundReceiptDocument::reasonText(r.reason),
                items.isEmpty() ? tr("Amount only") : items.join(QStringLiteral(", ")), r.stripeRefundId });
    }
    for (const Kiosk::StatusChange &c : details.statusHistory)
        addRow(m_history,
            { localTime(c.at), OrderStatusStyle::displayName(c.from), OrderStatusStyle::displayName(c.to), c.source,
                c.reason });
    for (const Kiosk::PaymentEvent &e : details.events)
        addRow(m_events, { localTime(e.receivedAt), e.type, e.eventId });

    auto *tabs = new QTabWidget(m_content);
    tabs->setObjectName(QStringLiteral("detailsTabs"));
    tabs->addTab(m_lines, tr("Items (%1)").arg(m_lines->rowCount()));
    tabs->addTab(m_refunds, tr("Refunds (%1)").arg(m_refunds->rowCount()));
    tabs->addTab(m_history, tr("Status history (%1)").arg(m_history->rowCount()));
    tabs->addTab(m_events, tr("Payment events (%1)").arg(m_events->rowCount()));
    tabs->setCurrentIndex(shownTab);
    contentLayout->addWidget(tabs, 1);
    m_body->addWidget(m_content, 1);
    for (QTableWidget *t : { m_lines, m_refunds, m_history, m_events })
        t->resizeColumnsToContents();

    m_refund->setVisible(canRefund() || o.status == Kiosk::OrderStatus::Paid);
    m_refund->setEnabled(canRefund());
    m_refundReceipt->setVisible(!details.refunds.isEmpty());
    m_refundReceipt->setEnabled(false);
    connect(m_refunds, &QTableWidget::itemSelectionChanged, this,
        [this] { m_refundReceipt->setEnabled(m_refunds && !m_refunds->selectedItems().isEmpty()); });
}

QDialog *OrderDetailsDialog::openRefund(bool modal)
{
    if (!canRefund())
        return nullptr;
    auto *dialog = new RefundDialog(m_service, *m_details, m_shopName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (modal)
        dialog->open();
    else
        dialog->show();
    return dialog;
}

void OrderDetailsDialog::saveSelectedRefundReceipt()
{
    if (!m_details || !m_refunds)
        return;
    const QList<QTableWidgetItem *> selected = m_refunds->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.constFirst()->row();
    if (row < 0 || row >= m_details->refunds.size())
        return;
    const RefundReceiptDocument receipt(m_details->order, m_details->refunds.at(row), m_shopName, QLocale());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save refund receipt"), dir + QLatin1Char('/') + receipt.suggestedFileName(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Kiosk::Status saved = receipt.savePdf(path);
    QMessageBox::information(
        this, tr("Save refund receipt"), saved ? tr("Receipt saved to %1").arg(path) : saved.error().message);
}

OrderDetailsDialog::~OrderDetailsDialog() = default;

} // namespace Kiosk::Ui
