// SPDX-License-Identifier: MIT
#pragma once

#include "Request.h"
#include "Responder.h"
#include "Response.h"
#include "ServerOptions.h"

#include "Result.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace Kiosk::Http {

/**
 * The HTTP/1.1 server of the backend and the simulator, on GNU libmicrohttpd (see README.md).
 * libmicrohttpd's own polling thread reads and judges requests within ServerOptions' limits and
 * answers protocol errors itself (400, 413, 431, 501, 505); every complete request is handed to
 * the handler on the thread that created the Server, with a Responder that may answer now or
 * later. Responses leave in request order on a connection (one request at a time per connection).
 * An exception thrown by the handler is logged and answered 500. Destroying the Server closes
 * every connection, including those still waiting for an answer.
 */
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    using Handler = std::function<void(const Request &, const Responder &)>;

    explicit Server(Handler handler, ServerOptions options = {}, QObject *parent = nullptr);
    ~Server() override;

    /** Starts listening; port 0 picks a free one. Returns the port. */
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] const ServerOptions &options() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kiosk::Http
