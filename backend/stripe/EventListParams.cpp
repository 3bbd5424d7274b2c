// SPDX-License-Identifier: MIT
#include "EventListParams.h"

namespace Kiosk {

QList<QPair<QString, QString>> EventListParams::toParams() const
{
    QList<QPair<QString, QString>> p;
    for (int i = 0; i < types.size(); ++i)
        p.append({ QStringLiteral("types[") + QString::number(i) + QLatin1Char(']'), types.at(i) });
    if (createdGt)
        p.append({ QStringLiteral("created[gt]"), QString::number(*createdGt) });
    if (limit > 0)
        p.append({ QStringLiteral("limit"), QString::number(limit) });
    if (!startingAfter.isEmpty())
        p.append({ QStringLiteral("starting_after"), startingAfter });
    if (deliverySuccess)
        p.append({ QStringLiteral("delivery_success"),
            *deliverySuccess ? QStringLiteral("true") : QStringLiteral("false") });
    return p;
}

} // namespace Kiosk
