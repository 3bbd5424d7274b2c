// SPDX-License-Identifier: MIT
#include "RefundDialog.h"

#include "AmountInput.h"
#include "Money.h"
#include "RefundReceiptDocument.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Kiosk::Ui {

namespace {

enum LineColumn { ProductColumn, BoughtColumn, LeftColumn, RefundColumn, ColumnCount };

QLabel *makeErrorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(pal);
    label->hide();
    return label;
}

/** Units of each line (1-based) already given back by refunds that count. */
QHash<int, qint64> refundedUnits(const QList<Kiosk::OrderRefund> &refunds)
{
    QHash<int, qint64> units;
    for (const Kiosk::OrderRefund &r : refunds) {
        if (r.status != Kiosk::RefundRecord::Status::Pending && r.status != Kiosk::RefundRecord::Status::Succeeded)
            continue;
        for (const Kiosk::RefundLine &l : r.lines)
            units[l.line] += l.quantity;
    }
    return units;
}

} // namespace

RefundDialog::RefundDialog(
    Kiosk::ManagerService *service, Kiosk::OrderDetails details, QString shopName, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_details(std::move(details))
    , m_shopName(std::move(shopName))
{
    setObjectName(QStringLiteral("refundDialog"));
    const Kiosk::Order &order = m_details.order;
    m_remaining = std::max<qint64>(0, order.amountTotal - order.amountRefunded);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("refundHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_paidInfo = new QLabel(this);
    m_paidInfo->setObjectName(QStringLiteral("refundPaidInfo"));
    m_paidInfo->setWordWrap(true);

    m_form = new QWidget(this);
    m_choices = new QButtonGroup(this);
    m_whole = new QRadioButton(m_form);
    m_whole->setObjectName(QStringLiteral("refundWhole"));
    m_byLines = new QRadioButton(m_form);
    m_byLines->setObjectName(QStringLiteral("refundLines"));
    m_byAmount = new QRadioButton(m_form);
    m_byAmount->setObjectName(QStringLiteral("refundAmount"));
    m_choices->addButton(m_whole, int(Choice::WholeOrder));
    m_choices->addButton(m_byLines, int(Choice::Lines));
    m_choices->addButton(m_byAmount, int(Choice::Amount));
    for (QRadioButton *b : { m_whole, m_byLines, m_byAmount })
        b->setMinimumHeight(40);
    m_whole->setChecked(true);
    m_wholeError = makeErrorLabel("wholeError", m_form);

    m_lines = new QTableWidget(0, ColumnCount, m_form);
    m_lines->setObjectName(QStringLiteral("refundLinesTable"));
    m_lines->verticalHeader()->setVisible(false);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->setDefaultSectionSize(44);
    m_lines->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    const QHash<int, qint64> refunded = refundedUnits(m_details.refunds);
    for (int i = 0; i < order.lines.size(); ++i) {
        const Kiosk::OrderLine &line = order.lines.at(i);
        const qint64 left = std::max<qint64>(0, line.quantity - refunded.value(i + 1));
        m_lines->insertRow(i);
        auto *name = new QTableWidgetItem(line.name);
        name->setToolTip(line.name);
        m_lines->setItem(i, ProductColumn, name);
        auto *bought = new QTableWidgetItem(QLocale().toString(line.quantity));
        bought->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(i, BoughtColumn, bought);
        auto *leftItem = new QTableWidgetItem(QLocale().toString(left));
        leftItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(i, LeftColumn, leftItem);
        auto *box = new QSpinBox(m_lines);
        box->setObjectName(QStringLiteral("refundQuantity%1").arg(i + 1));
        box->setRange(0, int(std::min<qint64>(left, 9999)));
        box->setEnabled(left > 0);
        box->setMinimumHeight(40);
        m_lines->setCellWidget(i, RefundColumn, box);
        connect(box, &QSpinBox::valueChanged, this, &RefundDialog::inputChanged);
    }
    // As tall as its rows (up to five, then it scrolls): no empty white box under them.
    const int tableHeight = m_lines->horizontalHeader()->sizeHint().height()
        + 44 * std::clamp(int(order.lines.size()), 1, 5) + 2 * m_lines->frameWidth();
    m_lines->setFixedHeight(tableHeight);
    m_linesError = makeErrorLabel("linesError", m_form);

    m_amount = new QLineEdit(m_form);
    m_amount->setObjectName(QStringLiteral("refundAmountEdit"));
    m_amount->setMinimumHeight(44);
    m_amount->setMaxLength(32);
    m_amount->setMaximumWidth(220);
    m_amountHint = new QLabel(m_form);
    m_amountHint->setObjectName(QStringLiteral("amountHint"));
    m_amountError = makeErrorLabel("amountError", m_form);
    connect(m_amount, &QLineEdit::textEdited, this, &RefundDialog::inputChanged);

    m_reason = new QComboBox(m_form);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setMinimumHeight(44);
    for (const char *code : { "requested_by_customer", "duplicate", "fraudulent" })
        m_reason->addItem(QString(), QLatin1String(code));
    m_reasonLabel = new QLabel(m_form);
    m_reasonLabel->setBuddy(m_reason);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_amountHint, 1);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_whole);
    formLayout->addWidget(m_wholeError);
    formLayout->addWidget(m_byLines);
    formLayout->addWidget(m_lines, 1);
    formLayout->addWidget(m_linesError);
    formLayout->addWidget(m_byAmount);
    formLayout->addLayout(amountRow);
    formLayout->addWidget(m_amountError);
    formLayout->addSpacing(8);
    formLayout->addLayout(reasonRow);
    formLayout->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("refundSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);
    m_summary->setMinimumHeight(60);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("refundOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setFont(headingFont);
    m_outcome->hide();

    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmRefundButton"));
    m_confirm->setMinimumHeight(48);
    m_confirm->setMinimumWidth(220); // "Refund $1,234.50" without touching the edges
    m_confirm->setEnabled(false);
    m_confirm->setDefault(false);
    m_confirm->setAutoDefault(false);
    m_savePdf = new QPushButton(this);
    m_savePdf->setObjectName(QStringLiteral("refundReceiptPdfButton"));
    m_savePdf->setMinimumHeight(48);
    m_savePdf->hide();
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("refundReceiptPrintButton"));
    m_print->setMinimumHeight(48);
    m_print->hide();
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeRefundButton"));
    m_close->setMinimumHeight(48);
    m_close->setMinimumWidth(120);
    m_close->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_paidInfo);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_summary);
    layout->addStretch(0);
    layout->addLayout(buttons);

    m_planDebounce = new QTimer(this);
    m_planDebounce->setSingleShot(true);
    m_planDebounce->setInterval(kPlanDebounceMs);
    connect(m_planDebounce, &QTimer::timeout, this, &RefundDialog::requestPlan);
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateModeInputs();
        inputChanged();
    });
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RefundDialog::inputChanged);
    connect(m_confirm, &QPushButton::clicked, this, &RefundDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_savePdf, &QPushButton::clicked, this, &RefundDialog::chooseReceiptFile);
    connect(m_print, &QPushButton::clicked, this, &RefundDialog::printReceipt);
    connect(m_service, &Kiosk::ManagerService::ordersChanged, this, &RefundDialog::followRefund);

    retranslateUi();
    updateModeInputs();
    resize(760, 640);
    inputChanged();
}

