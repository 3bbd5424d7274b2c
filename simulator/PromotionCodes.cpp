// SPDX-License-Identifier: MIT
#include "PromotionCodes.h"
#include "ApiVersion.h"
#include "Coupons.h"
#include "ListPage.h"
#include "RandomId.h"

#include <QString>
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

std::string lower(const std::string &s)
{
    return QString::fromStdString(s).toLower().toStdString();
}

void applyMetadata(json &object, const json &params)
{
    const auto it = params.find("metadata");
    if (it == params.end())
        return;
    if (it->is_string()) {
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

PromotionCodes::PromotionCodes(SimContext &sim, const Coupons &coupons)
    : m_sim(sim)
    , m_coupons(coupons)
{
    // Before 2025-09-30 the object carried the whole coupon as `coupon`.
    m_sim.renderer.add("promotion_code", [this](json &code, const std::string &version) {
        if (ApiVersion::atLeast(version, kPromotionField) || !code.contains("promotion"))
            return;
        const std::string couponId = code["promotion"]["coupon"].get<std::string>();
        code.erase("promotion");
        const json *coupon = m_coupons.find(couponId);
        code["coupon"] = coupon ? m_coupons.render(*coupon)
                                : json { { "id", couponId }, { "object", "coupon" }, { "valid", false } };
    });
}

void PromotionCodes::addRoutes(Router &router)
{
    using P = ParamSpec;
    const P restrictions = P::object("restrictions",
        { P::boolean("first_time_transaction"), P::integer("minimum_amount").range(0, 99'999'999),
            P::string("minimum_amount_currency") });
    router.add("POST", QStringLiteral("/v1/promotion_codes"),
        { P::string("coupon").until(kPromotionField),
            P::object("promotion", { P::enumOf("type", { "coupon" }).required(), P::string("coupon") })
                .since(kPromotionField),
            P::boolean("active"), P::string("code").maxChars(500), P::string("customer"), P::expand(),
            P::integer("expires_at"), P::integer("max_redemptions").range(1, 999'999'999), P::metadata(),
            restrictions },
        {}, [this](const ApiCall &call) { return create(call); });
    router.add("GET", QStringLiteral("/v1/promotion_codes"),
        listParams(
            { P::boolean("active"), P::string("code"), P::string("coupon"), P::created(), P::string("customer") }),
        {}, [this](const ApiCall &call) { return list(call); });
    router.add("GET", QStringLiteral("/v1/promotion_codes/{id}"), { P::expand() }, {},
        [this](const ApiCall &call) { return retrieve(call); });
    router.add("POST", QStringLiteral("/v1/promotion_codes/{id}"), { P::boolean("active"), P::expand(), P::metadata() },
        {}, [this](const ApiCall &call) { return update(call); });
}

const json *PromotionCodes::findActiveCode(const std::string &code) const
{
    const auto range = m_byCode.equal_range(lower(code));
    for (auto it = range.first; it != range.second; ++it) {
        const json *record = m_codes.find(it->second);
        if (record && (*record)["active"].get<bool>())
            return record;
    }
    return nullptr;
}

std::optional<ApiError> PromotionCodes::refusal(
    const std::string &id, const std::string &param, qint64 subtotal, const std::string &currency) const
{
    const json *code = m_codes.find(id);
    if (!code)
        return ApiError::noSuch("promotion_code", id, param, 400);
    if (!(*code)["active"].get<bool>())
        return ApiError::invalid("This promotion code is inactive.", param, "promotion_code_inactive");
    if ((*code)["expires_at"].is_number() && m_sim.clock.nowSecs() >= (*code)["expires_at"].get<qint64>())
        return ApiError::invalid("This promotion code has expired.", param, "promotion_code_expired");
    if ((*code)["max_redemptions"].is_number()
        && (*code)["times_redeemed"].get<qint64>() >= (*code)["max_redemptions"].get<qint64>())
        return ApiError::invalid(
            "This promotion code has reached its maximum number of redemptions.", param, "promotion_code_expired");
    const json &restrictions = (*code)["restrictions"];
    if (restrictions["minimum_amount"].is_number()) {
        if (restrictions["minimum_amount_currency"] != currency)
            return ApiError::invalid("This promotion code only applies to "
                    + restrictions["minimum_amount_currency"].get<std::string>() + " payments.",
                param);
        if (subtotal < restrictions["minimum_amount"].get<qint64>())
            return ApiError::invalid("This promotion code requires a minimum order amount of "
                    + std::to_string(restrictions["minimum_amount"].get<qint64>()) + " (minor units).",
                param);
    }
    return m_coupons.refusal((*code)["promotion"]["coupon"].get<std::string>(), param);
}

void PromotionCodes::redeem(const std::string &id)
{
    if (json *code = m_codes.find(id)) {
        (*code)["times_redeemed"] = (*code)["times_redeemed"].get<qint64>() + 1;
        m_sim.scheduleSave();
    }
}

ApiResult PromotionCodes::create(const ApiCall &call)
{
    const json &params = call.params;
    const bool newShape = ApiVersion::atLeast(call.ctx.version, kPromotionField);
    const std::string couponParam = newShape ? "promotion[coupon]" : "coupon";
    const std::string *couponId = newShape
        ? (params.contains("promotion") ? text(params["promotion"], "coupon") : nullptr)
        : text(params, "coupon");
    if (!couponId)
        return ApiResult::refused(ApiError::missing(couponParam));
    if (!m_coupons.find(*couponId))
        return ApiResult::refused(ApiError::noSuch("coupon", *couponId, couponParam, 400));
    if (const std::string *customer = text(params, "customer"))
        return ApiResult::refused(ApiError::noSuch("customer", *customer, "customer", 400));
    const bool active = !text(params, "active") || *text(params, "active") == "true";
    std::string code;
    if (const std::string *given = text(params, "code")) {
        static const std::regex allowed("^[A-Za-z0-9-]+$");
        if (!std::regex_match(*given, allowed))
            return ApiResult::refused(
                ApiError::invalid("Invalid code: only letters (a-z, A-Z), digits and '-' are allowed.", "code"));
        code = *given;
    } else {
        code = QString::fromStdString(RandomId::token(8)).toUpper().toStdString();
    }
    if (active && findActiveCode(code))
        return ApiResult::refused(ApiError::invalid(
            "An active promotion code with the code " + code + " already exists.", "code", "resource_already_exists"));
    const qint64 now = m_sim.clock.nowSecs();
    const auto expiresAt = integer(params, "expires_at");
    if (expiresAt && *expiresAt <= now)
        return ApiResult::refused(ApiError::invalid("expires_at must be in the future.", "expires_at"));
    json restrictions = { { "currency_options", json::object() }, { "first_time_transaction", false },
        { "minimum_amount", nullptr }, { "minimum_amount_currency", nullptr } };
    if (params.contains("restrictions") && params["restrictions"].is_object()) {
        const json &r = params["restrictions"];
        if (const std::string *first = text(r, "first_time_transaction"))
            restrictions["first_time_transaction"] = *first == "true";
        const auto minimum = integer(r, "minimum_amount");
        const std::string *minimumCurrency = text(r, "minimum_amount_currency");
        if (minimum && !minimumCurrency)
            return ApiResult::refused(ApiError::missing("restrictions[minimum_amount_currency]"));
        if (!minimum && minimumCurrency)
            return ApiResult::refused(ApiError::missing("restrictions[minimum_amount]"));
        if (minimum) {
            restrictions["minimum_amount"] = *minimum;
            restrictions["minimum_amount_currency"] = *minimumCurrency;
        }
    }
    const std::string id = RandomId::make("promo_");
    json object = { { "id", id }, { "object", "promotion_code" }, { "active", active }, { "code", code },
        { "created", now }, { "customer", nullptr }, { "expires_at", expiresAt ? json(*expiresAt) : json() },
        { "livemode", false },
        { "max_redemptions", integer(params, "max_redemptions") ? json(*integer(params, "max_redemptions")) : json() },
        { "metadata", json::object() }, { "promotion", json { { "coupon", *couponId }, { "type", "coupon" } } },
        { "restrictions", restrictions }, { "times_redeemed", 0 } };
    applyMetadata(object, params);
    const json &stored = m_codes.insert(id, now, std::move(object));
    index(stored);
    m_sim.scheduleSave();
    return ApiResult::ok(rendered(stored, call));
}

ApiResult PromotionCodes::retrieve(const ApiCall &call)
{
    const json *code = m_codes.find(call.id());
    if (!code)
        return ApiResult::refused(ApiError::noSuch("promotion_code", call.id(), "id"));
    return ApiResult::ok(rendered(*code, call));
}

ApiResult PromotionCodes::update(const ApiCall &call)
{
    json *code = m_codes.find(call.id());
    if (!code)
        return ApiResult::refused(ApiError::noSuch("promotion_code", call.id(), "id"));
    if (const std::string *active = text(call.params, "active")) {
        const bool activate = *active == "true";
        if (activate && !(*code)["active"].get<bool>()) {
            if (findActiveCode((*code)["code"].get<std::string>()))
                return ApiResult::refused(ApiError::invalid(
                    "An active promotion code with the code " + (*code)["code"].get<std::string>() + " already exists.",
                    "active", "resource_already_exists"));
        }
        (*code)["active"] = activate;
    }
    applyMetadata(*code, call.params);
    m_sim.scheduleSave();
    return ApiResult::ok(rendered(*code, call));
}

ApiResult PromotionCodes::list(const ApiCall &call)
{
    ListParams paging;
    if (const auto error = ListParams::read(call.params, paging))
        return ApiResult::refused(*error);
    const std::string *active = text(call.params, "active");
    const std::string *code = text(call.params, "code");
    const std::string *coupon = text(call.params, "coupon");
    const bool anyCustomer = text(call.params, "customer") != nullptr; // codes are never for a customer here
    const auto page = m_codes.page(
        paging,
        [&](const json &c) {
            return !anyCustomer && (!active || c["active"] == (*active == "true"))
                && (!code || lower(c["code"].get<std::string>()) == lower(*code))
                && (!coupon || c["promotion"]["coupon"] == *coupon);
        },
        "promotion_code");
    if (!page.ok())
        return ApiResult::refused(page.error());
    ListPage out;
    out.hasMore = page.value().hasMore;
    for (const json *c : page.value().items)
        out.data.push_back(*c);
    return ApiResult::ok(rendered(out.render("/v1/promotion_codes"), call));
}

json PromotionCodes::rendered(const json &object, const ApiCall &call) const
{
    return m_sim.renderer.render(object, call.ctx.version);
}

void PromotionCodes::index(const json &code)
{
    m_byCode.emplace(lower(code["code"].get<std::string>()), code["id"].get<std::string>());
}

bool PromotionCodes::wellFormed(const json &c)
{
    const auto optionalInteger
        = [&](const char *key) { return c.contains(key) && (c[key].is_null() || c[key].is_number_integer()); };
    return c.is_object() && c.contains("id") && c["id"].is_string() && c.contains("code") && c["code"].is_string()
        && c.contains("active") && c["active"].is_boolean() && c.contains("created") && c["created"].is_number_integer()
        && c.contains("times_redeemed") && c["times_redeemed"].is_number_integer() && optionalInteger("expires_at")
        && optionalInteger("max_redemptions") && c.contains("promotion") && c["promotion"].is_object()
        && c["promotion"].contains("coupon") && c["promotion"]["coupon"].is_string() && c.contains("restrictions")
        && c["restrictions"].is_object() && c["restrictions"].contains("minimum_amount")
        && (c["restrictions"]["minimum_amount"].is_null() || c["restrictions"]["minimum_amount"].is_number_integer())
        && c["restrictions"].contains("minimum_amount_currency") && c.contains("metadata") && c["metadata"].is_object();
}

StateFile::Section PromotionCodes::stateSection()
{
    return { "promotion_codes", "promotion code",
        [this] {
            json records = json::array();
            for (size_t i = 0; i < m_codes.size(); ++i)
                records.push_back(m_codes.at(i));
            return records;
        },
        [](const json &record, int) { return wellFormed(record); },
        [this](const json &records, int) {
            for (const json &record : records)
                index(m_codes.insert(record["id"].get<std::string>(), record["created"].get<qint64>(), record));
        } };
}

} // namespace Kiosk::Sim
