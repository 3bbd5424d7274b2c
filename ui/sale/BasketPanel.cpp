// SPDX-License-Identifier: MIT
#include "BasketPanel.h"

#include "Cart.h"
#include "TaxText.h"
#include "Theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

namespace Kiosk::Ui {

BasketPanel::BasketPanel(Kiosk::Cart *cart, const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_cart(cart)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("basketPanel"));
    setAttribute(Qt::WA_StyledBackground);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    outer->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(this);
    m_title = title;
    title->setObjectName(QStringLiteral("basketTitle"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setProperty("role", QStringLiteral("quiet"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("basketCount"));
    // The count under the title: beside it, "Warenkorb 12 Artikel" and Clear overflow 360 px.
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(title);
    titles->addWidget(m_count);
    header->addLayout(titles);
    header->addStretch();
    header->addWidget(m_clear);
    outer->addLayout(header);

    m_undoBar = new QWidget(this);
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    auto *undoText = new QLabel(m_undoBar);
    m_undoText = undoText;
    undoText->setObjectName(QStringLiteral("undoText"));
    m_undo = new QPushButton(m_undoBar);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setAutoDefault(true);
    undoLayout->addWidget(undoText, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();
    outer->addWidget(m_undoBar);
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(10000);
    connect(m_undoTimer, &QTimer::timeout, this, &BasketPanel::hideUndo);

    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *linesHost = new QWidget(scroll);
    m_linesLayout = new QVBoxLayout(linesHost);
    m_linesLayout->setContentsMargins(0, 0, 0, 0);
    m_linesLayout->setSpacing(6);
    m_emptyHint = new QLabel(linesHost);
    m_emptyHint->setObjectName(QStringLiteral("basketEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_linesLayout->addWidget(m_emptyHint);
    m_linesLayout->addStretch();
    scroll->setWidget(linesHost);
    outer->addWidget(scroll, 1);

    // Net and tax per rate above the total, when the shop charges tax: captions left, amounts
    // right, one line each.
    auto *taxRow = new QHBoxLayout;
    m_taxCaptions = new QLabel(this);
    m_taxCaptions->setObjectName(QStringLiteral("taxCaptions"));
    m_taxAmounts = new QLabel(this);
    m_taxAmounts->setObjectName(QStringLiteral("taxAmounts"));
    m_taxAmounts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    taxRow->addWidget(m_taxCaptions);
    taxRow->addWidget(m_taxAmounts, 1);
    outer->addLayout(taxRow);

    auto *totalRow = new QHBoxLayout;
    auto *caption = new QLabel(this);
    m_totalCaption = caption;
    caption->setObjectName(QStringLiteral("totalCaption"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totalRow->addWidget(caption, 0, Qt::AlignBottom);
    totalRow->addWidget(m_total, 1);
    outer->addLayout(totalRow);

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_email->setClearButtonEnabled(true);
    outer->addWidget(m_email);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("payHint"));
    m_hint->setWordWrap(true);
    outer->addWidget(m_hint);

    m_pay = new QPushButton(this);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setProperty("role", QStringLiteral("primary"));
    m_pay->setAutoDefault(true); // Enter pays, like Space, when Pay has the focus
    outer->addWidget(m_pay);
    // Beside Pay when the till takes cash (setCashEnabled); never in self-service.
    m_cash = new QPushButton(this);
    m_cash->setObjectName(QStringLiteral("cashButton"));
    m_cash->setAutoDefault(true);
    m_cash->hide();
    outer->addWidget(m_cash);

    connect(m_cart, &Cart::changed, this, &BasketPanel::rebuildLines);
    connect(m_clear, &QPushButton::clicked, this, &BasketPanel::clearWithUndo);
    connect(m_undo, &QPushButton::clicked, this, &BasketPanel::undoClear);
    connect(m_email, &QLineEdit::textChanged, this, &BasketPanel::updateTotals);
    connect(m_pay, &QPushButton::clicked, this, [this] {
        if (canPay())
            Q_EMIT payRequested(email());
    });
    connect(m_cash, &QPushButton::clicked, this, [this] {
        if (canPay())
            Q_EMIT cashRequested(email());
    });
    retranslateUi();
}

void BasketPanel::retranslateUi()
{
    m_title->setText(tr("Basket"));
    m_clear->setText(tr("Clear", "button that empties the basket"));
    m_clear->setAccessibleName(tr("Clear the basket"));
    m_undoText->setText(tr("Basket cleared."));
    m_undo->setText(tr("Undo"));
    m_emptyHint->setText(tr("Tap a product or scan a barcode to start."));
    m_totalCaption->setText(tr("Total", "basket total"));
    m_email->setPlaceholderText(tr("Email for the receipt (optional)"));
    m_email->setAccessibleName(tr("Email for the receipt"));
    rebuildLines(); // line buttons, item count, Pay and its hint
}

void BasketPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_locale = QLocale(); // Language::switchTo() set the language's locale: amounts follow it
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

QString BasketPanel::describeProblem(const Kiosk::Error &error)
{
    if (error.code == QLatin1String("quantity_out_of_range"))
        return tr("At most %1 of one product fit in a basket.").arg(Cart::MaxQuantity);
    if (error.code == QLatin1String("too_many_lines"))
        return tr("A basket holds at most %1 different products; pay for these first.").arg(Cart::MaxLines);
    return error.message;
}

void BasketPanel::setUndoSecs(int secs)
{
    m_undoTimer->setInterval(qMax(1, secs) * 1000);
}

QString BasketPanel::itemCountText() const
{
    return m_count->text();
}

bool BasketPanel::isLineVisible(const QString &productId) const
{
    // Replaced rows linger hidden until deleteLater() runs; only the shown one counts.
    const auto rows = m_scroll->widget()->findChildren<QWidget *>(QStringLiteral("basketLine_") + productId);
    for (const QWidget *row : rows) {
        if (row->isHidden())
            continue;
        const int top = row->mapTo(m_scroll->viewport(), QPoint(0, 0)).y();
        return top >= 0 && top + row->height() <= m_scroll->viewport()->height(); // vertical only
    }
    return false;
}

void BasketPanel::clearWithUndo()
{
    if (m_cart->isEmpty())
        return;
    QList<CheckoutLine> lines;
    for (const Cart::Line &line : m_cart->lines())
        lines.append({ line.product.id, line.quantity, line.options.optionIds() });
    m_cart->clear();
    m_undoLines = lines; // after clear(): its changed() hides any older offer
    m_undoBar->show();
    m_undoTimer->start();
    m_undo->setFocus(Qt::OtherFocusReason); // Clear is disabled now; Enter undoes
}

void BasketPanel::undoClear()
{
    const QList<CheckoutLine> lines = std::exchange(m_undoLines, {});
    hideUndo();
    m_restoring = true;
    for (const CheckoutLine &line : lines) {
        if (const Status status = m_cart->addProduct(line.productId, line.quantity, line.optionIds); !status)
            Q_EMIT problem(describeProblem(status.error()));
    }
    m_restoring = false;
    rebuildLines();
    m_pay->setFocus(Qt::OtherFocusReason);
}

void BasketPanel::hideUndo()
{
    m_undoTimer->stop();
    m_undoLines.clear();
    m_undoBar->hide();
}

bool BasketPanel::isAcceptableEmail(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return t.size() <= 254 && pattern.match(t).hasMatch();
}

QString BasketPanel::email() const
{
    return m_email->text().trimmed();
}

void BasketPanel::clearEmail()
{
    m_email->clear();
}

QString BasketPanel::totalText() const
{
    return m_total->text();
}

QString BasketPanel::taxText() const
{
    if (m_taxCaptions->text().isEmpty())
        return {};
    const QStringList captions = m_taxCaptions->text().split(QLatin1Char('\n'));
    const QStringList amounts = m_taxAmounts->text().split(QLatin1Char('\n'));
    QStringList rows;
    for (qsizetype i = 0; i < captions.size() && i < amounts.size(); ++i)
        rows.append(captions.at(i) + QLatin1Char(' ') + amounts.at(i));
    return rows.join(QLatin1Char('\n'));
}

QString BasketPanel::payHint() const
{
    return m_hint->text();
}

bool BasketPanel::canPay() const
{
    return m_pay->isEnabled();
}

QWidget *BasketPanel::makeLine(int index)
{
    const Cart::Line &line = m_cart->lines().at(index);
    const QString key = line.key;

    // Two lines per basket line: the full name (and the chosen options under it), then the amount
    // and the controls. Names never get squeezed by the buttons, and the buttons line up from row
    // to row.
    auto *row = new QWidget;
    // "basketLine_latte+size.large+milk.oat": the key without its control-character separators.
    row->setObjectName(QStringLiteral("basketLine_") + QString(key).replace(QChar(0x1f), QLatin1Char('+')));
    row->setProperty("lineKey", key);
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 4, 0, 4);
    rowLayout->setSpacing(2);
    auto *name = new QLabel(line.product.name, row);
    name->setObjectName(QStringLiteral("lineName"));
    name->setWordWrap(true);
    rowLayout->addWidget(name);
    if (!line.options.isEmpty()) {
        auto *options = new QLabel(line.options.summary(), row);
        options->setObjectName(QStringLiteral("lineOptions"));
        options->setWordWrap(true);
        options->setProperty("role", QStringLiteral("secondary"));
        rowLayout->addWidget(options);
    }
    auto *layout = new QHBoxLayout;
    layout->setSpacing(6);
    rowLayout->addLayout(layout);
    auto *amount = new QLabel(line.lineTotal.format(m_locale), row);
    amount->setObjectName(QStringLiteral("lineTotal"));
    amount->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(amount, 1);

    const auto makeButton = [row](const QString &text, const QString &objectName, const QString &accessible) {
        auto *button = new QToolButton(row);
        button->setText(text);
        button->setObjectName(objectName);
        button->setAccessibleName(accessible);
        button->setProperty("role", QStringLiteral("qty"));
        button->setMinimumSize(48, 48);
        return button;
    };
    auto *minus = makeButton(QStringLiteral("\u2212"), QStringLiteral("minusButton"), tr("One less"));
    auto *quantity = new QLabel(QString::number(line.quantity), row);
    quantity->setObjectName(QStringLiteral("quantityLabel"));
    quantity->setAlignment(Qt::AlignCenter);
    quantity->setMinimumWidth(36);
    auto *plus = makeButton(QStringLiteral("+"), QStringLiteral("plusButton"), tr("One more"));
    auto *remove = makeButton(QStringLiteral("\u00d7"), QStringLiteral("removeButton"), tr("Remove"));
    remove->setProperty("role", QStringLiteral("quiet"));
    layout->addWidget(minus);
    layout->addWidget(quantity);
    layout->addWidget(plus);
    layout->addWidget(remove);

    const int qty = line.quantity;
    const auto report = [this](const Status &status) {
        if (!status)
            Q_EMIT problem(describeProblem(status.error()));
    };
    connect(minus, &QToolButton::clicked, this,
        [this, key, qty, report] { report(qty <= 1 ? m_cart->remove(key) : m_cart->setQuantity(key, qty - 1)); });
    connect(plus, &QToolButton::clicked, this, [this, key, qty, report] { report(m_cart->setQuantity(key, qty + 1)); });
    connect(remove, &QToolButton::clicked, this, [this, key, report] { report(m_cart->remove(key)); });
    plus->setEnabled(qty < Cart::MaxQuantity);
    return row;
}

void BasketPanel::rebuildLines()
{
    if (m_restoring)
        return; // undoClear() rebuilds once at the end
    if (!m_undoLines.isEmpty() || m_undoBar->isVisible()) {
        if (!m_cart->isEmpty())
            hideUndo(); // the basket moved on; undoing now would merge two baskets
    }

    // Which line changed (added, or a new quantity), and which line button had the focus.
    QString changedId;
    QHash<QString, int> quantities;
    for (const Cart::Line &line : m_cart->lines()) {
        quantities.insert(line.key, line.quantity);
        if (changedId.isEmpty() && m_shownQuantities.value(line.key) != line.quantity)
            changedId = line.key;
    }
    m_shownQuantities = quantities;
    QString focusId;
    QString focusButton;
    if (QWidget *focus = QApplication::focusWidget(); focus && m_scroll->widget()->isAncestorOf(focus)) {
        focusButton = focus->objectName();
        for (QWidget *w = focus->parentWidget(); w; w = w->parentWidget()) {
            if (w->objectName().startsWith(QLatin1String("basketLine_"))) {
                focusId = w->property("lineKey").toString();
                break;
            }
        }
    }

    // Rows are rebuilt from the cart on every change: at most 100 small rows, and the cart stays
    // the only source of truth. Deleted later because a row's own button may be emitting.
    while (m_linesLayout->count() > 2) {
        QLayoutItem *item = m_linesLayout->takeAt(1);
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const int count = int(m_cart->lines().size());
    QWidget *previous = m_clear;
    QWidget *changedRow = nullptr;
    QWidget *focusTarget = nullptr;
    for (int i = 0; i < count; ++i) {
        QWidget *row = makeLine(i);
        m_linesLayout->insertWidget(1 + i, row);
        row->show(); // now, not at the next event loop pass: a quick second tap must find it
        const QString id = m_cart->lines().at(i).key;
        if (id == changedId)
            changedRow = row;
        for (auto *button : row->findChildren<QToolButton *>()) {
            QWidget::setTabOrder(previous, button); // Clear, the lines top to bottom, email, Pay
            previous = button;
            if (id == focusId && button->objectName() == focusButton)
                focusTarget = button;
        }
    }
    QWidget::setTabOrder(previous, m_email);
    QWidget::setTabOrder(m_email, m_pay);
    QWidget::setTabOrder(m_pay, m_cash);
    m_emptyHint->setVisible(count == 0);
    m_clear->setEnabled(count > 0);
    const int items = m_cart->itemCount();
    // The English "1 item" / "2 items" comes from checkout-kiosk_en.ts, like every plural.
    m_count->setText(items == 0 ? QString() : tr("%Ln item(s)", "count of articles in the basket", items));
    updateTotals();
    if (focusTarget && focusTarget->isEnabled())
        focusTarget->setFocus(Qt::OtherFocusReason);
    else if (!focusId.isEmpty())
        m_pay->setFocus(Qt::OtherFocusReason); // its line is gone: somewhere sensible, not nowhere
    if (changedRow) {
        // New rows get their style and size, and the list its height, in the pending layout
        // pass; scroll once that has run.
        QTimer::singleShot(0, changedRow, [this, row = QPointer<QWidget>(changedRow)] {
            if (row)
                m_scroll->ensureWidgetVisible(row, 0, 8);
        });
    }
}

void BasketPanel::updateTotals()
{
    const Money total = m_cart->total();
    m_total->setText(total.isValid() ? total.format(m_locale) : Money(0, m_cart->currency()).format(m_locale));
    QStringList captions, amounts;
    if (const Result<PricedBasket> priced = m_cart->priced()) {
        for (const TaxText::Row &row :
            TaxText::breakdown(priced->amountTotal - priced->amountTax, priced->taxes, m_locale)) {
            captions.append(row.caption);
            amounts.append(Money(row.amount, m_cart->currency()).format(m_locale));
        }
    }
    m_taxCaptions->setText(captions.join(QLatin1Char('\n')));
    m_taxAmounts->setText(amounts.join(QLatin1Char('\n')));
    m_taxCaptions->setVisible(!captions.isEmpty());
    m_taxAmounts->setVisible(!captions.isEmpty());

    QString hint;
    bool ok = true;
    if (m_cart->isEmpty()) {
        ok = false;
    } else if (const Status status = m_cart->validateForCheckout(); !status) {
        ok = false;
        const Currency &currency = m_cart->currency();
        if (status.error().code == QLatin1String("amount_too_small"))
            hint = tr("Minimum card payment is %1.").arg(Money(currency.minimumCharge, currency).format(m_locale));
        else if (status.error().code == QLatin1String("amount_too_large"))
            hint = tr("The total is above the card payment limit of %1.")
                       .arg(Money(currency.maximumCharge, currency).format(m_locale));
        else
            hint = describeProblem(status.error());
    }
    const bool emailOk = isAcceptableEmail(m_email->text());
    m_email->setProperty("invalid", !emailOk);
    Theme::repolish(m_email);
    if (ok && !emailOk) {
        ok = false;
        hint = tr("Check the email address, or leave it empty.");
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_pay->setEnabled(ok);
    m_pay->setText(ok ? tr("Pay %1").arg(total.format(m_locale)) : tr("Pay"));
    m_cash->setEnabled(ok);
    m_cash->setText(tr("Cash", "pay in cash"));
}

void BasketPanel::setCashEnabled(bool enabled)
{
    m_cash->setVisible(enabled);
}

} // namespace Kiosk::Ui
