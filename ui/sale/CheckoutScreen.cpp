// SPDX-License-Identifier: MIT
#include "CheckoutScreen.h"

#include "CheckoutWebPage.h"
#include "Money.h"
#include "QrCodeImage.h"
#include "Theme.h"

#include <QGuiApplication>
#include <QHostAddress>
#include <QInputMethod>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <QWindow>

namespace Kiosk::Ui {

namespace {
constexpr qreal kSelfServiceZoom = 1.3;

/** True when the payment page is on a loopback address (the demo simulator listening on
 *  127.0.0.1): its QR code works on no other device. Stripe's pages never are. */
bool pageOnlyOnThisMachine(const QString &sessionUrl)
{
    const QString host = QUrl(sessionUrl).host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

CheckoutScreen::CheckoutScreen(const QLocale &locale, QWidget *parent, Layout layout)
    : QWidget(parent)
    , m_locale(locale)
    , m_layout(layout)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("checkoutScreen"));
    setAttribute(Qt::WA_StyledBackground);
    const bool self = m_layout == Layout::SelfService;
    m_root = new QBoxLayout(QBoxLayout::LeftToRight, this);
    auto *root = m_root;
    root->setContentsMargins(16, 16, 16, 16);
    root->setSpacing(16);

    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("checkoutSidePanel"));
    side->setAttribute(Qt::WA_StyledBackground);
    if (!self)
        side->setFixedWidth(300);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(20, 20, 20, 20);
    sideLayout->setSpacing(10);
    auto *title = new QLabel(side);
    m_title = title;
    title->setObjectName(QStringLiteral("checkoutTitle"));
    title->setWordWrap(true); // "Mit Karte bezahlen" is wider than the till's side panel
    m_total = new QLabel(side);
    m_total->setObjectName(QStringLiteral("checkoutTotal"));
    m_orderNumber = new QLabel(side);
    m_orderNumber->setObjectName(QStringLiteral("checkoutOrderNumber"));
    m_countdown = new QLabel(side);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_qr = new QLabel(side);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qrCaption = new QLabel(side);
    m_qrCaption->setObjectName(QStringLiteral("qrCaption"));
    m_qrCaption->setAlignment(Qt::AlignCenter);
    m_qrCaption->setWordWrap(true);
    m_decline = new QLabel(side);
    m_decline->setObjectName(QStringLiteral("declineHint"));
    m_decline->setWordWrap(true);
    m_decline->hide();
    m_cancel = new QPushButton(side);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setProperty("role", QStringLiteral("danger"));
    if (self) {
        // Wallets often fail inside an embedded browser: the phone comes first, the page second.
        side->setProperty("layout", QStringLiteral("selfService"));
        title->setAlignment(Qt::AlignCenter);
        m_total->setAlignment(Qt::AlignCenter);
        m_orderNumber->setAlignment(Qt::AlignCenter);
        m_countdown->setAlignment(Qt::AlignCenter);
        m_payHere = new QPushButton(side);
        m_payHere->setObjectName(QStringLiteral("payHereButton"));
        m_payHere->setProperty("scale", QStringLiteral("huge"));
        m_payHere->setFocusPolicy(Qt::NoFocus);
        m_cancel->setProperty("scale", QStringLiteral("huge"));
        m_cancel->setFocusPolicy(Qt::NoFocus);
        connect(m_payHere, &QPushButton::clicked, this, [this] { showPage(true); });
        // With the on-screen keyboard up the customer is typing on the page: the phone panel
        // keeps only the total, the countdown and Cancel, so nothing of it is cut off.
        m_phoneParts = { title, m_orderNumber, m_qr, m_qrCaption };
        connect(QGuiApplication::inputMethod(), &QInputMethod::visibleChanged, this, [this] {
            const bool typing = QGuiApplication::inputMethod()->isVisible() && isPageShown();
            for (QWidget *part : std::as_const(m_phoneParts))
                part->setVisible(!typing && (part != m_qrCaption || !m_qrImage.isNull()));
        });
    }
    sideLayout->addWidget(title);
    sideLayout->addWidget(m_total);
    sideLayout->addWidget(m_orderNumber);
    sideLayout->addWidget(m_countdown);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_qr);
    sideLayout->addWidget(m_qrCaption);
    sideLayout->addWidget(m_decline);
    sideLayout->addStretch();
    if (m_payHere)
        sideLayout->addWidget(m_payHere);
    sideLayout->addWidget(m_cancel);
    root->addWidget(side); // self-service: alone, it fills the screen; beside the page, its own size

    auto *pageHost = new QWidget(this);
    m_pageHost = pageHost;
    m_pageStack = new QStackedLayout(pageHost);
    m_placeholder = new QWidget(pageHost);
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->addStretch();
    m_placeholderText = new QLabel(m_placeholder);
    m_placeholderText->setObjectName(QStringLiteral("checkoutStatus"));
    m_placeholderText->setAlignment(Qt::AlignCenter);
    m_busy = new QProgressBar(m_placeholder);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(320);
    placeholderLayout->addWidget(m_placeholderText);
    placeholderLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch();
    m_pageStack->addWidget(m_placeholder);
    root->addWidget(pageHost, 1);

    m_status = m_placeholderText;

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &CheckoutScreen::updateCountdown);
    connect(m_cancel, &QPushButton::clicked, this, &CheckoutScreen::cancelRequested);

    m_prepare = new QTimer(this);
    m_prepare->setSingleShot(true);
    m_prepare->setInterval(kPrepareDelayMs);
    connect(m_prepare, &QTimer::timeout, this, &CheckoutScreen::buildNextBrowser);
    retranslateUi();
}

