// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"

#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <limits>
#include <optional>
#include <string>

namespace Kiosk::Sim {

/** The open interval (gt, lt) of creation times a list's `created` filter lets through. */
struct CreatedRange
{
    qint64 gt = std::numeric_limits<qint64>::min();
    qint64 lt = std::numeric_limits<qint64>::max();
    [[nodiscard]] bool contains(qint64 t) const { return t > gt && t < lt; }
};

/**
 * The paging parameters of a list request (limit, starting_after, ending_before) and its
 * `created` filter, read from parameters ParamValidator already checked against listParams()
 * (and ParamSpec::created()): only what the types cannot say is refused here.
 */
struct ListParams
{
    qint64 limit = 10;
    std::optional<std::string> startingAfter;
    std::optional<std::string> endingBefore;
    CreatedRange created;

    static std::optional<ApiError> read(const nlohmann::json &params, ListParams &out);
};

} // namespace Kiosk::Sim
