// SPDX-License-Identifier: MIT
#include "BalanceTransaction.h"

#include "StripeParsers.h"

namespace Kiosk {

Result<BalanceTransaction> StripeParsers::balanceTransaction(const nlohmann::json &object)
{
    JsonFieldReader reader(object, QStringLiteral("balance_transaction"));
    reader.expectObjectType("balance_transaction");
    BalanceTransaction t;
    t.id = reader.string("id");
    t.amount = reader.integer("amount");
    t.fee = reader.integer("fee");
    t.net = reader.integer("net");
    t.currency = reader.string("currency");
    t.type = reader.string("type");
    t.source = reader.nullableId("source");
    t.created = reader.integer("created");
    if (!reader.ok())
        return reader.error();
    return t;
}

} // namespace Kiosk
