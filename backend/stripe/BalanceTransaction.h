// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QString>

namespace Kiosk {

/**
 * A Stripe `balance_transaction` as the day report reads it (stripe-reference.md "Balance
 * transactions"): gross `amount` (negative for money out), Stripe's `fee`, `net` = amount − fee,
 * and the `source` it belongs to (ch_…, re_…; an expanded source gives its id).
 */
struct BalanceTransaction
{
    QString id; // txn_…
    qint64 amount = 0;
    qint64 fee = 0;
    qint64 net = 0;
    QString currency; // lower case, as Stripe sends it
    QString type; // charge, payment, refund, payment_refund, adjustment, payout, …
    QString source; // empty when null
    qint64 created = 0;
};

} // namespace Kiosk
