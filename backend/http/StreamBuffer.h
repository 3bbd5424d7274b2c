// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <mutex>

struct MHD_Connection;

namespace Kiosk::Http {

/**
 * The bytes of one streamed answer between the owner's thread (append(), finish()) and
 * libmicrohttpd's polling thread (read(), detach()); internal to the library. When read()
 * finds nothing to send it suspends the connection (no busy polling) and append() or finish()
 * resume it. At most maxBuffered bytes wait: a client that reads slower than the stream is
 * written is cut off (its connection closed) instead of holding memory or anyone else up.
 */
class StreamBuffer final
{
public:
    explicit StreamBuffer(qint64 maxBuffered)
        : m_maxBuffered(maxBuffered)
    { }

    // Owner's thread.
    /** False when the stream is over (client gone, cut off, finished, server stopping). */
    bool append(const QByteArray &bytes);
    /** Ends the answer once what is buffered has been sent. */
    void finish();
    /** Ends it now, without sending the rest (the server is stopping). */
    void abort();
    [[nodiscard]] bool isOpen() const;

    // Polling thread.
    void attach(MHD_Connection *connection);
    /** libmicrohttpd's content reader: bytes copied, 0 (suspended), or its end/error marker. */
    long read(char *into, size_t max);
    /** The response is gone (sent to its end, or the connection closed). */
    void detach();

private:
    void wake(); ///< under m_mutex

    mutable std::mutex m_mutex;
    const qint64 m_maxBuffered;
    QByteArray m_pending;
    MHD_Connection *m_connection = nullptr;
    bool m_suspended = false;
    bool m_finishing = false;
    bool m_cut = false;
    bool m_gone = false;
};

} // namespace Kiosk::Http
