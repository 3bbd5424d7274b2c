// SPDX-License-Identifier: MIT
#include "ParamValidator.h"

#include <QRegularExpression>
#include <QString>

#include <limits>

namespace Kiosk::Sim {

using nlohmann::json;

namespace {

struct Checker
{
    const std::string &version;
    const std::set<std::string> &expandable;

    static bool absent(const json *value)
    {
        return value == nullptr || value->is_null()
            || (value->is_string() && value->get_ref<const std::string &>().empty());
    }

    static std::optional<qint64> integer(const std::string &text)
    {
        bool ok = false;
        const qint64 v = QString::fromStdString(text).toLongLong(&ok);
        return ok ? std::optional<qint64>(v) : std::nullopt;
    }

    static std::string oneOf(const std::vector<std::string> &values)
    {
        std::string list;
        for (size_t k = 0; k < values.size(); ++k)
            list += (k == 0 ? "" : k + 1 == values.size() ? (values.size() == 2 ? " or " : ", or ") : ", ") + values[k];
        return list;
    }

    std::optional<ApiError> unknownIn(const json &object, const ParamSpecList &fields, const std::string &prefix) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool known = std::any_of(fields.begin(), fields.end(),
                [&](const ParamSpec &f) { return f.name == it.key() && f.knownIn(version); });
            if (!known)
                return ApiError::unknownParameter(prefix.empty() ? it.key() : prefix + "[" + it.key() + "]");
        }
        return std::nullopt;
    }

    std::optional<ApiError> fieldsOf(const json &object, const ParamSpecList &fields, const std::string &prefix) const
    {
        for (const ParamSpec &f : fields) {
            if (!f.knownIn(version))
                continue;
            const auto it = object.find(f.name);
            const std::string path = prefix.empty() ? f.name : prefix + "[" + f.name + "]";
            if (auto error = value(it == object.end() ? nullptr : &*it, f, path))
                return error;
        }
        return std::nullopt;
    }

    std::optional<ApiError> value(const json *v, const ParamSpec &spec, const std::string &path) const
    {
        using Type = ParamSpec::Type;
        if (absent(v))
            return spec.isRequired ? std::optional<ApiError>(ApiError::missing(path)) : std::nullopt;
        switch (spec.type) {
        case Type::String:
            if (!v->is_string())
                return ApiError::invalid("Invalid string: " + path + " must be a string", path);
            if (spec.maxLength > 0 && QString::fromStdString(v->get<std::string>()).size() > spec.maxLength)
                return ApiError::invalid(
                    "Invalid string: must be at most " + std::to_string(spec.maxLength) + " characters", path);
            return std::nullopt;
        case Type::Integer: {
            const auto n = v->is_string() ? integer(v->get<std::string>()) : std::nullopt;
            if (!n)
                return ApiError::invalid("Invalid integer: " + (v->is_string() ? v->get<std::string>() : v->dump()),
                    path, "parameter_invalid_integer");
            if (spec.min && *n < *spec.min)
                return ApiError::invalid(
                    "This value must be greater than or equal to " + std::to_string(*spec.min) + ".", path);
            if (spec.max && *n > *spec.max)
                return ApiError::invalid(
                    "This value must be less than or equal to " + std::to_string(*spec.max) + ".", path);
            return std::nullopt;
        }
        case Type::Boolean:
            if (!v->is_string() || (*v != "true" && *v != "false"))
                return ApiError::invalid(
                    "Invalid boolean: " + (v->is_string() ? v->get<std::string>() : v->dump()), path);
            return std::nullopt;
        case Type::DecimalString: {
            static const QRegularExpression decimal(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
            if (!v->is_string() || !decimal.match(QString::fromStdString(v->get<std::string>())).hasMatch())
                return ApiError::invalid(
                    "Invalid decimal: " + (v->is_string() ? v->get<std::string>() : v->dump()), path);
            return std::nullopt;
        }
        case Type::Enum:
            if (!v->is_string()
                || std::find(spec.values.begin(), spec.values.end(), v->get<std::string>()) == spec.values.end())
                return ApiError::invalid("Invalid " + path + ": must be one of " + oneOf(spec.values), path);
            return std::nullopt;
        case Type::Object:
            if (!v->is_object())
                return ApiError::invalid("Invalid object", path);
            if (auto error = unknownIn(*v, spec.fields, path))
                return error;
            return fieldsOf(*v, spec.fields, path);
        case Type::Array:
            if (!v->is_array())
                return ApiError::invalid("Invalid array", path);
            if (spec.maxItemCount > 0 && v->size() > size_t(spec.maxItemCount))
                return ApiError::invalid(
                    "Invalid " + path + ": must have at most " + std::to_string(spec.maxItemCount) + " elements", path);
            for (size_t i = 0; i < v->size(); ++i) {
                if (auto error = value(&(*v)[i], spec.fields.front(), path + "[" + std::to_string(i) + "]"))
                    return error;
            }
            return std::nullopt;
        case Type::Metadata:
            return metadata(*v, path);
        case Type::Created:
            return created(*v, path);
        case Type::Expand:
            return expand(*v);
        }
        return std::nullopt;
    }

    static std::optional<ApiError> metadata(const json &m, const std::string &path)
    {
        if (!m.is_object())
            return ApiError::invalid("Invalid object", path);
        if (m.size() > 50)
            return ApiError::invalid("Invalid metadata: metadata may have at most 50 keys.", path);
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (QString::fromStdString(it.key()).size() > 40)
                return ApiError::invalid("Metadata keys can have up to 40 characters: " + it.key(), path);
            const std::string where = path + "[" + it.key() + "]";
            if (!it.value().is_string())
                return ApiError::invalid("Invalid metadata value for key " + it.key() + ": must be a string", where);
            const qsizetype length = QString::fromStdString(it.value().get<std::string>()).size();
            if (length > 500)
                return ApiError::invalid("Metadata values can have up to 500 characters, but you passed in a value "
                                         "that is "
                        + std::to_string(length) + " characters.",
                    where);
        }
        return std::nullopt;
    }

