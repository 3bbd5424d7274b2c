// SPDX-License-Identifier: MIT
#include "RefundResource.h"

#include "BalanceTransactionResource.h"
#include "ChargeResource.h"
#include "JsonFields.h"
#include "ListPage.h"
#include "PaymentIntentResource.h"
#include "RandomId.h"

#include <map>
#include <set>

namespace Kiosk::Sim {

using nlohmann::json;

namespace {

int decimalsOf(const std::string &currency)
{
    // Stripe's zero- and three-decimal currencies (its own list, not the backend's table).
    static const std::set<std::string> zero { "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf",
        "ugx", "vnd", "vuv", "xaf", "xof", "xpf" };
    static const std::set<std::string> three { "bhd", "jod", "kwd", "omr", "tnd" };
    return zero.count(currency) ? 0 : three.count(currency) ? 3 : 2;
}

} // namespace

const std::vector<std::string> &RefundResource::failureReasons()
{
    static const std::vector<std::string> reasons { "lost_or_stolen_card", "expired_or_canceled_card", "declined",
        "charge_for_pending_refund_disputed", "insufficient_funds", "merchant_request", "unknown" };
    return reasons;
}

std::string RefundResource::amountText(qint64 minor, const std::string &currency)
{
    static const std::map<std::string, std::string> symbols { { "usd", "$" }, { "eur", "€" }, { "gbp", "£" },
        { "jpy", "¥" } };
    const int decimals = decimalsOf(currency);
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    std::string number = std::to_string(magnitude / scale);
    if (decimals > 0) {
        std::string fraction = std::to_string(magnitude % scale);
        number += '.' + std::string(size_t(decimals) - fraction.size(), '0') + fraction;
    }
    const std::string sign = negative ? "-" : "";
    const auto symbol = symbols.find(currency);
    if (symbol != symbols.end())
        return sign + symbol->second + number;
    std::string code = currency;
    for (char &c : code)
        c = char(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return sign + number + ' ' + code;
}

Result<qint64, ApiError> RefundResource::refundable(const std::string &chargeId, const std::string &currency,
    qint64 captured, qint64 refunded, std::optional<qint64> requested)
{
    const qint64 remaining = captured - refunded;
    if (remaining <= 0)
        return ApiError::invalid("Charge " + chargeId + " has already been refunded.", {}, "charge_already_refunded");
    if (requested && *requested > remaining)
        return ApiError::invalid("Refund amount (" + amountText(*requested, currency)
                + ") is greater than unrefunded amount on charge (" + amountText(remaining, currency) + ")",
            "amount");
    return requested.value_or(remaining);
}

void RefundResource::addRoutes(Router &router)
{
    using P = ParamSpec;
    const std::set<std::string> expandable { "charge", "payment_intent" };
    router.add("POST", QStringLiteral("/v1/refunds"),
        { P::string("charge"), P::string("payment_intent"), P::integer("amount").range(1, 99'999'999),
            P::enumOf("reason", { "duplicate", "fraudulent", "requested_by_customer" }), P::metadata(), P::expand() },
        expandable, [this](const ApiCall &call) { return create(call); });
    router.add("GET", QStringLiteral("/v1/refunds"),
        listParams({ P::string("charge"), P::string("payment_intent"), P::created() }),
        { "data.charge", "data.payment_intent" }, [this](const ApiCall &call) { return list(call); });
    router.add("GET", QStringLiteral("/v1/refunds/{id}"), { P::expand() }, expandable,
        [this](const ApiCall &call) { return retrieve(call); });
    router.add("POST", QStringLiteral("/v1/refunds/{id}"), { P::metadata(), P::expand() }, expandable,
        [this](const ApiCall &call) { return update(call); });
}

ApiResult RefundResource::create(const ApiCall &call)
{
    const auto chargeId = InputChecks::stringParam(call.params, "charge");
    const auto intentId = InputChecks::stringParam(call.params, "payment_intent");
    if (!chargeId && !intentId)
        return ApiResult::refused(ApiError::invalid("You must specify either a Charge or a PaymentIntent to refund."));
    if (chargeId && intentId)
        return ApiResult::refused(ApiError::invalid(
            "You may only specify one of these parameters: charge, payment_intent.", "payment_intent"));
    json *charge = nullptr;
    if (intentId) {
        const json *intent = m_intents.find(*intentId);
        if (!intent)
            return ApiResult::refused(ApiError::noSuch("payment_intent", *intentId, "payment_intent", 400));
        if ((*intent)["latest_charge"].is_string())
            charge = m_charges.find((*intent)["latest_charge"].get<std::string>());
        if (!charge || (*charge)["status"] != "succeeded")
            return ApiResult::failed(
                ApiError::invalid("This PaymentIntent (" + *intentId + ") does not have a successful charge to refund.",
                    "payment_intent", "charge_not_refundable"));
    } else {
        charge = m_charges.find(*chargeId);
        if (!charge)
            return ApiResult::refused(ApiError::noSuch("charge", *chargeId, "charge", 400));
    }
    const std::string cid = (*charge)["id"].get<std::string>();
    const std::string currency = (*charge)["currency"].get<std::string>();
    if ((*charge)["status"] != "succeeded" || !(*charge)["captured"].get<bool>())
        return ApiResult::failed(ApiError::invalid(
            "Charge " + cid + " has not been captured and cannot be refunded (the simulator has no capture endpoint).",
            "charge", "charge_not_refundable"));
    std::optional<qint64> requested;
    if (const auto amount = InputChecks::stringParam(call.params, "amount"))
        requested = QString::fromStdString(*amount).toLongLong();
    const auto amount = refundable(cid, currency, (*charge)["amount_captured"].get<qint64>(),
        (*charge)["amount_refunded"].get<qint64>(), requested);
    if (!amount.ok())
        return ApiResult::failed(amount.error());

    const qint64 now = m_sim.clock.nowSecs();
    const std::string id = RandomId::make("re_", 24);
    const bool willFail = m_failNext.has_value();
    json refund = { { "id", id }, { "object", "refund" }, { "amount", amount.value() },
        { "balance_transaction",
            m_ledger.book("refund", -amount.value(), 0, currency, id, "REFUND FOR CHARGE (" + cid + ")") },
        { "charge", cid }, { "created", now }, { "currency", currency },
        { "metadata", JsonFields::metadata(call.params) }, { "payment_intent", (*charge)["payment_intent"] },
        { "reason", JsonFields::textOrNull(call.params, "reason") }, { "receipt_number", nullptr },
        { "source_transfer_reversal", nullptr }, { "status", willFail ? "pending" : "succeeded" },
        { "transfer_reversal", nullptr } };
    json &record = m_store.insert(
        id, now, json { { "refund", std::move(refund) }, { "fail_with", willFail ? json(*m_failNext) : json() } });
    if (willFail)
        m_pendingFailures.push_back(id);
    m_failNext.reset();
    m_charges.addRefunded(*charge, amount.value());
    m_sim.createEvent("charge.refunded", m_charges.render(*charge, {}), &call.ctx);
    m_sim.createEvent("refund.created", record["refund"], &call.ctx);
    m_sim.scheduleSave();
    return ApiResult::ok(m_sim.renderer.render(render(record, call.expand), call.ctx.version));
}

void RefundResource::failRecord(json &record, const std::string &reason)
{
    json &refund = record["refund"];
    const qint64 amount = refund["amount"].get<qint64>();
    refund["status"] = "failed";
    refund["failure_reason"] = reason;
    refund["failure_balance_transaction"] = m_ledger.book("refund_failure", amount, 0,
        refund["currency"].get<std::string>(), refund["id"].get<std::string>(), "Refund failure");
    record["fail_with"] = nullptr;
    if (json *charge = m_charges.find(refund["charge"].get<std::string>()))
        m_charges.addRefunded(*charge, -amount);
    m_sim.createEvent("refund.updated", refund, nullptr);
    m_sim.createEvent("refund.failed", refund, nullptr);
    m_sim.scheduleSave();
}

Result<json, ApiError> RefundResource::fail(const std::string &id, const std::string &reason)
{
    json *record = m_store.find(id);
    if (!record)
        return ApiError::noSuch("refund", id, {}, 404);
    if ((*record)["refund"]["status"] == "failed")
        return ApiError::invalid("Refund " + id + " has already failed.").withStatus(409);
    failRecord(*record, reason);
    return (*record)["refund"];
}

void RefundResource::clockAdvanced()
{
    for (const std::string &id : std::exchange(m_pendingFailures, {})) {
        json *record = m_store.find(id);
        if (record && (*record)["fail_with"].is_string())
            failRecord(*record, (*record)["fail_with"].get<std::string>());
    }
}

json RefundResource::render(const json &record, const std::set<std::string> &expand) const
{
    json refund = record["refund"];
    if (expand.count("charge")) {
        if (const json *charge = m_charges.find(refund["charge"].get<std::string>()))
            refund["charge"] = m_charges.render(*charge, {});
    }
    if (expand.count("payment_intent") && refund["payment_intent"].is_string()) {
        if (const json *intent = m_intents.find(refund["payment_intent"].get<std::string>()))
            refund["payment_intent"] = m_intents.render(*intent, {});
    }
    return refund;
}

ApiResult RefundResource::retrieve(const ApiCall &call)
{
    const json *record = m_store.find(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("refund", call.id(), "refund"));
    return ApiResult::ok(m_sim.renderer.render(render(*record, call.expand), call.ctx.version));
}

ApiResult RefundResource::update(const ApiCall &call)
{
    json *record = m_store.find(call.id());
    if (!record)
        return ApiResult::refused(ApiError::noSuch("refund", call.id(), "refund"));
    if (call.params.contains("metadata") && call.params["metadata"].is_object()) {
        // As at Stripe: given keys are set, keys set to "" are removed, others are kept.
        json &metadata = (*record)["refund"]["metadata"];
        for (auto it = call.params["metadata"].begin(); it != call.params["metadata"].end(); ++it) {
            if (it.value().get_ref<const std::string &>().empty())
                metadata.erase(it.key());
            else
                metadata[it.key()] = it.value();
        }
        m_sim.createEvent("refund.updated", (*record)["refund"], &call.ctx);
        m_sim.scheduleSave();
    }
    return ApiResult::ok(m_sim.renderer.render(render(*record, call.expand), call.ctx.version));
}

ApiResult RefundResource::list(const ApiCall &call)
{
    ListParams paging;
    if (const auto error = ListParams::read(call.params, paging))
        return ApiResult::refused(*error);
    const auto charge = InputChecks::stringParam(call.params, "charge");
    const auto intent = InputChecks::stringParam(call.params, "payment_intent");
    const auto matches = [&](const json &record) {
        const json &refund = record["refund"];
        return (!charge || refund["charge"] == *charge) && (!intent || refund["payment_intent"] == *intent);
    };
    const auto page = m_store.page(paging, matches, "refund");
    if (!page.ok())
        return ApiResult::refused(page.error());
    std::set<std::string> expand; // "data.x" → "x"
    for (const std::string &path : call.expand)
        expand.insert(path.substr(5));
    ListPage out;
    out.hasMore = page.value().hasMore;
    for (const json *record : page.value().items)
        out.data.push_back(render(*record, expand));
    return ApiResult::ok(m_sim.renderer.render(out.render("/v1/refunds"), call.ctx.version));
}

StateFile::Section RefundResource::stateSection()
{
    using namespace JsonFields;
    return { "refunds", "refund", [this] { return json(m_store.values()); },
        [](const json &r, int) {
            if (!r.is_object() || !r.contains("refund") || !isStringOrNull(r, "fail_with"))
                return false;
            const json &refund = r["refund"];
            return isString(refund, "id") && isString(refund, "charge") && isString(refund, "currency")
                && isString(refund, "status") && isInteger(refund, "amount") && isInteger(refund, "created")
                && isStringOrNull(refund, "payment_intent") && refund.contains("metadata")
                && refund["metadata"].is_object();
        },
        [this](const json &records, int) {
            for (const json &r : records) {
                const std::string id = r["refund"]["id"].get<std::string>();
                if (r["fail_with"].is_string())
                    m_pendingFailures.push_back(id);
                m_store.insert(id, r["refund"]["created"].get<qint64>(), r);
            }
        } };
}

} // namespace Kiosk::Sim
