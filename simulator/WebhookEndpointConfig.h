// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace Kiosk::Sim {

/** Where the simulator delivers events, and the `whsec_…` secret it signs them with. */
struct WebhookEndpointConfig
{
    QUrl url;
    QByteArray secret;
    QStringList enabledEvents = {}; ///< event types sent to it; empty or "*" = every event

    [[nodiscard]] bool wants(const QString &eventType) const
    {
        return enabledEvents.isEmpty() || enabledEvents.contains(QLatin1String("*"))
            || enabledEvents.contains(eventType);
    }
};

} // namespace Kiosk::Sim
