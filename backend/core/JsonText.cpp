// SPDX-License-Identifier: MIT
#include "JsonText.h"

#include <nlohmann/json.hpp>

namespace Kiosk {

QByteArray JsonText::dump(const nlohmann::json &value, int indent)
{
    return QByteArray::fromStdString(value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace Kiosk
