// SPDX-License-Identifier: MIT
#include "ChargeResource.h"

#include "BalanceTransactionResource.h"
#include "FeeSchedule.h"
#include "JsonFields.h"
#include "ListPage.h"
#include "RandomId.h"

namespace Kiosk::Sim {

using nlohmann::json;

json &ChargeResource::create(
    const json &intent, const json &paymentMethod, bool pending, const std::string &receiptBase)
{
    const qint64 now = m_sim.clock.nowSecs();
    const std::string id = RandomId::make("ch_", 24);
    const json &card = paymentMethod["card"];
    const bool manual = intent["capture_method"] == "manual";
    json charge = { { "id", id }, { "object", "charge" }, { "amount", intent["amount"] }, { "amount_captured", 0 },
        { "amount_refunded", 0 }, { "application", nullptr }, { "application_fee", nullptr },
        { "application_fee_amount", nullptr }, { "balance_transaction", nullptr },
        { "billing_details", paymentMethod["billing_details"] },
        { "calculated_statement_descriptor", intent["statement_descriptor"] }, { "captured", false },
        { "created", now }, { "currency", intent["currency"] }, { "customer", nullptr },
        { "description", intent["description"] }, { "disputed", false }, { "failure_balance_transaction", nullptr },
        { "failure_code", nullptr }, { "failure_message", nullptr }, { "fraud_details", json::object() },
        { "invoice", nullptr }, { "livemode", false }, { "metadata", intent["metadata"] }, { "on_behalf_of", nullptr },
        { "outcome", nullptr }, { "paid", false }, { "payment_intent", intent["id"] },
        { "payment_method", paymentMethod["id"] },
        { "payment_method_details",
            json { { "card",
                       json { { "brand", card["brand"] }, { "checks", nullptr }, { "country", "US" },
                           { "exp_month", card["exp_month"] }, { "exp_year", card["exp_year"] },
                           { "fingerprint", nullptr }, { "funding", card["funding"] }, { "installments", nullptr },
                           { "last4", card["last4"] }, { "mandate", nullptr }, { "network", card["brand"] },
                           { "network_token", nullptr }, { "three_d_secure", nullptr }, { "wallet", nullptr } } },
                { "type", "card" } } },
        { "radar_options", json::object() }, { "receipt_email", intent["receipt_email"] },
        { "receipt_number", nullptr }, { "receipt_url", receiptBase + "/receipts/" + id }, { "refunded", false },
        { "review", nullptr }, { "shipping", nullptr }, { "source_transfer", nullptr },
        { "statement_descriptor", intent["statement_descriptor"] },
        { "statement_descriptor_suffix", intent["statement_descriptor_suffix"] }, { "status", "pending" },
        { "transfer_data", nullptr }, { "transfer_group", nullptr }, { "_capture", !manual } };
    json &stored = m_store.insert(id, now, std::move(charge));
    if (!pending)
        succeed(stored);
    m_sim.scheduleSave();
    return stored;
}

void ChargeResource::succeed(json &charge)
{
    const bool capture = charge.value("_capture", true);
    const qint64 amount = charge["amount"].get<qint64>();
    charge["status"] = "succeeded";
    charge["paid"] = true;
    charge["captured"] = capture;
    charge["amount_captured"] = capture ? amount : 0;
    charge["outcome"]
        = json { { "network_status", "approved_by_network" }, { "reason", nullptr }, { "risk_level", "normal" },
              { "risk_score", 20 }, { "seller_message", "Payment complete." }, { "type", "authorized" } };
    if (capture) {
        const std::string currency = charge["currency"].get<std::string>();
        charge["balance_transaction"] = m_ledger.book("charge", amount, FeeSchedule::chargeFee(amount), currency,
            charge["id"].get<std::string>(), "Payment for " + charge["payment_intent"].get<std::string>(),
            BalanceTransactionResource::kChargeAvailableAfterSecs);
    }
    m_sim.scheduleSave();
}

void ChargeResource::fail(json &charge, const std::string &code, const std::string &message, const std::string &reason)
{
    charge["status"] = "failed";
    charge["failure_code"] = code;
    charge["failure_message"] = message;
    charge["outcome"] = json { { "network_status", "declined_by_network" }, { "reason", reason },
        { "risk_level", "normal" }, { "risk_score", 20 },
        { "seller_message", "The bank did not return any further details with this decline." },
        { "type", "issuer_declined" } };
    m_sim.scheduleSave();
}

void ChargeResource::addRefunded(json &charge, qint64 delta)
{
    const qint64 refunded = charge["amount_refunded"].get<qint64>() + delta;
    charge["amount_refunded"] = refunded;
    charge["refunded"] = refunded == charge["amount_captured"].get<qint64>() && refunded > 0;
    m_sim.scheduleSave();
}

json ChargeResource::render(const json &charge, const std::set<std::string> &expand) const
{
    json out = charge;
    out.erase("_capture");
    if (expand.count("balance_transaction") && out["balance_transaction"].is_string()) {
        if (const json *txn = m_ledger.find(out["balance_transaction"].get<std::string>()))
            out["balance_transaction"] = m_ledger.render(*txn);
    }
    return out;
}

void ChargeResource::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/charges"),
        listParams({ ParamSpec::created(), ParamSpec::string("payment_intent"), ParamSpec::string("customer"),
            ParamSpec::string("transfer_group") }),
        { "data.balance_transaction" }, [this](const ApiCall &call) { return list(call); });
    router.add("GET", QStringLiteral("/v1/charges/{id}"), { ParamSpec::expand() }, { "balance_transaction" },
        [this](const ApiCall &call) { return retrieve(call); });
}

