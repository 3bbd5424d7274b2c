// SPDX-License-Identifier: MIT
#pragma once

#include "Response.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include <functional>

namespace Kiosk::Http {

/** A body limit for the paths that start with pathPrefix (the first matching entry wins). */
struct BodyLimit
{
    QByteArray pathPrefix;
    qint64 maxBytes = 0;
};

/**
 * How a Server listens and what it accepts. Every limit is enforced while the request is read:
 * nothing over a limit is buffered first and judged later.
 */
struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0 picks a free port
    /** Open connections at most; more are accepted and closed at once (clamped below the fd limit). */
    unsigned maxConnections = 256;
    /** Seconds without progress (while reading headers or body, or idle between requests) before
     *  the connection is closed. Connections whose answer is pending do not time out. */
    unsigned idleTimeoutSecs = 30;
    /** Seconds from the moment a connection can send a request (opened, or its last answer
     *  sent) until that request's headers are complete, however steadily they trickle in;
     *  0: no deadline. Checked every half second on the server's thread. */
    unsigned headerTimeoutSecs = 15;
    /** Memory per connection; the request line and headers must fit in about half of it (431). */
    qint64 connectionMemoryBytes = 32 * 1024;
    /** Request headers at most (431 beyond). */
    int maxHeaderCount = 64;
    /** Body limit for paths no entry of bodyLimits matches (413, checked from Content-Length
     *  before the body is read and while a chunked body is read). */
    qint64 maxBodyBytes = 64 * 1024;
    QList<BodyLimit> bodyLimits;
    int listenBacklog = 256;
    /** Renders the answers the server gives itself (400 bad method or length, 413, 431, 501, and
     *  500 for a handler that threw or never answered) from a status, a short code and an ASCII
     *  sentence; empty: {"error":{"code","message"}}. Called on libmicrohttpd's thread as well,
     *  so it must be a pure function. (libmicrohttpd's own refusals, e.g. 505, are its pages.) */
    std::function<Response(int status, const QByteArray &code, const QByteArray &message)> refusal;

    [[nodiscard]] qint64 bodyLimitFor(const QByteArray &path) const
    {
        for (const BodyLimit &limit : bodyLimits) {
            if (path.startsWith(limit.pathPrefix))
                return limit.maxBytes;
        }
        return maxBodyBytes;
    }
};

} // namespace Kiosk::Http
