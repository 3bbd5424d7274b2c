// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <optional>

namespace Kiosk {

struct StripeConfig;

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

    /** The limit for requests to this Stripe: on api.stripe.com 100 per second with a live key
     *  (sk_live_/rk_live_: 90/s, burst 10) and 25 in test mode (the defaults); none elsewhere
     *  (stripe-sim and the demo's embedded simulator take what they are sent, so benchmarks and
     *  tests measure the kiosk, not a limit that is not there). */
    static std::optional<RequestRateLimiter> forStripe(const StripeConfig &config);

    /** Reserves a slot for a request made at nowMs: milliseconds until it may be sent (0: now). */
    qint64 reserve(qint64 nowMs);

private:
    qint64 m_intervalUs; ///< one token's refill time
    qint64 m_burstUs; ///< the bucket's depth in refill time
    qint64 m_nextFreeUs = 0; ///< the bucket is full again at this time (virtual scheduling)
};

} // namespace Kiosk
