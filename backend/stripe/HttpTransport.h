// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace Kiosk {

/** One HTTP request as the Stripe client builds it: method, absolute URL, headers, body. */
struct HttpRequest
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 80000;

    /** Value of the first header called `name` (case-insensitive), empty if absent. */
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/**
 * What came back. `connectionError` is set when no HTTP response arrived at all (refused, reset,
 * TLS failure, timeout); then `status` is 0 and `errorString` says why.
 */
struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool connectionError = false;
    /** The peer closed or reset the connection (a stale keep-alive socket, usually). */
    bool connectionClosed = false;
    QString errorString;

    /** Value of the first header called `name` (case-insensitive), empty if absent. */
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/**
 * The seam between the Stripe client and the network. send() must call `done` exactly once,
 * later, on the thread of `context`, and not at all once `context` is destroyed. Tests inject
 * a fake; production uses QtHttpTransport.
 */
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    virtual void send(const HttpRequest &request, QObject *context, std::function<void(HttpResponse)> done) = 0;
};

} // namespace Kiosk
