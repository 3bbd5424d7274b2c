// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk::Sim {

/** What a customer typed on the payment page (or a test sent to /_sim/sessions/{id}/pay). */
struct PaymentInput
{
    QString card;
    QString email;
    QString expiry;
    QString cvc;
    QString name;
    QString threeDSecure; ///< "", "complete" or "fail"
    bool async = false; ///< a delayed payment: completes unpaid, finished later by /_sim/…/async
};

} // namespace Kiosk::Sim
