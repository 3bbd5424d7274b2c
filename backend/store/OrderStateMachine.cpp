// SPDX-License-Identifier: MIT
#include "Order.h"

namespace Kiosk {

// The whole life of an order in one place. needs_review is where automation stops: only a
// manager moves it on (to paid after checking the payment, or to cancelled after a refund), and
// OrderStore enforces that with the "manager" source. Terminal states never move again, except
// that refunds move a paid order on (paid → partially_refunded → refunded) and a failed or
// inconsistent refund sends it to needs_review; a manager may settle such an order as refunded.
bool OrderStateMachine::isTerminal(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Paid:
    case OrderStatus::PartiallyRefunded:
    case OrderStatus::Refunded:
    case OrderStatus::Cancelled:
    case OrderStatus::Expired:
    case OrderStatus::Failed:
        return true;
    case OrderStatus::Draft:
    case OrderStatus::AwaitingPayment:
    case OrderStatus::Processing:
    case OrderStatus::NeedsReview:
        return false;
    }
    return false;
}

bool OrderStateMachine::needsHuman(OrderStatus s)
{
    return s == OrderStatus::NeedsReview;
}

bool OrderStateMachine::canTransition(OrderStatus from, OrderStatus to)
{
    if (from == to)
        return true;
    switch (from) {
    case OrderStatus::Draft:
        return to == OrderStatus::AwaitingPayment || to == OrderStatus::Failed || to == OrderStatus::Cancelled;
    case OrderStatus::AwaitingPayment:
        return to == OrderStatus::Processing || to == OrderStatus::Paid || to == OrderStatus::Cancelled
            || to == OrderStatus::Expired || to == OrderStatus::Failed || to == OrderStatus::NeedsReview;
    case OrderStatus::Processing:
        return to == OrderStatus::Paid || to == OrderStatus::Failed || to == OrderStatus::NeedsReview;
    case OrderStatus::NeedsReview:
        return to == OrderStatus::Paid || to == OrderStatus::Cancelled || to == OrderStatus::PartiallyRefunded
            || to == OrderStatus::Refunded;
    case OrderStatus::Paid:
        return to == OrderStatus::PartiallyRefunded || to == OrderStatus::Refunded || to == OrderStatus::NeedsReview;
    case OrderStatus::PartiallyRefunded:
        return to == OrderStatus::Refunded || to == OrderStatus::NeedsReview;
    case OrderStatus::Refunded:
        return to == OrderStatus::NeedsReview;
    case OrderStatus::Cancelled:
    case OrderStatus::Expired:
    case OrderStatus::Failed:
        return false;
    }
    return false;
}

Status OrderStateMachine::check(OrderStatus from, OrderStatus to)
{
    if (canTransition(from, to))
        return {};
    return makeError(QStringLiteral("illegal_transition"),
        QStringLiteral("An order cannot move from %1 to %2.").arg(toString(from), toString(to)));
}

} // namespace Kiosk
