// SPDX-License-Identifier: MIT
#pragma once

#include "ObjectStore.h"
#include "Router.h"
#include "SimContext.h"
#include "StateFile.h"

#include <nlohmann/json.hpp>

#include <string>

namespace Kiosk::Sim {

/**
 * Balance transactions (`txn_…`), the ledger end-of-day reconciliation reads: one per succeeded
 * charge (type and reporting_category `charge`, fee from FeeSchedule), one per refund (`refund`,
 * negative amount, no fee) and one per failed refund (type `refund_failure`, reporting_category
 * `refund_failure`, the amount back). Charge funds become available two days after creation;
 * `status` is `pending` until then on the simulator clock, refunds are `available` at once.
 * `GET /v1/balance_transactions[/{id}]` with filters created, currency, source, type.
 */
class BalanceTransactionResource final
{
public:
    static constexpr qint64 kChargeAvailableAfterSecs = 2 * 86'400;

    explicit BalanceTransactionResource(SimContext &sim)
        : m_sim(sim)
    { }

    void addRoutes(Router &router);
    StateFile::Section stateSection();

    /** Books a transaction now; returns its id. `fee` ≥ 0; net = amount − fee. */
    std::string book(const std::string &type, qint64 amount, qint64 fee, const std::string &currency,
        const std::string &source, const std::string &description, qint64 availableAfterSecs = 0);

    [[nodiscard]] const nlohmann::json *find(const std::string &id) const { return m_store.find(id); }
    /** The transaction as the API shows it (status from the clock). */
    [[nodiscard]] nlohmann::json render(const nlohmann::json &txn) const;

private:
    ApiResult retrieve(const ApiCall &call);
    ApiResult list(const ApiCall &call);

    SimContext &m_sim;
    ObjectStore<nlohmann::json> m_store;
};

} // namespace Kiosk::Sim
