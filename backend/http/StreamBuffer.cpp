// SPDX-License-Identifier: MIT
#include "StreamBuffer.h"

#include <microhttpd.h>

#include <cstring>

namespace Kiosk::Http {

void StreamBuffer::wake()
{
    // Only a suspended connection is resumed, and a suspended connection is not freed before it
    // is resumed (or libmicrohttpd stops, after the server aborted every stream): the pointer
    // is valid here.
    if (m_suspended && m_connection) {
        m_suspended = false;
        MHD_resume_connection(m_connection);
    }
}

bool StreamBuffer::append(const QByteArray &bytes)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_gone || m_cut || m_finishing)
        return false;
    if (m_pending.size() + bytes.size() > m_maxBuffered) {
        m_cut = true;
        m_pending.clear();
        wake();
        return false;
    }
    m_pending += bytes;
    wake();
    return true;
}

void StreamBuffer::finish()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_finishing = true;
    wake();
}

void StreamBuffer::abort()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_cut = true;
    m_pending.clear();
    wake();
}

bool StreamBuffer::isOpen() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return !m_gone && !m_cut && !m_finishing;
}

void StreamBuffer::attach(MHD_Connection *connection)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_connection = connection;
}

long StreamBuffer::read(char *into, size_t max)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_cut || m_gone)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    if (!m_pending.isEmpty()) {
        const qsizetype n = qMin<qsizetype>(m_pending.size(), qsizetype(max));
        std::memcpy(into, m_pending.constData(), size_t(n));
        m_pending.remove(0, n);
        return long(n);
    }
    if (m_finishing)
        return MHD_CONTENT_READER_END_OF_STREAM;
    // Nothing to send: wait suspended (returning 0 alone would make libmicrohttpd spin).
    m_suspended = true;
    MHD_suspend_connection(m_connection);
    return 0;
}

void StreamBuffer::detach()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_gone = true;
    m_connection = nullptr;
    m_suspended = false;
    m_pending.clear();
}

} // namespace Kiosk::Http
