// SPDX-License-Identifier: MIT
#include "TaxRates.h"
#include "ListPage.h"
#include "Percentage.h"
#include "RandomId.h"

#include <regex>

using nlohmann::json;

namespace Kiosk::Sim {

namespace {

const std::vector<std::string> &taxTypes()
{
    // stripe-node 23.1's TaxRate.TaxType (a superset of the reference's list).
    static const std::vector<std::string> types { "admissions_tax", "amusement_tax", "attendance_tax",
        "communications_tax", "digital_excise_tax", "entertainment_tax", "get_fund", "gross_receipts_tax", "gst",
        "hospitality_tax", "hst", "igst", "jct", "lease_tax", "luxury_tax", "mass_transit_parking_tax", "nhil",
        "parking_tax", "pst", "qst", "resort_tax", "retail_delivery_fee", "rst", "sales_tax", "service_tax",
        "tourism_tax", "utility_users_tax", "vat" };
    return types;
}

/** The fields create and update share (update lacks percentage and inclusive). */
ParamSpecList describingFields()
{
    using P = ParamSpec;
    return { P::boolean("active"), P::string("country").maxChars(2), P::string("description").maxChars(5000),
        P::string("jurisdiction").maxChars(50), P::metadata(), P::string("state").maxChars(100),
        P::enumOf("tax_type", taxTypes()) };
}

const std::string *text(const json &params, const char *key)
{
    const auto it = params.find(key);
    if (it == params.end() || !it->is_string() || it->get_ref<const std::string &>().empty())
        return nullptr;
    return &it->get_ref<const std::string &>();
}

std::optional<ApiError> refusedCountry(const json &params)
{
    static const std::regex alpha2("^[A-Z]{2}$");
    const std::string *country = text(params, "country");
    if (country && !std::regex_match(*country, alpha2))
        return ApiError::invalid("Country '" + *country
                + "' is unknown. Try using a 2-character alphanumeric country code instead, such as 'US', 'EG', or "
                  "'GB'.",
            "country");
    return std::nullopt;
}

/** Applies the describing fields present in `params` ("" unsets a nullable one). */
void applyFields(json &rate, const json &params)
{
    if (const std::string *active = text(params, "active"))
        rate["active"] = *active == "true";
    if (const std::string *name = text(params, "display_name"))
        rate["display_name"] = *name;
    for (const char *key : { "country", "description", "jurisdiction", "state", "tax_type" }) {
        const auto it = params.find(key);
        if (it != params.end() && it->is_string())
            rate[key] = it->get_ref<const std::string &>().empty() ? json() : *it;
    }
    if (params.contains("metadata") && params["metadata"].is_object()) {
        for (auto it = params["metadata"].begin(); it != params["metadata"].end(); ++it) {
            if (it.value().get_ref<const std::string &>().empty())
                rate["metadata"].erase(it.key());
            else
                rate["metadata"][it.key()] = it.value();
        }
    } else if (params.contains("metadata") && params["metadata"] == "") {
        rate["metadata"] = json::object();
    }
}

} // namespace

TaxRates::TaxRates(SimContext &sim)
    : m_sim(sim)
{ }

void TaxRates::addRoutes(Router &router)
{
    using P = ParamSpec;
    ParamSpecList createSpec { P::string("display_name").required().maxChars(50), P::decimal("percentage").required(),
        P::boolean("inclusive").required() };
    ParamSpecList updateSpec { P::string("display_name").maxChars(50) };
    for (ParamSpec &field : describingFields()) {
        createSpec.push_back(field);
        updateSpec.push_back(std::move(field));
    }
    createSpec.push_back(P::expand());
    updateSpec.push_back(P::expand());
    router.add(
        "POST", QStringLiteral("/v1/tax_rates"), createSpec, {}, [this](const ApiCall &call) { return create(call); });
    router.add("GET", QStringLiteral("/v1/tax_rates"),
        listParams({ P::boolean("active"), P::boolean("inclusive"), P::created() }), {},
        [this](const ApiCall &call) { return list(call); });
    router.add("GET", QStringLiteral("/v1/tax_rates/{id}"), { P::expand() }, {},
        [this](const ApiCall &call) { return retrieve(call); });
    router.add("POST", QStringLiteral("/v1/tax_rates/{id}"), updateSpec, {},
        [this](const ApiCall &call) { return update(call); });
}

ApiResult TaxRates::create(const ApiCall &call)
{
    const json &params = call.params;
    const std::string &percentText = params["percentage"].get_ref<const std::string &>();
    const auto percent = Percentage::parse(percentText);
    if (!percent)
        return ApiResult::refused(ApiError::invalid(
            "Invalid percentage: " + percentText + " (a number from 0 to 100 with at most 4 decimal places).",
            "percentage"));
    if (const auto error = refusedCountry(params))
        return ApiResult::refused(*error);
    const qint64 now = m_sim.clock.nowSecs();
    const std::string id = RandomId::make("txr_");
    json rate = { { "id", id }, { "object", "tax_rate" }, { "active", true }, { "country", nullptr },
        { "created", now }, { "description", nullptr }, { "display_name", params["display_name"] },
        { "effective_percentage", Percentage::toJson(*percent) }, { "inclusive", params["inclusive"] == "true" },
        { "jurisdiction", nullptr }, { "jurisdiction_level", nullptr }, { "livemode", false },
        { "metadata", json::object() }, { "percentage", Percentage::toJson(*percent) }, { "state", nullptr },
        { "tax_type", nullptr } };
    applyFields(rate, params);
    const json &stored = m_rates.insert(id, now, json { { "tax_rate", rate }, { "percent", *percent } });
    m_sim.scheduleSave();
    return ApiResult::ok(stored["tax_rate"]);
}

ApiResult TaxRates::retrieve(const ApiCall &call)
{
    const json *record = m_rates.find(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("tax_rate", call.id(), "id"));
    return ApiResult::ok((*record)["tax_rate"]);
}

ApiResult TaxRates::update(const ApiCall &call)
{
    json *record = m_rates.find(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("tax_rate", call.id(), "id"));
    if (const auto error = refusedCountry(call.params))
        return ApiResult::refused(*error);
    applyFields((*record)["tax_rate"], call.params);
    m_sim.scheduleSave();
    return ApiResult::ok((*record)["tax_rate"]);
}

ApiResult TaxRates::list(const ApiCall &call)
{
    ListParams paging;
    if (const auto error = ListParams::read(call.params, paging))
        return ApiResult::refused(*error);
    std::optional<bool> active;
    std::optional<bool> inclusive;
    if (const std::string *value = text(call.params, "active"))
        active = *value == "true";
    if (const std::string *value = text(call.params, "inclusive"))
        inclusive = *value == "true";
    const auto page = m_rates.page(
        paging,
        [&](const json &record) {
            const json &rate = record["tax_rate"];
            return (!active || rate["active"] == *active) && (!inclusive || rate["inclusive"] == *inclusive);
        },
        "tax_rate");
    if (!page.ok())
        return ApiResult::refused(page.error());
    ListPage out;
    out.hasMore = page.value().hasMore;
    for (const json *record : page.value().items)
        out.data.push_back((*record)["tax_rate"]);
    return ApiResult::ok(out.render("/v1/tax_rates"));
}

bool TaxRates::wellFormed(const json &record)
{
    if (!record.is_object() || !record.contains("percent") || !record["percent"].is_number_integer()
        || !record.contains("tax_rate") || !record["tax_rate"].is_object())
        return false;
    const json &rate = record["tax_rate"];
    const qint64 percent = record["percent"].get<qint64>();
    return percent >= 0 && percent <= Percentage::kHundred && rate.contains("id") && rate["id"].is_string()
        && rate.contains("created") && rate["created"].is_number_integer() && rate.contains("active")
        && rate["active"].is_boolean() && rate.contains("inclusive") && rate["inclusive"].is_boolean()
        && rate.contains("metadata") && rate["metadata"].is_object();
}

StateFile::Section TaxRates::stateSection()
{
    return { "tax_rates", "tax rate",
        [this] {
            json records = json::array();
            for (size_t i = 0; i < m_rates.size(); ++i)
                records.push_back(m_rates.at(i));
            return records;
        },
        [](const json &record, int) { return wellFormed(record); },
        [this](const json &records, int) {
            for (const json &record : records)
                m_rates.insert(
                    record["tax_rate"]["id"].get<std::string>(), record["tax_rate"]["created"].get<qint64>(), record);
        } };
}

} // namespace Kiosk::Sim
