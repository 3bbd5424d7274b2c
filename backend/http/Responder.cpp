// SPDX-License-Identifier: MIT
#include "Responder.h"

#include "Exchange.h"
#include "HttpLog.h"
#include "StreamBuffer.h"

namespace Kiosk::Http {

struct Responder::Ticket
{
    explicit Ticket(std::shared_ptr<Exchange> e)
        : exchange(std::move(e))
    { }
    Ticket(const Ticket &) = delete;
    Ticket &operator=(const Ticket &) = delete;
    ~Ticket()
    {
        if (!done && exchange->finish(errorResponse(500, "no_answer", "The server did not answer this request.")))
            qCWarning(lcHttp) << "no answer for" << exchange->request.method << exchange->request.path << "- sent 500";
    }

    std::shared_ptr<Exchange> exchange;
    bool done = false;
};

Responder::Responder(std::shared_ptr<Exchange> exchange)
    : m_ticket(std::make_shared<Ticket>(std::move(exchange)))
{ }

void Responder::send(const Response &response) const
{
    if (!m_ticket || m_ticket->done)
        return;
    m_ticket->done = true;
    m_ticket->exchange->finish(response);
}

void Responder::send(int status, const QByteArray &contentType, const QByteArray &body) const
{
    send(Response::make(status, contentType, body));
}

Stream Responder::stream(const Response &head, qint64 maxBufferedBytes) const
{
    if (!m_ticket || m_ticket->done)
        return {};
    Response response = head;
    response.body.clear();
    response.stream = std::make_shared<StreamBuffer>(maxBufferedBytes);
    m_ticket->done = true;
    if (!m_ticket->exchange->finish(response))
        response.stream->detach(); // the client left already
    return Stream(response.stream);
}

void Responder::drop() const
{
    if (!m_ticket || m_ticket->done)
        return;
    m_ticket->done = true;
    m_ticket->exchange->finish(std::nullopt);
}

bool Responder::answered() const
{
    return m_ticket && m_ticket->done;
}

} // namespace Kiosk::Http
