// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace Kiosk::Sim {

/**
 * Decodes Stripe's application/x-www-form-urlencoded bodies and query strings into a JSON tree:
 * bracket paths become nested objects (`a[b][c]=v`), indexed keys become arrays
 * (`items[0][name]=x`), `a[]=v` appends to a scalar array, `+` is a space. Values stay strings.
 * Objects named "metadata" keep numeric-looking keys. Internal to the simulator (uses nlohmann/json).
 */
class FormDecoder final
{
public:
    /** The decoded tree, or an error "parameter_invalid" naming the offending key. */
    static Result<nlohmann::json> decode(const QByteArray &encoded);
};

} // namespace Kiosk::Sim
