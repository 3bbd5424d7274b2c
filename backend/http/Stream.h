// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <memory>

namespace Kiosk::Http {

class StreamBuffer;

/**
 * A streamed answer (Server-Sent Events), from Responder::stream(): the body is written piece by
 * piece on the server's thread and sent as it comes (chunked). write() never blocks; a client
 * that falls more than the stream's buffer behind is cut off. Copyable (the copies share the
 * stream); a default-constructed or finished Stream writes nothing.
 */
class Stream
{
public:
    Stream() = default;

    /** Queues bytes to send; false once the stream is over (the client left or was cut off, it
     *  was finished, or the server stopped): then stop writing to it. */
    bool write(const QByteArray &bytes) const;
    /** Ends the answer after what is queued. */
    void finish() const;
    [[nodiscard]] bool isOpen() const;

private:
    friend class Responder;
    explicit Stream(std::shared_ptr<StreamBuffer> buffer)
        : m_buffer(std::move(buffer))
    { }

    std::shared_ptr<StreamBuffer> m_buffer;
};

} // namespace Kiosk::Http
