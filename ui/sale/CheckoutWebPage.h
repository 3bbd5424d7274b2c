// SPDX-License-Identifier: MIT
#pragma once

#include "NavigationPolicy.h"

#include <QWebEnginePage>

namespace Kiosk::Ui {

/**
 * The page that shows Stripe's hosted checkout. Every navigation goes through NavigationPolicy;
 * popups open in this same page (and so pass the same policy). Reaching our return pages is
 * reported, not trusted: the outcome always comes from the backend.
 */
class CheckoutWebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutWebPage)

public:
    CheckoutWebPage(QWebEngineProfile *profile, NavigationPolicy policy, QObject *parent = nullptr);

    /** Loads about:blank to start the renderer; warmedUp() once it is live. Only on a fresh page. */
    void warmUp();
    /** Loads the customer's page; from now on the page is no longer fresh. */
    void open(const QUrl &url);

Q_SIGNALS:
    void returnPageReached(bool success);
    void navigationBlocked(const QUrl &url);
    /** The warm-up load finished: the renderer process runs and waits for the session's page. */
    void warmedUp();
    /** A page other than the warm-up finished loading (ok false on a network error or abort). */
    void pageLoaded(bool ok);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void onLoadingChanged(const QWebEngineLoadingInfo &info);

    NavigationPolicy m_policy;
    bool m_fresh = true; ///< nothing but about:blank was ever requested
};

} // namespace Kiosk::Ui
