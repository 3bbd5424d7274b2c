// SPDX-License-Identifier: MIT
#pragma once

#include "FaultConfig.h"
#include "SimulatorOptions.h"

#include "Result.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Kiosk::Sim {

/**
 * A Stripe test-mode server for Checkout: the /v1 API (sessions, events, idempotency, auth),
 * a hosted payment page at /c/pay/{id} with Stripe's test cards, signed webhook deliveries with
 * retries, a movable clock and fault injection (/_sim/…). See simulator/README.md.
 *
 * Everything is asynchronous on the owner's event loop, so the kiosk can embed it in-process next
 * to its own HTTP client. State stays in memory unless options.statePath is set (saved atomically
 * after every change and on destruction).
 */
class StripeSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StripeSimulator)
public:
    explicit StripeSimulator(SimulatorOptions options, QObject *parent = nullptr);
    ~StripeSimulator() override;

    /** Loads the state file (if any) and listens; port 0 picks a free one. Returns the port. */
    Result<quint16> start();
    /** http://127.0.0.1:PORT (the listening host), valid after start(). */
    [[nodiscard]] QUrl baseUrl() const;
    /** Adds a webhook endpoint at runtime; events created from now on are delivered to it too. */
    void addWebhookEndpoint(const WebhookEndpointConfig &endpoint);
    /**
     * Moves the simulator clock forward (same as POST /_sim/clock/advance); expires sessions, fires due
     * retries. Zero, negative and moves past 9999-12-31 are ignored (the endpoint answers those with 400).
     */
    void advanceClock(qint64 seconds);
    /** How many POST /v1 requests (everything that creates or changes an object) arrived so
     *  far, whatever their answer; reads (the kiosk's events sweep) are not counted. */
    [[nodiscard]] qint64 apiPostCount() const;
    /** Simulator time in Unix seconds. */
    [[nodiscard]] qint64 nowSecs() const;

    /** Replaces the active faults (same as DELETE then POST /_sim/faults). */
    void setFaults(const FaultConfig &faults);
    [[nodiscard]] FaultConfig faults() const;
    /** Removes every fault and delivers webhooks held back for reordering. */
    void resetFaults();

    /** Writes the state file now (no-op without statePath). */
    Status saveState();

Q_SIGNALS:
    void sessionCompleted(const QString &sessionId);
    void eventCreated(const QString &eventId, const QString &type);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kiosk::Sim
