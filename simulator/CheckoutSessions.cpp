// SPDX-License-Identifier: MIT
#include "CheckoutSessions.h"

#include "JsonFields.h"

#include "ApiVersion.h"
#include "CurrencyRules.h"
#include "InputChecks.h"
#include "ListPage.h"
#include "ListParams.h"
#include "PricingRule.h"
#include "RandomId.h"
#include "SessionCollection.h"
#include "SessionOptions.h"
#include "SessionPricing.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <limits>

namespace Kiosk::Sim {

using nlohmann::json;

namespace {

/** How long a recovery link works after its session expired (Stripe: 30 days). */
constexpr qint64 kRecoveryLinkSecs = 30 * 24 * 3600;

std::string newId(const char *prefix, int length = 24)
{
    return RandomId::make(prefix, length);
}

std::string u8(const QString &s)
{
    return s.toStdString();
}

ApiError invalid(const std::string &message, const std::string &param = {}, const std::string &code = {})
{
    return ApiError::invalid(message, param, code);
}

std::optional<ApiError> refusedMethodTypes(const json &types, const std::string &param)
{
    static const std::vector<std::string> known { "acss_debit", "affirm", "afterpay_clearpay", "alipay",
        "au_becs_debit", "bacs_debit", "bancontact", "blik", "boleto", "card", "cashapp", "customer_balance", "eps",
        "fpx", "giropay", "grabpay", "ideal", "klarna", "konbini", "link", "oxxo", "p24", "paynow", "paypal", "pix",
        "promptpay", "sepa_debit", "sofort", "us_bank_account", "wechat_pay", "zip" };
    if (!types.is_array() || types.empty())
        return invalid("Invalid array", param);
    bool hasCard = false;
    for (size_t i = 0; i < types.size(); ++i) {
        const std::string where = param + "[" + std::to_string(i) + "]";
        if (!types[i].is_string()
            || std::find(known.begin(), known.end(), types[i].get<std::string>()) == known.end()) {
            std::string list;
            for (size_t k = 0; k < known.size(); ++k)
                list += (k == 0 ? "" : k + 1 == known.size() ? ", or " : ", ") + known[k];
            return invalid("Invalid " + where + ": must be one of " + list, where);
        }
        hasCard = hasCard || types[i] == "card";
    }
    if (!hasCard)
        return invalid("The simulator only supports the card payment method.", param);
    return std::nullopt;
}
const std::set<std::string> &knownLocales()
{
    static const std::set<std::string> locales { "auto", "bg", "cs", "da", "de", "el", "en", "en-GB", "es", "es-419",
        "et", "fi", "fil", "fr", "fr-CA", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl",
        "pt", "pt-BR", "ro", "ru", "sk", "sl", "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW" };
    return locales;
}

using JsonFields::isInteger;
using JsonFields::isString;

bool isOptional(const json &object, const char *key, bool (json::*type)() const noexcept)
{
    return object.is_object() && (!object.contains(key) || (object[key].*type)());
}

/** Every parameter POST /v1/checkout/sessions takes, in the order Stripe checks them. */
ParamSpecList createSessionSpec()
{
    using P = ParamSpec;
    static const std::vector<std::string> newUiModes { "hosted_page", "embedded_page", "elements", "form" };
    static const std::vector<std::string> oldUiModes { "hosted", "embedded", "custom" };
    const P productData = P::object("product_data",
        { P::string("name").required(), P::string("description"), P::array("images", P::string("")), P::metadata(),
            P::string("tax_code"), P::string("unit_label") });
    const P priceData = P::object("price_data",
        { P::string("currency").required(), P::integer("unit_amount").range(0, std::numeric_limits<qint64>::max()),
            P::decimal("unit_amount_decimal"), P::string("product"), productData,
            P::enumOf("tax_behavior", { "exclusive", "inclusive", "unspecified" }) });
    const P lineItem = P::object("",
        { P::integer("quantity").required().range(1, 999'999), priceData, P::string("price"),
            P::array("tax_rates", P::string("")),
            P::object("adjustable_quantity",
                { P::boolean("enabled").required(), P::integer("minimum"), P::integer("maximum") }) });
    ParamSpecList spec {
        P::enumOf("mode", { "payment", "setup", "subscription" }).required(),
        P::enumOf("ui_mode", newUiModes).since(ApiVersion::kNewUiModes),
        P::enumOf("ui_mode", oldUiModes).until(ApiVersion::kNewUiModes),
        P::array("payment_method_types", P::string("")).until(ApiVersion::kAllowedPaymentMethodTypes),
        P::array("allowed_payment_method_types", P::string("")).since(ApiVersion::kAllowedPaymentMethodTypes),
        P::string("success_url").required(),
        P::string("cancel_url"),
        P::string("customer_email"),
        P::string("client_reference_id").maxChars(200),
        P::string("locale"),
        P::boolean("allow_promotion_codes"),
        P::array("discounts", P::object("", { P::string("coupon"), P::string("promotion_code") })),
        P::enumOf("submit_type", { "auto", "book", "donate", "pay", "subscribe" }),
        P::metadata(),
        P::integer("expires_at"),
        P::array("line_items", lineItem).required(),
        P::object("payment_intent_data",
            { P::metadata(), P::enumOf("capture_method", { "automatic", "automatic_async", "manual" }),
                P::string("description"), P::string("receipt_email"),
                P::enumOf("setup_future_usage", { "off_session", "on_session" }),
                P::string("statement_descriptor").maxChars(22),
                P::string("statement_descriptor_suffix").maxChars(22) }),
        P::expand(),
    };
    const ParamSpecList options = SessionOptions::spec();
    spec.insert(spec.end() - 1, options.begin(), options.end()); // before expand
    return spec;
}

/**
 * ui_mode's values before 2026-03-25 (stored in the new spelling); the shipping address at the
 * top level (`shipping_details`) before 2025-03-31, in `collected_information` since.
 */
void renderSessionVersion(json &session, const std::string &version)
{
    if (ApiVersion::atLeast(version, ApiVersion::kCollectedInformation)) {
        session.erase("shipping_details"); // kept by sessions saved before the move
    } else {
        const json &collected = session.value("collected_information", json());
        session["shipping_details"] = collected.is_object() ? collected.value("shipping_details", json()) : json();
    }
    if (ApiVersion::atLeast(version, ApiVersion::kNewUiModes))
        return;
    static const std::map<std::string, std::string> oldNames { { "hosted_page", "hosted" },
        { "embedded_page", "embedded" }, { "elements", "custom" } };
    const auto it = session.find("ui_mode");
    if (it != session.end() && it->is_string()) {
        const auto old = oldNames.find(it->get<std::string>());
        if (old != oldNames.end())
            *it = old->second;
    }
}

} // namespace

CheckoutSessions::CheckoutSessions(
    SimContext &sim, const PaymentIntentResource &intents, SessionPricing::Sources pricing)
    : m_sim(sim)
    , m_intents(intents)
    , m_pricing(pricing)
{
    m_sim.renderer.add("checkout.session", renderSessionVersion);
}

void CheckoutSessions::addRoutes(Router &router)
{
    // What each route takes and may expand: anything else is refused before the route runs, as
    // Stripe does.
    const std::set<std::string> expandable { "line_items", "payment_intent", "payment_intent.latest_charge",
        "shipping_cost.shipping_rate", "total_details.breakdown" };
    const auto bind = [this](ApiResult (CheckoutSessions::*handler)(const ApiCall &)) {
        return [this, handler](const ApiCall &call) { return (this->*handler)(call); };
    };
    router.add("POST", QStringLiteral("/v1/checkout/sessions"), createSessionSpec(), expandable,
        bind(&CheckoutSessions::create));
    router.add("GET", QStringLiteral("/v1/checkout/sessions"),
        listParams({ ParamSpec::string("status"), ParamSpec::string("payment_intent"), ParamSpec::created(),
            ParamSpec::string("customer"),
            ParamSpec::object("customer_details", { ParamSpec::string("email").required() }),
            ParamSpec::string("payment_link"), ParamSpec::string("subscription") }),
        { "data.line_items", "data.payment_intent", "data.payment_intent.latest_charge",
            "data.shipping_cost.shipping_rate" },
        bind(&CheckoutSessions::list));
    router.add("GET", QStringLiteral("/v1/checkout/sessions/{id}"), { ParamSpec::expand() }, expandable,
        bind(&CheckoutSessions::retrieve));
    router.add("POST", QStringLiteral("/v1/checkout/sessions/{id}/expire"), { ParamSpec::expand() }, expandable,
        bind(&CheckoutSessions::expireNow));
    router.add("GET", QStringLiteral("/v1/checkout/sessions/{id}/line_items"), listParams(), {},
        bind(&CheckoutSessions::listLineItems));
}

StateFile::Section CheckoutSessions::stateSection()
{
    return { "sessions", "session",
        [this] {
            json list = json::array();
            for (size_t i = 0; i < m_sessions.size(); ++i)
                list.push_back(m_sessions.at(i));
            return list;
        },
        [](const json &record, int) { return wellFormed(record); },
        [this](const json &records, int) {
            for (json record : records) {
                json &session = record["session"];
                const std::string id = session["id"].get<std::string>();
                // Before format 3 a session kept ui_mode as its creator's version spelt it.
                if (session.contains("ui_mode") && session["ui_mode"] == "hosted")
                    session["ui_mode"] = "hosted_page";
                const qint64 created = session.value("created", qint64(0));
                if (session["status"] == "open")
                    m_openByExpiry.emplace(session["expires_at"].get<qint64>(), id);
                m_sessions.insert(id, created, std::move(record));
            }
        } };
}

/** Every field the simulator later reads with get<>() has the type it expects (a file may be edited by hand). */
bool CheckoutSessions::wellFormed(const json &record)
{
    if (!record.is_object() || !record.contains("session") || !record.contains("internal")
        || !record.contains("line_items"))
        return false;
    const json &session = record["session"];
    const json &internal = record["internal"];
    if (!isString(session, "id") || !isString(session, "status") || !isString(session, "currency")
        || !isString(session, "success_url") || !isInteger(session, "expires_at")
        || !isInteger(session, "amount_total"))
        return false;
    if (!isString(internal, "version") || !internal.contains("async_pending") || !internal["async_pending"].is_boolean()
        || !internal.contains("page_items") || !internal["page_items"].is_array()
        || !isOptional(internal, "pi_metadata", &json::is_object)
        || !isOptional(internal, "pi_options", &json::is_object))
        return false;
    for (const json &item : internal["page_items"]) {
        if (!item.is_object() || !isOptional(item, "description", &json::is_string))
            return false;
    }
    if (internal.contains("auth") && !internal["auth"].is_null()) {
        const json &auth = internal["auth"];
        for (const char *key : { "token", "card", "email", "name", "expiry", "cvc" }) {
            if (!isString(auth, key))
                return false;
        }
        if (!auth.contains("async") || !auth["async"].is_boolean() || !isOptional(auth, "collected", &json::is_object))
            return false;
    }
    // The shipping options the page prices (SessionCollection::withShipping) and their rates.
    if (!isOptional(session, "shipping_options", &json::is_array)
        || !isOptional(internal, "shipping_rates", &json::is_array))
        return false;
    for (const json &option : session.value("shipping_options", json::array())) {
        if (!isInteger(option, "shipping_amount") || !isString(option, "shipping_rate"))
            return false;
    }
    for (const json &rate : internal.value("shipping_rates", json::array())) {
        // Files written before shipping_rate objects kept {shipping_rate, display_name, …}.
        if (!(isString(rate, "id") || isString(rate, "shipping_rate")) || !isString(rate, "display_name"))
            return false;
    }
    if (!record["line_items"].is_array())
        return false;
    for (const json &item : record["line_items"]) {
        if (!isString(item, "description") || !isInteger(item, "quantity") || !isInteger(item, "amount_total")
            || !item.contains("price") || !isInteger(item["price"], "unit_amount"))
            return false;
    }
    return true;
}

json *CheckoutSessions::find(const std::string &id)
{
    json *record = m_sessions.find(id);
    if (record)
        refresh(*record);
    return record;
}

void CheckoutSessions::refresh(json &record)
{
    const json &session = record["session"];
    if (session["status"] == "open" && session["expires_at"].get<qint64>() <= m_sim.clock.nowSecs())
        expire(record, nullptr);
}

void CheckoutSessions::sweepExpired()
{
    const qint64 now = m_sim.clock.nowSecs();
    while (!m_openByExpiry.empty() && m_openByExpiry.begin()->first <= now) {
        const std::string id = m_openByExpiry.begin()->second;
        m_openByExpiry.erase(m_openByExpiry.begin());
        if (json *record = m_sessions.find(id))
            refresh(*record);
    }
}

void CheckoutSessions::expire(json &record, const RequestContext *ctx)
{
    json &session = record["session"];
    session["status"] = "expired";
    session["url"] = nullptr;
    record["internal"]["auth"] = nullptr;
    json &after = session["after_expiration"];
    if (after.is_object() && after["recovery"].is_object() && after["recovery"]["enabled"] == true) {
        // Stripe's abandoned-cart recovery: a link that makes a copy of this session, usable 30 days.
        after["recovery"]["url"]
            = u8(m_sim.base.toString(QUrl::StripTrailingSlash)) + "/c/recover/" + session["id"].get<std::string>();
        after["recovery"]["expires_at"] = m_sim.clock.nowSecs() + kRecoveryLinkSecs;
    }
    m_sim.createEvent("checkout.session.expired", session, ctx);
    m_sim.scheduleSave();
}

std::optional<std::string> CheckoutSessions::recover(const std::string &id)
{
    json *original = find(id);
    if (!original)
        return std::nullopt;
    const json &old = (*original)["session"];
    const json &after = old["after_expiration"];
    const qint64 now = m_sim.clock.nowSecs();
    if (old["status"] != "expired" || !after.is_object() || !after["recovery"].is_object()
        || !after["recovery"]["url"].is_string() || !after["recovery"]["expires_at"].is_number_integer()
        || now >= after["recovery"]["expires_at"].get<qint64>())
        return std::nullopt;
    const bool promotionCodes = after["recovery"]["allow_promotion_codes"] == true && old["discounts"].empty();
    json record = *original;
    const std::string copyId = "cs_test_" + RandomId::token(58);
    json &session = record["session"];
    const std::string url = u8(m_sim.base.toString(QUrl::StripTrailingSlash)) + "/c/pay/" + copyId;
    for (const auto &[key, value] : std::initializer_list<std::pair<const char *, json>> { { "id", copyId },
             { "created", now }, { "expires_at", now + 24 * 3600 }, { "status", "open" },
             { "payment_status", "unpaid" }, { "url", url }, { "recovered_from", id }, { "payment_intent", nullptr },
             { "customer_details", nullptr }, { "consent", nullptr }, { "collected_information", nullptr } })
        session[key] = value;
    session["after_expiration"]["recovery"]["url"] = nullptr;
    session["after_expiration"]["recovery"]["expires_at"] = nullptr;
    if (promotionCodes)
        session["allow_promotion_codes"] = true;
    for (json &item : record["line_items"])
        item["id"] = newId("li_");
    json &internal = record["internal"];
    internal["payment_intent"] = newId("pi_");
    internal["auth"] = nullptr;
    internal["async_pending"] = false;
    if (internal.contains("breakdown")) {
        for (json &discount : internal["breakdown"]["discounts"])
            discount["discount"]["checkout_session"] = copyId;
    }
    m_sessions.insert(copyId, now, std::move(record));
    m_openByExpiry.emplace(now + 24 * 3600, copyId);
    m_sim.scheduleSave();
    return url;
}

json CheckoutSessions::render(const json &record, const std::set<std::string> &expand, const std::string &version) const
{
    json session = record["session"];
    if (expand.count("total_details.breakdown") && record["internal"].contains("breakdown"))
        session["total_details"]["breakdown"] = record["internal"]["breakdown"];
    if (expand.count("line_items")) {
        ListPage items;
        items.data = record["line_items"];
        session["line_items"]
            = items.render("/v1/checkout/sessions/" + session["id"].get<std::string>() + "/line_items");
    }
    if (expand.count("shipping_cost.shipping_rate") && session["shipping_cost"].is_object()) {
        for (const json &rate : record["internal"].value("shipping_rates", json::array())) {
            if (rate.contains("object") && rate.value("id", json()) == session["shipping_cost"]["shipping_rate"])
                session["shipping_cost"]["shipping_rate"] = rate;
        }
    }
    const bool withCharge = expand.count("payment_intent.latest_charge") > 0;
    if ((withCharge || expand.count("payment_intent")) && session["payment_intent"].is_string()) {
        if (const json *intent = m_intents.find(session["payment_intent"].get<std::string>()))
            session["payment_intent"] = m_intents.render(
                *intent, withCharge ? std::set<std::string> { "latest_charge" } : std::set<std::string> {});
    }
    return m_sim.renderer.render(std::move(session), version);
}

ApiResult CheckoutSessions::create(const ApiCall &call)
{
    const json &params = call.params;
    const RequestContext &ctx = call.ctx;
    // ParamValidator has checked names, types, enums and required parameters; what remains are
    // the rules between values.
    const std::string methodTypesParam = ApiVersion::atLeast(ctx.version, ApiVersion::kAllowedPaymentMethodTypes)
        ? "allowed_payment_method_types"
        : "payment_method_types";
    const auto fail = [](const ApiError &e) { return ApiResult::refused(e); };

    const std::string mode = *InputChecks::stringParam(params, "mode");
    if (mode != "payment")
        return fail(invalid("The simulator only supports mode=payment.", "mode"));

    const bool newUiModes = ApiVersion::atLeast(ctx.version, ApiVersion::kNewUiModes);
    if (const auto uiMode = InputChecks::stringParam(params, "ui_mode");
        uiMode && *uiMode != (newUiModes ? "hosted_page" : "hosted"))
        return fail(invalid("The simulator only serves the hosted payment page (ui_mode="
                + std::string(newUiModes ? "hosted_page" : "hosted") + ").",
            "ui_mode"));
    json methodTypes = json::array({ "card" });
    if (params.contains(methodTypesParam)) {
        if (const auto error = refusedMethodTypes(params[methodTypesParam], methodTypesParam))
            return fail(*error);
        methodTypes = params[methodTypesParam];
    }

    const std::string successUrl = *InputChecks::stringParam(params, "success_url");
    for (const char *key : { "success_url", "cancel_url" }) {
        if (const auto url = InputChecks::stringParam(params, key)) {
            if (url->size() > 5000)
                return fail(invalid("Invalid URL: URL must be 5000 characters or less.", key, "url_invalid"));
            if (!InputChecks::isWebUrl(*url))
                return fail(invalid("Not a valid URL", key, "url_invalid"));
        }
    }
    const auto email = InputChecks::stringParam(params, "customer_email");
    if (email && !InputChecks::isEmail(QString::fromStdString(*email)))
        return fail(invalid("Invalid email address: " + *email, "customer_email", "email_invalid"));
    const auto reference = InputChecks::stringParam(params, "client_reference_id");
    const auto locale = InputChecks::stringParam(params, "locale");
    if (locale && !knownLocales().count(*locale))
        return fail(invalid("Invalid locale: " + *locale + " is not a supported Checkout locale", "locale"));
    const auto submitType = InputChecks::stringParam(params, "submit_type");

    json metadata = json::object();
    if (params.contains("metadata") && params["metadata"].is_object()) {
        for (auto it = params["metadata"].begin(); it != params["metadata"].end(); ++it) {
            if (!it.value().get_ref<const std::string &>().empty())
                metadata[it.key()] = it.value();
        }
    }

    const qint64 now = m_sim.clock.nowSecs();
    qint64 expiresAt = now + 24 * 3600;
    if (const auto text = InputChecks::stringParam(params, "expires_at")) {
        expiresAt = InputChecks::integer(*text);
        if (expiresAt < now + 30 * 60)
            return fail(
                invalid("The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.",
                    "expires_at"));
        if (expiresAt > now + 24 * 3600)
            return fail(invalid(
                "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.", "expires_at"));
    }

    // Line items.
    const json &lineItems = params["line_items"];
    if (lineItems.size() > 100)
        return fail(invalid("You may only specify up to 100 line items.", "line_items"));
    json items = json::array();
    json pageItems = json::array();
    const CurrencyRules::Rule *currency = nullptr;
    qint64 total = 0;
    bool overMaximum = false; // a total past Stripe's maximum (kept from overflowing, then refused)
    json pricingLines = json::array();
    for (size_t i = 0; i < lineItems.size(); ++i) {
        const std::string p = "line_items[" + std::to_string(i) + "]";
        const json &item = lineItems[i];
        if (!item.is_object())
            return fail(invalid("Invalid object", p));
        if (const auto price = InputChecks::stringParam(item, "price"))
            return fail(ApiError::noSuch("price", *price, p + "[price]", 400));
        if (!item.contains("price_data") || !item["price_data"].is_object())
            return fail(invalid("You must specify either `price` or `price_data` in each line item.", p));
        const json &priceData = item["price_data"];
        qint64 quantity = 0;
        quantity = InputChecks::integer(*InputChecks::stringParam(item, "quantity"));
        const auto currencyText = InputChecks::stringParam(priceData, "currency");
        const CurrencyRules::Rule *found = CurrencyRules::find(*currencyText);
        if (!found) {
            std::string codes;
            for (const std::string &code : CurrencyRules::codes())
                codes += (codes.empty() ? "" : ", ") + code;
            return fail(
                invalid("Invalid currency: " + *currencyText + ". Stripe currently supports these currencies: " + codes,
                    p + "[price_data][currency]"));
        }
        if (currency && currency != found)
            return fail(invalid("All line items must use the same currency (" + std::string(currency->code) + ").",
                p + "[price_data][currency]"));
        currency = found;

        qint64 unitAmount = 0;
        const auto unitText = InputChecks::stringParam(priceData, "unit_amount");
        const auto unitDecimal = InputChecks::stringParam(priceData, "unit_amount_decimal");
        if (unitText && unitDecimal)
            return fail(invalid("You may only specify one of these parameters: unit_amount, unit_amount_decimal.",
                p + "[price_data][unit_amount_decimal]"));
        if (unitText) {
            unitAmount = InputChecks::integer(*unitText);
        } else if (unitDecimal) {
            static const QRegularExpression integral(QStringLiteral("^(\\d+)(\\.0*)?$"));
            const auto match = integral.match(QString::fromStdString(*unitDecimal));
            bool whole = false;
            if (match.hasMatch())
                unitAmount = match.captured(1).toLongLong(&whole);
            if (!whole)
                return fail(invalid("Invalid decimal: " + *unitDecimal
                        + " (the simulator only accepts whole minor units in unit_amount_decimal)",
                    p + "[price_data][unit_amount_decimal]"));
        } else {
            return fail(ApiError::missing(p + "[price_data][unit_amount]"));
        }

        const json productData = priceData.contains("product_data") ? priceData["product_data"] : json();
        if (const auto product = InputChecks::stringParam(priceData, "product"))
            return fail(ApiError::noSuch("product", *product, p + "[price_data][product]", 400));
        if (!productData.is_object())
            return fail(ApiError::missing(p + "[price_data][product_data]"));
        const auto name = InputChecks::stringParam(productData, "name");
        json images = json::array();
        if (productData.contains("images")) {
            const json &img = productData["images"];
            if (img.size() > 8)
                return fail(invalid("You may only specify up to 8 images.", p + "[price_data][product_data][images]"));
            for (const json &url : img) {
                if (url.is_string() && !url.get<std::string>().empty())
                    images.push_back(url);
            }
        }
        const auto description = InputChecks::stringParam(productData, "description");

        auto rates = SessionPricing::resolveRates(item, p, m_pricing.taxRates);
        if (!rates.ok())
            return fail(rates.error());
        pricingLines.push_back(
            json { { "unit_amount", unitAmount }, { "quantity", quantity }, { "tax_rates", rates.value() } });

        // Both factors are bounded (quantity ≤ 999,999; a unit amount past the maximum charge marks
        // the total as too large), so neither the line nor the sum of ≤ 100 lines overflows.
        overMaximum = overMaximum || unitAmount > CurrencyRules::kMaximumCharge;
        const qint64 lineTotal = overMaximum ? 0 : unitAmount * quantity;
        total += lineTotal;
        const std::string code = currency->code;
        json price
            = { { "id", newId("price_") }, { "object", "price" }, { "active", false }, { "billing_scheme", "per_unit" },
                  { "created", now }, { "currency", code }, { "custom_unit_amount", nullptr }, { "livemode", false },
                  { "lookup_key", nullptr }, { "metadata", json::object() }, { "nickname", nullptr },
                  { "product", newId("prod_", 14) }, { "recurring", nullptr },
                  { "tax_behavior", InputChecks::stringParam(priceData, "tax_behavior").value_or("unspecified") },
                  { "tiers_mode", nullptr }, { "transform_quantity", nullptr }, { "type", "one_time" },
                  { "unit_amount", unitAmount }, { "unit_amount_decimal", std::to_string(unitAmount) } };
        items.push_back(json { { "id", newId("li_") }, { "object", "item" }, { "amount_discount", 0 },
            { "amount_subtotal", lineTotal }, { "amount_tax", 0 }, { "amount_total", lineTotal }, { "currency", code },
            { "description", *name }, { "metadata", json::object() }, { "price", price }, { "quantity", quantity } });
        pageItems.push_back(
            json { { "name", *name }, { "description", description.value_or("") }, { "images", images } });
    }
    if (overMaximum)
        return fail(*CurrencyRules::checkCharge(CurrencyRules::kMaximumCharge + 1, *currency, "line_items"));
    const auto discount = SessionPricing::resolveDiscount(params, m_pricing, currency->code, total);
    if (!discount.ok())
        return fail(discount.error());
    auto options = SessionOptions::read(params, currency->code, now);
    if (!options.ok())
        return fail(options.error());

    const std::string id = "cs_test_" + RandomId::token(58);
    json session = {
        { "id", id },
        { "object", "checkout.session" },
        { "adaptive_pricing", json { { "enabled", false } } },
        { "after_expiration", nullptr },
        { "allow_promotion_codes",
            InputChecks::stringParam(params, "allow_promotion_codes")
                ? json(*InputChecks::stringParam(params, "allow_promotion_codes") == "true")
                : json() },
        { "amount_subtotal", total },
        { "amount_total", total },
        { "automatic_tax",
            json { { "enabled", false }, { "liability", nullptr }, { "provider", nullptr }, { "status", nullptr } } },
        { "billing_address_collection", nullptr },
        { "cancel_url",
            InputChecks::stringParam(params, "cancel_url") ? json(*InputChecks::stringParam(params, "cancel_url"))
                                                           : json() },
        { "client_reference_id", reference ? json(*reference) : json() },
        { "client_secret", nullptr },
        { "collected_information", nullptr },
        { "consent", nullptr },
        { "consent_collection", nullptr },
        { "created", now },
        { "currency", currency->code },
        { "currency_conversion", nullptr },
        { "custom_fields", json::array() },
        { "custom_text",
            json { { "after_submit", nullptr }, { "shipping_address", nullptr }, { "submit", nullptr },
                { "terms_of_service_acceptance", nullptr } } },
        { "customer", nullptr },
        { "customer_creation", "if_required" },
        { "customer_details", nullptr },
        { "customer_email", email ? json(*email) : json() },
        { "discounts", json::array() },
        { "expires_at", expiresAt },
        { "invoice", nullptr },
        { "invoice_creation",
            json { { "enabled", false },
                { "invoice_data",
                    json { { "account_tax_ids", nullptr }, { "custom_fields", nullptr }, { "description", nullptr },
                        { "footer", nullptr }, { "issuer", nullptr }, { "metadata", json::object() },
                        { "rendering_options", nullptr } } } } },
        { "livemode", false },
        { "locale", locale ? json(*locale) : json() },
        { "metadata", metadata },
        { "mode", "payment" },
        { "origin_context", nullptr },
        { "payment_intent", nullptr },
        { "payment_link", nullptr },
        { "payment_method_collection", "if_required" },
        { "payment_method_configuration_details", nullptr },
        { "payment_method_options", json { { "card", json { { "request_three_d_secure", "automatic" } } } } },
        { "payment_method_types", methodTypes },
        { "payment_status", "unpaid" },
        { "permissions", nullptr },
        { "phone_number_collection", json { { "enabled", false } } },
        { "recovered_from", nullptr },
        { "saved_payment_method_options", nullptr },
        { "setup_intent", nullptr },
        { "shipping_address_collection", nullptr },
        { "shipping_cost", nullptr },
        { "shipping_options", json::array() },
        { "status", "open" },
        { "submit_type", submitType ? json(*submitType) : json() },
        { "subscription", nullptr },
        { "success_url", successUrl },
        { "total_details", json { { "amount_discount", 0 }, { "amount_shipping", 0 }, { "amount_tax", 0 } } },
        { "ui_mode", "hosted_page" },
        { "url", u8(m_sim.base.toString(QUrl::StripTrailingSlash)) + "/c/pay/" + id },
        { "wallet_options", nullptr },
    };
    // payment_intent_data[…] is kept for the PaymentIntent made at the first payment attempt.
    PaymentIntentResource::Terms piTerms;
    PaymentIntentResource::readSessionOptions(params.value("payment_intent_data", json::object()), piTerms);
    json shippingRates = json::array();
    for (auto it = options.value().begin(); it != options.value().end(); ++it) {
        if (it.key() == "shipping_rates")
            shippingRates = it.value();
        else
            session[it.key()] = it.value();
    }
    json record = { { "session", session }, { "line_items", items },
        { "internal",
            json { { "version", ctx.version }, { "pricing", json { { "lines", pricingLines } } },
                { "shipping_rates", shippingRates }, { "page_items", pageItems }, { "payment_intent", newId("pi_") },
                { "pi_metadata", piTerms.metadata }, { "pi_options", piTerms.options }, { "async_pending", false },
                { "auth", nullptr } } } };
    SessionPricing::price(record, discount.value(), m_pricing, now);
    // The first shipping option is preselected, as on Stripe's page; the buyer may choose another.
    if (!record["session"]["shipping_options"].empty())
        record["session"]
            = SessionCollection::withShipping(record["session"], record["session"]["shipping_options"][0]);
    if (const auto refused
        = CurrencyRules::checkCharge(record["session"]["amount_total"].get<qint64>(), *currency, "line_items"))
        return fail(*refused);
    const json &stored = m_sessions.insert(id, now, std::move(record));
    m_openByExpiry.emplace(expiresAt, id);
    m_sim.scheduleSave();
    return ApiResult::ok(render(stored, call.expand, ctx.version));
}

ApiResult CheckoutSessions::retrieve(const ApiCall &call)
{
    json *record = find(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("checkout.session", call.id(), "session"));
    return ApiResult::ok(render(*record, call.expand, call.ctx.version));
}

ApiResult CheckoutSessions::expireNow(const ApiCall &call)
{
    json *record = find(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("checkout.session", call.id(), "session"));
    const std::string status = (*record)["session"]["status"].get<std::string>();
    if (status != "open")
        return ApiResult::failed(invalid("Only Checkout Sessions with a status in [\"open\"] can be expired. This "
                                         "Checkout Session has a status of `"
            + status + "`."));
    expire(*record, &call.ctx);
    return ApiResult::ok(render(*record, call.expand, call.ctx.version));
}

ApiResult CheckoutSessions::listLineItems(const ApiCall &call)
{
    json *record = find(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("checkout.session", call.id(), "session"));
    ListParams paging;
    if (const auto error = ListParams::read(call.params, paging))
        return ApiResult::refused(*error);
    // Line items are listed in the order they were given.
    const auto page = ListPage::ofArray((*record)["line_items"], paging, "item");
    if (!page.ok())
        return ApiResult::refused(page.error());
    return ApiResult::ok(m_sim.renderer.render(
        page.value().render("/v1/checkout/sessions/" + call.id() + "/line_items"), call.ctx.version));
}

ApiResult CheckoutSessions::list(const ApiCall &call)
{
    sweepExpired();
    const json &params = call.params;
    ListParams paging;
    if (const auto error = ListParams::read(params, paging))
        return ApiResult::refused(*error);
    // Filters that compare one field of the session with the given id or value.
    std::vector<std::pair<std::string, std::string>> equal;
    for (const char *field : { "status", "payment_intent", "customer", "payment_link", "subscription" }) {
        if (const auto value = InputChecks::stringParam(params, field))
            equal.emplace_back(field, *value);
    }
    std::optional<std::string> email;
    if (params.contains("customer_details") && params["customer_details"].is_object())
        email = InputChecks::stringParam(params["customer_details"], "email");
    const auto matches = [&](const json &record) {
        const json &session = record["session"];
        if (!std::all_of(
                equal.begin(), equal.end(), [&](const auto &filter) { return session[filter.first] == filter.second; }))
            return false;
        return !email || (session["customer_details"].is_object() && session["customer_details"]["email"] == *email);
    };
    const auto page = m_sessions.page(paging, matches, "checkout.session");
    if (!page.ok())
        return ApiResult::refused(page.error());
    std::set<std::string> expandItems; // "data.x" → "x" on each session
    for (const std::string &path : call.expand)
        expandItems.insert(path.substr(5));
    ListPage list;
    list.hasMore = page.value().hasMore;
    for (const json *record : page.value().items)
        list.data.push_back(render(*record, expandItems, call.ctx.version));
    return ApiResult::ok(list.render("/v1/checkout/sessions"));
}

} // namespace Kiosk::Sim
