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
 *
 * Input is bounded before anything is built: at most kMaxDepth bracket levels per name (the
 * deepest Checkout parameter, line_items[0][price_data][product_data][images][0], has 5), at most
 * kMaxParameters pairs and names of at most kMaxKeyLength characters.
 */
class FormDecoder final
{
public:
    static constexpr int kMaxDepth = 8;
    static constexpr int kMaxParameters = 10000;
    static constexpr int kMaxKeyLength = 500;

    /** The decoded tree, or an error "parameter_invalid" naming the offending key. */
    static Result<nlohmann::json> decode(const QByteArray &encoded);
};

} // namespace Kiosk::Sim
