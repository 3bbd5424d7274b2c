// SPDX-License-Identifier: MIT
#include "CheckoutWebPage.h"

#include <QLoggingCategory>
#include <QWebEngineLoadingInfo>

Q_LOGGING_CATEGORY(lcCheckoutPage, "kiosk.ui.checkout")

namespace Kiosk::Ui {

namespace {

bool isBlank(const QUrl &url)
{
    return url == QUrl(QStringLiteral("about:blank"));
}

} // namespace

CheckoutWebPage::CheckoutWebPage(QWebEngineProfile *profile, NavigationPolicy policy, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policy(std::move(policy))
{
    connect(this, &QWebEnginePage::loadingChanged, this, &CheckoutWebPage::onLoadingChanged);
}

void CheckoutWebPage::warmUp()
{
    if (m_fresh)
        load(QUrl(QStringLiteral("about:blank")));
}

void CheckoutWebPage::open(const QUrl &url)
{
    m_fresh = false;
    load(url);
}

void CheckoutWebPage::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
        return;
    const bool ok = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus;
    if (!isBlank(info.url()))
        Q_EMIT pageLoaded(ok);
    else if (m_fresh && ok)
        Q_EMIT warmedUp();
}

bool CheckoutWebPage::acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame)
{
    // The warm-up's blank page, before any customer's page was asked for; never after.
    if (isMainFrame && isBlank(url) && m_fresh)
        return true;
    if (isMainFrame)
        m_fresh = false;
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
