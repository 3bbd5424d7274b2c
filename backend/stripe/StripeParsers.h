// SPDX-License-Identifier: MIT
#pragma once

// Internal to backend/stripe (includes nlohmann/json): parsers working on already parsed JSON,
// so that nested objects (a session inside an event, items inside a list) are read in place.

#include "BalanceTransaction.h"
#include "Charge.h"
#include "CheckoutSession.h"
#include "JsonFieldReader.h"
#include "LineItem.h"
#include "Refund.h"
#include "StripeCoupon.h"
#include "StripeEvent.h"
#include "StripeList.h"
#include "StripeTaxRate.h"

#include <functional>

namespace Kiosk::StripeParsers {

Result<LineItem> lineItem(const nlohmann::json &object);
Result<CheckoutSession> checkoutSession(const nlohmann::json &object);
/** The same, with `raw` already serialised (the data.object of an event): not dumped again. */
Result<CheckoutSession> checkoutSessionWithRaw(const nlohmann::json &object, QByteArray raw);
Result<StripeEvent> event(const nlohmann::json &object);
Result<Refund> refund(const nlohmann::json &object);
Result<Charge> charge(const nlohmann::json &object);
Result<BalanceTransaction> balanceTransaction(const nlohmann::json &object);
Result<StripeTaxRate> taxRate(const nlohmann::json &object);
Result<StripeCoupon> coupon(const nlohmann::json &object);

/** A `list` object whose data elements are parsed by `parseItem`. */
template <typename T>
Result<StripeList<T>> list(
    const nlohmann::json &object, const std::function<Result<T>(const nlohmann::json &)> &parseItem)
{
    JsonFieldReader reader(object, QStringLiteral("list"));
    reader.expectObjectType("list");
    StripeList<T> result;
    result.hasMore = reader.boolean("has_more");
    result.url = reader.nullableString("url");
    if (!reader.ok())
        return reader.error();
    const auto data = object.find("data");
    if (data == object.end() || !data->is_array())
        return makeError(QStringLiteral("invalid_response"), QStringLiteral("list: field data must be an array"));
    int index = 0;
    for (const auto &element : *data) {
        Result<T> item = parseItem(element);
        if (!item)
            return makeError(item.error().code,
                QStringLiteral("list: data[") + QString::number(index) + QStringLiteral("]: ") + item.error().message);
        result.data.append(std::move(item).value());
        ++index;
    }
    return result;
}

} // namespace Kiosk::StripeParsers
