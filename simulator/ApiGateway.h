// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "FaultInjector.h"
#include "IdempotencyCache.h"
#include "Router.h"
#include "SimulatorOptions.h"

#include "Clock.h"
#include "Request.h"
#include "Responder.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Kiosk::Sim {

/**
 * The front door of the /v1/ API, in Stripe's order: authentication (Bearer or Basic; the key is
 * never echoed), Stripe-Version, form decoding of the body and the query, injected faults,
 * idempotency (POST, per API key), then the Router, and the answer with Request-Id, the
 * Stripe-Version it is written in and the idempotency headers. A delayed answer (fault) is sent
 * later on `context`'s event loop; the key stays in flight meanwhile. Owns the router, the
 * idempotency cache and the fault injector.
 */
class ApiGateway final
{
public:
    /** `changed` is called when the idempotency cache changed (the state file keeps it). */
    ApiGateway(const SimulatorOptions &options, const Clock &clock, std::function<void()> changed, QObject *context);

    void handle(const Http::Request &request, const QString &path, const QByteArray &requestId,
        const Http::Responder &connection);

    Router &router() { return m_router; }
    IdempotencyCache &idempotency() { return m_idempotency; }
    FaultInjector &faults() { return m_faults; }

private:
    std::optional<ApiError> authenticate(const Http::Request &request, QString &key) const;

    const SimulatorOptions &m_options;
    const Clock &m_clock;
    std::function<void()> m_changed;
    QObject *m_context;
    Router m_router;
    IdempotencyCache m_idempotency;
    FaultInjector m_faults;
};

} // namespace Kiosk::Sim
