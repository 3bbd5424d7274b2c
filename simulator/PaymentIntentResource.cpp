// SPDX-License-Identifier: MIT
#include "PaymentIntentResource.h"

#include "ChargeResource.h"
#include "JsonFields.h"
#include "ListPage.h"
#include "RandomId.h"

namespace Kiosk::Sim {

using nlohmann::json;

void PaymentIntentResource::readSessionOptions(const json &data, Terms &terms)
{
    terms.options = json::object();
    terms.metadata = JsonFields::metadata(data);
    for (const char *key : { "capture_method", "description", "receipt_email", "setup_future_usage",
             "statement_descriptor", "statement_descriptor_suffix" }) {
        if (const auto value = InputChecks::stringParam(data, key))
            terms.options[key] = *value;
    }
}

json &PaymentIntentResource::attempt(const std::string &id, const Terms &terms)
{
    if (json *existing = m_store.find(id))
        return *existing;
    const qint64 now = m_sim.clock.nowSecs();
    const json &o = terms.options;
    json intent = { { "id", id }, { "object", "payment_intent" }, { "amount", terms.amount },
        { "amount_capturable", 0 }, { "amount_details", json { { "tip", json::object() } } }, { "amount_received", 0 },
        { "application", nullptr }, { "application_fee_amount", nullptr }, { "automatic_payment_methods", nullptr },
        { "canceled_at", nullptr }, { "cancellation_reason", nullptr },
        { "capture_method", o.value("capture_method", std::string("automatic_async")) },
        { "client_secret", id + "_secret_" + RandomId::token(24) }, { "confirmation_method", "automatic" },
        { "created", now }, { "currency", terms.currency }, { "customer", nullptr },
        { "description", JsonFields::textOrNull(o, "description") }, { "invoice", nullptr },
        { "last_payment_error", nullptr }, { "latest_charge", nullptr }, { "livemode", false },
        { "metadata", terms.metadata }, { "next_action", nullptr }, { "on_behalf_of", nullptr },
        { "payment_method", nullptr }, { "payment_method_options", nullptr },
        { "payment_method_types", json::array({ "card" }) }, { "processing", nullptr },
        { "receipt_email", JsonFields::textOrNull(o, "receipt_email") }, { "review", nullptr },
        { "setup_future_usage", JsonFields::textOrNull(o, "setup_future_usage") }, { "shipping", nullptr },
        { "statement_descriptor", JsonFields::textOrNull(o, "statement_descriptor") },
        { "statement_descriptor_suffix", JsonFields::textOrNull(o, "statement_descriptor_suffix") },
        { "status", "requires_payment_method" }, { "transfer_data", nullptr }, { "transfer_group", nullptr } };
    json &stored = m_store.insert(id, now, std::move(intent));
    m_sim.scheduleSave();
    return stored;
}

void PaymentIntentResource::declined(json &intent, json error)
{
    intent["status"] = "requires_payment_method";
    intent["last_payment_error"] = std::move(error);
    m_sim.createEvent("payment_intent.payment_failed", render(intent, {}), nullptr);
    m_sim.scheduleSave();
}

void PaymentIntentResource::cardDeclined(
    json &intent, const json &paymentMethod, json error, const std::string &receiptBase)
{
    json &charge = m_charges.create(intent, paymentMethod, true, receiptBase);
    const std::string code = error["code"].get<std::string>();
    m_charges.fail(charge, code, error["message"].get<std::string>(),
        error.contains("decline_code") ? error["decline_code"].get<std::string>() : code);
    intent["latest_charge"] = charge["id"];
    intent["payment_method"] = paymentMethod["id"];
    error["charge"] = charge["id"];
    m_sim.createEvent("charge.failed", m_charges.render(charge, {}), nullptr);
    declined(intent, std::move(error));
}

void PaymentIntentResource::paid(json &intent, const json &paymentMethod, bool delayed, const std::string &receiptBase)
{
    const json &charge = m_charges.create(intent, paymentMethod, delayed, receiptBase);
    intent["latest_charge"] = charge["id"];
    intent["payment_method"] = paymentMethod["id"];
    intent["last_payment_error"] = nullptr;
    if (delayed) {
        intent["status"] = "processing";
        m_sim.scheduleSave();
        return;
    }
    chargeSettled(intent, charge);
}

void PaymentIntentResource::delayedResult(json &intent, bool succeeded)
{
    json *charge
        = intent["latest_charge"].is_string() ? m_charges.find(intent["latest_charge"].get<std::string>()) : nullptr;
    if (!charge)
        return;
    if (succeeded) {
        m_charges.succeed(*charge);
        chargeSettled(intent, *charge);
        return;
    }
    const std::string message = "The payment failed.";
    m_charges.fail(*charge, "payment_intent_payment_attempt_failed", message);
    m_sim.createEvent("charge.failed", m_charges.render(*charge, {}), nullptr);
    declined(intent,
        json { { "type", "card_error" }, { "code", "payment_intent_payment_attempt_failed" },
            { "charge", (*charge)["id"] },
            { "doc_url", "https://stripe.com/docs/error-codes/payment-intent-payment-attempt-failed" },
            { "message", message }, { "payment_method_type", "card" } });
}

void PaymentIntentResource::chargeSettled(json &intent, const json &charge)
{
    const bool captured = charge["captured"].get<bool>();
    const qint64 amount = intent["amount"].get<qint64>();
    intent["status"] = captured ? "succeeded" : "requires_capture";
    intent["amount_received"] = captured ? amount : 0;
    intent["amount_capturable"] = captured ? 0 : amount;
    m_sim.createEvent("charge.succeeded", m_charges.render(charge, {}), nullptr);
    if (captured)
        m_sim.createEvent("payment_intent.succeeded", render(intent, {}), nullptr);
    else
        m_sim.createEvent("payment_intent.amount_capturable_updated", render(intent, {}), nullptr);
    m_sim.scheduleSave();
}

json PaymentIntentResource::render(const json &intent, const std::set<std::string> &expand) const
{
    json out = intent;
    if (expand.count("latest_charge") && out["latest_charge"].is_string()) {
        if (const json *charge = m_charges.find(out["latest_charge"].get<std::string>()))
            out["latest_charge"] = m_charges.render(*charge, {});
    }
    return out;
}

void PaymentIntentResource::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/payment_intents"),
        listParams({ ParamSpec::created(), ParamSpec::string("customer") }), { "data.latest_charge" },
        [this](const ApiCall &call) { return list(call); });
    router.add("GET", QStringLiteral("/v1/payment_intents/{id}"),
        { ParamSpec::expand(), ParamSpec::string("client_secret") }, { "latest_charge" },
        [this](const ApiCall &call) { return retrieve(call); });
}

