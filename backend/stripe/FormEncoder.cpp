// SPDX-License-Identifier: MIT
#include "FormEncoder.h"

#include "JsonFieldReader.h"

#include <algorithm>

namespace Kiosk {

namespace {

bool keptLiteral(char c)
{
    // encodeURIComponent keeps A-Z a-z 0-9 - _ . ! ~ * ' ( ); stripe-node then encodes ! * ' ( )
    // like qs does and turns %5B/%5D back into brackets.
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~' || c == '[' || c == ']';
}

// A JS "array index" property name: canonical decimal below 2^32 - 1. Such keys come first,
// in ascending numeric order, when JS enumerates an object's own properties.
std::optional<quint32> arrayIndex(const QString &key)
{
    if (key.isEmpty() || key.size() > 10)
        return std::nullopt;
    if (key.size() > 1 && key.front() == QLatin1Char('0'))
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : key) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + static_cast<quint64>(c.unicode() - u'0');
    }
    if (value >= 4294967295ULL)
        return std::nullopt;
    return static_cast<quint32>(value);
}

FormEncoder::Params orderedKeys(const nlohmann::ordered_json &object)
{
    FormEncoder::Params keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.append({ QString::fromStdString(it.key()), QString() });
    return FormEncoder::jsPropertyOrder(keys);
}

Status flatten(const QString &key, const nlohmann::ordered_json &value, FormEncoder::Params &out)
{
    switch (value.type()) {
    case nlohmann::ordered_json::value_t::null:
        out.append({ key, QString() });
        return {};
    case nlohmann::ordered_json::value_t::boolean:
        out.append({ key, value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false") });
        return {};
    case nlohmann::ordered_json::value_t::number_integer:
        out.append({ key, QString::number(value.get<qint64>()) });
        return {};
    case nlohmann::ordered_json::value_t::number_unsigned:
        out.append({ key, QString::number(value.get<quint64>()) });
        return {};
    case nlohmann::ordered_json::value_t::number_float:
        return makeError(QStringLiteral("invalid_params"),
            QStringLiteral("parameter ") + key + QStringLiteral(" is not an integer"));
    case nlohmann::ordered_json::value_t::string:
        out.append({ key, QString::fromStdString(value.get_ref<const std::string &>()) });
        return {};
    case nlohmann::ordered_json::value_t::array: {
        int index = 0;
        for (const auto &element : value) {
            if (Status s = flatten(key + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'), element, out);
                !s)
                return s;
            ++index;
        }
        return {};
    }
    case nlohmann::ordered_json::value_t::object: {
        for (const auto &entry : orderedKeys(value)) {
            const QString child = key + QLatin1Char('[') + entry.first + QLatin1Char(']');
            if (Status s = flatten(child, value.at(entry.first.toStdString()), out); !s)
                return s;
        }
        return {};
    }
    default:
        return makeError(QStringLiteral("invalid_params"),
            QStringLiteral("parameter ") + key + QStringLiteral(" has an unsupported type"));
    }
}

} // namespace

QByteArray FormEncoder::encodeComponent(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (keptLiteral(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0F]);
        }
    }
    return out;
}

QByteArray FormEncoder::encode(const Params &params)
{
    QByteArray out;
    for (const auto &param : params) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encodeComponent(param.first));
        out.append('=');
        out.append(encodeComponent(param.second));
    }
    return out;
}

FormEncoder::Params FormEncoder::jsPropertyOrder(const Params &entries)
{
    // Assigning the pairs to a JS object one by one: a repeated key keeps its first position
    // and takes the last value.
    Params unique;
    for (const auto &entry : entries) {
        const auto existing
            = std::find_if(unique.begin(), unique.end(), [&](const auto &e) { return e.first == entry.first; });
        if (existing != unique.end())
            existing->second = entry.second;
        else
            unique.append(entry);
    }
    Params indexed;
    Params named;
    for (const auto &entry : unique)
        (arrayIndex(entry.first) ? indexed : named).append(entry);
    std::stable_sort(indexed.begin(), indexed.end(),
        [](const auto &a, const auto &b) { return *arrayIndex(a.first) < *arrayIndex(b.first); });
    return indexed + named;
}

Result<FormEncoder::Params> FormEncoder::flattenJson(const QByteArray &jsonObject)
{
    const nlohmann::ordered_json parsed
        = nlohmann::ordered_json::parse(jsonObject.constBegin(), jsonObject.constEnd(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        return makeError(QStringLiteral("invalid_params"), QStringLiteral("parameters must be a JSON object"));
    Params out;
    for (const auto &entry : orderedKeys(parsed)) {
        if (Status s = flatten(entry.first, parsed.at(entry.first.toStdString()), out); !s)
            return s.error();
    }
    return out;
}

} // namespace Kiosk
