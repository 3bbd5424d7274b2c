// SPDX-License-Identifier: MIT
#pragma once

#include "EventLog.h"
#include "RequestContext.h"
#include "SimulatorOptions.h"
#include "VersionedRenderer.h"

#include "Clock.h"

#include <QUrl>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace Kiosk::Sim {

class WebhookDispatcher;

/**
 * What every resource of the simulator shares: options, the movable clock, the version renderer,
 * the event log, and the two things each change needs (save the state, publish an event). Owned
 * by StripeSimulator; resources keep a reference and never outlive it. Not thread-safe.
 */
class SimContext final
{
public:
    /** 9999-12-31T23:59:59Z: the clock never moves past it (QDateTime and Stripe timestamps stay sane). */
    static constexpr qint64 kLatestClockSecs = 253'402'300'799;

    SimContext(const SimulatorOptions &simOptions, OffsetClock &simClock, WebhookDispatcher &dispatcher);

    /** How far the clock may still move forward. */
    [[nodiscard]] qint64 maxClockAdvance() const { return kLatestClockSecs - clock.nowSecs(); }

    const SimulatorOptions &options;
    OffsetClock &clock;
    VersionedRenderer renderer;
    EventLog events;
    QUrl base; ///< http://127.0.0.1:PORT once listening (the hosted page's URLs)

    /** Called by scheduleSave(): writes the state file soon (coalesced). */
    std::function<void()> onChanged;
    /** Called once per new event (StripeSimulator::eventCreated). */
    std::function<void(const std::string &id, const std::string &type)> onEvent;

    /** Something the state file keeps changed. */
    void scheduleSave() const;
    /**
     * Records an event of `type` about `object` (the latest version's shape), written in the
     * account's default version whoever caused it, and queues its signed webhooks. `ctx` is the
     * API request that caused it, null for page-, control- and clock-driven events. Returns its id.
     */
    std::string createEvent(const std::string &type, const nlohmann::json &object, const RequestContext *ctx);

private:
    WebhookDispatcher &m_dispatcher;
};

} // namespace Kiosk::Sim
