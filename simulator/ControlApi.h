// SPDX-License-Identifier: MIT
#pragma once

#include "CheckoutSessions.h"
#include "PaymentEngine.h"
#include "RefundResource.h"
#include "SimContext.h"

#include "Request.h"
#include "Response.h"

#include <QString>

namespace Kiosk::Sim {

class StripeSimulator;
class WebhookDispatcher;

/**
 * The /_sim/ control endpoints (no auth, JSON bodies read with ControlBody's checked types): pay a
 * session as the page would, finish a delayed payment, read and move the clock, read/set/reset
 * faults, add a webhook endpoint, make a refund fail. Clock, faults and endpoints go through StripeSimulator's public
 * API, so the endpoints and the C++ calls cannot drift apart.
 */
class ControlApi final
{
public:
    ControlApi(StripeSimulator &simulator, SimContext &sim, CheckoutSessions &sessions, PaymentEngine &engine,
        RefundResource &refunds, const WebhookDispatcher &dispatcher);

    /** Answers a request under /_sim/. */
    Http::Response handle(const Http::Request &request, const QString &path);

private:
    Http::Response pay(const std::string &id, const QByteArray &bytes);
    Http::Response finishAsync(const std::string &id, const QByteArray &bytes);
    Http::Response failRefund(const std::optional<std::string> &id, const QByteArray &bytes);

    StripeSimulator &m_simulator;
    SimContext &m_sim;
    CheckoutSessions &m_sessions;
    PaymentEngine &m_engine;
    RefundResource &m_refunds;
    const WebhookDispatcher &m_dispatcher;
};

} // namespace Kiosk::Sim
