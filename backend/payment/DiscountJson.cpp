// SPDX-License-Identifier: MIT
#include "DiscountJson.h"

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

Error invalid(const QString &message)
{
    return makeError(QStringLiteral("invalid_discount"), message);
}

} // namespace

Result<CheckoutDiscount> DiscountJson::parse(const nlohmann::json &checkout)
{
    CheckoutDiscount discount;
    if (!checkout.contains("discount") || checkout["discount"].is_null())
        return discount;
    const nlohmann::json &d = checkout["discount"];
    if (!d.is_object() || d.size() != 1 || (!d.contains("percent_off") && !d.contains("amount_off")))
        return invalid(QStringLiteral(
            "\"discount\" must be {\"percent_off\": \"12.5\"} or {\"amount_off\": 250}, exactly one of them."));
    if (d.contains("percent_off")) {
        // Text, so "12.5" is read exactly; the policy says what it may be (0 < p <= 100, 4 decimals).
        if (!d["percent_off"].is_string() || d["percent_off"].get<std::string>().size() > 16)
            return invalid(QStringLiteral("\"percent_off\" must be a percentage as text, such as \"12.5\"."));
        discount.percentOff = QString::fromStdString(d["percent_off"].get<std::string>());
        if (discount.percentOff.isEmpty())
            return invalid(QStringLiteral("\"percent_off\" is empty."));
        return discount;
    }
    if (!d["amount_off"].is_number_integer())
        return invalid(QStringLiteral("\"amount_off\" must be a whole number of minor units, such as 250 for 2.50."));
    discount.amountOff = d["amount_off"].get<qint64>();
    return discount;
}

void DiscountJson::addTo(nlohmann::json &orderObject, const Order &order)
{
    orderObject["amount_discount"] = order.amountDiscount;
    if (order.discountKind.isEmpty()) {
        orderObject["discount"] = nullptr;
    } else {
        nlohmann::json value = order.discountValue.toStdString();
        if (order.discountKind == Order::kDiscountAmountOff)
            value = order.discountValue.toLongLong();
        orderObject["discount"]
            = { { "kind", order.discountKind.toStdString() }, { "value", value }, { "amount", order.amountDiscount } };
    }
    if (orderObject.contains("lines") && orderObject["lines"].is_array()) {
        nlohmann::json &lines = orderObject["lines"];
        for (qsizetype i = 0; i < order.lines.size() && std::size_t(i) < lines.size(); ++i)
            lines[std::size_t(i)]["amount_discount"] = order.lines.at(i).amountDiscount;
    }
}

} // namespace Kiosk
