// SPDX-License-Identifier: MIT
#pragma once

#include "HttpTransport.h"
#include "RequestRateLimiter.h"

#include <memory>

namespace Kiosk {

class Clock;

/**
 * An HttpTransport that sends through another one no faster than a RequestRateLimiter allows:
 * a request over the rate waits (on a timer of its context) for its slot instead of earning a
 * 429 from Stripe. Time comes from the injected clock. Same thread as its callers.
 */
class RateLimitedTransport final : public HttpTransport
{
public:
    RateLimitedTransport(
        std::shared_ptr<HttpTransport> inner, const Clock &clock, RequestRateLimiter limiter = RequestRateLimiter());
    void send(const HttpRequest &request, QObject *context, std::function<void(HttpResponse)> done) override;

private:
    std::shared_ptr<HttpTransport> m_inner;
    const Clock &m_clock;
    RequestRateLimiter m_limiter;
};

} // namespace Kiosk
