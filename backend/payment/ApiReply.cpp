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
    m_responder.send(status, contentType, body);
}

void ApiReply::send(const Http::Response &response) const
{
    m_responder.send(response);
}

void ApiReply::json(int status, const QByteArray &body) const
{
    send(status, QByteArrayLiteral("application/json"), body);
}

void ApiReply::error(int status, const QString &code, const QString &message) const
{
    const nlohmann::json j = { { "error", { { "code", code.toStdString() }, { "message", message.toStdString() } } } };
    json(status, JsonText::dump(j));
}

} // namespace Kiosk
