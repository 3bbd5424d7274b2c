// SPDX-License-Identifier: MIT
#include "Stream.h"

#include "StreamBuffer.h"

namespace Kiosk::Http {

bool Stream::write(const QByteArray &bytes) const
{
    return m_buffer && m_buffer->append(bytes);
}

void Stream::finish() const
{
    if (m_buffer)
        m_buffer->finish();
}

bool Stream::isOpen() const
{
    return m_buffer && m_buffer->isOpen();
}

} // namespace Kiosk::Http
