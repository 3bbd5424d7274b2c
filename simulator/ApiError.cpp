// SPDX-License-Identifier: MIT
#include "ApiError.h"

#include "ApiResponse.h"

namespace Kiosk::Sim {

ApiError ApiError::invalid(std::string message, std::string param, std::string code)
{
    ApiError e;
    e.message = std::move(message);
    e.param = std::move(param);
    e.code = std::move(code);
    return e;
}

ApiError ApiError::missing(const std::string &param)
{
    return invalid("Missing required param: " + param + ".", param, "parameter_missing");
}

ApiError ApiError::unknownParameter(const std::string &param)
{
    return invalid("Received unknown parameter: " + param, param, "parameter_unknown");
}

ApiError ApiError::noSuch(const std::string &object, const std::string &id, const std::string &param, int status)
{
    return invalid("No such " + object + ": '" + id + "'", param, "resource_missing").withStatus(status);
}

ApiError ApiError::withStatus(int httpStatus) const
{
    ApiError e = *this;
    e.status = httpStatus;
    return e;
}

nlohmann::json ApiError::body() const
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

Http::Response ApiError::response() const
{
    return jsonResponse(status, body());
}

} // namespace Kiosk::Sim
