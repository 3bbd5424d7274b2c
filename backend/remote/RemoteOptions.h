// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QUrl>

namespace Kiosk {

/** How a till reaches its shop server, and the bounds on what it accepts from it. */
struct RemoteOptions
{
    QUrl server; ///< http://host:8787 (no path)
    QByteArray token; ///< the till's token; a secret: never logged, never in an error
    int requestTimeoutMs = 10'000; ///< whole request, connect to last byte
    qint64 maxReplyBytes = 1 << 20; ///< any REST answer
    qint64 maxCatalogBytes = 8 << 20; ///< GET /api/catalog
    qint64 maxEventBytes = 256 << 10; ///< one Server-Sent Event (its lines and its data)
    /** No byte on the change stream for this long (keepalives come every 15 s): reconnect. */
    int streamIdleTimeoutMs = 45'000;
    int reconnectMinMs = 500; ///< first retry after the stream dropped; doubles per failure
    int reconnectMaxMs = 15'000;
    int pollIntervalMs = 2'000; ///< polling the awaited orders while the stream is down
    bool cashEnabled = false; ///< offer the Cash button (cash/enabled; never in self-service)
};

} // namespace Kiosk
