// SPDX-License-Identifier: MIT
#include "SessionPricing.h"
#include "Coupons.h"
#include "PromotionCodes.h"
#include "RandomId.h"
#include "TaxRates.h"

#include <map>

using nlohmann::json;

namespace Kiosk::Sim {

namespace {

const std::string *text(const json &params, const char *key)
{
    const auto it = params.find(key);
    if (it == params.end() || !it->is_string() || it->get_ref<const std::string &>().empty())
        return nullptr;
    return &it->get_ref<const std::string &>();
}

} // namespace

Result<json, ApiError> SessionPricing::resolveRates(
    const json &item, const std::string &param, const TaxRates &taxRates)
{
    json ids = json::array();
    const auto it = item.find("tax_rates");
    if (it == item.end() || !it->is_array())
        return ids;
    if (it->size() > 5)
        return ApiError::invalid("You may only specify up to 5 tax rates per line item.", param + "[tax_rates]");
    std::optional<bool> inclusive;
    for (size_t k = 0; k < it->size(); ++k) {
        const std::string where = param + "[tax_rates][" + std::to_string(k) + "]";
        const json &id = (*it)[k];
        if (!id.is_string() || id.get_ref<const std::string &>().empty())
            continue;
        const json *record = taxRates.find(id.get<std::string>());
        if (!record)
            return ApiError::noSuch("tax_rate", id.get<std::string>(), where, 400);
        const json &rate = (*record)["tax_rate"];
        if (!rate["active"].get<bool>())
            return ApiError::invalid("Tax rate " + id.get<std::string>()
                    + " is inactive. Inactive tax rates cannot be used with new Checkout Sessions.",
                where);
        if (std::find(ids.begin(), ids.end(), id) != ids.end())
            return ApiError::invalid("Tax rate " + id.get<std::string>() + " is given twice on this line item.", where);
        if (inclusive && *inclusive != rate["inclusive"].get<bool>())
            return ApiError::invalid(
                "A line item cannot have both inclusive and exclusive tax rates (the simulator's pricing rule).",
                where);
        inclusive = rate["inclusive"].get<bool>();
        ids.push_back(id);
    }
    return ids;
}

std::optional<ApiError> SessionPricing::refusal(const Discount &discount, const std::string &param,
    const Sources &sources, const std::string &currency, qint64 subtotal)
{
    if (!discount.promotionCode.empty()) {
        if (const auto error = sources.promotionCodes.refusal(discount.promotionCode, param, subtotal, currency))
            return error;
    } else if (const auto error = sources.coupons.refusal(discount.coupon, param)) {
        return error;
    }
    const json &coupon = (*sources.coupons.find(discount.coupon))["coupon"];
    if (coupon["currency"].is_string() && coupon["currency"] != currency)
        return ApiError::invalid("The coupon " + discount.coupon + " is in " + coupon["currency"].get<std::string>()
                + " and cannot be applied to a session in " + currency + ".",
            param);
    return std::nullopt;
}

Result<std::optional<SessionPricing::Discount>, ApiError> SessionPricing::resolveDiscount(
    const json &params, const Sources &sources, const std::string &currency, qint64 subtotal)
{
    const auto list = params.find("discounts");
    const bool given = list != params.end() && list->is_array() && !list->empty();
    if (given && text(params, "allow_promotion_codes"))
        return ApiError::invalid("You may only specify one of these parameters: allow_promotion_codes, discounts.");
    if (!given)
        return std::optional<Discount>();
    if (list->size() > 1)
        return ApiError::invalid(
            "You may only specify one discount: Checkout Sessions support up to one coupon or promotion code.",
            "discounts");
    const json &entry = (*list)[0];
    const std::string *coupon = text(entry, "coupon");
    const std::string *code = text(entry, "promotion_code");
    if (coupon && code)
        return ApiError::invalid(
            "You may only specify one of these parameters: coupon, promotion_code.", "discounts[0]");
    if (!coupon && !code)
        return ApiError::missing("discounts[0][coupon]");
    Discount discount;
    if (code) {
        const json *promo = sources.promotionCodes.find(*code);
        if (!promo)
            return ApiError::noSuch("promotion_code", *code, "discounts[0][promotion_code]", 400);
        discount.promotionCode = *code;
        discount.coupon = (*promo)["promotion"]["coupon"].get<std::string>();
    } else {
        discount.coupon = *coupon;
    }
    const std::string param = code ? "discounts[0][promotion_code]" : "discounts[0][coupon]";
    if (const auto error = refusal(discount, param, sources, currency, subtotal))
        return *error;
    return std::optional<Discount>(discount);
}

qint64 SessionPricing::subtotal(const json &record)
{
    qint64 sum = 0;
    for (const json &line : record["internal"]["pricing"]["lines"])
        sum += line["unit_amount"].get<qint64>() * line["quantity"].get<qint64>();
    return sum;
}

void SessionPricing::price(json &record, const std::optional<Discount> &discount, const Sources &sources, qint64 now)
{
    json &pricing = record["internal"]["pricing"];
    json &session = record["session"];
    json &items = record["line_items"];
    std::vector<PricingRule::Line> lines;
    for (const json &line : pricing["lines"]) {
        PricingRule::Line priced { line["unit_amount"].get<qint64>(), line["quantity"].get<qint64>(), {} };
        for (const json &id : line["tax_rates"]) {
            const json &rate = *sources.taxRates.find(id.get<std::string>());
            priced.rates.push_back(
                { id.get<std::string>(), rate["percent"].get<qint64>(), rate["tax_rate"]["inclusive"].get<bool>() });
        }
        lines.push_back(std::move(priced));
    }
    PricingRule::Discount rule;
    json discountObject;
    if (discount) {
        const json *couponRecord = sources.coupons.find(discount->coupon);
        const json coupon = couponRecord ? sources.coupons.render(*couponRecord) : json();
        if (couponRecord && (*couponRecord)["percent"].is_number())
            rule = { PricingRule::Discount::Kind::Percent, (*couponRecord)["percent"].get<qint64>() };
        else if (couponRecord)
            rule = { PricingRule::Discount::Kind::Amount, coupon["amount_off"].get<qint64>() };
        discountObject = { { "id", RandomId::make("di_") }, { "object", "discount" },
            { "checkout_session", session["id"] }, { "coupon", coupon }, { "customer", nullptr }, { "end", nullptr },
            { "invoice", nullptr }, { "invoice_item", nullptr },
            { "promotion_code", discount->promotionCode.empty() ? json() : json(discount->promotionCode) },
            { "start", now }, { "subscription", nullptr } };
        pricing["discount"] = { { "coupon", discount->coupon },
            { "promotion_code", discount->promotionCode.empty() ? json() : json(discount->promotionCode) } };
        session["discounts"] = json::array({ pricing["discount"] });
    } else {
        pricing["discount"] = nullptr;
        session["discounts"] = json::array();
    }
    const std::string currency = session["currency"].get<std::string>();
    const PricingRule::Totals totals = PricingRule::compute(lines, rule, PricingRule::step(currency));

    std::vector<std::string> order; // rates in the order they first appear
    std::map<std::string, std::pair<qint64, qint64>> perRate; // amount, taxable amount
    for (size_t n = 0; n < totals.lines.size(); ++n) {
        const PricingRule::PricedLine &line = totals.lines[n];
        json &item = items[n];
        item["amount_subtotal"] = line.subtotal;
        item["amount_discount"] = line.discount;
        item["amount_tax"] = line.tax;
        item["amount_total"] = line.total;
        for (const PricingRule::LineTax &tax : line.taxes) {
            if (!perRate.count(tax.rateId))
                order.push_back(tax.rateId);
            auto &sum = perRate[tax.rateId];
            sum.first += tax.amount;
            sum.second += tax.taxableAmount;
        }
    }
    const qint64 shipping = session["total_details"].value("amount_shipping", qint64(0));
    session["amount_subtotal"] = totals.subtotal;
    session["amount_total"] = totals.total + shipping;
    session["total_details"]["amount_discount"] = totals.discount;
    session["total_details"]["amount_tax"] = totals.tax;

    json breakdown = { { "discounts", json::array() }, { "taxes", json::array() } };
    if (discount)
        breakdown["discounts"].push_back(json { { "amount", totals.discount }, { "discount", discountObject } });
    for (const std::string &id : order) {
        breakdown["taxes"].push_back(
            json { { "amount", perRate[id].first }, { "rate", (*sources.taxRates.find(id))["tax_rate"] },
                { "taxability_reason", nullptr }, { "taxable_amount", perRate[id].second } });
    }
    record["internal"]["breakdown"] = breakdown;
}

} // namespace Kiosk::Sim
