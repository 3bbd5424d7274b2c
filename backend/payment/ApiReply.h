// SPDX-License-Identifier: MIT
#pragma once

#include "Responder.h"

#include <QByteArray>
#include <QString>

namespace Kiosk {

/**
 * The backend's answers over an Http::Responder: JSON bodies and {"error":{"code","message"}}.
 * Copyable; answers at most once, now or later (after a Stripe call or a batch commit).
 */
class ApiReply
{
public:
    explicit ApiReply(Http::Responder responder);

    void send(int status, const QByteArray &contentType, const QByteArray &body) const;
    void send(const Http::Response &response) const;
    void json(int status, const QByteArray &body) const;
    /** {"error":{"code":code,"message":message}} */
    void error(int status, const QString &code, const QString &message) const;

private:
    Http::Responder m_responder;
};

} // namespace Kiosk
