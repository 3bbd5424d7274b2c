// SPDX-License-Identifier: MIT
#pragma once

#include "PaymentInput.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <optional>

namespace Kiosk::Sim {

/**
 * What the hosted page collects for a session's options (stripe-reference.md "Session options"):
 * the phone number, the shipping address (one of the allowed countries) and shipping option,
 * up to three custom fields (text, numeric, dropdown, with their length limits) and consent.
 * read() checks what the customer gave against the session and answers the first problem as a
 * Refusal naming the page's input; complete() writes what was collected into the completed
 * session; withShipping() prices another shipping option. All are pure functions of their inputs.
 */
class SessionCollection final
{
public:
    /** Longest text accepted in an address field or a phone number (characters). */
    static constexpr int kMaxAddressChars = 200;
    static constexpr int kMaxPhoneChars = 30;
    /** A custom text or numeric field without maximum_length takes at most this many (Stripe's limit). */
    static constexpr int kMaxCustomChars = 255;

    struct Refusal
    {
        QString field; ///< the page's input id ("phone", "shippingCountry", "custom_table", "termsOfService")
        QString message;
    };

    /**
     * Checks `input` against `session` (in the latest version's shape). On success fills
     * `collected` with {phone, shipping_details, shipping_rate, custom_fields, consent}, each null
     * (or the session's own custom_fields) when the session did not ask for it.
     */
    static std::optional<Refusal> read(
        const nlohmann::json &session, const PaymentInput &input, nlohmann::json &collected);

    /**
     * `session` with shipping option `option` (an entry of its shipping_options) chosen:
     * shipping_cost, total_details.amount_shipping and amount_total move by the difference.
     */
    static nlohmann::json withShipping(nlohmann::json session, const nlohmann::json &option);

    /** Writes `collected` (from read()) into the completed `session`. */
    static void complete(nlohmann::json &session, const nlohmann::json &collected);

    /** The collected part of `input` as JSON, kept while a 3-D Secure step waits, and back. */
    static nlohmann::json save(const PaymentInput &input);
    static void restore(const nlohmann::json &saved, PaymentInput &input);
};

} // namespace Kiosk::Sim