void CheckoutScreen::retranslateUi()
{
    const bool self = m_layout == Layout::SelfService;
    m_title->setText(self ? tr("Pay on your phone") : tr("Pay by card"));
    if (m_showingDecline && !m_decline->isHidden())
        showDecline(m_decline->toolTip()); // in the new language
    if (m_order && pageOnlyOnThisMachine(m_order->sessionUrl))
        // Demo mode with the simulator on 127.0.0.1: a phone cannot reach the page (README).
        m_qrCaption->setText(tr("Demo mode: this code opens the payment page on this machine only; a phone "
                                "cannot reach it. Pay on the screen."));
    else
        m_qrCaption->setText(self ? tr("Scan the code with your phone\u2019s camera and pay there.")
                                  : tr("Or scan to pay on your phone"));
    if (m_payHere)
        m_payHere->setText(tr("Pay here on the screen"));
    m_cancel->setText(tr("Cancel payment"));
    m_qr->setAccessibleName(tr("QR code to pay on your phone"));
    if (m_preparing)
        m_status->setText(tr("Preparing secure payment\u2026"));
    if (m_order) {
        const auto total = Money::fromMinor(m_order->amountTotal, m_order->currency);
        m_total->setText(total ? total->format(m_locale) : QString());
        m_orderNumber->setText(tr("Order %1", "order number on the payment screen").arg(m_order->number));
    }
    updateCountdown();
}

void CheckoutScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_locale = QLocale(); // Language::switchTo() set the language's locale: the total follows it
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

CheckoutScreen::~CheckoutScreen()
{
    // The page must go before its profile.
    delete m_view;
    delete m_page.data();
    delete m_profile.data();
}

QString CheckoutScreen::statusText() const
{
    return m_pageStack->currentWidget() == m_placeholder ? m_status->text() : QString();
}

QWebEngineProfile *CheckoutScreen::profile() const
{
    return m_profile.data();
}

QString CheckoutScreen::countdownText() const
{
    return m_countdown->text();
}

QString CheckoutScreen::declineHint() const
{
    return m_decline->isHidden() ? QString() : m_decline->text();
}

void CheckoutScreen::showPreparing(const QString &totalText)
{
    m_total->setText(totalText);
    m_orderNumber->clear();
    m_countdown->clear();
    m_qr->clear();
    m_qrCaption->hide();
    m_decline->hide();
    m_cancel->setEnabled(false);
    m_order.reset();
    m_preparing = true;
    m_status->setText(tr("Preparing secure payment\u2026"));
    m_busy->show();
    m_pageStack->setCurrentWidget(m_placeholder);
    m_pageHost->show();
    if (m_payHere)
        m_payHere->hide();
}

void CheckoutScreen::ensureView()
{
    if (!m_profile) {
        // No storage name: off the record, nothing is written to disk and all of it dies with
        // the profile at the end of the sale.
        m_profile = new QWebEngineProfile(this);
        m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
        m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    }
    if (!m_page) {
        m_page = new CheckoutWebPage(m_profile, m_policy, this);
        m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
        m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        connect(m_page, &CheckoutWebPage::returnPageReached, this, &CheckoutScreen::returnPageReached);
        connect(m_page, &CheckoutWebPage::pageLoaded, this, &CheckoutScreen::pageLoaded);
        if (m_layout == Layout::SelfService) {
            // Read at arm's length by a customer standing at the kiosk; a load may reset it.
            m_page->setZoomFactor(kSelfServiceZoom);
            connect(m_page, &QWebEnginePage::loadFinished, this, [this] {
                if (m_page)
                    m_page->setZoomFactor(kSelfServiceZoom);
            });
        }
        connect(m_page, &CheckoutWebPage::warmedUp, this, [this] {
            m_prepared = true;
            Q_EMIT browserPrepared();
        });
    }
    if (!m_view) {
        m_view = new QWebEngineView(this);
        m_view->setObjectName(QStringLiteral("checkoutView"));
        m_view->setContextMenuPolicy(Qt::NoContextMenu);
        m_pageStack->addWidget(m_view);
    }
    if (m_view->page() != m_page)
        m_view->setPage(m_page);
}

