// SPDX-License-Identifier: MIT
#pragma once

#include "OrderStore.h"

#include <optional>

namespace Kiosk::Test {

/** One event through OrderStore::recordEvents(), the group-commit path webhooks and the events
 *  sweep use, with the status change its decision would return. Header-only: for tests that
 *  link kiosk_backend. */
inline Result<OrderStore::EventOutcome> recordOne(OrderStore &store, const PaymentEvent &event,
    std::optional<OrderStatus> to = std::nullopt, const TransitionDetails &details = {})
{
    OrderStore::EventWrite write;
    write.event = event;
    if (to)
        write.decide = [to, details](const Order &) -> Result<std::optional<OrderStore::EventDecision>> {
            return std::optional<OrderStore::EventDecision>(OrderStore::EventDecision { *to, details });
        };
    return store.recordEvents({ write }).constFirst().outcome;
}

} // namespace Kiosk::Test
