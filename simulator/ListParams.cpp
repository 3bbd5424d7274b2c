// SPDX-License-Identifier: MIT
#include "ListParams.h"

#include <QString>

namespace Kiosk::Sim {

using nlohmann::json;

namespace {

std::optional<std::string> text(const json &params, const char *key)
{
    const auto it = params.find(key);
    if (it == params.end() || !it->is_string() || it->get_ref<const std::string &>().empty())
        return std::nullopt;
    return it->get<std::string>();
}

qint64 integer(const json &value)
{
    return QString::fromStdString(value.get<std::string>()).toLongLong();
}

} // namespace

std::optional<ApiError> ListParams::read(const json &params, ListParams &out)
{
    if (const auto limit = text(params, "limit"))
        out.limit = QString::fromStdString(*limit).toLongLong();
    out.startingAfter = text(params, "starting_after");
    out.endingBefore = text(params, "ending_before");
    if (out.startingAfter && out.endingBefore)
        return ApiError::invalid(
            "You may only specify one of these parameters: ending_before, starting_after.", "ending_before");
    const auto created = params.find("created");
    if (created == params.end() || (created->is_string() && created->get_ref<const std::string &>().empty()))
        return std::nullopt;
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    CreatedRange &range = out.created;
    if (created->is_string()) {
        const qint64 exact = integer(*created);
        range.gt = exact > lowest ? exact - 1 : exact;
        range.lt = exact < highest ? exact + 1 : exact;
        return std::nullopt;
    }
    for (auto it = created->begin(); it != created->end(); ++it) {
        const qint64 v = integer(it.value());
        if (it.key() == "gt")
            range.gt = std::max(range.gt, v);
        else if (it.key() == "gte")
            range.gt = std::max(range.gt, v > lowest ? v - 1 : v);
        else if (it.key() == "lt")
            range.lt = std::min(range.lt, v);
        else if (it.key() == "lte")
            range.lt = std::min(range.lt, v < highest ? v + 1 : v);
    }
    return std::nullopt;
}

} // namespace Kiosk::Sim
