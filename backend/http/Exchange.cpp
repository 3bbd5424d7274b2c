// SPDX-License-Identifier: MIT
#include "Exchange.h"

#include <microhttpd.h>

namespace Kiosk::Http {

bool Exchange::finish(std::optional<Response> answer)
{
    MHD_Connection *suspended = nullptr;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (state != State::Suspended || !connection)
            return false;
        state = State::Resumed;
        response = std::move(answer);
        suspended = connection;
    }
    // A suspended connection is only freed by MHD_stop_daemon(), which the owner's thread calls
    // after finishing every suspended exchange itself: the pointer is still valid here.
    MHD_resume_connection(suspended);
    return true;
}

} // namespace Kiosk::Http
