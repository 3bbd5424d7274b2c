// SPDX-License-Identifier: MIT
#include "JsonFieldReader.h"

namespace Kiosk {

JsonFieldReader::JsonFieldReader(const nlohmann::json &object, QString objectName)
    : m_object(object)
    , m_name(std::move(objectName))
{
    if (!m_object.is_object())
        fail(m_name + QStringLiteral(": expected a JSON object"));
}

void JsonFieldReader::fail(const QString &message)
{
    if (!m_error)
        m_error = message;
}

Error JsonFieldReader::error() const
{
    return makeError(QStringLiteral("invalid_response"), m_error.value_or(QString()));
}

const nlohmann::json *JsonFieldReader::find(const char *key, bool required)
{
    if (!m_object.is_object())
        return nullptr;
    const auto it = m_object.find(key);
    if (it == m_object.end()) {
        if (required)
            fail(m_name + QStringLiteral(": field ") + QLatin1String(key) + QStringLiteral(" is missing"));
        return nullptr;
    }
    return &*it;
}

void JsonFieldReader::typeError(const char *key, const char *expected)
{
    fail(m_name + QStringLiteral(": field ") + QLatin1String(key) + QStringLiteral(" must be ")
        + QLatin1String(expected));
}

QString JsonFieldReader::string(const char *key)
{
    const nlohmann::json *v = find(key, true);
    if (!v)
        return {};
    if (!v->is_string()) {
        typeError(key, "a string");
        return {};
    }
    return toQString(v->get_ref<const std::string &>());
}

QString JsonFieldReader::nullableString(const char *key)
{
    const nlohmann::json *v = find(key, true);
    if (!v || v->is_null())
        return {};
    if (!v->is_string()) {
        typeError(key, "a string or null");
        return {};
    }
    return toQString(v->get_ref<const std::string &>());
}

QString JsonFieldReader::optionalString(const char *key)
{
    const nlohmann::json *v = find(key, false);
    if (!v || v->is_null())
        return {};
    if (!v->is_string()) {
        typeError(key, "a string or null");
        return {};
    }
    return toQString(v->get_ref<const std::string &>());
}

QString JsonFieldReader::nullableId(const char *key)
{
    const nlohmann::json *v = find(key, true);
    if (!v || v->is_null())
        return {};
    if (v->is_string())
        return toQString(v->get_ref<const std::string &>());
    if (v->is_object()) {
        const auto id = v->find("id");
        if (id != v->end() && id->is_string())
            return toQString(id->get_ref<const std::string &>());
    }
    typeError(key, "an id, an object with an id, or null");
    return {};
}

qint64 JsonFieldReader::integer(const char *key)
{
    const nlohmann::json *v = find(key, true);
    if (!v)
        return 0;
    if (!v->is_number_integer()) {
        typeError(key, "an integer");
        return 0;
    }
    if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
        typeError(key, "an integer in range");
        return 0;
    }
    return v->get<qint64>();
}

std::optional<qint64> JsonFieldReader::nullableInteger(const char *key)
{
    const nlohmann::json *v = find(key, true);
    if (!v || v->is_null())
        return std::nullopt;
    if (!v->is_number_integer()) {
        typeError(key, "an integer or null");
        return std::nullopt;
    }
    if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
        typeError(key, "an integer in range");
        return std::nullopt;
    }
    return v->get<qint64>();
}

bool JsonFieldReader::boolean(const char *key)
{
    const nlohmann::json *v = find(key, true);
    if (!v)
        return false;
    if (!v->is_boolean()) {
        typeError(key, "true or false");
        return false;
    }
    return v->get<bool>();
}

QMap<QString, QString> JsonFieldReader::stringMap(const char *key)
{
    QMap<QString, QString> map;
    const nlohmann::json *v = find(key, true);
    if (!v || v->is_null())
        return map;
    if (!v->is_object()) {
        typeError(key, "an object");
        return map;
    }
    for (auto it = v->begin(); it != v->end(); ++it) {
        if (!it.value().is_string()) {
            fail(m_name + QStringLiteral(": field ") + QLatin1String(key) + QStringLiteral(".") + toQString(it.key())
                + QStringLiteral(" must be a string"));
            return {};
        }
        map.insert(toQString(it.key()), toQString(it.value().get_ref<const std::string &>()));
    }
    return map;
}

QStringList JsonFieldReader::stringList(const char *key)
{
    QStringList list;
    const nlohmann::json *v = find(key, true);
    if (!v || v->is_null())
        return list;
    if (!v->is_array()) {
        typeError(key, "an array of strings");
        return list;
    }
    for (const auto &item : *v) {
        if (!item.is_string()) {
            typeError(key, "an array of strings");
            return {};
        }
        list.append(toQString(item.get_ref<const std::string &>()));
    }
    return list;
}

const nlohmann::json *JsonFieldReader::object(const char *key)
{
    const nlohmann::json *v = find(key, true);
    if (!v)
        return nullptr;
    if (!v->is_object()) {
        typeError(key, "an object");
        return nullptr;
    }
    return v;
}

const nlohmann::json *JsonFieldReader::nullableObject(const char *key)
{
    const nlohmann::json *v = find(key, true);
    if (!v || v->is_null())
        return nullptr;
    if (!v->is_object()) {
        typeError(key, "an object or null");
        return nullptr;
    }
    return v;
}

void JsonFieldReader::expectObjectType(const char *expected)
{
    const QString type = string("object");
    if (ok() && type != QLatin1String(expected))
        fail(m_name + QStringLiteral(": field object must be \"") + QLatin1String(expected)
            + QStringLiteral("\" but is \"") + type + QStringLiteral("\""));
}

Result<nlohmann::json> JsonFieldReader::parseObject(const QByteArray &json, const QString &objectName)
{
    nlohmann::json parsed = nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (parsed.is_discarded())
        return makeError(
            QStringLiteral("invalid_response"), objectName + QStringLiteral(": response is not valid JSON"));
    if (!parsed.is_object())
        return makeError(QStringLiteral("invalid_response"), objectName + QStringLiteral(": expected a JSON object"));
    return parsed;
}

} // namespace Kiosk
