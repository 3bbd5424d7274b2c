// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <string>

namespace Kiosk::Sim {

/** Who asks: what an API handler knows of the request beyond its parameters. */
struct RequestContext
{
    QByteArray requestId; ///< req_…, echoed in Request-Id and in events' request.id
    std::string idempotencyKey; ///< empty when the request has none
    std::string version; ///< the Stripe-Version the request asked for (default: ApiVersion::kLatest)
};

} // namespace Kiosk::Sim
