// SPDX-License-Identifier: MIT
#pragma once

#include "Response.h"

#include <nlohmann/json.hpp>

#include <string>

namespace Kiosk::Sim {

/**
 * A Stripe API error as the simulator answers it: HTTP status plus the fields of Stripe's error body.
 * The factories build the errors every resource shares, so their wording lives in one place.
 */
struct ApiError
{
    int status = 400;
    std::string type = "invalid_request_error";
    std::string code;
    std::string message;
    std::string param;
    std::string declineCode;

    /** 400 invalid_request_error with an optional param and code. */
    static ApiError invalid(std::string message, std::string param = {}, std::string code = {});
    /** 400 parameter_missing: "Missing required param: x." */
    static ApiError missing(const std::string &param);
    /** 400 parameter_unknown: "Received unknown parameter: x" */
    static ApiError unknownParameter(const std::string &param);
    /** resource_missing: "No such object: 'id'" (404 unless a parameter names it: then 400). */
    static ApiError noSuch(
        const std::string &object, const std::string &id, const std::string &param = {}, int status = 404);
    /** This error with another HTTP status. */
    [[nodiscard]] ApiError withStatus(int httpStatus) const;

    /** {"error": {type, message, code?, doc_url?, param?, decline_code?}} */
    [[nodiscard]] nlohmann::json body() const;
    /** The body as an application/json answer with this error's status. */
    [[nodiscard]] Http::Response response() const;
};

} // namespace Kiosk::Sim
