// SPDX-License-Identifier: MIT
#include "StripeCoupon.h"

#include "JsonText.h"
#include "StripeParsers.h"

namespace Kiosk {

Result<StripeCoupon> StripeParsers::coupon(const nlohmann::json &object)
{
    JsonFieldReader reader(object, QStringLiteral("coupon"));
    reader.expectObjectType("coupon");
    StripeCoupon c;
    c.id = reader.string("id");
    c.amountOff = object.contains("amount_off") ? reader.nullableInteger("amount_off") : std::nullopt;
    c.currency = object.contains("currency") ? reader.nullableString("currency") : QString();
    if (object.contains("valid"))
        c.valid = reader.boolean("valid");
    if (!reader.ok())
        return reader.error();
    const auto percent = object.find("percent_off");
    if (percent != object.end() && !percent->is_null()) {
        if (!percent->is_number())
            return makeError(
                QStringLiteral("invalid_response"), QStringLiteral("coupon: field percent_off must be a number"));
        const Result<Percentage> parsed
            = Percentage::parse(QString::fromUtf8(JsonText::dump(*percent)), Percentage::Use::PercentOff);
        if (!parsed)
            return makeError(QStringLiteral("invalid_response"),
                QStringLiteral("coupon: field percent_off: ") + parsed.error().message);
        c.percentOff = parsed.value();
    }
    c.raw = JsonText::dump(object);
    return c;
}

Result<StripeCoupon> StripeCoupon::fromJson(const QByteArray &json)
{
    Result<nlohmann::json> parsed = JsonFieldReader::parseObject(json, QStringLiteral("coupon"));
    if (!parsed)
        return parsed.error();
    return StripeParsers::coupon(parsed.value());
}

} // namespace Kiosk
