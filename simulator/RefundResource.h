// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "ObjectStore.h"
#include "Router.h"
#include "SimContext.h"
#include "StateFile.h"

#include "Result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace Kiosk::Sim {

class BalanceTransactionResource;
class ChargeResource;
class PaymentIntentResource;

/**
 * Refunds (`re_…`) of succeeded, captured charges: `POST /v1/refunds` (by charge or by
 * payment_intent, partial amounts, reason, metadata), `GET /v1/refunds[/{id}]`, `POST
 * /v1/refunds/{id}` (metadata only). Card refunds succeed at creation; each books a `refund`
 * balance transaction and moves the charge's amount_refunded/refunded; events refund.created and
 * charge.refunded (the Charge). A failure armed through the control API (failNext) makes the next
 * refund `pending` until the simulator clock next moves, when it fails; fail() fails a given one at
 * once. A failed refund gets failure_reason and a `refund_failure` failure_balance_transaction,
 * the charge gets the amount back, and refund.updated and refund.failed are sent.
 */
class RefundResource final
{
public:
    RefundResource(
        SimContext &sim, ChargeResource &charges, PaymentIntentResource &intents, BalanceTransactionResource &ledger)
        : m_sim(sim)
        , m_charges(charges)
        , m_intents(intents)
        , m_ledger(ledger)
    { }

    void addRoutes(Router &router);
    StateFile::Section stateSection();

    /** failure_reason values a simulated failure may take (Stripe's list). */
    static const std::vector<std::string> &failureReasons();
    /** The next refund created stays pending and fails with `reason` when the clock moves. */
    void failNext(const std::string &reason) { m_failNext = reason; }
    /** Fails refund `id` now; refused when it does not exist or already failed. */
    Result<nlohmann::json, ApiError> fail(const std::string &id, const std::string &reason);
    /** The simulator clock moved: pending refunds armed to fail, fail. */
    void clockAdvanced();

    /**
     * How much a refund may take from a charge of `captured` minor units with `refunded` already
     * refunded: the requested amount (or the whole remainder), or Stripe's error.
     */
    static Result<qint64, ApiError> refundable(const std::string &chargeId, const std::string &currency,
        qint64 captured, qint64 refunded, std::optional<qint64> requested);
    /** An amount as Stripe words it in refund errors: "$21.45", "€5.00", "¥500", "12.345 KWD". */
    static std::string amountText(qint64 minor, const std::string &currency);

private:
    ApiResult create(const ApiCall &call);
    ApiResult retrieve(const ApiCall &call);
    ApiResult update(const ApiCall &call);
    ApiResult list(const ApiCall &call);
    [[nodiscard]] nlohmann::json render(const nlohmann::json &record, const std::set<std::string> &expand) const;
    void failRecord(nlohmann::json &record, const std::string &reason);

    SimContext &m_sim;
    ChargeResource &m_charges;
    PaymentIntentResource &m_intents;
    BalanceTransactionResource &m_ledger;
    ObjectStore<nlohmann::json> m_store; ///< {refund, fail_with: null | failure_reason}
    std::vector<std::string> m_pendingFailures; ///< ids of pending refunds armed to fail
    std::optional<std::string> m_failNext;
};

} // namespace Kiosk::Sim
