// SPDX-License-Identifier: MIT
#pragma once

#include "CheckoutWebPage.h"
#include "NavigationPolicy.h"
#include "Order.h"

#include <QLocale>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;
class QTimer;
class QWebEngineProfile;
class QWebEngineView;

namespace Kiosk::Ui {

/**
 * The customer pays here: Stripe's hosted checkout page in an embedded browser, with the total,
 * a countdown to the session's expiry, a QR code of the same page (to pay on a phone) and Cancel.
 *
 * Each customer gets a fresh off-the-record QWebEngineProfile, with its own page and view, that is
 * deleted when their sale ends, so cookies, cache, storage, HTTP auth and form data of one
 * customer never reach the next. Building that browser and starting its renderer takes a few
 * hundred milliseconds, so it is done ahead of Pay: prepareBrowser() (the owner calls it when a
 * basket gets its first item) and the end of every sale build the next customer's browser
 * kPrepareDelayMs later and warm its renderer on about:blank. Nothing is built before that, so
 * the kiosk starts fast and small. A tap that comes before the browser is ready builds it then.
 *
 * The screen never decides an outcome: reaching a return page only shows "Confirming payment…";
 * the owner switches screens when the backend reports the order's status.
 */
class CheckoutScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutScreen)

public:
    using NowSource = std::function<QDateTime()>;

    /** Idle time before the next customer's browser is built: lets what was just tapped paint. */
    static constexpr int kPrepareDelayMs = 300;

    /** Staffed: the page beside a side panel. SelfService: "Pay on your phone" (a large QR code)
     *  comes first, the page only after "Pay here on the screen"; top to bottom in portrait. */
    enum class Layout { Staffed, SelfService };

    CheckoutScreen(const QLocale &locale, QWidget *parent = nullptr, Layout layout = Layout::Staffed);
    ~CheckoutScreen() override;

    void setNavigationPolicy(const NavigationPolicy &policy) { m_policy = policy; }
    void setNowSource(NowSource now) { m_now = std::move(now); }

    /** "Preparing secure payment…" while the session is created. */
    void showPreparing(const QString &totalText);
    /** Loads the session's page and shows its total, QR code and countdown. */
    void showSession(const Kiosk::Order &order);
    /** A hint beside the page (e.g. why a cancel did not go through); the page stays. */
    void showDeclineHint(const QString &message);
    /** A card was declined on the hosted page: "Card declined — try another card" beside the
     *  page, in the screen's language (the bank's English words, `bankMessage`, are only its
     *  tooltip; the hosted page shows them itself); the page stays for another card. */
    void showDecline(const QString &bankMessage);
    /** The page reached a return page or Cancel was pressed: wait for the backend. */
    void showConfirming(const QString &text);
    /** Ends the sale's browsing: view, page, profile and its data deleted; the next is prepared. */
    void endSession();
    /** Builds the next customer's browser soon, if there is none; returns at once. */
    void prepareBrowser();

    [[nodiscard]] bool hasWebView() const { return m_view != nullptr; }
    /** The next customer's browser is built and its renderer runs; no page of theirs yet. */
    [[nodiscard]] bool isBrowserPrepared() const { return m_prepared; }
    /** The current (or prepared) customer's off-the-record profile; null when none. */
    [[nodiscard]] QWebEngineProfile *profile() const;
    [[nodiscard]] QWebEngineView *webView() const { return m_view; }
    [[nodiscard]] CheckoutWebPage *page() const { return m_page; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString countdownText() const;
    [[nodiscard]] QString declineHint() const;
    [[nodiscard]] QImage qrImage() const { return m_qrImage; }
    /** Self-service: the button that brings up the hosted page; null in the staffed layout. */
    [[nodiscard]] QPushButton *payHereButton() const { return m_payHere; }
    /** Whether the hosted page is on screen (self-service shows it only on request). */
    [[nodiscard]] bool isPageShown() const;

Q_SIGNALS:
    void cancelRequested();
    void returnPageReached(bool success);
    /** The hosted page finished loading (ok false on a network error). */
    void pageLoaded(bool ok);
    /** The next customer's browser is ready (see isBrowserPrepared()). */
    void browserPrepared();

protected:
    void changeEvent(QEvent *event) override;

    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void showPage(bool shown);
    void ensureView();
    void buildNextBrowser();
    void updateCountdown();

    QLocale m_locale;
    Layout m_layout;
    NavigationPolicy m_policy;
    NowSource m_now;
    QDateTime m_expiresAt;
    std::optional<Kiosk::Order> m_order; ///< the session shown, for retranslating its texts
    bool m_preparing = false;
    QLabel *m_title = nullptr;

    QLabel *m_total = nullptr;
    QLabel *m_orderNumber = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_qrCaption = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_decline = nullptr;
    bool m_showingDecline = false; ///< the hint is a decline (retranslated), not a message
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_payHere = nullptr;
    QBoxLayout *m_root = nullptr;
    QWidget *m_pageHost = nullptr;
    QList<QWidget *> m_phoneParts; ///< self-service: hidden while the on-screen keyboard is up
    QStackedLayout *m_pageStack = nullptr;
    QWidget *m_placeholder = nullptr;
    QLabel *m_placeholderText = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_prepare = nullptr;
    QImage m_qrImage;
    bool m_prepared = false;

    QWebEngineView *m_view = nullptr;
    QPointer<QWebEngineProfile> m_profile;
    QPointer<CheckoutWebPage> m_page;
};

} // namespace Kiosk::Ui
