// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Kiosk {

/** Filter for the manager's history. Empty fields do not filter. */
struct HistoryFilter
{
    QDateTime from; ///< inclusive, UTC
    QDateTime to; ///< exclusive, UTC
    QList<OrderStatus> statuses; ///< any of these
    /**
     * Case-insensitive text, trimmed. Matches an order if
     * - a product name of one of its lines CONTAINS it (three characters or more), or
     * - its order number or customer e-mail STARTS with it, or, from three characters on, any
     *   word inside them does: words start after a non-alphanumeric character, so "novak",
     *   "example.com" and "000123" find "grace.novak12@example.com" / "K1-000123", but "ovak",
     *   "xample" or "123" do not.
     * One or two characters match only the beginning of the order number or e-mail (never
     * product names, never a scan). Every match uses an index; see bench/store/README.md.
     */
    QString text;
};

struct CurrencyTotal
{
    QString currency;
    qint64 amount = 0; ///< sum of amount_total in minor units
    qint64 orders = 0;
    /** Sum of amount_refunded of the same orders: refunds that count (pending and succeeded). */
    qint64 refunded = 0;
};

} // namespace Kiosk