ApiResult PaymentIntentResource::retrieve(const ApiCall &call)
{
    const json *intent = m_store.find(call.id());
    if (!intent)
        return ApiResult::refused(ApiError::noSuch("payment_intent", call.id(), "intent"));
    return ApiResult::ok(m_sim.renderer.render(render(*intent, call.expand), call.ctx.version));
}

ApiResult PaymentIntentResource::list(const ApiCall &call)
{
    ListParams paging;
    if (const auto error = ListParams::read(call.params, paging))
        return ApiResult::refused(*error);
    // Intents have no customer here: that filter matches nothing.
    const bool none = InputChecks::stringParam(call.params, "customer").has_value();
    const auto page = m_store.page(
        paging, [none](const json &) { return !none; }, "payment_intent");
    if (!page.ok())
        return ApiResult::refused(page.error());
    const std::set<std::string> expand = call.expand.count("data.latest_charge")
        ? std::set<std::string> { "latest_charge" }
        : std::set<std::string> {};
    ListPage out;
    out.hasMore = page.value().hasMore;
    for (const json *intent : page.value().items)
        out.data.push_back(render(*intent, expand));
    return ApiResult::ok(m_sim.renderer.render(out.render("/v1/payment_intents"), call.ctx.version));
}

StateFile::Section PaymentIntentResource::stateSection()
{
    using namespace JsonFields;
    return { "payment_intents", "payment intent", [this] { return json(m_store.values()); },
        [](const json &r, int) {
            return isString(r, "id") && isString(r, "currency") && isString(r, "status")
                && isString(r, "capture_method") && isInteger(r, "amount") && isInteger(r, "created")
                && isStringOrNull(r, "latest_charge") && r.contains("metadata") && r["metadata"].is_object();
        },
        [this](const json &records, int) {
            for (const json &r : records)
                m_store.insert(r["id"].get<std::string>(), r["created"].get<qint64>(), r);
        } };
}

} // namespace Kiosk::Sim
