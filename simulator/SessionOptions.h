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
 * fields they set, and as `shipping_rates` the shipping_rate objects (shr_…) its options make.
 * The caller preselects the first option, as Stripe's page does (SessionCollection::withShipping).
 */
class SessionOptions final
{
public:
    static ParamSpecList spec();
    /** The session fields for `params` in a session of `currency`; rates are created at `now`. */
    static Result<nlohmann::json, ApiError> read(const nlohmann::json &params, const std::string &currency, qint64 now);
};

} // namespace Kiosk::Sim
