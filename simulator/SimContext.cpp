// SPDX-License-Identifier: MIT
#include "SimContext.h"

#include "ApiVersion.h"
#include "WebhookDispatcher.h"

#include "JsonText.h"

namespace Kiosk::Sim {

SimContext::SimContext(const SimulatorOptions &simOptions, OffsetClock &simClock, WebhookDispatcher &dispatcher)
    : options(simOptions)
    , clock(simClock)
    , m_dispatcher(dispatcher)
{ }

void SimContext::scheduleSave() const
{
    if (onChanged)
        onChanged();
}

std::string SimContext::createEvent(const std::string &type, const nlohmann::json &object, const RequestContext *ctx)
{
    const EventLog::Record &record = events.append(type, renderer.render(object, ApiVersion::kLatest),
        ApiVersion::kLatest, clock.nowSecs(), ctx, m_dispatcher.endpointCountFor(QString::fromStdString(type)));
    const std::string id = record.event["id"].get<std::string>();
    scheduleSave();
    if (onEvent)
        onEvent(id, type);
    m_dispatcher.enqueue(QString::fromStdString(id), QString::fromStdString(type), JsonText::dump(record.event, 2));
    return id;
}

} // namespace Kiosk::Sim
