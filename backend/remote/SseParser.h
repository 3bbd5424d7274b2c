// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>

namespace Kiosk {

/** One Server-Sent Event as dispatched (WHATWG "event stream interpretation"). */
struct SseEvent
{
    QByteArray id; ///< the event's id field; empty if it had none
    QByteArray event; ///< "message" when the event named none
    QByteArray data; ///< data lines joined with '\n'
};

/**
 * Incremental text/event-stream parser: feed() it the bytes as they arrive, in any split, and
 * it returns the events completed so far. Lines end in LF, CR LF or CR; comment lines (": …",
 * the keepalives) and unknown fields are ignored; an event is dispatched at a blank line (one
 * with no data is dropped). Bounded: a line or an event's data over `maxBytes` is an
 * "event_too_large" error, after which the stream must be dropped (the parser is left unusable).
 */
class SseParser final
{
public:
    explicit SseParser(qint64 maxBytes);

    Result<QList<SseEvent>> feed(const QByteArray &bytes);

private:
    void line(const QByteArray &text, QList<SseEvent> &out);

    qint64 m_maxBytes;
    QByteArray m_pending; ///< an unfinished line
    bool m_lastWasCr = false;
    bool m_failed = false;
    SseEvent m_event;
    bool m_hasData = false;
};

} // namespace Kiosk
