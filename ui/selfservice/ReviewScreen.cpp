// SPDX-License-Identifier: MIT
#include "ReviewScreen.h"

#include "BasketPanel.h"
#include "Cart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace Kiosk::Ui {

ReviewScreen::ReviewScreen(Kiosk::Cart *cart, const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_cart(cart)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("reviewScreen"));
    setAttribute(Qt::WA_StyledBackground);
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(24, 16, 24, 24);
    root->setSpacing(16);

    m_title = new QLabel(this);
    auto *title = m_title;
    title->setObjectName(QStringLiteral("selfOrderTitle"));
    root->addWidget(title);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewLines"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_linesHost = new QWidget(scroll);
    m_linesHost->setObjectName(QStringLiteral("reviewLinesHost"));
    m_lines = new QVBoxLayout(m_linesHost);
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_lines->setSpacing(12);
    m_lines->addStretch();
    scroll->setWidget(m_linesHost);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    root->addWidget(scroll, 1);

    auto *totalRow = new QHBoxLayout;
    m_totalLabel = new QLabel(this);
    auto *totalLabel = m_totalLabel;
    totalLabel->setObjectName(QStringLiteral("reviewTotalLabel"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("reviewTotal"));
    totalRow->addWidget(totalLabel, 1);
    totalRow->addWidget(m_total);
    root->addLayout(totalRow);

    m_emailLabel = new QLabel(this);
    auto *emailLabel = m_emailLabel;
    emailLabel->setObjectName(QStringLiteral("reviewEmailLabel"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("reviewEmail"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_email->setMaxLength(254);
    emailLabel->setBuddy(m_email);
    root->addWidget(emailLabel);
    root->addWidget(m_email);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("reviewHint"));
    m_hint->setWordWrap(true);
    root->addWidget(m_hint);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("addMoreButton"));
    m_back->setProperty("scale", QStringLiteral("huge"));
    m_back->setFocusPolicy(Qt::NoFocus);
    m_pay = new QPushButton(this);
    m_pay->setObjectName(QStringLiteral("selfPayButton"));
    m_pay->setProperty("role", QStringLiteral("primary"));
    m_pay->setProperty("scale", QStringLiteral("huge"));
    m_pay->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(m_back, 1);
    buttons->addWidget(m_pay, 2);
    root->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &ReviewScreen::backRequested);
    connect(m_pay, &QPushButton::clicked, this, [this] {
        if (m_pay->isEnabled())
            Q_EMIT payRequested(email());
    });
    connect(m_email, &QLineEdit::textChanged, this, &ReviewScreen::updatePay);
    connect(m_cart, &Cart::changed, this, &ReviewScreen::rebuild);
    retranslateUi();
}

