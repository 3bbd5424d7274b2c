// SPDX-License-Identifier: MIT
#include "Charge.h"

#include "JsonText.h"
#include "StripeParsers.h"

namespace Kiosk {

Result<Charge> StripeParsers::charge(const nlohmann::json &object)
{
    JsonFieldReader reader(object, QStringLiteral("charge"));
    reader.expectObjectType("charge");
    Charge c;
    c.object = QStringLiteral("charge");
    c.id = reader.string("id");
    c.amount = reader.integer("amount");
    c.amountCaptured = reader.integer("amount_captured");
    c.amountRefunded = reader.integer("amount_refunded");
    c.refunded = reader.boolean("refunded");
    c.currency = reader.string("currency");
    c.paymentIntent = reader.nullableId("payment_intent");
    c.status = reader.string("status");
    if (!reader.ok())
        return reader.error();
    c.raw = JsonText::dump(object);
    return c;
}

Result<Charge> Charge::fromJson(const QByteArray &json)
{
    Result<nlohmann::json> parsed = JsonFieldReader::parseObject(json, QStringLiteral("charge"));
    if (!parsed)
        return parsed.error();
    return StripeParsers::charge(parsed.value());
}

} // namespace Kiosk
