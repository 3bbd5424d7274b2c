// SPDX-License-Identifier: MIT
#include "SessionOptions.h"
#include "RandomId.h"

#include <regex>
#include <set>

using nlohmann::json;

namespace Kiosk::Sim {

namespace {

const std::string *text(const json &params, const char *key)
{
    const auto it = params.find(key);
    if (!params.is_object() || it == params.end() || !it->is_string() || it->get_ref<const std::string &>().empty())
        return nullptr;
    return &it->get_ref<const std::string &>();
}

const json &object(const json &params, const char *key)
{
    static const json none;
    const auto it = params.find(key);
    return params.is_object() && it != params.end() && it->is_object() ? *it : none;
}

const json &array(const json &params, const char *key)
{
    static const json none = json::array();
    const auto it = params.find(key);
    return params.is_object() && it != params.end() && it->is_array() ? *it : none;
}

json optionalInteger(const json &params, const char *key)
{
    const std::string *value = text(params, key);
    return value ? json(std::stoll(*value)) : json();
}

} // namespace

ParamSpecList SessionOptions::spec()
{
    using P = ParamSpec;
    const std::vector<std::string> units { "business_day", "day", "hour", "month", "week" };
    const P estimate = P::object("delivery_estimate",
        { P::object("maximum", { P::enumOf("unit", units).required(), P::integer("value").required().range(1, 1000) }),
            P::object(
                "minimum", { P::enumOf("unit", units).required(), P::integer("value").required().range(1, 1000) }) });
    const P rateData = P::object("shipping_rate_data",
        { P::string("display_name").required().maxChars(100), estimate,
            P::object("fixed_amount",
                { P::integer("amount").required().range(0, 99'999'999), P::string("currency").required() }),
            P::metadata(), P::enumOf("tax_behavior", { "exclusive", "inclusive", "unspecified" }),
            P::string("tax_code"), P::enumOf("type", { "fixed_amount" }) });
    const P customField = P::object("",
        { P::string("key").required().maxChars(200),
            P::object(
                "label", { P::enumOf("type", { "custom" }).required(), P::string("custom").required().maxChars(50) })
                .required(),
            P::enumOf("type", { "dropdown", "numeric", "text" }).required(), P::boolean("optional"),
            P::object("dropdown",
                { P::array("options",
                      P::object("",
                          { P::string("label").required().maxChars(100), P::string("value").required().maxChars(100) }))
                        .required()
                        .maxItems(200),
                    P::string("default_value") }),
            P::object("numeric",
                { P::integer("maximum_length").range(1, 255), P::integer("minimum_length").range(0, 255),
                    P::string("default_value") }),
            P::object("text",
                { P::integer("maximum_length").range(1, 255), P::integer("minimum_length").range(0, 255),
                    P::string("default_value") }) });
    const P message = P::object("", { P::string("message").required().maxChars(1200) });
    auto position = [&](const char *name) {
        P p = message;
        p.name = name;
        return p;
    };
    return {
        P::object("phone_number_collection", { P::boolean("enabled").required() }),
        P::object(
            "shipping_address_collection", { P::array("allowed_countries", P::string("")).required().maxItems(250) }),
        P::array("shipping_options", P::object("", { P::string("shipping_rate"), rateData })).maxItems(5),
        P::array("custom_fields", customField).maxItems(3),
        P::object("consent_collection",
            { P::object("payment_method_reuse_agreement", { P::enumOf("position", { "auto", "hidden" }).required() }),
                P::enumOf("promotions", { "auto", "none" }), P::enumOf("terms_of_service", { "none", "required" }) }),
        P::object("after_expiration",
            { P::object("recovery", { P::boolean("allow_promotion_codes"), P::boolean("enabled").required() }) }),
        P::object("custom_text",
            { position("after_submit"), position("shipping_address"), position("submit"),
                position("terms_of_service_acceptance") }),
    };
}

Result<json, ApiError> SessionOptions::read(const json &params, const std::string &currency, qint64 now)
{
    json out = json::object();
    if (const json &phone = object(params, "phone_number_collection"); phone.is_object())
        out["phone_number_collection"] = { { "enabled", *text(phone, "enabled") == "true" } };

    if (const json &shipping = object(params, "shipping_address_collection"); shipping.is_object()) {
        static const std::regex alpha2("^[A-Z]{2}$");
        json countries = json::array();
        const json &given = array(shipping, "allowed_countries");
        for (size_t k = 0; k < given.size(); ++k) {
            const std::string where = "shipping_address_collection[allowed_countries][" + std::to_string(k) + "]";
            if (!given[k].is_string() || !std::regex_match(given[k].get<std::string>(), alpha2))
                return ApiError::invalid("Invalid " + where + ": must be a two-letter country code", where);
            countries.push_back(given[k]);
        }
        if (countries.empty())
            return ApiError::missing("shipping_address_collection[allowed_countries]");
        out["shipping_address_collection"] = { { "allowed_countries", countries } };
    }

    const json &options = array(params, "shipping_options");
    json rates = json::array(); // the shipping_rate objects the options make
    for (size_t n = 0; n < options.size(); ++n) {
        const std::string where = "shipping_options[" + std::to_string(n) + "]";
        const json &option = options[n];
        if (const std::string *rate = text(option, "shipping_rate"))
            return ApiError::noSuch("shipping_rate", *rate, where + "[shipping_rate]", 400);
        const json &data = object(option, "shipping_rate_data");
        if (!data.is_object())
            return ApiError::missing(where + "[shipping_rate_data]");
        const json &fixed = object(data, "fixed_amount");
        if (!fixed.is_object())
            return ApiError::missing(where + "[shipping_rate_data][fixed_amount]");
        if (*text(fixed, "currency") != currency)
            return ApiError::invalid("The shipping rate's currency must be the session's (" + currency + ").",
                where + "[shipping_rate_data][fixed_amount][currency]");
        json estimate;
        if (const json &given = object(data, "delivery_estimate"); given.is_object()) {
            estimate = json { { "maximum", nullptr }, { "minimum", nullptr } };
            for (const char *end : { "maximum", "minimum" }) {
                if (const json &bound = object(given, end); bound.is_object())
                    estimate[end]
                        = { { "unit", *text(bound, "unit") }, { "value", std::stoll(*text(bound, "value")) } };
            }
        }
        json metadata = json::object();
        const json &givenMetadata = object(data, "metadata");
        for (auto it = givenMetadata.begin(); givenMetadata.is_object() && it != givenMetadata.end(); ++it) {
            if (it->is_string() && !it->get_ref<const std::string &>().empty())
                metadata[it.key()] = *it;
        }
        rates.push_back(json { { "id", RandomId::make("shr_") }, { "object", "shipping_rate" }, { "active", true },
            { "created", now }, { "delivery_estimate", estimate }, { "display_name", *text(data, "display_name") },
            { "fixed_amount", json { { "amount", std::stoll(*text(fixed, "amount")) }, { "currency", currency } } },
            { "livemode", false }, { "metadata", metadata },
            { "tax_behavior", text(data, "tax_behavior") ? json(*text(data, "tax_behavior")) : json("unspecified") },
            { "tax_code", text(data, "tax_code") ? json(*text(data, "tax_code")) : json() },
            { "type", "fixed_amount" } });
    }
    if (!rates.empty()) {
        json rendered = json::array();
        for (const json &rate : rates)
            rendered.push_back(
                json { { "shipping_amount", rate["fixed_amount"]["amount"] }, { "shipping_rate", rate["id"] } });
        out["shipping_options"] = rendered;
        out["shipping_rates"] = rates; // kept for the page and expand[]=shipping_cost.shipping_rate
    }

    const json &fields = array(params, "custom_fields");
    json customFields = json::array();
    std::set<std::string> keys;
    static const std::regex alphanumeric("^[A-Za-z0-9]+$");
    for (size_t n = 0; n < fields.size(); ++n) {
        const std::string where = "custom_fields[" + std::to_string(n) + "]";
        const json &field = fields[n];
        const std::string key = *text(field, "key");
        if (!std::regex_match(key, alphanumeric))
            return ApiError::invalid(
                "Invalid " + where + "[key]: only letters and digits are allowed", where + "[key]");
        if (!keys.insert(key).second)
            return ApiError::invalid("Custom field keys must be unique: " + key + " is given twice.", where + "[key]");
        const std::string type = *text(field, "type");
        json entry = { { "key", key },
            { "label", json { { "custom", *text(object(field, "label"), "custom") }, { "type", "custom" } } },
            { "optional", text(field, "optional") && *text(field, "optional") == "true" }, { "type", type } };
        if (type == "dropdown") {
            const json &dropdown = object(field, "dropdown");
            if (!dropdown.is_object())
                return ApiError::missing(where + "[dropdown]");
            json choices = json::array();
            for (const json &choice : array(dropdown, "options"))
                choices.push_back(json { { "label", *text(choice, "label") }, { "value", *text(choice, "value") } });
            entry["dropdown"] = { { "options", choices }, { "value", nullptr } };
        } else {
            const json &bounds = object(field, type.c_str());
            const json minimum = optionalInteger(bounds, "minimum_length");
            const json maximum = optionalInteger(bounds, "maximum_length");
            if (minimum.is_number() && maximum.is_number() && minimum.get<qint64>() > maximum.get<qint64>())
                return ApiError::invalid("minimum_length must not be greater than maximum_length.",
                    where + "[" + type + "][minimum_length]");
            entry[type] = { { "maximum_length", maximum }, { "minimum_length", minimum }, { "value", nullptr } };
        }
        customFields.push_back(entry);
    }
    if (!customFields.empty())
        out["custom_fields"] = customFields;

    if (const json &consent = object(params, "consent_collection"); consent.is_object()) {
        const json &reuse = object(consent, "payment_method_reuse_agreement");
        out["consent_collection"]
            = { { "payment_method_reuse_agreement",
                    reuse.is_object() ? json { { "position", *text(reuse, "position") } } : json() },
                  { "promotions", text(consent, "promotions") ? json(*text(consent, "promotions")) : json() },
                  { "terms_of_service",
                      text(consent, "terms_of_service") ? json(*text(consent, "terms_of_service")) : json() } };
    }

    if (const json &recovery = object(object(params, "after_expiration"), "recovery"); recovery.is_object()) {
        out["after_expiration"] = { { "recovery",
            json { { "allow_promotion_codes",
                       text(recovery, "allow_promotion_codes") && *text(recovery, "allow_promotion_codes") == "true" },
                { "enabled", *text(recovery, "enabled") == "true" }, { "expires_at", nullptr },
                { "url", nullptr } } } };
    }

    if (const json &custom = object(params, "custom_text"); custom.is_object()) {
        json positions = { { "after_submit", nullptr }, { "shipping_address", nullptr }, { "submit", nullptr },
            { "terms_of_service_acceptance", nullptr } };
        for (auto it = positions.begin(); it != positions.end(); ++it) {
            if (const std::string *message = text(object(custom, it.key().c_str()), "message"))
                it.value() = { { "message", *message } };
        }
        out["custom_text"] = positions;
    }
    return out;
}

} // namespace Kiosk::Sim
