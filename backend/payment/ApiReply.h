// SPDX-License-Identifier: MIT
#pragma once

#include "Responder.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

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
    /** 503 {"error":…} with Retry-After: the server is busy, not the request wrong (a full read
     *  queue, a read stopped at its time limit). */
    void unavailable(const QString &code, const QString &message, int retryAfterSecs = 1) const;
    /** Answers with `head` and a body streamed through the returned Stream (Server-Sent
     *  Events); see Http::Responder::stream(). */
    [[nodiscard]] Http::Stream stream(const Http::Response &head, qint64 maxBufferedBytes) const;
    /** A copy that tells `observer` the answer's status and error code (empty unless an
     *  error()) just before it goes out (the audit log of manager actions). */
    [[nodiscard]] ApiReply observed(std::function<void(int status, const QString &code)> observer) const;

private:
    void sendObserved(const Http::Response &response, const QString &code) const;

    Http::Responder m_responder;
    std::shared_ptr<std::function<void(int, const QString &)>> m_observer;
};

} // namespace Kiosk
