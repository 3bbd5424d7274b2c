// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>

namespace Kiosk::Sim {

/**
 * Renders stored objects in the API version of the request that asks (Stripe's rule: an object has
 * no version of its own; each response, and each event, is written in one). Objects are stored in
 * the latest version's shape; a resource registers, per `object` type, how to rewrite one for an
 * older version. Lists and expanded sub-objects are rendered too (every JSON object with an
 * "object" field that has a transform). Not thread-safe; owned by the simulator.
 */
class VersionedRenderer final
{
public:
    /** Rewrites `object` (latest shape) in place for `version`. */
    using Transform = std::function<void(nlohmann::json &object, const std::string &version)>;

    /** Registers the transform of one object type ("checkout.session"); a second call replaces it. */
    void add(const std::string &objectType, Transform transform);
    /** A copy of `object` in `version`'s shape. */
    [[nodiscard]] nlohmann::json render(nlohmann::json object, const std::string &version) const;

private:
    void apply(nlohmann::json &value, const std::string &version, int depth) const;

    std::map<std::string, Transform> m_transforms;
};

} // namespace Kiosk::Sim
