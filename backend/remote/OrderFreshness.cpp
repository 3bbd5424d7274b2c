// SPDX-License-Identifier: MIT
#include "OrderFreshness.h"

namespace Kiosk {

int OrderFreshness::rank(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return 0;
    case OrderStatus::AwaitingPayment:
        return 1;
    case OrderStatus::Processing:
        return 2;
    case OrderStatus::NeedsReview: // a manager settles it: paid or cancelled
        return 3;
    case OrderStatus::Paid:
    case OrderStatus::Cancelled:
    case OrderStatus::Expired:
    case OrderStatus::Failed:
        return 4;
    case OrderStatus::PartiallyRefunded:
        return 5;
    case OrderStatus::Refunded:
        return 6;
    }
    return 0;
}

OrderFreshness::Verdict OrderFreshness::compare(const Order &known, const Order &incoming)
{
    const int was = rank(known.status);
    const int is = rank(incoming.status);
    if (known.status != incoming.status) {
        if (is < was)
            return Verdict::Older;
        if (is == was)
            return Verdict::Older; // one settled outcome never turns into another: the first stands
        // Only a paid order is refunded; a cancelled, expired or failed one stays as it is.
        if (was == 4 && known.status != OrderStatus::Paid)
            return Verdict::Older;
        return Verdict::Newer;
    }
    if (known.updatedAt.isValid() && incoming.updatedAt.isValid()) {
        if (incoming.updatedAt < known.updatedAt)
            return Verdict::Older;
        if (incoming.updatedAt > known.updatedAt)
            return Verdict::Newer;
    }
    return Verdict::Same;
}

} // namespace Kiosk