void CheckoutScreen::prepareBrowser()
{
    if (!m_view && !m_prepare->isActive())
        m_prepare->start();
}

void CheckoutScreen::buildNextBrowser()
{
    if (m_view)
        return; // a customer's browser, or the prepared one, is there already
    const QWindow *shown = window()->windowHandle();
    if (!shown || !shown->isExposed()) {
        m_prepare->start(); // not before the till is on screen
        return;
    }
    ensureView();
    m_page->warmUp();
}

void CheckoutScreen::showSession(const Kiosk::Order &order)
{
    // The page first: it loads while the side panel is filled in.
    ensureView();
    m_prepare->stop();
    m_prepared = false;
    m_pageStack->setCurrentWidget(m_view);
    m_page->open(QUrl(order.sessionUrl));

    m_order = order;
    m_preparing = false;
    m_expiresAt = order.expiresAt;
    retranslateUi(); // total, order number, countdown
    m_tick->start();

    m_qrImage = QrCodeImage::render(order.sessionUrl, 4);
    showPage(m_layout == Layout::Staffed);
    m_qrCaption->setVisible(!m_qrImage.isNull());
    m_decline->hide();
    m_cancel->setEnabled(true);
}

bool CheckoutScreen::isPageShown() const
{
    return m_pageHost->isVisibleTo(this);
}

void CheckoutScreen::showPage(bool shown)
{
    // Self-service without the page: the QR code is the screen. With it, the code gets smaller.
    const int side = m_layout == Layout::SelfService && !shown ? 600 : (m_layout == Layout::SelfService ? 240 : 200);
    if (!m_qrImage.isNull())
        m_qr->setPixmap(QPixmap::fromImage(m_qrImage.scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation)));
    m_pageHost->setVisible(shown);
    if (m_payHere)
        m_payHere->setVisible(!shown);
}

void CheckoutScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_layout == Layout::SelfService)
        m_root->setDirection(width() >= height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void CheckoutScreen::showDeclineHint(const QString &message)
{
    m_showingDecline = false;
    m_decline->setToolTip(QString());
    m_decline->setText(message.isEmpty() ? tr("The card was declined. Try another card.") : message);
    m_decline->show();
}

void CheckoutScreen::showDecline(const QString &bankMessage)
{
    m_showingDecline = true;
    m_decline->setText(tr("Card declined \u2014 try another card"));
    m_decline->setToolTip(bankMessage);
    m_decline->show();
}

void CheckoutScreen::showConfirming(const QString &text)
{
    m_preparing = false;
    m_status->setText(text);
    m_busy->show();
    m_cancel->setEnabled(false);
    m_pageStack->setCurrentWidget(m_placeholder);
    m_pageHost->show();
    if (m_payHere)
        m_payHere->hide();
}

void CheckoutScreen::endSession()
{
    m_tick->stop();
    m_expiresAt = {};
    m_order.reset();
    m_preparing = false;
    // View, page and profile all go: the next customer starts with nothing of this one.
    if (m_view) {
        m_pageStack->removeWidget(m_view);
        delete m_view;
        m_view = nullptr;
    }
    if (m_page) {
        m_page->disconnect(this);
        delete m_page.data();
    }
    if (m_profile)
        m_profile->deleteLater();
    m_profile.clear();
    m_prepared = false;
    m_pageStack->setCurrentWidget(m_placeholder);
    prepareBrowser();
}

void CheckoutScreen::updateCountdown()
{
    if (!m_expiresAt.isValid()) {
        m_countdown->clear();
        return;
    }
    const qint64 left = qMax<qint64>(0, m_now().secsTo(m_expiresAt));
    const qint64 hours = left / 3600;
    const QString time = hours > 0 ? QStringLiteral("%1:%2:%3")
                                         .arg(hours)
                                         .arg((left / 60) % 60, 2, 10, QLatin1Char('0'))
                                         .arg(left % 60, 2, 10, QLatin1Char('0'))
                                   : QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    m_countdown->setText(tr("Expires in %1", "countdown to the payment session's end, e.g. 29:59").arg(time));
    m_countdown->setProperty("urgent", left < 120);
    Theme::repolish(m_countdown);
}

} // namespace Kiosk::Ui
