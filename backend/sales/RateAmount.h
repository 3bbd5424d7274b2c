// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Kiosk {

/** An amount of tax of one rate (TaxRate::id), in minor units. */
struct RateAmount
{
    QString rate;
    qint64 amount = 0;

    friend bool operator==(const RateAmount &a, const RateAmount &b)
    {
        return a.rate == b.rate && a.amount == b.amount;
    }
    friend bool operator!=(const RateAmount &a, const RateAmount &b) { return !(a == b); }
};

using RateAmounts = QList<RateAmount>;

} // namespace Kiosk
