// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QUrl>

namespace Kiosk::Sim {

/** Where the simulator delivers events, and the `whsec_…` secret it signs them with. */
struct WebhookEndpointConfig
{
    QUrl url;
    QByteArray secret;
};

} // namespace Kiosk::Sim
