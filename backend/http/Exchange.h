// SPDX-License-Identifier: MIT
#pragma once

#include "Request.h"
#include "Response.h"

#include <mutex>
#include <optional>

struct MHD_Connection;

namespace Kiosk::Http {

/**
 * One request between libmicrohttpd's polling thread and the owner's thread (internal to the
 * library). The polling thread fills `request`, suspends the connection and hands the exchange
 * over; from then on `request` is read-only. finish() (owner's thread) stores the answer and
 * resumes the connection, at most once; the completion notification (polling thread) detaches
 * the connection, after which finish() does nothing. Shared by the connection and every copy of
 * its Responder, so either side may outlive the other.
 */
class Exchange final
{
public:
    enum class State { Reading, Suspended, Resumed, Closed };

    Request request;
    qint64 bodyLimit = 0;
    bool overLimit = false; ///< the body is over bodyLimit: read and thrown away, answered 413
    qint64 discarded = 0; ///< body bytes read and thrown away
    bool answeredEarly = false; ///< refused before the handler (400, 413, 431, 501)

    /** Answers (a response) or drops the connection (nullopt); false when already answered or gone. */
    bool finish(std::optional<Response> response);

    // Polling thread only, under mutex: see Server.cpp.
    std::mutex mutex;
    State state = State::Reading;
    MHD_Connection *connection = nullptr;
    std::optional<Response> response;
};

} // namespace Kiosk::Http
