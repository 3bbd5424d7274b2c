// SPDX-License-Identifier: MIT
#include "ReconciledDayReport.h"

namespace Kiosk {

QStringList ReconciledDayReport::currencies() const
{
    QStringList codes;
    for (const CurrencyDayTotals &t : local.currencies)
        codes.append(t.currency.toUpper());
    if (stripe) {
        for (const StripeCurrencyTotals &t : stripe->currencies)
            codes.append(t.currency.toUpper());
        for (const Discrepancy &d : stripe->discrepancies)
            codes.append(d.currency.toUpper());
    }
    codes.removeDuplicates();
    codes.sort();
    return codes;
}

} // namespace Kiosk
