// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace Kiosk::Sim {

/** A Stripe API error as the simulator answers it: HTTP status plus the fields of Stripe's error body. */
struct ApiError
{
    int status = 400;
    std::string type = "invalid_request_error";
    std::string code;
    std::string message;
    std::string param;
    std::string declineCode;

    /** {"error": {type, message, code?, doc_url?, param?, decline_code?}} */
    [[nodiscard]] nlohmann::json body() const
    {
        nlohmann::json e = { { "type", type }, { "message", message } };
        if (!code.empty()) {
            e["code"] = code;
            e["doc_url"] = "https://stripe.com/docs/error-codes/" + code;
        }
        if (!param.empty())
            e["param"] = param;
        if (!declineCode.empty())
            e["decline_code"] = declineCode;
        return nlohmann::json { { "error", e } };
    }
};

} // namespace Kiosk::Sim
