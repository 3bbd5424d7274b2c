// SPDX-License-Identifier: MIT
#pragma once

// Internal to kiosk_backend (backend/stripe, backend/remote): includes nlohmann/json, so only
// .cpp files of the library may include it (json is a PRIVATE dependency of kiosk_backend).

#include "Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace Kiosk {

/**
 * Reads typed fields out of one JSON object and remembers the first problem, phrased for people:
 * "checkout.session: field amount_total must be an integer". Reading on after an error is
 * harmless (defaults are returned), so parsers read everything and check error() once.
 */
class JsonFieldReader final
{
public:
    JsonFieldReader(const nlohmann::json &object, QString objectName);

    /** Required: present and a string. */
    QString string(const char *key);
    /** Present; a string or null (null gives an empty string). */
    QString nullableString(const char *key);
    /** May be absent; a string or null. */
    QString optionalString(const char *key);
    /** Present; an id string, null, or an expanded object whose "id" is taken. */
    QString nullableId(const char *key);
    qint64 integer(const char *key);
    std::optional<qint64> nullableInteger(const char *key);
    bool boolean(const char *key);
    /** Present; an object of string values (or null, giving an empty map). */
    QMap<QString, QString> stringMap(const char *key);
    /** Present; an array of strings (or null, giving an empty list). */
    QStringList stringList(const char *key);
    /** Present and an object; nullptr (plus an error) otherwise. */
    const nlohmann::json *object(const char *key);
    /** Present and an object or null; nullptr for null. */
    const nlohmann::json *nullableObject(const char *key);
    /** Requires "object": expected. */
    void expectObjectType(const char *expected);

    void fail(const QString &message);
    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] Error error() const;
    [[nodiscard]] const QString &objectName() const { return m_name; }

    /** Parses text that must be a JSON object; the error names `objectName`. */
    static Result<nlohmann::json> parseObject(const QByteArray &json, const QString &objectName);
    static QString toQString(const std::string &s) { return QString::fromStdString(s); }

private:
    const nlohmann::json *find(const char *key, bool required);
    void typeError(const char *key, const char *expected);

    const nlohmann::json &m_object;
    QString m_name;
    std::optional<QString> m_error;
};

} // namespace Kiosk
