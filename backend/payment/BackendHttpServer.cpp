// SPDX-License-Identifier: MIT
#include "BackendHttpServer.h"

#include "JsonText.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

#include <nlohmann/json.hpp>

namespace Kiosk {

BackendHttpServer::Reply::Reply(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_socket(socket)
    , m_sent(std::make_shared<bool>(false))
{ }

void BackendHttpServer::Reply::send(int status, const QByteArray &contentType, const QByteArray &body) const
{
    if (!m_responder || *m_sent || !m_socket)
        return;
    *m_sent = true;
    m_responder->write(body, contentType, static_cast<QHttpServerResponder::StatusCode>(status));
}

void BackendHttpServer::Reply::json(int status, const QByteArray &body) const
{
    send(status, QByteArrayLiteral("application/json"), body);
}

void BackendHttpServer::Reply::error(int status, const QString &code, const QString &message) const
{
    const nlohmann::json j = { { "error", { { "code", code.toStdString() }, { "message", message.toStdString() } } } };
    json(status, JsonText::dump(j));
}

BackendHttpServer::BackendHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

BackendHttpServer::~BackendHttpServer() = default;

bool BackendHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    m_handler(request, Reply(std::move(responder), socket));
    return true;
}

void BackendHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Kiosk
