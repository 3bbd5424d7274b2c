// SPDX-License-Identifier: MIT
#pragma once

#include "ObjectStore.h"
#include "Router.h"
#include "SimContext.h"
#include "StateFile.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>

namespace Kiosk::Sim {

class ChargeResource;

/**
 * PaymentIntents (`pi_…`) of Checkout Sessions. As at Stripe since 2022-08-01, a session's
 * PaymentIntent exists from the buyer's first payment attempt; its `created` is that attempt's time
 * and never changes after (issue 10 item 6). It carries what the session's payment_intent_data
 * asked (capture_method, description, receipt_email, setup_future_usage, statement_descriptor[_suffix],
 * metadata — exactly that metadata, nothing added). A decline returns it to
 * requires_payment_method with last_payment_error; a payment makes a Charge (ChargeResource) and
 * the intent succeeded (requires_capture for capture_method=manual; processing while a delayed
 * payment is pending). Events: payment_intent.payment_failed, charge.succeeded,
 * payment_intent.succeeded. `GET /v1/payment_intents[/{id}]`, expand latest_charge.
 */
class PaymentIntentResource final
{
public:
    PaymentIntentResource(SimContext &sim, ChargeResource &charges)
        : m_sim(sim)
        , m_charges(charges)
    { }

    void addRoutes(Router &router);
    StateFile::Section stateSection();

    /** Terms from the session: amount, currency, payment_intent_data's fields and metadata. */
    struct Terms
    {
        qint64 amount = 0;
        std::string currency;
        nlohmann::json options = nlohmann::json::object(); ///< payment_intent_data without metadata
        nlohmann::json metadata = nlohmann::json::object();
    };
    /** The intent `id`, created now with `terms` if this is the first attempt; else as it is. */
    nlohmann::json &attempt(const std::string &id, const Terms &terms);
    /** A declined attempt: requires_payment_method, last_payment_error = error, event payment_failed. */
    void declined(nlohmann::json &intent, nlohmann::json error);
    /**
     * A card the issuer declined: as at Stripe, a failed Charge (failure_code, failure_message,
     * outcome issuer_declined with the decline code) becomes the intent's latest_charge and the
     * error's `charge`; charge.failed, then payment_intent.payment_failed.
     */
    void cardDeclined(nlohmann::json &intent, const nlohmann::json &paymentMethod, nlohmann::json error,
        const std::string &receiptBase);
    /**
     * The buyer paid with `paymentMethod`: a Charge (pending when `delayed`), the intent's new
     * status and the events. `receiptBase` is the simulator's URL (for receipt_url).
     */
    void paid(
        nlohmann::json &intent, const nlohmann::json &paymentMethod, bool delayed, const std::string &receiptBase);
    /** A delayed payment finished: succeeded, or failed (the intent back to requires_payment_method). */
    void delayedResult(nlohmann::json &intent, bool succeeded);

    nlohmann::json *find(const std::string &id) { return m_store.find(id); }
    [[nodiscard]] const nlohmann::json *find(const std::string &id) const { return m_store.find(id); }
    /** As the API shows it; `expand` may hold "latest_charge". */
    [[nodiscard]] nlohmann::json render(const nlohmann::json &intent, const std::set<std::string> &expand) const;

    /** payment_intent_data[…] of a session request as Terms' options and metadata (empty values dropped). */
    static void readSessionOptions(const nlohmann::json &paymentIntentData, Terms &terms);

private:
    ApiResult retrieve(const ApiCall &call);
    ApiResult list(const ApiCall &call);
    void chargeSettled(nlohmann::json &intent, const nlohmann::json &charge);

    SimContext &m_sim;
    ChargeResource &m_charges;
    ObjectStore<nlohmann::json> m_store;
};

} // namespace Kiosk::Sim
