// SPDX-License-Identifier: MIT
#pragma once

#include "HttpTransport.h"

#include <QPointer>
#include <QTimer>

#include <deque>

namespace Kiosk::Test {

/**
 * HttpTransport that records every request and answers from a queue of canned responses, on
 * the next event-loop turn (like a real network would, never synchronously). An empty queue
 * answers with a connection error.
 */
class FakeHttpTransport final : public HttpTransport
{
public:
    void enqueue(HttpResponse response) { m_responses.push_back(std::move(response)); }
    void enqueue(int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        HttpResponse r;
        r.status = status;
        r.body = std::move(body);
        r.headers = std::move(headers);
        if (r.header("Request-Id").isEmpty())
            r.headers.append({ QByteArrayLiteral("Request-Id"), "req_fake" + QByteArray::number(++m_requestCounter) });
        m_responses.push_back(std::move(r));
    }
    void enqueueConnectionError(const QString &why, bool closed = false)
    {
        HttpResponse r;
        r.connectionError = true;
        r.connectionClosed = closed;
        r.errorString = why;
        m_responses.push_back(std::move(r));
    }

    void send(const HttpRequest &request, QObject *context, std::function<void(HttpResponse)> done) override
    {
        requests.append(request);
        HttpResponse response;
        if (m_responses.empty()) {
            response.connectionError = true;
            response.errorString = QStringLiteral("fake transport has no response queued");
        } else {
            response = m_responses.front();
            m_responses.pop_front();
        }
        QTimer::singleShot(0, context, [done = std::move(done), response]() { done(response); });
    }

    QList<HttpRequest> requests;

private:
    std::deque<HttpResponse> m_responses;
    int m_requestCounter = 0;
};

} // namespace Kiosk::Test
