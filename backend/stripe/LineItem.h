// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Kiosk {

/**
 * One Stripe `item` (a line of a Checkout Session, `li_…`). Amounts are integer minor units.
 * `price` may come as an object or as a bare id; `price.product` likewise.
 */
struct LineItem
{
    QString id;
    QString object; // "item"
    QString description;
    QString currency;
    qint64 quantity = 0;
    qint64 amountSubtotal = 0;
    qint64 amountTotal = 0;
    qint64 amountDiscount = 0;
    qint64 amountTax = 0;
    QString priceId;
    qint64 unitAmount = 0; // 0 when the price has no unit_amount (null)
    QString productId;
    /** The whole object as received (compact JSON), so no field is lost. */
    QByteArray raw;

    /** Parses one `item` object; a missing or wrongly typed required field is an error. */
    static Result<LineItem> fromJson(const QByteArray &json);
};

} // namespace Kiosk
