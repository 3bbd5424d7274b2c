// SPDX-License-Identifier: MIT
#pragma once

#include "Response.h"
#include "Stream.h"

#include <memory>

namespace Kiosk::Http {

class Exchange;

/**
 * The answer to one request: copyable, answers at most once, now or later (the connection waits
 * suspended meanwhile), or drops the connection without an answer. Later calls, and calls after
 * the client or the server went away, do nothing. If every copy is destroyed unanswered the
 * client gets a 500 (a connection is never left hanging). Use it on the server's thread.
 */
class Responder
{
public:
    Responder() = default;

    void send(const Response &response) const;
    void send(int status, const QByteArray &contentType, const QByteArray &body) const;
    /** Answers with `head` (status and headers; its body is ignored) and a body streamed through
     *  the returned Stream, at most maxBufferedBytes of it waiting for the client at a time.
     *  An invalid Stream when this request was answered already. */
    Stream stream(const Response &head, qint64 maxBufferedBytes) const;
    /** Closes the connection without answering (the simulator's dropped-connection faults). */
    void drop() const;
    /** True once send() or drop() was called on any copy. */
    [[nodiscard]] bool answered() const;

private:
    friend class Server;
    struct Ticket;
    explicit Responder(std::shared_ptr<Exchange> exchange);

    std::shared_ptr<Ticket> m_ticket;
};

} // namespace Kiosk::Http
