// SPDX-License-Identifier: MIT
#include "BalanceTransactionResource.h"

#include "FeeSchedule.h"
#include "JsonFields.h"
#include "ListPage.h"
#include "RandomId.h"

namespace Kiosk::Sim {

using nlohmann::json;

std::string BalanceTransactionResource::book(const std::string &type, qint64 amount, qint64 fee,
    const std::string &currency, const std::string &source, const std::string &description, qint64 availableAfterSecs)
{
    const qint64 now = m_sim.clock.nowSecs();
    const std::string id = RandomId::make("txn_", 24);
    json txn = { { "id", id }, { "object", "balance_transaction" }, { "amount", amount },
        { "available_on", now + availableAfterSecs }, { "created", now }, { "currency", currency },
        { "description", description }, { "exchange_rate", nullptr }, { "fee", fee },
        { "fee_details", FeeSchedule::feeDetails(fee, currency) }, { "net", amount - fee },
        { "reporting_category", type }, { "source", source }, { "status", "pending" }, { "type", type } };
    m_store.insert(id, now, std::move(txn));
    m_sim.scheduleSave();
    return id;
}

json BalanceTransactionResource::render(const json &txn) const
{
    json out = txn;
    out["status"] = txn["available_on"].get<qint64>() <= m_sim.clock.nowSecs() ? "available" : "pending";
    return out;
}

void BalanceTransactionResource::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/balance_transactions"),
        listParams({ ParamSpec::created(), ParamSpec::string("currency"), ParamSpec::string("source"),
            ParamSpec::string("type"), ParamSpec::string("payout") }),
        {}, [this](const ApiCall &call) { return list(call); });
    router.add("GET", QStringLiteral("/v1/balance_transactions/{id}"), { ParamSpec::expand() }, {},
        [this](const ApiCall &call) { return retrieve(call); });
}

ApiResult BalanceTransactionResource::retrieve(const ApiCall &call)
{
    const json *txn = m_store.find(call.id());
    if (!txn)
        return ApiResult::refused(ApiError::noSuch("balance_transaction", call.id(), "id"));
    return ApiResult::ok(m_sim.renderer.render(render(*txn), call.ctx.version));
}

ApiResult BalanceTransactionResource::list(const ApiCall &call)
{
    ListParams paging;
    if (const auto error = ListParams::read(call.params, paging))
        return ApiResult::refused(*error);
    const auto currency = InputChecks::stringParam(call.params, "currency");
    const auto source = InputChecks::stringParam(call.params, "source");
    const auto type = InputChecks::stringParam(call.params, "type");
    // Payouts are not simulated: no transaction belongs to one.
    const bool payout = InputChecks::stringParam(call.params, "payout").has_value();
    const auto matches = [&](const json &txn) {
        return !payout && (!currency || txn["currency"] == *currency) && (!source || txn["source"] == *source)
            && (!type || txn["type"] == *type);
    };
    const auto page = m_store.page(paging, matches, "balance_transaction");
    if (!page.ok())
        return ApiResult::refused(page.error());
    ListPage out;
    out.hasMore = page.value().hasMore;
    for (const json *txn : page.value().items)
        out.data.push_back(render(*txn));
    return ApiResult::ok(m_sim.renderer.render(out.render("/v1/balance_transactions"), call.ctx.version));
}

StateFile::Section BalanceTransactionResource::stateSection()
{
    using namespace JsonFields;
    return { "balance_transactions", "balance transaction", [this] { return json(m_store.values()); },
        [](const json &r, int) {
            return isString(r, "id") && isString(r, "type") && isString(r, "currency") && isString(r, "source")
                && isInteger(r, "amount") && isInteger(r, "fee") && isInteger(r, "net") && isInteger(r, "created")
                && isInteger(r, "available_on");
        },
        [this](const json &records, int) {
            for (const json &r : records)
                m_store.insert(r["id"].get<std::string>(), r["created"].get<qint64>(), r);
        } };
}

} // namespace Kiosk::Sim
