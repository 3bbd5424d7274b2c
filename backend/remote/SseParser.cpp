// SPDX-License-Identifier: MIT
#include "SseParser.h"

namespace Kiosk {

SseParser::SseParser(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{ }

Result<QList<SseEvent>> SseParser::feed(const QByteArray &bytes)
{
    const Error tooLarge { QStringLiteral("event_too_large"), QStringLiteral("A pushed event was too large.") };
    if (m_failed)
        return tooLarge;
    QList<SseEvent> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\n' && m_lastWasCr && i == start && m_pending.isEmpty()) {
            // the LF of a CR LF pair whose CR ended the previous line
            m_lastWasCr = false;
            start = i + 1;
            continue;
        }
        m_pending.append(bytes.constData() + start, i - start);
        if (m_pending.size() > m_maxBytes) {
            m_failed = true;
            return tooLarge;
        }
        line(m_pending, out);
        m_pending.clear();
        m_lastWasCr = c == '\r';
        start = i + 1;
        if (m_event.data.size() > m_maxBytes) {
            m_failed = true;
            return tooLarge;
        }
    }
    if (start < bytes.size()) {
        m_lastWasCr = false;
        m_pending.append(bytes.constData() + start, bytes.size() - start);
        if (m_pending.size() > m_maxBytes) {
            m_failed = true;
            return tooLarge;
        }
    }
    return out;
}

void SseParser::line(const QByteArray &text, QList<SseEvent> &out)
{
    if (text.isEmpty()) {
        if (m_hasData) {
            if (m_event.event.isEmpty())
                m_event.event = QByteArrayLiteral("message");
            out.append(m_event);
        }
        m_event.event.clear();
        m_event.data.clear();
        m_hasData = false; // the id persists, as the last event id does
        return;
    }
    if (text.startsWith(':'))
        return;
    const qsizetype colon = text.indexOf(':');
    const QByteArray field = colon < 0 ? text : text.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : text.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_event.data.append('\n');
        m_event.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event.event = value;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_event.id = value;
    }
}

} // namespace Kiosk
