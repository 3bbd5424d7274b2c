// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "ParamSpec.h"
#include "Result.h"

#include <nlohmann/json.hpp>
#include <QtGlobal>
#include <string>

namespace Kiosk::Sim {

/**
 * The Checkout Session options a kiosk may set (stripe-reference.md "Session options"):
 * phone_number_collection, shipping_address_collection, shipping_options (shipping_rate_data,
 * fixed amounts), custom_fields (≤ 3), consent_collection, after_expiration, custom_text. spec()
 * declares their parameters; read() checks the rules between values and returns the session
 * fields they set (the first shipping option is preselected, as on Stripe's page: its amount is
 * `total_details.amount_shipping` and part of `amount_total`).
 */
class SessionOptions final
{
public:
    static ParamSpecList spec();
    /** The session fields for `params` in a session of `currency`; ids are new shr_… rates. */
    static Result<nlohmann::json, ApiError> read(const nlohmann::json &params, const std::string &currency);
};

} // namespace Kiosk::Sim
