// SPDX-License-Identifier: MIT
#include "Coupons.h"
#include "ListPage.h"
#include "Percentage.h"
#include "PricingRule.h"
#include "RandomId.h"

#include <regex>

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

std::optional<qint64> integer(const json &params, const char *key)
{
    const std::string *value = text(params, key);
    return value ? std::optional<qint64>(std::stoll(*value)) : std::nullopt;
}

void applyMetadata(json &object, const json &params)
{
    const auto it = params.find("metadata");
    if (it == params.end())
        return;
    if (it->is_string()) { // metadata="" unsets all
        object["metadata"] = json::object();
        return;
    }
    for (auto entry = it->begin(); entry != it->end(); ++entry) {
        if (entry.value().get_ref<const std::string &>().empty())
            object["metadata"].erase(entry.key());
        else
            object["metadata"][entry.key()] = entry.value();
    }
}

} // namespace

Coupons::Coupons(SimContext &sim)
    : m_sim(sim)
{ }

void Coupons::addRoutes(Router &router)
{
    using P = ParamSpec;
    router.add("POST", QStringLiteral("/v1/coupons"),
        { P::integer("amount_off").range(1, 99'999'999),
            P::object("applies_to", { P::array("products", P::string("")) }), P::string("currency"),
            P::enumOf("duration", { "forever", "once", "repeating" }), P::integer("duration_in_months").range(1, 120),
            P::expand(), P::string("id").maxChars(200), P::integer("max_redemptions").range(1, 999'999'999),
            P::metadata(), P::string("name").maxChars(40), P::decimal("percent_off"), P::integer("redeem_by") },
        {}, [this](const ApiCall &call) { return create(call); });
    router.add("GET", QStringLiteral("/v1/coupons"), listParams({ P::created() }), {},
        [this](const ApiCall &call) { return list(call); });
    router.add("GET", QStringLiteral("/v1/coupons/{id}"), { P::expand() }, {},
        [this](const ApiCall &call) { return retrieve(call); });
    router.add("POST", QStringLiteral("/v1/coupons/{id}"),
        { P::expand(), P::metadata(), P::string("name").maxChars(40) }, {},
        [this](const ApiCall &call) { return update(call); });
    router.add(
        "DELETE", QStringLiteral("/v1/coupons/{id}"), {}, {}, [this](const ApiCall &call) { return remove(call); });
}

const json *Coupons::find(const std::string &id) const
{
    const json *record = m_coupons.find(id);
    return record && !(*record)["deleted"].get<bool>() ? record : nullptr;
}

json Coupons::render(const json &record) const
{
    json coupon = record["coupon"];
    const qint64 now = m_sim.clock.nowSecs();
    const bool exhausted = coupon["max_redemptions"].is_number()
        && coupon["times_redeemed"].get<qint64>() >= coupon["max_redemptions"].get<qint64>();
    const bool late = coupon["redeem_by"].is_number() && now >= coupon["redeem_by"].get<qint64>();
    coupon["valid"] = !record["deleted"].get<bool>() && !exhausted && !late;
    return coupon;
}

std::optional<ApiError> Coupons::refusal(const std::string &id, const std::string &param) const
{
    const json *record = find(id);
    if (!record)
        return ApiError::noSuch("coupon", id, param, 400);
    const json &coupon = (*record)["coupon"];
    if (coupon["max_redemptions"].is_number()
        && coupon["times_redeemed"].get<qint64>() >= coupon["max_redemptions"].get<qint64>())
        return ApiError::invalid("Coupon '" + id + "' has reached its maximum number of redemptions (max_redemptions).",
            param, "coupon_expired");
    if (coupon["redeem_by"].is_number() && m_sim.clock.nowSecs() >= coupon["redeem_by"].get<qint64>())
        return ApiError::invalid(
            "Coupon '" + id + "' can no longer be redeemed (its redeem_by has passed).", param, "coupon_expired");
    return std::nullopt;
}

