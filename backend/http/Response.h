// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>

namespace Kiosk::Http {

class StreamBuffer;

/** An answer; the server adds Content-Length, Date and Connection itself (and ignores them here). */
struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /** Set by Responder::stream(): the body comes from this buffer as it is written. */
    std::shared_ptr<StreamBuffer> stream;

    static Response make(int status, const QByteArray &contentType, const QByteArray &body)
    {
        Response r;
        r.status = status;
        r.setHeader("Content-Type", contentType);
        r.body = body;
        return r;
    }

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({ name, value });
    }
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace Kiosk::Http