RefundDialog::~RefundDialog() = default;

void RefundDialog::updateModeInputs()
{
    // Only the chosen way's fields take input, so what is refunded is what is lit.
    m_lines->setEnabled(m_byLines->isChecked());
    m_amount->setEnabled(m_byAmount->isChecked());
    m_amountHint->setEnabled(m_byAmount->isChecked());
}

void RefundDialog::setSummary(const QStringList &lines)
{
    m_summaryText = lines.join(QLatin1Char('\n'));
    QStringList html;
    for (qsizetype i = 0; i < lines.size(); ++i)
        html << (i == 0 ? QStringLiteral("<b>%1</b>").arg(lines.at(i).toHtmlEscaped()) : lines.at(i).toHtmlEscaped());
    m_summary->setText(html.join(QStringLiteral("<br/>")));
}

QString RefundDialog::money(qint64 minor) const
{
    const auto m = Kiosk::Money::fromMinor(minor, m_details.order.currency);
    return m ? m->format(QLocale()) : QString::number(minor) + QLatin1Char(' ') + m_details.order.currency;
}

void RefundDialog::retranslateUi()
{
    const Kiosk::Order &order = m_details.order;
    setWindowTitle(tr("Refund order %1").arg(order.number));
    m_heading->setText(tr("Refund order %1").arg(order.number));
    m_paidInfo->setText(order.amountRefunded > 0
            ? tr("Paid %1, already refunded %2: %3 can still be refunded.")
                  .arg(money(order.amountTotal), money(order.amountRefunded), money(m_remaining))
            : tr("Paid %1: all of it can be refunded.").arg(money(order.amountTotal)));
    m_whole->setText(order.amountRefunded > 0 ? tr("Everything that is left (%1)").arg(money(m_remaining))
                                              : tr("The whole order (%1)").arg(money(m_remaining)));
    m_byLines->setText(tr("Chosen items"));
    m_byAmount->setText(tr("An amount"));
    m_lines->setHorizontalHeaderLabels(
        { tr("Product"), tr("Bought"), tr("Left", "items not refunded yet"), tr("Refund", "quantity to refund") });
    m_lines->resizeColumnToContents(BoughtColumn);
    m_lines->resizeColumnToContents(LeftColumn);
    m_lines->setColumnWidth(RefundColumn, 110);
    m_lines->setAccessibleName(tr("Items to refund"));
    const auto currency = Kiosk::Currency::fromCode(order.currency);
    m_amountHint->setText(currency
            ? tr("%1, for example %2").arg(order.currency, AmountInput::example(currency.value(), QLocale()))
            : order.currency);
    m_amount->setAccessibleName(tr("Amount to refund"));
    m_amount->setPlaceholderText(currency ? AmountInput::toText(m_remaining, currency.value(), QLocale()) : QString());
    m_reasonLabel->setText(tr("Reason"));
    m_reason->setItemText(0, RefundReceiptDocument::reasonText(QStringLiteral("requested_by_customer")));
    m_reason->setItemText(1, RefundReceiptDocument::reasonText(QStringLiteral("duplicate")));
    m_reason->setItemText(2, RefundReceiptDocument::reasonText(QStringLiteral("fraudulent")));
    m_confirm->setText(m_plan && !m_refund ? tr("Refund %1").arg(money(m_plan->amount)) : tr("Refund"));
    m_close->setText(m_refund ? tr("Close") : tr("Cancel"));
    m_savePdf->setText(tr("Save receipt PDF\u2026"));
    m_print->setText(tr("Print receipt\u2026"));
    if (m_plan && !m_refund)
        showPlan(*m_plan);
    if (m_refund)
        showOutcome();
}

void RefundDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RefundDialog::choose(Choice choice)
{
    choiceButton(choice)->setChecked(true);
}

QRadioButton *RefundDialog::choiceButton(Choice choice) const
{
    switch (choice) {
    case Choice::WholeOrder:
        return m_whole;
    case Choice::Lines:
        return m_byLines;
    case Choice::Amount:
        return m_byAmount;
    }
    return m_whole;
}

RefundDialog::Choice RefundDialog::currentChoice() const
{
    return m_byLines->isChecked() ? Choice::Lines : m_byAmount->isChecked() ? Choice::Amount : Choice::WholeOrder;
}

QSpinBox *RefundDialog::quantityBox(int row) const
{
    return qobject_cast<QSpinBox *>(m_lines->cellWidget(row, RefundColumn));
}

QLabel *RefundDialog::errorLabelFor(Choice choice) const
{
    switch (choice) {
    case Choice::WholeOrder:
        return m_wholeError;
    case Choice::Lines:
        return m_linesError;
    case Choice::Amount:
        return m_amountError;
    }
    return m_wholeError;
}

void RefundDialog::setFieldError(Choice choice, const QString &message)
{
    for (Choice c : { Choice::WholeOrder, Choice::Lines, Choice::Amount }) {
        QLabel *label = errorLabelFor(c);
        label->setText(c == choice ? message : QString());
        label->setVisible(c == choice && !message.isEmpty());
    }
}

QString RefundDialog::summaryText() const
{
    return m_summaryText;
}

QString RefundDialog::fieldErrorText() const
{
    return errorLabelFor(currentChoice())->text();
}

QString RefundDialog::outcomeText() const
{
    return m_outcome->text();
}

