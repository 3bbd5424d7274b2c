// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Kiosk {

/**
 * One page of a Stripe list over a period of creation times, as the day report asks for charges,
 * refunds and balance transactions: {created: {gte, lt}, limit, starting_after}. Unset members
 * are not sent. Times are Unix seconds; [gte, lt) is the business day's UTC interval.
 */
struct PeriodListParams
{
    std::optional<qint64> createdGte;
    std::optional<qint64> createdLt;
    int limit = 100;
    QString startingAfter;

    /** Query parameters exactly as stripe-node sends {created: {gte, lt}, limit,
     *  starting_after} (tests/node cross-checks it). */
    [[nodiscard]] QList<QPair<QString, QString>> toParams() const;
};

} // namespace Kiosk
