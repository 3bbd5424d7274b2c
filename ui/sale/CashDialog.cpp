// SPDX-License-Identifier: MIT
#include "CashDialog.h"

#include "AmountInput.h"
#include "CashTender.h"
#include "Money.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Kiosk::Ui {

CashDialog::CashDialog(
    qint64 due, qint64 rounding, const Kiosk::Currency &currency, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_locale(locale)
    , m_due(CashTender::roundForCash(due, rounding))
    , m_requestId(QStringLiteral("cash-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("cashDialog"));
    setWindowTitle(tr("Cash"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *dueLabel = new QLabel(tr("Amount due"), this);
    auto *dueAmount = new QLabel(Money(m_due, currency).format(locale), this);
    dueAmount->setObjectName(QStringLiteral("cashDue"));
    dueAmount->setProperty("role", QStringLiteral("total"));
    layout->addWidget(dueLabel);
    layout->addWidget(dueAmount);
    if (m_due != due) {
        auto *note = new QLabel(tr("Rounded for cash from %1").arg(Money(due, currency).format(locale)), this);
        note->setObjectName(QStringLiteral("cashRounding"));
        layout->addWidget(note);
    }

    auto *tenderedLabel = new QLabel(tr("Amount tendered"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("cashTendered"));
    m_edit->setPlaceholderText(AmountInput::example(currency, locale));
    m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    tenderedLabel->setBuddy(m_edit);
    layout->addWidget(tenderedLabel);
    layout->addWidget(m_edit);

    auto *quickRow = new QHBoxLayout;
    const QList<qint64> amounts = quickAmounts(m_due, currency);
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        const qint64 amount = amounts.at(i);
        auto *button = new QPushButton(i == 0 ? tr("Exact %1").arg(Money(amount, currency).format(locale))
                                              : Money(amount, currency).format(locale),
            this);
        button->setObjectName(QStringLiteral("cashQuick%1").arg(i));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this,
            [this, amount] { m_edit->setText(AmountInput::toText(amount, m_currency, m_locale)); });
        quickRow->addWidget(button);
        m_quick.append(button);
    }
    layout->addLayout(quickRow);

    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("cashChange"));
    m_change->setProperty("role", QStringLiteral("total"));
    // The change is what the cashier counts out: the largest thing in the dialog.
    QFont large = m_change->font();
    large.setPointSizeF(large.pointSizeF() * 2);
    large.setBold(true);
    m_change->setFont(large);
    dueAmount->setFont(large);
    layout->addWidget(m_change);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("cashProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Confirm"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("cashConfirm"));
    m_confirm->setProperty("role", QStringLiteral("primary"));
    m_confirm->setDefault(true); // Enter in the amount field confirms
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_confirm->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &CashDialog::update);
    m_edit->setFocus(Qt::OtherFocusReason);
    update();
}

QList<qint64> CashDialog::quickAmounts(qint64 due, const Kiosk::Currency &currency, int count)
{
    QList<qint64> amounts { due };
    const qint64 unit = currency.minorPerMajor();
    for (const qint64 note : { 5, 10, 20, 50, 100, 200, 500 }) {
        if (amounts.size() >= count)
            break;
        const qint64 step = note * unit;
        const qint64 next = (due / step + 1) * step; // strictly above the due
        if (next > amounts.last())
            amounts.append(next);
    }
    return amounts;
}

QString CashDialog::changeText() const
{
    return m_change->text();
}

void CashDialog::update()
{
    const Result<qint64> typed = AmountInput::parse(m_edit->text(), m_currency, m_locale);
    m_tendered = typed ? typed.value() : 0;
    const Result<CashPayment> payment = CashTender::settle(m_currency, m_due, m_tendered);
    const bool ok = typed && payment;
    m_confirm->setEnabled(ok);
    if (ok) {
        m_change->setText(tr("Change: %1").arg(Money(payment->change, m_currency).format(m_locale)));
        m_problem->clear();
    } else {
        m_change->setText(tr("Change: %1").arg(QStringLiteral("\u2014")));
        if (m_edit->text().trimmed().isEmpty())
            m_problem->setText(tr("Type the amount handed over, or pick one above."));
        else if (!typed)
            m_problem->setText(typed.error().message);
        else
            m_problem->setText(tr("%1 more is needed.").arg(Money(m_due - m_tendered, m_currency).format(m_locale)));
    }
}

} // namespace Kiosk::Ui
