// SPDX-License-Identifier: MIT
#pragma once

#include "Router.h"
#include "SimContext.h"
#include "StateFile.h"

#include <functional>

namespace Kiosk::Sim {

/**
 * GET /v1/events and GET /v1/events/{id} over the SimContext's EventLog, and the log's
 * state-file section. `beforeRead` runs before every read (it expires due sessions, so their
 * events exist when listed).
 */
class EventsResource final
{
public:
    EventsResource(SimContext &sim, std::function<void()> beforeRead);

    void addRoutes(Router &router);
    StateFile::Section stateSection();

private:
    SimContext &m_sim;
    std::function<void()> m_beforeRead;
};

} // namespace Kiosk::Sim
