// SPDX-License-Identifier: MIT
#pragma once

#include "HttpConnection.h"

#include "Result.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;

namespace Kiosk::Sim {

/**
 * A small HTTP/1.1 server on QTcpServer. Unlike Qt 6.4's QHttpServer it lets a handler answer later
 * or close the socket without answering, which the simulator's fault injection needs.
 * Single-threaded: everything runs on the owner's event loop.
 */
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)
public:
    explicit HttpServer(HttpHandler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    /** Starts listening; port 0 picks a free one. Returns the port. */
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const;
    void close();

private:
    void onNewConnection();

    QTcpServer *m_server;
    HttpHandler m_handler;
};

} // namespace Kiosk::Sim