void Coupons::redeem(const std::string &id)
{
    if (json *record = m_coupons.find(id)) {
        json &count = (*record)["coupon"]["times_redeemed"];
        count = count.get<qint64>() + 1;
        m_sim.scheduleSave();
    }
}

ApiResult Coupons::create(const ApiCall &call)
{
    const json &params = call.params;
    const std::string *percentText = text(params, "percent_off");
    const auto amountOff = integer(params, "amount_off");
    const std::string *currency = text(params, "currency");
    if (percentText && amountOff)
        return ApiResult::refused(
            ApiError::invalid("You may only specify one of these parameters: amount_off, percent_off.", "amount_off"));
    if (!percentText && !amountOff)
        return ApiResult::refused(ApiError::invalid("You must pass either `percent_off` or `amount_off`."));
    std::optional<qint64> percent;
    if (percentText) {
        percent = Percentage::parse(*percentText);
        if (!percent || *percent == 0)
            return ApiResult::refused(ApiError::invalid("Invalid percent_off: " + *percentText
                    + " (a number greater than 0 and at most 100 with at most 4 decimal places).",
                "percent_off"));
    }
    static const std::regex currencyCode("^[a-z]{3}$");
    if (amountOff && !currency)
        return ApiResult::refused(ApiError::missing("currency"));
    if (currency && !std::regex_match(*currency, currencyCode))
        return ApiResult::refused(ApiError::invalid("Invalid currency: " + *currency, "currency"));
    if (currency && !amountOff)
        return ApiResult::refused(ApiError::invalid(
            "currency may only be given with amount_off (a percent_off coupon has none).", "currency"));
    if (amountOff && *amountOff % PricingRule::step(*currency) != 0)
        return ApiResult::refused(
            ApiError::invalid("Invalid amount_off: " + std::to_string(*amountOff) + " " + *currency
                    + " is not a whole multiple of " + std::to_string(PricingRule::step(*currency)) + " minor units.",
                "amount_off"));
    const std::string duration = text(params, "duration") ? *text(params, "duration") : "once";
    const auto months = integer(params, "duration_in_months");
    if (duration == "repeating" && !months)
        return ApiResult::refused(ApiError::missing("duration_in_months"));
    if (duration != "repeating" && months)
        return ApiResult::refused(
            ApiError::invalid("duration_in_months may only be given with duration=repeating.", "duration_in_months"));
    const qint64 now = m_sim.clock.nowSecs();
    const auto redeemBy = integer(params, "redeem_by");
    if (redeemBy && *redeemBy <= now)
        return ApiResult::refused(ApiError::invalid("redeem_by must be in the future.", "redeem_by"));
    std::string id = RandomId::token(8);
    if (const std::string *given = text(params, "id")) {
        static const std::regex allowed("^[A-Za-z0-9_-]+$");
        if (!std::regex_match(*given, allowed))
            return ApiResult::refused(
                ApiError::invalid("Invalid id: only letters, digits, '-' and '_' are allowed.", "id"));
        if (m_coupons.find(*given))
            return ApiResult::refused(ApiError::invalid("Coupon already exists.", "id", "resource_already_exists"));
        id = *given;
    }
    json productIds = json::array();
    if (params.contains("applies_to") && params["applies_to"].is_object() && params["applies_to"].contains("products"))
        for (const json &product : params["applies_to"]["products"])
            if (product.is_string() && !product.get_ref<const std::string &>().empty())
                productIds.push_back(product);
    json coupon = { { "id", id }, { "object", "coupon" }, { "amount_off", amountOff ? json(*amountOff) : json() },
        { "created", now }, { "currency", currency ? json(*currency) : json() }, { "duration", duration },
        { "duration_in_months", months ? json(*months) : json() }, { "livemode", false },
        { "max_redemptions", integer(params, "max_redemptions") ? json(*integer(params, "max_redemptions")) : json() },
        { "metadata", json::object() }, { "name", text(params, "name") ? json(*text(params, "name")) : json() },
        { "percent_off", percent ? Percentage::toJson(*percent) : json() },
        { "redeem_by", redeemBy ? json(*redeemBy) : json() }, { "times_redeemed", 0 }, { "valid", true } };
    if (!productIds.empty()) // absent, not null, when not limited (the schema's applies_to is not nullable)
        coupon["applies_to"] = json { { "products", productIds } };
    applyMetadata(coupon, params);
    const json &stored = m_coupons.insert(
        id, now, json { { "coupon", coupon }, { "percent", percent ? json(*percent) : json() }, { "deleted", false } });
    m_sim.scheduleSave();
    return ApiResult::ok(render(stored));
}

