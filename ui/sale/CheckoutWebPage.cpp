// SPDX-License-Identifier: MIT
#include "CheckoutWebPage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckoutPage, "kiosk.ui.checkout")

namespace Kiosk::Ui {

CheckoutWebPage::CheckoutWebPage(QWebEngineProfile *profile, NavigationPolicy policy, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policy(std::move(policy))
{ }

bool CheckoutWebPage::acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame)
{
    switch (m_policy.check(url, isMainFrame)) {
    case NavigationPolicy::Verdict::Allow:
        return true;
    case NavigationPolicy::Verdict::ReturnSuccess:
        Q_EMIT returnPageReached(true);
        return true;
    case NavigationPolicy::Verdict::ReturnCancel:
        Q_EMIT returnPageReached(false);
        return true;
    case NavigationPolicy::Verdict::Block:
        break;
    }
    // Only the host is logged: query strings of payment pages are nobody's business.
    qCInfo(lcCheckoutPage) << "blocked navigation to" << url.scheme() << url.host();
    Q_EMIT navigationBlocked(url);
    return false;
}

QWebEnginePage *CheckoutWebPage::createWindow(WebWindowType)
{
    // "Open in new window" links land in this page, where the navigation policy applies.
    return this;
}

} // namespace Kiosk::Ui
