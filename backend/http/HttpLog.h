// SPDX-License-Identifier: MIT
#pragma once

#include "Response.h"

#include <QLoggingCategory>

// Internal to kiosk_http: its logging category ("kiosk.http", warnings and up by default) and the
// small JSON error bodies the server itself answers with.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace Kiosk::Http {
/** {"error":{"code":code,"message":message}} with that status; code and message are ASCII literals. */
Response errorResponse(int status, const char *code, const char *message);
} // namespace Kiosk::Http
