// SPDX-License-Identifier: MIT
#include "RequestRateLimiter.h"

#include "StripeConfig.h"

#include <algorithm>

namespace Kiosk {

RequestRateLimiter::RequestRateLimiter(int perSecond, int burst)
    : m_intervalUs(1000000 / std::max(1, perSecond))
    , m_burstUs(m_intervalUs * std::max(1, burst))
{ }

std::optional<RequestRateLimiter> RequestRateLimiter::forStripe(const StripeConfig &config)
{
    if (config.apiBase.host().compare(QLatin1String("api.stripe.com"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const bool live = config.secretKey.startsWith(QLatin1String("sk_live_"))
        || config.secretKey.startsWith(QLatin1String("rk_live_"));
    return live ? RequestRateLimiter(90, 10) : RequestRateLimiter();
}

qint64 RequestRateLimiter::reserve(qint64 nowMs)
{
    // Generic cell rate algorithm: a request conforms when the theoretical arrival time is at
    // most a burst ahead of now; otherwise it waits for the time that makes it conform.
    const qint64 nowUs = nowMs * 1000;
    const qint64 arrival = std::max(m_nextFreeUs, nowUs);
    const qint64 sendUs = std::max(nowUs, arrival + m_intervalUs - m_burstUs);
    m_nextFreeUs = arrival + m_intervalUs;
    return (sendUs - nowUs + 999) / 1000;
}

} // namespace Kiosk
