// SPDX-License-Identifier: MIT
#pragma once

#include "Percentage.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Kiosk {

/**
 * A Stripe `coupon` as the kiosk reads it: what it needs to know the discount is the one it asked
 * for. fromJson() requires `id` and `object` "coupon"; `percent_off` (a JSON number of at most 4
 * decimals, read through its shortest decimal text) and `amount_off` may be null; a wrong type is
 * an "invalid_response" Error naming the field.
 */
struct StripeCoupon
{
    QString id;
    std::optional<Percentage> percentOff;
    std::optional<qint64> amountOff;
    QString currency; ///< empty when null
    bool valid = true;
    QByteArray raw;

    static Result<StripeCoupon> fromJson(const QByteArray &json);
};

} // namespace Kiosk
