// SPDX-License-Identifier: MIT
#pragma once

#include "CheckoutSessions.h"
#include "PaymentInput.h"
#include "PaymentIntentResource.h"
#include "PaymentOutcome.h"
#include "SimContext.h"
#include "TestCard.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <utility>

namespace Kiosk::Sim {

class Coupons;
class PromotionCodes;

/**
 * Charges a session the way the hosted page does: checks what was typed (email, what the session
 * collects (SessionCollection), card number, expiry against the simulator clock, CVC), prices the
 * chosen shipping option, applies Stripe's test cards (declines, 3-D Secure,
 * delayed payments), and records the outcome: the session completed and
 * checkout.session.completed after its PaymentIntent's Charge (PaymentIntentResource::paid), or
 * payment_intent.payment_failed with the decline. Each session is
 * paid at most once: a session that is not open is Closed whatever arrives. Not thread-safe.
 */
class PaymentEngine final
{
public:
    /** `completed` is told the id of every session that completes (StripeSimulator::sessionCompleted). */
    /** `coupons` and `promotionCodes` count the discount of a session when it is paid. */
    PaymentEngine(SimContext &sim, CheckoutSessions &sessions, PaymentIntentResource &intents, Coupons &coupons,
        PromotionCodes &promotionCodes, std::function<void(const std::string &)> completed);

    PaymentOutcome pay(const std::string &sessionId, const PaymentInput &input);

    enum class AsyncResult { Finished, NoSuchSession, NothingPending };
    /** Finishes a delayed payment: paid (async_payment_succeeded) or not (async_payment_failed). */
    AsyncResult finishAsync(const std::string &sessionId, bool succeeded);

    /** Month and four-digit year of an expiry as typed ("MM / YY" or "MM/YYYY"); the month unchecked. */
    static std::optional<std::pair<int, int>> cardExpiry(const QString &text);

private:
    /** `collected`: what SessionCollection::read() found in the input. */
    void completePayment(nlohmann::json &record, const PaymentInput &input, const nlohmann::json &collected);
    void recordDecline(nlohmann::json &record, const TestCard &card, const PaymentInput &input);
    /** The session's PaymentIntent, made at the first attempt with the session's terms. */
    nlohmann::json &paymentIntentOf(nlohmann::json &record);
    [[nodiscard]] nlohmann::json paymentMethodObject(const PaymentInput &input) const;

    SimContext &m_sim;
    CheckoutSessions &m_sessions;
    PaymentIntentResource &m_intents;
    Coupons &m_coupons;
    PromotionCodes &m_promotionCodes;
    std::function<void(const std::string &)> m_completed;
};

} // namespace Kiosk::Sim
