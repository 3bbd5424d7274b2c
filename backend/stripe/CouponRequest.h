// SPDX-License-Identifier: MIT
#pragma once

#include "Percentage.h"
#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Kiosk {

/**
 * Parameters of POST /v1/coupons for one basket's discount. The equivalent stripe-node call is
 *   stripe.coupons.create({percent_off?, amount_off?, currency?, duration, name?,
 *       max_redemptions?, metadata?})
 * with `percent_off` the JS number of the percentage's decimal text and `?` fields left out when
 * empty; toParams() yields exactly the pairs stripe-node sends for that object, in that order
 * (tests/node cross-checks it).
 */
struct CouponRequest
{
    std::optional<Percentage> percentOff; ///< exactly one of percentOff and amountOff
    std::optional<qint64> amountOff; ///< minor units of `currency`
    QString currency; ///< lower-case ISO code; required with amountOff only
    QString duration = QStringLiteral("once");
    QString name; ///< shown to the buyer, at most 40 characters
    std::optional<qint64> maxRedemptions;
    QList<QPair<QString, QString>> metadata;

    [[nodiscard]] QList<QPair<QString, QString>> toParams() const;
    /** Stripe's rules: one of percent_off (above 0, at most 100) and amount_off (positive, with a
     *  lower-case currency), duration once|forever, a name of at most 40 characters, a positive
     *  max_redemptions, metadata as for sessions. */
    [[nodiscard]] Result<void> validate() const;
};

} // namespace Kiosk
