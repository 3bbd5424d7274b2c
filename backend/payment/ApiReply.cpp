// SPDX-License-Identifier: MIT
#include "ApiReply.h"

#include "JsonText.h"

#include <nlohmann/json.hpp>

namespace Kiosk {

ApiReply::ApiReply(Http::Responder responder)
    : m_responder(std::move(responder))
{ }

void ApiReply::send(int status, const QByteArray &contentType, const QByteArray &body) const
{
    sendObserved(Http::Response::make(status, contentType, body), QString());
}

void ApiReply::send(const Http::Response &response) const
{
    sendObserved(response, QString());
}

void ApiReply::sendObserved(const Http::Response &response, const QString &code) const
{
    if (m_observer && !m_responder.answered())
        (*m_observer)(response.status, code);
    m_responder.send(response);
}

Http::Stream ApiReply::stream(const Http::Response &head, qint64 maxBufferedBytes) const
{
    if (m_observer && !m_responder.answered())
        (*m_observer)(head.status, QString());
    return m_responder.stream(head, maxBufferedBytes);
}

ApiReply ApiReply::observed(std::function<void(int status, const QString &code)> observer) const
{
    ApiReply copy = *this;
    copy.m_observer = std::make_shared<std::function<void(int, const QString &)>>(std::move(observer));
    return copy;
}

void ApiReply::json(int status, const QByteArray &body) const
{
    send(status, QByteArrayLiteral("application/json"), body);
}

void ApiReply::error(int status, const QString &code, const QString &message) const
{
    const nlohmann::json j = { { "error", { { "code", code.toStdString() }, { "message", message.toStdString() } } } };
    sendObserved(Http::Response::make(status, QByteArrayLiteral("application/json"), JsonText::dump(j)), code);
}

void ApiReply::unavailable(const QString &code, const QString &message, int retryAfterSecs) const
{
    const nlohmann::json j = { { "error", { { "code", code.toStdString() }, { "message", message.toStdString() } } } };
    Http::Response response = Http::Response::make(503, QByteArrayLiteral("application/json"), JsonText::dump(j));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSecs));
    sendObserved(response, code);
}

} // namespace Kiosk
