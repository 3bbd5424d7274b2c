// SPDX-License-Identifier: MIT
#pragma once

#include "ObjectStore.h"
#include "Router.h"
#include "SimContext.h"
#include "StateFile.h"

#include <nlohmann/json.hpp>

#include <string>

namespace Kiosk::Sim {

class BalanceTransactionResource;

/**
 * Charges (`ch_…`): one per successful (or delayed) payment of a session's PaymentIntent, made by
 * the payment engine; declines leave no charge (the PaymentIntent's last_payment_error says why).
 * A captured charge books its balance transaction when it succeeds; refunds move amount_refunded
 * and refunded. `GET /v1/charges/{id}` (expand balance_transaction) and `GET /v1/charges`
 * (filters payment_intent, created).
 */
class ChargeResource final
{
public:
    ChargeResource(SimContext &sim, BalanceTransactionResource &ledger)
        : m_sim(sim)
        , m_ledger(ledger)
    { }

    void addRoutes(Router &router);
    StateFile::Section stateSection();

    /**
     * A new charge for the PaymentIntent, paid with `paymentMethod` (a payment_method object),
     * `pending` for a delayed payment, else succeeded at once. `receiptBase` is the simulator's URL.
     */
    nlohmann::json &create(const nlohmann::json &intent, const nlohmann::json &paymentMethod, bool pending,
        const std::string &receiptBase);
    /** A pending charge succeeds (books its balance transaction if captured). */
    void succeed(nlohmann::json &charge);
    /**
     * A pending charge fails with Stripe's failure code and message; `reason` is the outcome's
     * (the card's decline code, e.g. insufficient_funds).
     */
    void fail(nlohmann::json &charge, const std::string &code, const std::string &message,
        const std::string &reason = "generic_decline");
    /** Moves amount_refunded by `delta` (negative when a refund failed) and recomputes refunded. */
    void addRefunded(nlohmann::json &charge, qint64 delta);

    nlohmann::json *find(const std::string &id) { return m_store.find(id); }
    [[nodiscard]] const nlohmann::json *find(const std::string &id) const { return m_store.find(id); }
    [[nodiscard]] nlohmann::json render(const nlohmann::json &charge, const std::set<std::string> &expand) const;

private:
    ApiResult retrieve(const ApiCall &call);
    ApiResult list(const ApiCall &call);

    SimContext &m_sim;
    BalanceTransactionResource &m_ledger;
    ObjectStore<nlohmann::json> m_store;
};

} // namespace Kiosk::Sim
