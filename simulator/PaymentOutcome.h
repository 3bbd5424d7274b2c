// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk::Sim {

/** How one payment attempt ended, for the page (HTTP status, message, field) and the control API. */
struct PaymentOutcome
{
    enum class Kind { Paid, Processing, Declined, Invalid, RequiresAction, Closed, NotFound };
    Kind kind = Kind::NotFound;
    QString message;
    QString field; ///< the page's input id the message is about ("cardNumber"), if any
    QString code;
    QString declineCode;
    QString authToken; ///< RequiresAction: the 3-D Secure attempt to complete or fail
    int status = 200;
};

} // namespace Kiosk::Sim
