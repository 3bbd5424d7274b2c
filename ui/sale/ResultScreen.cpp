// SPDX-License-Identifier: MIT
#include "ResultScreen.h"

#include "Money.h"
#include "ReceiptDocument.h"
#include "Theme.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Kiosk::Ui {

ResultScreen::ResultScreen(const QLocale &locale, QString shopName, QWidget *parent, Layout layout)
    : QWidget(parent)
    , m_locale(locale)
    , m_shopName(std::move(shopName))
    , m_layout(layout)
{
    setObjectName(QStringLiteral("resultScreen"));
    setAttribute(Qt::WA_StyledBackground);
    const bool self = m_layout == Layout::SelfService;
    m_root = new QBoxLayout(QBoxLayout::LeftToRight, this);
    auto *root = m_root;
    root->setContentsMargins(24, 24, 24, 24);
    root->setSpacing(24);

    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("resultCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 32, 32, 32);
    cardLayout->setSpacing(14);
    m_icon = new QLabel(card);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("resultTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_amount = new QLabel(card);
    m_amount->setObjectName(QStringLiteral("resultAmount"));
    m_amount->setAlignment(Qt::AlignCenter);
    m_detail = new QLabel(card);
    m_detail->setObjectName(QStringLiteral("resultDetail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_pickupCaption = new QLabel(card);
    m_pickupCaption->setObjectName(QStringLiteral("pickupCaption"));
    m_pickupCaption->setAlignment(Qt::AlignCenter);
    m_pickupCaption->hide();
    m_pickup = new QLabel(card);
    m_pickup->setObjectName(QStringLiteral("pickupNumber"));
    m_pickup->setAlignment(Qt::AlignCenter);
    m_pickup->setWordWrap(true);
    m_pickup->hide();
    m_newSale = new QPushButton(card);
    m_newSale->setObjectName(QStringLiteral("newSaleButton"));
    m_newSale->setProperty("role", QStringLiteral("primary"));
    m_backToBasket = new QPushButton(card);
    m_backToBasket->setObjectName(QStringLiteral("backToBasketButton"));
    m_backToBasket->setAutoDefault(true);
    m_newSale->setAutoDefault(true);
    m_countdown = new QLabel(card);
    m_countdown->setObjectName(QStringLiteral("resultReturn"));
    m_countdown->setAlignment(Qt::AlignCenter);
    cardLayout->addStretch();
    cardLayout->addWidget(m_icon);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_pickupCaption);
    cardLayout->addWidget(m_pickup);
    cardLayout->addWidget(m_amount);
    cardLayout->addWidget(m_detail);
    cardLayout->addStretch();
    m_actions = new QVBoxLayout;
    m_actions->setSpacing(10);
    m_actions->addWidget(m_newSale);
    m_actions->addWidget(m_backToBasket);
    cardLayout->addLayout(m_actions);
    cardLayout->addWidget(m_countdown);
    root->addWidget(card, 3);

    auto *receiptPanel = new QWidget(this);
    receiptPanel->setObjectName(QStringLiteral("receiptPanel"));
    receiptPanel->setAttribute(Qt::WA_StyledBackground);
    auto *receiptLayout = new QVBoxLayout(receiptPanel);
    receiptLayout->setContentsMargins(16, 16, 16, 16);
    m_receipt = new QTextBrowser(receiptPanel);
    m_receipt->setObjectName(QStringLiteral("receiptView"));
    m_receipt->setFrameShape(QFrame::NoFrame);
    // One above the other: side by side they do not fit a 1024 px screen in every language.
    auto *buttons = new QVBoxLayout;
    m_savePdf = new QPushButton(receiptPanel);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_print = new QPushButton(receiptPanel);
    m_print->setObjectName(QStringLiteral("printButton"));
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_print);
    m_receiptNote = new QLabel(receiptPanel);
    m_receiptNote->setObjectName(QStringLiteral("receiptNote"));
    m_receiptNote->setWordWrap(true);
    m_receiptNote->hide();
    receiptLayout->addWidget(m_receipt, 1);
    receiptLayout->addWidget(m_receiptNote);
    receiptLayout->addLayout(buttons);
    root->addWidget(receiptPanel, 2);
    if (self) {
        // Nothing on a customer's screen may open the file system: no PDF, and no print dialog.
        m_savePdf->hide();
        m_savePdf->setEnabled(false);
        m_print->setProperty("scale", QStringLiteral("huge"));
        m_newSale->setProperty("scale", QStringLiteral("huge"));
        m_backToBasket->setProperty("scale", QStringLiteral("huge"));
        for (QPushButton *b : { m_print, m_newSale, m_backToBasket })
            b->setFocusPolicy(Qt::NoFocus);
    }

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ResultScreen::tick);
    connect(m_newSale, &QPushButton::clicked, this, [this] { finish(false); });
    connect(m_backToBasket, &QPushButton::clicked, this, [this] { finish(true); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        if (m_layout == Layout::SelfService)
            return; // hidden there; never a file dialog on a customer's screen
        m_timer->stop(); // the cashier is busy with the receipt: no surprise jump to a new sale
        m_waitingForCashier = true;
        m_countdown->setText(countdownSentence());
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save receipt"),
            dir + QStringLiteral("/receipt-") + m_order.number + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty()) {
            const Status saved = saveReceiptPdf(path);
            m_detail->setText(saved ? tr("Receipt saved to %1").arg(path) : saved.error().message);
        }
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_layout == Layout::SelfService) {
            // Straight to the kiosk's printer: a customer gets paper, never a dialog.
            QPrinter printer(QPrinter::HighResolution);
            if (!printer.isValid() || printer.outputFormat() != QPrinter::NativeFormat) {
                m_receiptNote->setText(tr("The printer is not available."));
                m_receiptNote->show();
                return;
            }
            ReceiptDocument(m_order, m_shopName, m_locale).print(printer);
            m_receiptNote->setText(tr("Your receipt is being printed."));
            m_receiptNote->show();
            return;
        }
        m_timer->stop();
        m_waitingForCashier = true;
        m_countdown->setText(countdownSentence());
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            ReceiptDocument(m_order, m_shopName, m_locale).print(printer);
    });
    retranslateUi();
}