    static std::optional<ApiError> created(const json &c, const std::string &path)
    {
        if (c.is_string()) {
            if (!integer(c.get<std::string>()))
                return ApiError::invalid("Invalid integer: " + c.get<std::string>(), path, "parameter_invalid_integer");
            return std::nullopt;
        }
        if (!c.is_object())
            return ApiError::invalid("Invalid integer", path, "parameter_invalid_integer");
        for (auto it = c.begin(); it != c.end(); ++it) {
            const std::string name = path + "[" + it.key() + "]";
            if (it.key() != "gt" && it.key() != "gte" && it.key() != "lt" && it.key() != "lte")
                return ApiError::unknownParameter(name);
            if (!it.value().is_string() || !integer(it.value().get<std::string>()))
                return ApiError::invalid("Invalid integer", name, "parameter_invalid_integer");
        }
        return std::nullopt;
    }

    std::optional<ApiError> expand(const json &e) const
    {
        if (e.is_string())
            return expandable.count(e.get<std::string>())
                ? std::nullopt
                : std::optional<ApiError>(
                    ApiError::invalid("This property cannot be expanded (" + e.get<std::string>() + ")."));
        if (!e.is_array())
            return ApiError::invalid("Invalid array", "expand");
        for (const json &path : e) {
            if (!path.is_string())
                return ApiError::invalid("Invalid array", "expand");
            if (!expandable.count(path.get<std::string>()))
                return ApiError::invalid("This property cannot be expanded (" + path.get<std::string>() + ").");
        }
        return std::nullopt;
    }
};

} // namespace

std::optional<ApiError> ParamValidator::check(
    const json &params, const ParamSpecList &specs, const std::string &version, const std::set<std::string> &expandable)
{
    const Checker checker { version, expandable };
    if (!params.is_object())
        return ApiError::invalid("Invalid request parameters");
    if (auto error = checker.unknownIn(params, specs, {}))
        return error;
    return checker.fieldsOf(params, specs, {});
}

std::set<std::string> ParamValidator::expandPaths(const json &params)
{
    std::set<std::string> paths;
    const auto it = params.find("expand");
    if (it == params.end())
        return paths;
    if (it->is_string() && !it->get_ref<const std::string &>().empty())
        paths.insert(it->get<std::string>());
    if (it->is_array()) {
        for (const json &p : *it) {
            if (p.is_string())
                paths.insert(p.get<std::string>());
        }
    }
    return paths;
}

} // namespace Kiosk::Sim
