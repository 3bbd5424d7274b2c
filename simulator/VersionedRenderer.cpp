// SPDX-License-Identifier: MIT
#include "VersionedRenderer.h"

namespace Kiosk::Sim {

namespace {
/** Deeper than any Stripe object the simulator renders (a list of sessions with line items is 5). */
constexpr int kMaxDepth = 16;
} // namespace

void VersionedRenderer::add(const std::string &objectType, Transform transform)
{
    m_transforms[objectType] = std::move(transform);
}

nlohmann::json VersionedRenderer::render(nlohmann::json object, const std::string &version) const
{
    if (!m_transforms.empty())
        apply(object, version, 0);
    return object;
}

void VersionedRenderer::apply(nlohmann::json &value, const std::string &version, int depth) const
{
    if (depth > kMaxDepth)
        return;
    if (value.is_array()) {
        for (nlohmann::json &element : value)
            apply(element, version, depth + 1);
        return;
    }
    if (!value.is_object())
        return;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (it.value().is_structured())
            apply(it.value(), version, depth + 1);
    }
    const auto type = value.find("object");
    if (type == value.end() || !type->is_string())
        return;
    const auto transform = m_transforms.find(type->get<std::string>());
    if (transform != m_transforms.end())
        transform->second(value, version);
}

} // namespace Kiosk::Sim
