// SPDX-License-Identifier: MIT
#pragma once

#include "RefundRecord.h"

#include <QList>
#include <QString>

namespace Kiosk {

/** What the manager asks to give back: the whole remainder, chosen lines and quantities, or an
 *  amount; RefundPlanner's three rules. */
struct RefundOrderRequest
{
    enum class Kind { WholeRemainder, Lines, Amount };
    Kind kind = Kind::WholeRemainder;
    QList<RefundLine> lines; ///< Kind::Lines: 1-based line numbers and quantities
    qint64 amount = 0; ///< Kind::Amount: minor units of the order's currency
    QString reason; ///< requested_by_customer | duplicate | fraudulent, or empty
};

} // namespace Kiosk
