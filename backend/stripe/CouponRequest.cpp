// SPDX-License-Identifier: MIT
#include "CouponRequest.h"

#include "FormEncoder.h"
#include "StripeMetadata.h"

namespace Kiosk {

QList<QPair<QString, QString>> CouponRequest::toParams() const
{
    QList<QPair<QString, QString>> p;
    if (percentOff)
        p.append({ QStringLiteral("percent_off"), percentOff->toString() });
    if (amountOff)
        p.append({ QStringLiteral("amount_off"), QString::number(*amountOff) });
    if (!currency.isEmpty())
        p.append({ QStringLiteral("currency"), currency });
    p.append({ QStringLiteral("duration"), duration });
    if (!name.isEmpty())
        p.append({ QStringLiteral("name"), name });
    if (maxRedemptions)
        p.append({ QStringLiteral("max_redemptions"), QString::number(*maxRedemptions) });
    for (const auto &entry : FormEncoder::jsPropertyOrder(metadata))
        p.append({ QStringLiteral("metadata[") + entry.first + QLatin1Char(']'), entry.second });
    return p;
}

Result<void> CouponRequest::validate() const
{
    const auto bad
        = [](const QString &message) { return Result<void>(makeError(QStringLiteral("invalid_request"), message)); };
    if (percentOff.has_value() == amountOff.has_value())
        return bad(QStringLiteral("a coupon takes exactly one of percent_off and amount_off"));
    if (percentOff && percentOff->isZero())
        return bad(QStringLiteral("a coupon's percent_off must be above 0"));
    if (amountOff && (*amountOff < 1 || *amountOff > 99999999))
        return bad(QStringLiteral("a coupon's amount_off must be 1 to 99999999 minor units"));
    if (amountOff && (currency.size() != 3 || currency != currency.toLower()))
        return bad(QStringLiteral("a coupon with amount_off needs a lower-case currency code"));
    if (duration != QLatin1String("once") && duration != QLatin1String("forever"))
        return bad(QStringLiteral("a coupon's duration is once or forever"));
    if (name.size() > 40)
        return bad(QStringLiteral("a coupon's name must be at most 40 characters"));
    if (maxRedemptions && *maxRedemptions < 1)
        return bad(QStringLiteral("a coupon's max_redemptions must be positive"));
    return validateStripeMetadata(metadata);
}

} // namespace Kiosk
