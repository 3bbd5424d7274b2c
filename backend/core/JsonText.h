// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <nlohmann/json_fwd.hpp>

namespace Kiosk {

/**
 * The one way this project turns JSON into text (backend, simulator, apps). nlohmann's dump()
 * throws when a string holds bytes that are not UTF-8; here such bytes become U+FFFD instead,
 * so outside input copied into an answer, an event or a state file can never raise an exception.
 */
class JsonText final
{
public:
    JsonText() = delete;

    /** Compact text by default; `indent` >= 0 pretty-prints with that many spaces. Never throws. */
    static QByteArray dump(const nlohmann::json &value, int indent = -1);
};

} // namespace Kiosk
