// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Kiosk {

/**
 * How much the webhook endpoint lets wait (being verified or for its commit) before it answers
 * 503 with Retry-After: the unverified part of it is work anyone who can reach the port can ask
 * for, so it is bounded in deliveries and in bytes.
 */
struct WebhookLimits
{
    qsizetype maxPending = 1024;
    qsizetype maxPendingBytes = 32 * 1024 * 1024;
    int workers = 0; ///< threads verifying signatures and parsing; 0: one per core, at most 4
};

} // namespace Kiosk
