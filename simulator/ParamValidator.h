// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "ParamSpec.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>

namespace Kiosk::Sim {

/**
 * Checks a request's decoded parameters against the route's declared ParamSpecList, the way
 * Stripe does, and answers the first problem as Stripe words it: an unknown parameter at any depth
 * (parameter_unknown, named by its full bracket path), a missing required one (parameter_missing),
 * a value of the wrong type or out of range, an `expand[]` path the route does not offer. Top-level
 * unknown parameters are reported before anything else; then parameters in declared order.
 * A handler that runs after check() may read the declared types without re-checking them.
 */
class ParamValidator final
{
public:
    /** The first problem, or nothing. `version` hides parameters not known in it. */
    static std::optional<ApiError> check(const nlohmann::json &params, const ParamSpecList &specs,
        const std::string &version, const std::set<std::string> &expandable);

    /** The request's expand[] paths (`expand=x` counts as one); call after check(). */
    static std::set<std::string> expandPaths(const nlohmann::json &params);
};

} // namespace Kiosk::Sim
