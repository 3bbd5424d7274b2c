// SPDX-License-Identifier: MIT
#pragma once

#include "InputChecks.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace Kiosk::Sim::JsonFields {

/** The string or null a parameter gives an object field (InputChecks::stringParam: "" is unset). */
inline nlohmann::json textOrNull(const nlohmann::json &params, const char *key)
{
    const auto value = InputChecks::stringParam(params, key);
    return value ? nlohmann::json(*value) : nlohmann::json();
}

/** A metadata parameter already checked by ParamValidator, without the keys set to "" (unset). */
inline nlohmann::json metadata(const nlohmann::json &params, const char *key = "metadata")
{
    nlohmann::json out = nlohmann::json::object();
    if (!params.is_object() || !params.contains(key) || !params.at(key).is_object())
        return out;
    for (auto it = params.at(key).begin(); it != params.at(key).end(); ++it) {
        if (it.value().is_string() && !it.value().get_ref<const std::string &>().empty())
            out[it.key()] = it.value();
    }
    return out;
}

/** `o[key]`, or null when `o` is not an object or lacks it: reads that never throw nor insert. */
inline const nlohmann::json &at(const nlohmann::json &o, const char *key)
{
    static const nlohmann::json none;
    if (!o.is_object())
        return none;
    const auto it = o.find(key);
    return it == o.end() ? none : *it;
}

/** `o[key]` when it is a string, else "". */
inline std::string text(const nlohmann::json &o, const char *key)
{
    const nlohmann::json &value = at(o, key);
    return value.is_string() ? value.get<std::string>() : std::string();
}

/** Checks for wellFormed() of state-file records: the field exists with this type. */
inline bool isString(const nlohmann::json &o, const char *key)
{
    return o.is_object() && o.contains(key) && o.at(key).is_string();
}
inline bool isInteger(const nlohmann::json &o, const char *key)
{
    return o.is_object() && o.contains(key) && o.at(key).is_number_integer();
}
inline bool isBoolean(const nlohmann::json &o, const char *key)
{
    return o.is_object() && o.contains(key) && o.at(key).is_boolean();
}
inline bool isStringOrNull(const nlohmann::json &o, const char *key)
{
    return o.is_object() && o.contains(key) && (o.at(key).is_string() || o.at(key).is_null());
}

} // namespace Kiosk::Sim::JsonFields