void ReviewScreen::retranslateUi()
{
    m_title->setText(tr("Your order"));
    m_totalLabel->setText(tr("Total"));
    m_emailLabel->setText(tr("E-mail for your receipt (optional)"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setAccessibleName(tr("E-mail for your receipt"));
    m_back->setText(tr("Add more"));
    rebuild(); // the lines, the total and Pay, in the language's words and money format
}

void ReviewScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_locale = QLocale(); // Language::switchTo() set the language's locale: amounts follow it
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

QString ReviewScreen::email() const
{
    return m_email->text().trimmed();
}

void ReviewScreen::clearEmail()
{
    m_email->clear();
}

QString ReviewScreen::totalText() const
{
    return m_total->text();
}

QString ReviewScreen::hintText() const
{
    return m_hint->text();
}

void ReviewScreen::showProblem(const QString &message)
{
    m_hint->setText(message);
}

QPushButton *ReviewScreen::lineButton(const QString &productId, const QString &which) const
{
    for (QPushButton *button : m_linesHost->findChildren<QPushButton *>()) {
        if (button->property("productId").toString() == productId && button->property("action").toString() == which
            && !button->property("stale").toBool())
            return button;
    }
    return nullptr;
}

void ReviewScreen::rebuild()
{
    // Rows are rebuilt from the cart; the old ones go later (one of their buttons may be sending).
    while (m_lines->count() > 1) {
        QLayoutItem *item = m_lines->takeAt(0);
        if (QWidget *row = item->widget()) {
            row->hide();
            for (QPushButton *button : row->findChildren<QPushButton *>())
                button->setProperty("stale", true);
            row->deleteLater();
        }
        delete item;
    }
    const QList<Cart::Line> lines = m_cart->lines();
    int position = 0;
    for (const Cart::Line &line : lines) {
        auto *row = new QWidget(m_linesHost);
        row->setObjectName(QStringLiteral("reviewLine"));
        row->setAttribute(Qt::WA_StyledBackground);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(20, 12, 12, 12);
        layout->setSpacing(12);
        auto *texts = new QVBoxLayout;
        auto *name = new QLabel(line.product.name, row);
        name->setObjectName(QStringLiteral("reviewLineName"));
        name->setWordWrap(true);
        auto *price = new QLabel(line.lineTotal.format(m_locale), row);
        price->setObjectName(QStringLiteral("reviewLinePrice"));
        texts->addWidget(name);
        texts->addWidget(price);
        layout->addLayout(texts, 1);
        const QString id = line.product.id;
        const auto button = [&](const QString &text, const QString &action, const QString &accessible) {
            auto *b = new QPushButton(text, row);
            b->setObjectName(QStringLiteral("reviewLine_") + action);
            b->setProperty("role", action == QLatin1String("remove") ? QStringLiteral("quiet") : QString());
            b->setProperty("scale", QStringLiteral("touch"));
            b->setProperty("productId", id);
            b->setProperty("action", action);
            b->setAccessibleName(accessible);
            b->setFocusPolicy(Qt::NoFocus);
            return b;
        };
        QPushButton *minus = button(QStringLiteral("\u2212"), QStringLiteral("minus"), tr("One less"));
        auto *quantity = new QLabel(QString::number(line.quantity), row);
        quantity->setObjectName(QStringLiteral("reviewLineQuantity"));
        quantity->setAlignment(Qt::AlignCenter);
        quantity->setMinimumWidth(64);
        QPushButton *plus = button(QStringLiteral("+"), QStringLiteral("plus"), tr("One more"));
        QPushButton *remove = button(tr("Remove"), QStringLiteral("remove"), tr("Remove"));
        layout->addWidget(minus);
        layout->addWidget(quantity);
        layout->addWidget(plus);
        layout->addWidget(remove);
        const int count = line.quantity;
        // One less of the last one removes the line, as a customer expects.
        connect(minus, &QPushButton::clicked, this, [this, id, count] {
            const Status s = count <= 1 ? m_cart->remove(id) : m_cart->setQuantity(id, count - 1);
            if (!s)
                m_hint->setText(s.error().message);
        });
        connect(plus, &QPushButton::clicked, this, [this, id, count] {
            if (const Status s = m_cart->setQuantity(id, count + 1); !s)
                m_hint->setText(s.error().message);
        });
        connect(remove, &QPushButton::clicked, this, [this, id] {
            if (const Status s = m_cart->remove(id); !s)
                m_hint->setText(s.error().message);
        });
        m_lines->insertWidget(position++, row);
    }
    m_total->setText(m_cart->total().format(m_locale));
    updatePay();
}

void ReviewScreen::updatePay()
{
    const Status chargeable = m_cart->validateForCheckout();
    const bool emailOk = BasketPanel::isAcceptableEmail(m_email->text());
    m_pay->setEnabled(chargeable && emailOk);
    m_pay->setText(m_cart->isEmpty() ? tr("Pay") : tr("Pay %1").arg(m_cart->total().format(m_locale)));
    if (m_cart->isEmpty())
        m_hint->setText(tr("Your basket is empty. Tap \u201c"
                           "Add more\u201d to choose something."));
    else if (!chargeable)
        m_hint->setText(chargeable.error().message);
    else if (!emailOk)
        m_hint->setText(tr("Check the e-mail address, or leave it empty."));
    else
        m_hint->clear();
}

} // namespace Kiosk::Ui
