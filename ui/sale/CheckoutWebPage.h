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

Q_SIGNALS:
    void returnPageReached(bool success);
    void navigationBlocked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    NavigationPolicy m_policy;
};

} // namespace Kiosk::Ui
