// SPDX-License-Identifier: MIT
#include "Refund.h"

#include "JsonText.h"
#include "StripeParsers.h"

namespace Kiosk {

Result<Refund> StripeParsers::refund(const nlohmann::json &object)
{
    JsonFieldReader reader(object, QStringLiteral("refund"));
    reader.expectObjectType("refund");
    Refund r;
    r.object = QStringLiteral("refund");
    r.id = reader.string("id");
    r.amount = reader.integer("amount");
    r.currency = reader.string("currency");
    r.created = reader.integer("created");
    // The rest may be absent in older or newer API versions; null and absent read the same.
    const auto optionalId = [&](const char *key) { return object.contains(key) ? reader.nullableId(key) : QString(); };
    r.charge = optionalId("charge");
    r.paymentIntent = optionalId("payment_intent");
    r.balanceTransaction = optionalId("balance_transaction");
    r.failureBalanceTransaction = optionalId("failure_balance_transaction");
    r.status = reader.optionalString("status");
    r.reason = reader.optionalString("reason");
    r.failureReason = reader.optionalString("failure_reason");
    r.receiptNumber = reader.optionalString("receipt_number");
    r.description = reader.optionalString("description");
    if (object.contains("metadata"))
        r.metadata = reader.stringMap("metadata");
    if (!reader.ok())
        return reader.error();
    r.raw = JsonText::dump(object);
    return r;
}

Result<Refund> Refund::fromJson(const QByteArray &json)
{
    Result<nlohmann::json> parsed = JsonFieldReader::parseObject(json, QStringLiteral("refund"));
    if (!parsed)
        return parsed.error();
    return StripeParsers::refund(parsed.value());
}

} // namespace Kiosk
