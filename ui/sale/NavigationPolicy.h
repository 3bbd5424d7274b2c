// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QUrl>

namespace Kiosk::Ui {

/**
 * Where the on-screen checkout page may go: Stripe's hosted checkout and payment hosts over
 * https (checkout.stripe.com and other *.stripe.com / *.stripe.network hosts for 3-D Secure and
 * card frames), the configured Stripe API base (the simulator in demo mode serves its hosted page
 * there) and our own return pages. Everything else — a link to a shop's website, a search engine,
 * a file — is refused, so a customer cannot wander off the kiosk. Plain value type.
 */
class NavigationPolicy final
{
public:
    enum class Verdict { Allow, ReturnSuccess, ReturnCancel, Block };

    /** Also allows this origin (scheme, host, port), e.g. the simulator base URL. */
    void addTrustedOrigin(const QUrl &origin);
    /** Our loopback server; only /checkout/success and /checkout/cancel there are allowed. */
    void setReturnBase(const QUrl &base) { m_returnBase = base; }

    [[nodiscard]] Verdict check(const QUrl &url, bool isMainFrame = true) const;
    [[nodiscard]] bool allows(const QUrl &url, bool isMainFrame = true) const
    {
        return check(url, isMainFrame) != Verdict::Block;
    }

private:
    static bool sameOrigin(const QUrl &a, const QUrl &b);

    QList<QUrl> m_trusted;
    QUrl m_returnBase;
};

} // namespace Kiosk::Ui
