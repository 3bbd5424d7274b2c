// SPDX-License-Identifier: MIT
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;

namespace Kiosk::Sim {

class HttpConnection;

/** Called once per request; the handler answers later with respond() or drop() (it may be asynchronous). */
using HttpHandler = std::function<void(const HttpRequest &, HttpConnection *)>;

/**
 * One keep-alive HTTP/1.1 connection. Parses requests (request line, headers, Content-Length body),
 * hands them one at a time to the handler and writes the answer whenever it comes, so a response can
 * be delayed or the socket closed without one (fault injection). Owned by the socket's server; it
 * deletes itself when the peer disconnects, so handlers keep a QPointer.
 */
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    HttpConnection(QTcpSocket *socket, HttpHandler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    /** Sends the answer to the request being handled and goes on with the next one. */
    void respond(const HttpResponse &response);
    /** Closes the connection without answering (a "dropped connection" fault). */
    void drop();

private:
    void onReadyRead();
    void processBuffer();
    void fail(int status, const QByteArray &message);

    QTcpSocket *m_socket;
    HttpHandler m_handler;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closeAfterResponse = false;
};

} // namespace Kiosk::Sim
