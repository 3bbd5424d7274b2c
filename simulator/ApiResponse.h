// SPDX-License-Identifier: MIT
#pragma once

#include "Response.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

namespace Kiosk::Sim {

/** An application/json answer, pretty-printed like Stripe's (written through JsonText, never throws). */
Http::Response jsonResponse(int status, const nlohmann::json &body);
/** A text/html answer that browsers must not cache (the hosted page). */
Http::Response htmlResponse(int status, const QByteArray &html);

} // namespace Kiosk::Sim
