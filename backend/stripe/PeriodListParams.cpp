// SPDX-License-Identifier: MIT
#include "PeriodListParams.h"

namespace Kiosk {

QList<QPair<QString, QString>> PeriodListParams::toParams() const
{
    QList<QPair<QString, QString>> p;
    if (createdGte)
        p.append({ QStringLiteral("created[gte]"), QString::number(*createdGte) });
    if (createdLt)
        p.append({ QStringLiteral("created[lt]"), QString::number(*createdLt) });
    if (limit > 0)
        p.append({ QStringLiteral("limit"), QString::number(limit) });
    if (!startingAfter.isEmpty())
        p.append({ QStringLiteral("starting_after"), startingAfter });
    return p;
}

} // namespace Kiosk
