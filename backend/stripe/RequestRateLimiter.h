// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Kiosk {

/**
 * A token bucket that schedules requests instead of refusing them: each request reserves the
 * next free slot and learns how long to wait for it. `burst` tokens, refilled at `perSecond`;
 * any window of one second therefore holds at most burst + perSecond requests (the defaults
 * keep Stripe's test-mode limit of 25 per second). Pure: time is passed in (the injected
 * clock's milliseconds). Not thread-safe.
 */
class RequestRateLimiter final
{
public:
    explicit RequestRateLimiter(int perSecond = 20, int burst = 5);

    /** Reserves a slot for a request made at nowMs: milliseconds until it may be sent (0: now). */
    qint64 reserve(qint64 nowMs);

private:
    qint64 m_intervalUs; ///< one token's refill time
    qint64 m_burstUs; ///< the bucket's depth in refill time
    qint64 m_nextFreeUs = 0; ///< the bucket is full again at this time (virtual scheduling)
};

} // namespace Kiosk
