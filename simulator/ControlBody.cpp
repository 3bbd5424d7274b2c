// SPDX-License-Identifier: MIT
#include "ControlBody.h"

#include <cstdint>
#include <string>

namespace Kiosk::Sim {

using nlohmann::json;

namespace {

ApiError problem(std::string message, std::string param = {}, std::string code = {})
{
    ApiError e;
    e.message = std::move(message);
    e.param = std::move(param);
    e.code = std::move(code);
    return e;
}

/** Whether arrays/objects in JSON text nest deeper than `limit` (stops at the first level too many). */
bool nestingExceeds(const QByteArray &text, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

} // namespace

ControlBody::ControlBody(const QByteArray &bytes, std::initializer_list<const char *> known)
{
    if (bytes.trimmed().isEmpty())
        return;
    // nlohmann's parser is iterative, but copying, comparing or printing a value is not: refuse
    // deep nesting before parsing, so nothing later can recurse on it.
    if (nestingExceeds(bytes, kMaxDepth)) {
        fail(problem("The JSON body is nested more than " + std::to_string(kMaxDepth) + " levels deep."));
        return;
    }
    json parsed = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        fail(problem("The body must be a JSON object."));
        return;
    }
    for (auto it = parsed.begin(); it != parsed.end(); ++it) {
        bool isKnown = false;
        for (const char *name : known)
            isKnown = isKnown || it.key() == name;
        if (!isKnown) {
            fail(problem("Received unknown parameter: " + it.key(), it.key(), "parameter_unknown"));
            return;
        }
    }
    m_object = std::move(parsed);
}

void ControlBody::fail(ApiError error)
{
    if (!m_error)
        m_error = std::move(error);
}

const json *ControlBody::find(const char *key) const
{
    const auto it = m_object.find(key);
    return it == m_object.end() || it->is_null() ? nullptr : &*it;
}

void ControlBody::typeError(
    const char *key, const json &value, const char *kind, const char *expected, const char *code)
{
    fail(problem(
        std::string("Invalid ") + kind + ": " + key + " must be " + expected + " (got " + value.type_name() + ").", key,
        code));
}

std::optional<QString> ControlBody::string(const char *key)
{
    const json *v = find(key);
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        typeError(key, *v, "string", "a JSON string");
        return std::nullopt;
    }
    return QString::fromStdString(v->get_ref<const std::string &>());
}

std::optional<bool> ControlBody::boolean(const char *key)
{
    const json *v = find(key);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        typeError(key, *v, "boolean", "true or false");
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<std::map<std::string, QString>> ControlBody::strings(
    const char *key, std::initializer_list<const char *> known)
{
    const json *v = find(key);
    if (!v)
        return std::nullopt;
    if (!v->is_object()) {
        typeError(key, *v, "object", "a JSON object of strings");
        return std::nullopt;
    }
    if (v->size() > kMaxEntries) {
        fail(problem(std::string(key) + " has more than " + std::to_string(kMaxEntries) + " entries.", key));
        return std::nullopt;
    }
    std::map<std::string, QString> out;
    for (auto it = v->begin(); it != v->end(); ++it) {
        const std::string param = std::string(key) + "[" + it.key() + "]";
        bool isKnown = known.size() == 0;
        for (const char *name : known)
            isKnown = isKnown || it.key() == name;
        if (!isKnown) {
            fail(problem("Received unknown parameter: " + param, param, "parameter_unknown"));
            return std::nullopt;
        }
        if (it->is_null())
            continue;
        if (!it->is_string()) {
            fail(problem("Invalid string: " + param + " must be a JSON string (got " + it->type_name() + ").", param));
            return std::nullopt;
        }
        out[it.key()] = QString::fromStdString(it->get_ref<const std::string &>());
    }
    return out;
}

std::optional<qint64> ControlBody::integer(const char *key, qint64 min, qint64 max)
{
    const json *v = find(key);
    if (!v)
        return std::nullopt;
    if (!v->is_number_integer()) {
        typeError(key, *v, "integer", "a whole number", "parameter_invalid_integer");
        return std::nullopt;
    }
    // An unsigned value above INT64_MAX would wrap in get<qint64>(); it is above any max.
    const bool aboveInt64 = v->is_number_unsigned() && v->get<std::uint64_t>() > std::uint64_t(INT64_MAX);
    const qint64 value = aboveInt64 ? INT64_MAX : v->get<qint64>();
    if (aboveInt64 || value > max) {
        fail(problem("This value must be less than or equal to " + std::to_string(max) + ".", key));
        return std::nullopt;
    }
    if (value < min) {
        fail(problem("This value must be greater than or equal to " + std::to_string(min) + ".", key));
        return std::nullopt;
    }
    return value;
}

} // namespace Kiosk::Sim
