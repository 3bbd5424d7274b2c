// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>

namespace Kiosk::Sim {

/**
 * The JSON body of a /_sim/ control request, read with checked types: a field of the wrong type,
 * out of range or unknown is a 400 with a Stripe-shaped error naming it (`param`), never an
 * exception. Like JsonFieldReader it keeps the first problem, so callers read every field and
 * check ok() once. Absent and null fields read as std::nullopt.
 */
class ControlBody final
{
public:
    /** Deepest nesting of arrays/objects accepted in a body (no control field needs more than 1). */
    static constexpr int kMaxDepth = 32;

    /** An empty body is {}; anything else must be a JSON object with only `known` fields. */
    ControlBody(const QByteArray &bytes, std::initializer_list<const char *> known);

    std::optional<QString> string(const char *key);
    std::optional<bool> boolean(const char *key);
    /**
     * An object of strings ({"table": "12"}); with `known` only those keys (else parameter_unknown
     * naming `key[name]`). At most kMaxEntries entries.
     */
    std::optional<std::map<std::string, QString>> strings(
        const char *key, std::initializer_list<const char *> known = {});
    static constexpr size_t kMaxEntries = 50;
    /** A whole number within [min, max]. */
    std::optional<qint64> integer(const char *key, qint64 min, qint64 max);

    /** Records a problem found by the caller (the first one wins). */
    void fail(ApiError error);
    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const ApiError &error() const { return *m_error; }

private:
    const nlohmann::json *find(const char *key) const;
    void typeError(
        const char *key, const nlohmann::json &value, const char *kind, const char *expected, const char *code = "");

    nlohmann::json m_object = nlohmann::json::object();
    std::optional<ApiError> m_error;
};

} // namespace Kiosk::Sim
