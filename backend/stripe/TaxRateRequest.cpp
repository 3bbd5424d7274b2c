// SPDX-License-Identifier: MIT
#include "TaxRateRequest.h"

#include "FormEncoder.h"
#include "StripeMetadata.h"

namespace Kiosk {

QList<QPair<QString, QString>> TaxRateRequest::toParams() const
{
    QList<QPair<QString, QString>> p;
    p.append({ QStringLiteral("display_name"), displayName });
    p.append({ QStringLiteral("inclusive"), inclusive ? QStringLiteral("true") : QStringLiteral("false") });
    // Percentage::toString() is the shortest decimal, which is how JavaScript prints the number.
    p.append({ QStringLiteral("percentage"), percentage.toString() });
    if (!description.isEmpty())
        p.append({ QStringLiteral("description"), description });
    for (const auto &entry : FormEncoder::jsPropertyOrder(metadata))
        p.append({ QStringLiteral("metadata[") + entry.first + QLatin1Char(']'), entry.second });
    return p;
}

Result<void> TaxRateRequest::validate() const
{
    const auto bad
        = [](const QString &message) { return Result<void>(makeError(QStringLiteral("invalid_request"), message)); };
    if (displayName.trimmed().isEmpty() || displayName.size() > 50)
        return bad(QStringLiteral("a tax rate's display name must be 1 to 50 characters"));
    if (description.size() > 500)
        return bad(QStringLiteral("a tax rate's description must be at most 500 characters"));
    return validateStripeMetadata(metadata);
}

} // namespace Kiosk
