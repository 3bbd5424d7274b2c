// SPDX-License-Identifier: MIT
#pragma once

#include "Percentage.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace Kiosk {

/**
 * A Stripe `tax_rate` (txr_…) as the kiosk reads it: what it needs to know the rate is the one it
 * asked for. fromJson() requires `id`, `object` "tax_rate", `percentage` (a JSON number of at most
 * 4 decimals, read back through its shortest decimal text into a Percentage) and `inclusive`;
 * otherwise an "invalid_response" Error naming the field.
 */
struct StripeTaxRate
{
    QString id;
    QString displayName;
    Percentage percentage;
    bool inclusive = false;
    bool active = true;
    QByteArray raw;

    static Result<StripeTaxRate> fromJson(const QByteArray &json);
};

} // namespace Kiosk
