// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk {

/** `customer_details` of a completed Checkout Session (null fields become empty strings). */
struct CustomerDetails
{
    QString email;
    QString name;
    QString phone;
    QString taxExempt;
};

} // namespace Kiosk
