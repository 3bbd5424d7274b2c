// SPDX-License-Identifier: MIT
#include "NavigationPolicy.h"

namespace Kiosk::Ui {

void NavigationPolicy::addTrustedOrigin(const QUrl &origin)
{
    if (origin.isValid() && !origin.host().isEmpty())
        m_trusted.append(origin);
}

bool NavigationPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

NavigationPolicy::Verdict NavigationPolicy::check(const QUrl &url, bool isMainFrame) const
{
    if (!url.isValid())
        return Verdict::Block;
    // Card and 3-D Secure frames start blank before they load.
    if (!isMainFrame && url.scheme() == QLatin1String("about"))
        return Verdict::Allow;

    if (m_returnBase.isValid() && sameOrigin(url, m_returnBase)) {
        if (url.path() == QLatin1String("/checkout/success"))
            return Verdict::ReturnSuccess;
        if (url.path() == QLatin1String("/checkout/cancel"))
            return Verdict::ReturnCancel;
        return Verdict::Block;
    }
    for (const QUrl &origin : m_trusted) {
        if (sameOrigin(url, origin))
            return Verdict::Allow;
    }
    if (url.scheme() != QLatin1String("https") || !url.userInfo().isEmpty())
        return Verdict::Block;
    const QString host = url.host().toLower();
    if (host == QLatin1String("checkout.stripe.com") || host.endsWith(QLatin1String(".stripe.com"))
        || host.endsWith(QLatin1String(".stripe.network")))
        return Verdict::Allow;
    return Verdict::Block;
}

} // namespace Kiosk::Ui