void ResultScreen::retranslateUi()
{
    const bool self = m_layout == Layout::SelfService;
    m_newSale->setText(self ? tr("Done") : tr("New sale"));
    m_backToBasket->setText(tr("Back to the basket"));
    m_savePdf->setText(tr("Save PDF"));
    m_print->setText(self ? tr("Print receipt") : tr("Print", "print the receipt"));
    m_pickupCaption->setText(tr("Your order number"));
    m_receipt->setAccessibleName(tr("Receipt"));
    if (m_order.id != 0) {
        renderOrder();
        m_countdown->setText(countdownSentence());
    }
}

void ResultScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_locale = QLocale(); // Language::switchTo() set the language's locale: amounts follow it
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

QString ResultScreen::pickupNumber(const QString &orderNumber)
{
    const qsizetype dash = orderNumber.lastIndexOf(QLatin1Char('-'));
    QString sequence = orderNumber.mid(dash + 1);
    bool digits = !sequence.isEmpty();
    for (const QChar c : std::as_const(sequence))
        digits = digits && c.isDigit();
    if (!digits)
        return orderNumber;
    while (sequence.size() > 1 && sequence.startsWith(QLatin1Char('0')))
        sequence.remove(0, 1);
    return sequence;
}

QString ResultScreen::pickupText() const
{
    return m_pickup->isHidden() ? QString() : m_pickup->text();
}

void ResultScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_layout == Layout::SelfService)
        m_root->setDirection(width() >= height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

QString ResultScreen::titleText() const
{
    return m_title->text();
}

QString ResultScreen::detailText() const
{
    return m_detail->text();
}

QString ResultScreen::amountText() const
{
    return m_amount->text();
}

QString ResultScreen::countdownText() const
{
    return m_countdown->text();
}

void ResultScreen::showOrder(const Kiosk::Order &order)
{
    m_order = order;
    m_waitingForCashier = false;
    renderOrder();

    const bool paid = order.status == OrderStatus::Paid;
    const bool self = m_layout == Layout::SelfService;
    m_savePdf->setEnabled(paid && !self);
    m_print->setEnabled(paid);
    // The pickup number is what a self-service customer waits for, so it is the largest thing.
    m_pickup->setText(pickupNumber(order.number));
    m_pickup->setVisible(self && paid);
    m_pickupCaption->setVisible(self && paid);
    m_receiptNote->hide();
    // Paper only where there is a printer: a customer gets no "printer not found" dialog.
    m_print->setVisible(!self || !QPrinterInfo::availablePrinters().isEmpty());
    const bool offerBack = offersBasketBack(order.status);
    m_keepWhenIdle = order.status == OrderStatus::Cancelled;
    m_backToBasket->setVisible(offerBack);
    // The button for what the countdown will do is the primary one.
    m_backToBasket->setProperty("role", m_keepWhenIdle ? QStringLiteral("primary") : QString());
    m_newSale->setProperty("role", m_keepWhenIdle ? QString() : QStringLiteral("primary"));
    Theme::repolish(m_backToBasket);
    Theme::repolish(m_newSale);
    // Full width, one above the other (the labels are long in large type), the primary on top.
    QPushButton *primary = m_keepWhenIdle ? m_backToBasket : m_newSale;
    m_actions->removeWidget(primary);
    m_actions->insertWidget(0, primary);
    (m_keepWhenIdle ? m_backToBasket : m_newSale)->setFocus(Qt::OtherFocusReason);

    m_left = m_delaySecs;
    m_countdown->setText(countdownSentence());
    m_timer->start();
}

void ResultScreen::renderOrder()
{
    const Kiosk::Order &order = m_order;
    const auto total = Money::fromMinor(order.amountTotal, order.currency);
    m_amount->setText(total ? total->format(m_locale) : QString());

    QString title;
    QString detail;
    QString outcome;
    QString icon;
    switch (order.status) {
    case OrderStatus::Paid:
        title = tr("Paid", "outcome of the sale");
        detail = tr("Order %1 \u2014 thank you!").arg(order.number);
        if (order.isCash()) {
            const auto cash = [&order, this](qint64 minor) {
                const auto m = Money::fromMinor(minor, order.currency);
                return m ? m->format(m_locale) : QString();
            };
            detail += QLatin1Char('\n')
                + tr("Cash: %1 \u00b7 Change: %2").arg(cash(order.cashTendered), cash(order.cashChange));
        }
        outcome = QStringLiteral("paid");
        icon = QStringLiteral("paid");
        break;
    case OrderStatus::Cancelled:
        title = tr("Cancelled", "outcome of the sale");
        detail = tr("Order %1 was cancelled. Nothing was charged.").arg(order.number);
        outcome = QStringLiteral("cancelled");
        icon = QStringLiteral("cancelled");
        break;
    case OrderStatus::Expired:
        title = tr("Expired", "outcome of the sale");
        detail = tr("The payment for order %1 timed out. Nothing was charged.").arg(order.number);
        outcome = QStringLiteral("expired");
        icon = QStringLiteral("expired");
        break;
    case OrderStatus::NeedsReview:
        title = tr("Needs review", "outcome of the sale");
        detail = tr("Order %1: %2 Please call the manager.").arg(order.number, order.statusReason);
        outcome = QStringLiteral("failed");
        icon = QStringLiteral("failed");
        break;
    default:
        title = tr("Failed", "outcome of the sale");
        detail = tr("Order %1: %2")
                     .arg(order.number,
                         order.statusReason.isEmpty() ? tr("The payment did not go through.") : order.statusReason);
        outcome = QStringLiteral("failed");
        icon = QStringLiteral("failed");
        break;
    }
    m_title->setText(title);
    m_title->setProperty("outcome", outcome);
    Theme::repolish(m_title);
    m_detail->setText(detail);
    m_icon->setPixmap(QIcon(QStringLiteral(":/kiosk/icons/%1.svg").arg(icon)).pixmap(QSize(96, 96)));
    m_icon->setAccessibleName(title);
    m_receipt->setHtml(ReceiptDocument(order, m_shopName, m_locale).html());
}

bool ResultScreen::offersBasketBack(OrderStatus status)
{
    return status == OrderStatus::Cancelled || status == OrderStatus::Expired;
}

QString ResultScreen::countdownSentence() const
{
    if (m_waitingForCashier)
        return tr("Tap \u201cNew sale\u201d when done.");
    if (m_keepWhenIdle)
        return tr("Back to the basket in %n s", "countdown on the result screen", m_left);
    return m_layout == Layout::SelfService ? tr("Starting over in %n s", "countdown on the self-service result", m_left)
                                           : tr("New sale in %n s", "countdown on the result screen", m_left);
}

void ResultScreen::finish(bool keepBasket)
{
    m_timer->stop();
    Q_EMIT finished(keepBasket && offersBasketBack(m_order.status));
}

Status ResultScreen::saveReceiptPdf(const QString &path)
{
    return ReceiptDocument(m_order, m_shopName, m_locale).savePdf(path);
}

void ResultScreen::tick()
{
    --m_left;
    if (m_left <= 0) {
        finish(m_keepWhenIdle);
        return;
    }
    m_countdown->setText(countdownSentence());
}

} // namespace Kiosk::Ui
