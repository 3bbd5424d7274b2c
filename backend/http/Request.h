// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Kiosk::Http {

/** One complete HTTP request as the server received it. Header names are lower-case. */
struct Request
{
    QByteArray method;
    QByteArray path; ///< target before '?', still percent-encoded
    QByteArray query; ///< after '?', without it
    QByteArray version; ///< "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /** First header of that (case-insensitive) name, empty if absent. */
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        const QByteArray lower = name.toLower();
        for (const auto &h : headers) {
            if (h.first == lower)
                return h.second;
        }
        return {};
    }
    [[nodiscard]] bool hasHeader(const QByteArray &name) const
    {
        const QByteArray lower = name.toLower();
        for (const auto &h : headers) {
            if (h.first == lower)
                return true;
        }
        return false;
    }
};

} // namespace Kiosk::Http