std::optional<Kiosk::RefundOrderRequest> RefundDialog::currentRequest()
{
    Kiosk::RefundOrderRequest request;
    request.reason = m_reason->currentData().toString();
    switch (currentChoice()) {
    case Choice::WholeOrder:
        request.kind = Kiosk::RefundOrderRequest::Kind::WholeRemainder;
        break;
    case Choice::Lines:
        request.kind = Kiosk::RefundOrderRequest::Kind::Lines;
        for (int row = 0; row < m_lines->rowCount(); ++row) {
            if (const QSpinBox *box = quantityBox(row); box && box->value() > 0)
                request.lines.append(Kiosk::RefundLine { row + 1, box->value(), 0 });
        }
        if (request.lines.isEmpty()) {
            setFieldError(Choice::Lines, tr("Choose how many of each item to refund."));
            return std::nullopt;
        }
        break;
    case Choice::Amount: {
        request.kind = Kiosk::RefundOrderRequest::Kind::Amount;
        const auto currency = Kiosk::Currency::fromCode(m_details.order.currency);
        if (!currency) {
            setFieldError(Choice::Amount, currency.error().message);
            return std::nullopt;
        }
        if (m_amount->text().trimmed().isEmpty()) {
            setFieldError(Choice::Amount, tr("Type the amount to give back."));
            return std::nullopt;
        }
        const Kiosk::Result<qint64> amount = AmountInput::parse(m_amount->text(), currency.value(), QLocale());
        if (!amount) {
            setFieldError(Choice::Amount, amount.error().message);
            return std::nullopt;
        }
        request.amount = amount.value();
        break;
    }
    }
    return request;
}

void RefundDialog::inputChanged()
{
    if (m_sending)
        return;
    // Whatever was planned no longer matches what is on screen: no Confirm until the new plan.
    ++m_planGeneration;
    m_plan.reset();
    m_planRequest.reset();
    m_confirm->setEnabled(false);
    m_confirm->setText(tr("Refund"));
    m_planDebounce->start();
}

void RefundDialog::requestPlan()
{
    if (m_sending)
        return;
    const quint64 generation = ++m_planGeneration;
    setFieldError(currentChoice(), QString());
    const std::optional<Kiosk::RefundOrderRequest> request = currentRequest();
    if (!request) {
        setSummary({});
        Q_EMIT planShown();
        return;
    }
    setSummary({ tr("Working out the refund\u2026") });
    m_service->planRefund(
        m_details.order.id, *request, this, [this, generation, request](Kiosk::Result<Kiosk::RefundPlan> plan) {
            if (generation != m_planGeneration || m_sending)
                return; // the input changed meanwhile; its own plan is on the way
            if (plan)
                m_planRequest = request;
            showPlan(plan);
            Q_EMIT planShown();
        });
}

void RefundDialog::showPlan(const Kiosk::Result<Kiosk::RefundPlan> &plan)
{
    if (!plan) {
        m_plan.reset();
        setSummary({});
        setFieldError(currentChoice(), plan.error().message);
        m_confirm->setEnabled(false);
        m_confirm->setText(tr("Refund"));
        return;
    }
    m_plan = plan.value();
    setFieldError(currentChoice(), QString());
    const Kiosk::RefundPlan &p = *m_plan;
    QStringList lines;
    lines << tr("The customer gets back %1, tax included.").arg(money(p.amount));
    QStringList taxes;
    for (const Kiosk::RateAmount &t : p.tax)
        taxes << tr("%1: %2", "tax rate and amount").arg(t.rate, money(t.amount));
    if (!taxes.isEmpty())
        lines << tr("Tax in it: %1").arg(taxes.join(QStringLiteral(" \u00b7 ")));
    if (p.cappedByRemainder)
        lines << tr("These items were worth %1, but only %2 was left to refund on this order.")
                     .arg(money(p.linesValue), money(p.remainingBefore));
    lines << tr("Left to refund afterwards: %1").arg(money(p.remainingAfter));
    setSummary(lines);
    m_confirm->setText(tr("Refund %1").arg(money(p.amount)));
    m_confirm->setEnabled(true);
}

void RefundDialog::confirm()
{
    // One refund per dialog: the first press disables everything, every later one (a double tap,
    // a queued click, Enter) lands here and stops.
    if (m_sending || !m_plan || !m_planRequest)
        return;
    m_sending = true;
    m_planDebounce->stop();
    m_confirm->setEnabled(false);
    m_form->setEnabled(false);
    m_close->setEnabled(false);
    setSummary({ tr("Asking Stripe to refund %1\u2026").arg(money(m_plan->amount)) });
    m_service->refundOrder(m_details.order.id, *m_planRequest, this, [this](Kiosk::Result<Kiosk::OrderRefund> refund) {
        m_close->setEnabled(true);
        if (!refund) {
            // Nothing was recorded: the manager may try again with a fresh plan.
            m_sending = false;
            m_form->setEnabled(true);
            m_sendError = refund.error().message;
            setSummary({ tr("Nothing was refunded: %1").arg(m_sendError) });
            m_plan.reset();
            m_planRequest.reset();
            m_confirm->setText(tr("Refund"));
            m_planDebounce->start();
            Q_EMIT refundAnswered();
            return;
        }
        m_refund = refund.value();
        showOutcome();
        Q_EMIT refundAnswered();
    });
}

