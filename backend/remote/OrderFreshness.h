// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"

namespace Kiosk {

/**
 * Which of two snapshots of one order is the newer, for a till that hears of an order from
 * replies, the change stream and polling in any order. Pure. A status never goes back (awaiting
 * → processing → settled → refunds) and a settled payment never becomes another settled one
 * (paid never becomes cancelled, nor the reverse); within one status the later `updatedAt`
 * wins, and without `updatedAt` the two count as the same.
 */
class OrderFreshness final
{
public:
    enum class Verdict { Older, Same, Newer };

    /** How `incoming` compares with `known`, the snapshot already delivered. */
    [[nodiscard]] static Verdict compare(const Order &known, const Order &incoming);
    /** Forward position of a status: draft 0 … refunded 6; the settled outcomes share one. */
    [[nodiscard]] static int rank(OrderStatus status);
};

} // namespace Kiosk
