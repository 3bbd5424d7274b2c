// SPDX-License-Identifier: MIT
#include "StripeTaxRate.h"

#include "JsonText.h"
#include "StripeParsers.h"

namespace Kiosk {

Result<StripeTaxRate> StripeParsers::taxRate(const nlohmann::json &object)
{
    JsonFieldReader reader(object, QStringLiteral("tax_rate"));
    reader.expectObjectType("tax_rate");
    StripeTaxRate r;
    r.id = reader.string("id");
    r.displayName = reader.optionalString("display_name");
    r.inclusive = reader.boolean("inclusive");
    if (object.contains("active"))
        r.active = reader.boolean("active");
    if (!reader.ok())
        return reader.error();
    const auto percentage = object.find("percentage");
    if (percentage == object.end() || !percentage->is_number())
        return makeError(
            QStringLiteral("invalid_response"), QStringLiteral("tax_rate: field percentage must be a number"));
    // The number's shortest decimal text ("19", "5.5", "8.875"): a rate has at most 4 decimals.
    const Result<Percentage> parsed
        = Percentage::parse(QString::fromUtf8(JsonText::dump(*percentage)), Percentage::Use::TaxRate);
    if (!parsed)
        return makeError(QStringLiteral("invalid_response"),
            QStringLiteral("tax_rate: field percentage: ") + parsed.error().message);
    r.percentage = parsed.value();
    r.raw = JsonText::dump(object);
    return r;
}

Result<StripeTaxRate> StripeTaxRate::fromJson(const QByteArray &json)
{
    Result<nlohmann::json> parsed = JsonFieldReader::parseObject(json, QStringLiteral("tax_rate"));
    if (!parsed)
        return parsed.error();
    return StripeParsers::taxRate(parsed.value());
}

} // namespace Kiosk
