// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerRequest>
#include <QPointer>

#include <functional>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace Kiosk {

/**
 * The backend's small HTTP server: every request goes to one handler, which may answer at once
 * or later (after a Stripe call) through the Reply it is given. A Reply whose connection has
 * gone away is silently dropped. Lives on the thread that created it.
 */
class BackendHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendHttpServer)

public:
    /** One pending answer; copyable, answers at most once. */
    class Reply
    {
    public:
        Reply() = default;
        Reply(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket);
        void send(int status, const QByteArray &contentType, const QByteArray &body) const;
        void json(int status, const QByteArray &body) const;
        /** {"error":{"code":code,"message":message}} */
        void error(int status, const QString &code, const QString &message) const;

    private:
        std::shared_ptr<QHttpServerResponder> m_responder;
        QPointer<QTcpSocket> m_socket;
        std::shared_ptr<bool> m_sent;
    };
    using Handler = std::function<void(const QHttpServerRequest &, const Reply &)>;

    explicit BackendHttpServer(Handler handler, QObject *parent = nullptr);
    ~BackendHttpServer() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace Kiosk