ApiResult ChargeResource::retrieve(const ApiCall &call)
{
    const json *charge = m_store.find(call.id());
    if (!charge)
        return ApiResult::refused(ApiError::noSuch("charge", call.id(), "id"));
    return ApiResult::ok(m_sim.renderer.render(render(*charge, call.expand), call.ctx.version));
}

ApiResult ChargeResource::list(const ApiCall &call)
{
    ListParams paging;
    if (const auto error = ListParams::read(call.params, paging))
        return ApiResult::refused(*error);
    const auto intent = InputChecks::stringParam(call.params, "payment_intent");
    // Charges have no customer or transfer group here: those filters match nothing.
    const bool none
        = InputChecks::stringParam(call.params, "customer") || InputChecks::stringParam(call.params, "transfer_group");
    const auto matches = [&](const json &charge) { return !none && (!intent || charge["payment_intent"] == *intent); };
    const auto page = m_store.page(paging, matches, "charge");
    if (!page.ok())
        return ApiResult::refused(page.error());
    const std::set<std::string> expand = call.expand.count("data.balance_transaction")
        ? std::set<std::string> { "balance_transaction" }
        : std::set<std::string> {};
    ListPage out;
    out.hasMore = page.value().hasMore;
    for (const json *charge : page.value().items)
        out.data.push_back(render(*charge, expand));
    return ApiResult::ok(m_sim.renderer.render(out.render("/v1/charges"), call.ctx.version));
}

StateFile::Section ChargeResource::stateSection()
{
    using namespace JsonFields;
    return { "charges", "charge", [this] { return json(m_store.values()); },
        [](const json &r, int) {
            return isString(r, "id") && isString(r, "currency") && isString(r, "payment_intent")
                && isString(r, "status") && isInteger(r, "amount") && isInteger(r, "amount_captured")
                && isInteger(r, "amount_refunded") && isInteger(r, "created")
                && isStringOrNull(r, "balance_transaction") && (!r.contains("_capture") || r["_capture"].is_boolean());
        },
        [this](const json &records, int) {
            for (const json &r : records)
                m_store.insert(r["id"].get<std::string>(), r["created"].get<qint64>(), r);
        } };
}

} // namespace Kiosk::Sim
