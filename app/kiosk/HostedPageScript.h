// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk::Ui {

/** JavaScript that fills the hosted checkout page's card form (the simulator's field ids, which
 *  mirror Stripe's) the way a customer would, firing input events, and optionally submits it.
 *  Used by the demo tour and the end-to-end tests. */
struct HostedPageScript
{
    static QString fillCard(const QString &card, const QString &expiry, const QString &cvc, const QString &name,
        const QString &email, bool submit = true);
    /** Evaluates to true once the card form is on the page. */
    static QString formReady();
};

} // namespace Kiosk::Ui
