// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "ApiResponse.h"

#include "Response.h"

namespace Kiosk::Sim {

/** What an API handler answers, and whether an idempotent replay may return it later. */
struct ApiResult
{
    Http::Response response;
    bool store = true; ///< kept for idempotent replays (false for validation failures: nothing executed)

    /** 200 with the object. */
    static ApiResult ok(const nlohmann::json &object) { return { jsonResponse(200, object), true }; }
    /** A refusal before anything executed: not stored, so a corrected retry with the same key runs. */
    static ApiResult refused(const ApiError &error) { return { error.response(), false }; }
    /** An error after the request was considered (stored for replays, as Stripe does). */
    static ApiResult failed(const ApiError &error) { return { error.response(), true }; }
};

} // namespace Kiosk::Sim
