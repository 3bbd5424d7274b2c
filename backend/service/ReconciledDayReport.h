// SPDX-License-Identifier: MIT
#pragma once

#include "CashDrawer.h"
#include "DayClose.h"
#include "DayReport.h"
#include "StripeReconciliation.h"

#include <optional>

namespace Kiosk {

/**
 * A business day's report as the manager and the JSON API see it: the local figures (DayReport),
 * the reconciliation with Stripe for the same UTC interval (none when Stripe could not be asked:
 * `stripeError` says why, the local figures still stand), of one till (`kioskId`) or the shop, and
 * the newest close entry when the day is closed (then everything here is as it was frozen).
 */
struct ReconciledDayReport
{
    DayReport local;
    QString kioskId; ///< empty: the whole shop
    std::optional<StripeReconciliation> stripe;
    QString stripeError; ///< for people, when `stripe` is empty
    std::optional<DayClose> closed;
    /** The cash drawer of each currency with cash (the till's, or every till's added up): float,
     *  in, out, cash sales (after cash rounding) and cash refunds → expected; `count` once the
     *  day was closed with the counted cash. */
    struct Drawer
    {
        QString currency;
        CashDrawerBalance balance;
        std::optional<CashCount> count;
    };
    QList<Drawer> drawers;

    /** Every currency of the day, here or at Stripe, alphabetical (upper case). */
    [[nodiscard]] QStringList currencies() const;
};

} // namespace Kiosk
