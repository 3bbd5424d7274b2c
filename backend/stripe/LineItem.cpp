// SPDX-License-Identifier: MIT
#include "LineItem.h"

#include "JsonText.h"
#include "StripeParsers.h"

namespace Kiosk {

Result<LineItem> StripeParsers::lineItem(const nlohmann::json &object)
{
    JsonFieldReader reader(object, QStringLiteral("item"));
    reader.expectObjectType("item");
    LineItem item;
    item.object = QStringLiteral("item");
    item.id = reader.string("id");
    item.description = reader.nullableString("description");
    item.currency = reader.string("currency");
    item.quantity = reader.nullableInteger("quantity").value_or(0);
    item.amountSubtotal = reader.integer("amount_subtotal");
    item.amountTotal = reader.integer("amount_total");
    item.amountDiscount = reader.integer("amount_discount");
    item.amountTax = reader.integer("amount_tax");
    if (const nlohmann::json *price = reader.nullableObject("price")) {
        JsonFieldReader priceReader(*price, QStringLiteral("item.price"));
        item.priceId = priceReader.string("id");
        item.unitAmount = priceReader.nullableInteger("unit_amount").value_or(0);
        item.productId = priceReader.nullableId("product");
        if (!priceReader.ok())
            return priceReader.error();
    }
    if (!reader.ok())
        return reader.error();
    item.raw = JsonText::dump(object);
    return item;
}

Result<LineItem> LineItem::fromJson(const QByteArray &json)
{
    Result<nlohmann::json> parsed = JsonFieldReader::parseObject(json, QStringLiteral("item"));
    if (!parsed)
        return parsed.error();
    return StripeParsers::lineItem(parsed.value());
}

} // namespace Kiosk
