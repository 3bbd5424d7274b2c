// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

namespace Kiosk::Sim {

/**
 * One parameter a Stripe route takes, declared once: ParamValidator checks every request (POST body
 * or GET query) against the route's list, so unknown parameters, missing ones and type errors are
 * worded in one place. Values arrive as form-decoded JSON (strings, objects, arrays); an empty
 * string means "unset", as at Stripe. Built fluently:
 *
 *     ParamSpec::integer("quantity").required().range(1, 999999)
 *     ParamSpec::object("price_data", { ParamSpec::string("currency").required(), … })
 *     ParamSpec::array("line_items", ParamSpec::object("", { … })).required().maxItems(100)
 */
struct ParamSpec
{
    enum class Type {
        String,
        Integer, ///< whole number in decimal ("Invalid integer: x", parameter_invalid_integer)
        Boolean, ///< "true" or "false"
        DecimalString, ///< a decimal number as text ("12.5"); kept as text, never a double
        Enum, ///< one of `values`
        Object, ///< nested `fields`; a key not among them is parameter_unknown
        Array, ///< `fields[0]` describes each element (indexed `a[0][…]` or `a[]=`)
        Metadata, ///< Stripe's metadata: ≤ 50 keys of ≤ 40 characters, string values of ≤ 500
        Created, ///< a time filter: an integer, or an object of gt, gte, lt, lte integers
        Expand, ///< expand[]: a list of paths the route offers (checked by the router)
    };

    std::string name;
    Type type = Type::String;
    std::vector<std::string> values; ///< Enum
    std::vector<ParamSpec> fields; ///< Object fields, or Array's element as fields[0]
    bool isRequired = false;
    int maxLength = 0; ///< String: most characters (0 = unbounded)
    int maxItemCount = 0; ///< Array: most elements (0 = unbounded)
    std::optional<qint64> min; ///< Integer bounds
    std::optional<qint64> max;
    std::string sinceVersion; ///< known only from this API version date on ("" = always)
    std::string untilVersion; ///< known only before this API version date ("" = always)

    static ParamSpec string(std::string name) { return make(std::move(name), Type::String); }
    static ParamSpec integer(std::string name) { return make(std::move(name), Type::Integer); }
    static ParamSpec boolean(std::string name) { return make(std::move(name), Type::Boolean); }
    static ParamSpec decimal(std::string name) { return make(std::move(name), Type::DecimalString); }
    static ParamSpec enumOf(std::string name, std::vector<std::string> values)
    {
        ParamSpec p = make(std::move(name), Type::Enum);
        p.values = std::move(values);
        return p;
    }
    static ParamSpec object(std::string name, std::vector<ParamSpec> fields)
    {
        ParamSpec p = make(std::move(name), Type::Object);
        p.fields = std::move(fields);
        return p;
    }
    static ParamSpec array(std::string name, ParamSpec element)
    {
        ParamSpec p = make(std::move(name), Type::Array);
        p.fields.push_back(std::move(element));
        return p;
    }
    static ParamSpec metadata(std::string name = "metadata") { return make(std::move(name), Type::Metadata); }
    static ParamSpec created(std::string name = "created") { return make(std::move(name), Type::Created); }
    static ParamSpec expand() { return make("expand", Type::Expand); }

    ParamSpec &&required() &&
    {
        isRequired = true;
        return std::move(*this);
    }
    ParamSpec &&maxChars(int n) &&
    {
        maxLength = n;
        return std::move(*this);
    }
    ParamSpec &&maxItems(int n) &&
    {
        maxItemCount = n;
        return std::move(*this);
    }
    ParamSpec &&range(qint64 lowest, qint64 highest) &&
    {
        min = lowest;
        max = highest;
        return std::move(*this);
    }
    ParamSpec &&since(std::string date) &&
    {
        sinceVersion = std::move(date);
        return std::move(*this);
    }
    ParamSpec &&until(std::string date) &&
    {
        untilVersion = std::move(date);
        return std::move(*this);
    }

    /** Whether the parameter exists in this API version. */
    [[nodiscard]] bool knownIn(const std::string &version) const;

private:
    static ParamSpec make(std::string name, Type type)
    {
        ParamSpec p;
        p.name = std::move(name);
        p.type = type;
        return p;
    }
};

/** The parameters of one route. */
using ParamSpecList = std::vector<ParamSpec>;

/** The parameters every list route takes: limit (1–100), starting_after, ending_before, expand. */
ParamSpecList listParams(ParamSpecList filters = {});

} // namespace Kiosk::Sim
