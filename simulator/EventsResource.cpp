// SPDX-License-Identifier: MIT
#include "EventsResource.h"

namespace Kiosk::Sim {

using nlohmann::json;

EventsResource::EventsResource(SimContext &sim, std::function<void()> beforeRead)
    : m_sim(sim)
    , m_beforeRead(std::move(beforeRead))
{ }

void EventsResource::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/events"), EventLog::listSpec(), {}, [this](const ApiCall &call) {
        if (m_beforeRead)
            m_beforeRead();
        auto page = m_sim.events.list(call.params);
        return page.ok() ? ApiResult::ok(page.value()) : ApiResult::refused(page.error());
    });
    router.add("GET", QStringLiteral("/v1/events/{id}"), { ParamSpec::expand() }, {}, [this](const ApiCall &call) {
        if (m_beforeRead)
            m_beforeRead();
        const EventLog::Record *record = m_sim.events.find(call.id());
        if (!record)
            return ApiResult::refused(ApiError::noSuch("event", call.id(), "id"));
        return ApiResult::ok(EventLog::render(*record));
    });
}

StateFile::Section EventsResource::stateSection()
{
    return { "events", "event", [this] { return m_sim.events.toJson(); },
        [](const json &record, int) { return EventLog::wellFormed(record); },
        [this](const json &records, int) { m_sim.events.load(records); } };
}

} // namespace Kiosk::Sim
