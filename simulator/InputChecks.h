// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace Kiosk::Sim {

/** Small checks of outside input that several parts of the simulator share. */
class InputChecks final
{
public:
    /** A non-empty string parameter, or nothing ("empty means unset", as at Stripe). */
    static std::optional<std::string> stringParam(const nlohmann::json &params, const char *key);
    /** A whole decimal number (the ParamValidator already checked its form); 0 when not. */
    static qint64 integer(const std::string &text);
    /** Something@somewhere.tld, as Checkout accepts it. */
    static bool isEmail(const QString &email);
    /** An absolute http(s) URL with a host. */
    static bool isWebUrl(const std::string &text);
    static bool isUtf8(const QByteArray &bytes);
};

} // namespace Kiosk::Sim
