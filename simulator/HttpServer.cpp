// SPDX-License-Identifier: MIT
#include "HttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace Kiosk::Sim {

HttpServer::HttpServer(HttpHandler handler, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler(std::move(handler))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

Result<quint16> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return makeError(QStringLiteral("listen_failed"),
            QStringLiteral("Cannot listen on %1:%2: %3")
                .arg(address.toString(), QString::number(port), m_server->errorString()));
    return m_server->serverPort();
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

void HttpServer::close()
{
    m_server->close();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_handler, this);
}

} // namespace Kiosk::Sim
