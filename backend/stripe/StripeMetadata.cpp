// SPDX-License-Identifier: MIT
#include "StripeMetadata.h"

namespace Kiosk {

Result<void> validateStripeMetadata(const QList<QPair<QString, QString>> &metadata)
{
    const auto bad
        = [](const QString &message) { return Result<void>(makeError(QStringLiteral("invalid_request"), message)); };
    if (metadata.size() > 50)
        return bad(QStringLiteral("at most 50 metadata keys"));
    for (const auto &entry : metadata) {
        if (entry.first.isEmpty() || entry.first.size() > 40 || entry.first.contains(QLatin1Char('['))
            || entry.first.contains(QLatin1Char(']')))
            return bad(QStringLiteral("metadata key \"") + entry.first
                + QStringLiteral("\" must be 1-40 characters without square brackets"));
        if (entry.second.size() > 500)
            return bad(
                QStringLiteral("metadata value of \"") + entry.first + QStringLiteral("\" exceeds 500 characters"));
    }
    return {};
}

} // namespace Kiosk
