// SPDX-License-Identifier: MIT
#include "RateLimitedTransport.h"

#include "Clock.h"

#include <QTimer>

namespace Kiosk {

RateLimitedTransport::RateLimitedTransport(
    std::shared_ptr<HttpTransport> inner, const Clock &clock, RequestRateLimiter limiter)
    : m_inner(std::move(inner))
    , m_clock(clock)
    , m_limiter(limiter)
{ }

void RateLimitedTransport::send(const HttpRequest &request, QObject *context, std::function<void(HttpResponse)> done)
{
    const qint64 waitMs = m_limiter.reserve(m_clock.now().toMSecsSinceEpoch());
    if (waitMs <= 0) {
        m_inner->send(request, context, std::move(done));
        return;
    }
    // Not at all once the context is gone, as HttpTransport promises.
    std::shared_ptr<HttpTransport> inner = m_inner;
    QTimer::singleShot(
        int(std::min<qint64>(waitMs, 60000)), context, [inner, request, context, done = std::move(done)]() mutable {
            inner->send(request, context, std::move(done));
        });
}

} // namespace Kiosk