void RefundDialog::showOutcome()
{
    if (!m_refund)
        return;
    const Kiosk::OrderRefund &r = *m_refund;
    QString text;
    QColor color;
    switch (r.status) {
    case Kiosk::RefundRecord::Status::Succeeded:
        text = tr("Refunded %1 to the customer's card.").arg(money(r.amount));
        color = QColor(0x1b, 0x6e, 0x20);
        break;
    case Kiosk::RefundRecord::Status::Pending:
        text = tr("Refund of %1 is pending at Stripe. This window and the order update when it settles.")
                   .arg(money(r.amount));
        color = QColor(0x8a, 0x5a, 0x00);
        break;
    case Kiosk::RefundRecord::Status::Failed:
        text = r.failureReason.isEmpty()
            ? tr("The refund of %1 failed. No money went back; the order needs review.").arg(money(r.amount))
            : tr("The refund of %1 failed (%2). No money went back; the order needs review.")
                  .arg(money(r.amount), r.failureReason);
        color = QColor(0xb0, 0x1c, 0x1c);
        break;
    case Kiosk::RefundRecord::Status::Canceled:
        text = tr("The refund of %1 was cancelled. No money went back.").arg(money(r.amount));
        color = QColor(0xb0, 0x1c, 0x1c);
        break;
    }
    m_form->hide();
    m_confirm->hide();
    m_paidInfo->hide(); // what could be refunded before is history now
    QStringList details { tr("Reason: %1").arg(RefundReceiptDocument::reasonText(r.reason)) };
    if (m_plan && r.status != Kiosk::RefundRecord::Status::Failed && r.status != Kiosk::RefundRecord::Status::Canceled)
        details << tr("Left to refund afterwards: %1").arg(money(m_plan->remainingAfter));
    m_summaryText = details.join(QLatin1Char('\n'));
    QStringList html;
    for (const QString &line : std::as_const(details))
        html << line.toHtmlEscaped();
    m_summary->setText(html.join(QStringLiteral("<br/>")));
    m_outcome->setText(text);
    QPalette pal = m_outcome->palette();
    pal.setColor(QPalette::WindowText, color);
    m_outcome->setPalette(pal);
    m_outcome->show();
    const bool receipt
        = r.status == Kiosk::RefundRecord::Status::Succeeded || r.status == Kiosk::RefundRecord::Status::Pending;
    m_savePdf->setVisible(receipt);
    m_print->setVisible(receipt);
    m_close->setText(tr("Close"));
    m_close->setFocus();
}

void RefundDialog::followRefund()
{
    if (!m_refund || m_refund->status != Kiosk::RefundRecord::Status::Pending)
        return;
    const qint64 refundId = m_refund->id;
    m_service->orderDetails(m_details.order.id, this, [this, refundId](Kiosk::Result<Kiosk::OrderDetails> details) {
        if (!details || !m_refund)
            return;
        m_details = details.value();
        for (const Kiosk::OrderRefund &r : m_details.refunds) {
            if (r.id == refundId && r.status != m_refund->status) {
                m_refund = r;
                showOutcome();
                Q_EMIT refundUpdated();
            }
        }
    });
}

Kiosk::Status RefundDialog::saveReceiptPdf(const QString &path) const
{
    if (!m_refund)
        return Kiosk::makeError(QStringLiteral("no_refund"), tr("There is no refund to print yet."));
    return RefundReceiptDocument(m_details.order, *m_refund, m_shopName, QLocale()).savePdf(path);
}

void RefundDialog::chooseReceiptFile()
{
    if (!m_refund)
        return;
    const RefundReceiptDocument receipt(m_details.order, *m_refund, m_shopName, QLocale());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save refund receipt"), dir + QLatin1Char('/') + receipt.suggestedFileName(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Kiosk::Status saved = receipt.savePdf(path);
    setSummary({ saved ? tr("Receipt saved to %1").arg(path) : saved.error().message });
}

void RefundDialog::printReceipt()
{
    if (!m_refund)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        RefundReceiptDocument(m_details.order, *m_refund, m_shopName, QLocale()).print(printer);
}

} // namespace Kiosk::Ui