ApiResult Coupons::retrieve(const ApiCall &call)
{
    const json *record = find(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("coupon", call.id(), "id"));
    return ApiResult::ok(render(*record));
}

ApiResult Coupons::update(const ApiCall &call)
{
    json *record = m_coupons.find(call.id());
    if (!record || (*record)["deleted"].get<bool>())
        return ApiResult::refused(ApiError::noSuch("coupon", call.id(), "id"));
    json &coupon = (*record)["coupon"];
    if (const auto it = call.params.find("name"); it != call.params.end())
        coupon["name"] = it->get_ref<const std::string &>().empty() ? json() : *it;
    applyMetadata(coupon, call.params);
    m_sim.scheduleSave();
    return ApiResult::ok(render(*record));
}

ApiResult Coupons::remove(const ApiCall &call)
{
    json *record = m_coupons.find(call.id());
    if (!record || (*record)["deleted"].get<bool>())
        return ApiResult::refused(ApiError::noSuch("coupon", call.id(), "id"));
    (*record)["deleted"] = true;
    m_sim.scheduleSave();
    return ApiResult::ok(json { { "id", call.id() }, { "object", "coupon" }, { "deleted", true } });
}

ApiResult Coupons::list(const ApiCall &call)
{
    ListParams paging;
    if (const auto error = ListParams::read(call.params, paging))
        return ApiResult::refused(*error);
    const auto page = m_coupons.page(
        paging, [](const json &record) { return !record["deleted"].get<bool>(); }, "coupon");
    if (!page.ok())
        return ApiResult::refused(page.error());
    ListPage out;
    out.hasMore = page.value().hasMore;
    for (const json *record : page.value().items)
        out.data.push_back(render(*record));
    return ApiResult::ok(out.render("/v1/coupons"));
}

bool Coupons::wellFormed(const json &record)
{
    if (!record.is_object() || !record.contains("coupon") || !record["coupon"].is_object()
        || !record.contains("deleted") || !record["deleted"].is_boolean() || !record.contains("percent"))
        return false;
    const json &c = record["coupon"];
    const auto optionalInteger
        = [&](const char *key) { return c.contains(key) && (c[key].is_null() || c[key].is_number_integer()); };
    const bool percentOk = record["percent"].is_null()
        || (record["percent"].is_number_integer() && record["percent"].get<qint64>() > 0
            && record["percent"].get<qint64>() <= Percentage::kHundred);
    return percentOk && (record["percent"].is_null() != c["amount_off"].is_null()) && c.contains("id")
        && c["id"].is_string() && c.contains("created") && c["created"].is_number_integer()
        && c.contains("times_redeemed") && c["times_redeemed"].is_number_integer() && optionalInteger("amount_off")
        && optionalInteger("max_redemptions") && optionalInteger("redeem_by") && c.contains("currency")
        && (c["currency"].is_null() || c["currency"].is_string()) && c.contains("metadata")
        && c["metadata"].is_object();
}

StateFile::Section Coupons::stateSection()
{
    return { "coupons", "coupon",
        [this] {
            json records = json::array();
            for (size_t i = 0; i < m_coupons.size(); ++i)
                records.push_back(m_coupons.at(i));
            return records;
        },
        [](const json &record, int) { return wellFormed(record); },
        [this](const json &records, int) {
            for (const json &record : records)
                m_coupons.insert(
                    record["coupon"]["id"].get<std::string>(), record["coupon"]["created"].get<qint64>(), record);
        } };
}

} // namespace Kiosk::Sim
