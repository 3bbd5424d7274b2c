// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "ObjectStore.h"
#include "ParamSpec.h"
#include "RequestContext.h"

#include "Result.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>

namespace Kiosk::Sim {

/**
 * Every event the simulator created, oldest first, with their webhook delivery state (which
 * endpoints answered 2xx), and GET /v1/events filtering and paging on top of ObjectStore (no
 * scan for an id or a page). Events are written in one API version, given by the caller (the
 * account default): an event's `data.object` is a snapshot as it was. Not thread-safe.
 */
class EventLog final
{
public:
    struct Record
    {
        nlohmann::json event;
        int endpoints = 0; ///< webhook endpoints known when it was created
        std::set<int> delivered;
        [[nodiscard]] int pending() const { return std::max(0, endpoints - int(delivered.size())); }
    };

    /** Records an event at `created` for `endpoints` endpoints; `ctx` is null for page- and clock-driven ones. */
    const Record &append(const std::string &type, const nlohmann::json &object, const std::string &apiVersion,
        qint64 created, const RequestContext *ctx, int endpoints);
    [[nodiscard]] const Record *find(const std::string &id) const;
    /** Notes a 2xx from `endpoint`; false when it was known already (or the event is unknown). */
    bool markDelivered(const std::string &id, int endpoint);
    /** The event as the API shows it (pending_webhooks as of now). */
    [[nodiscard]] static nlohmann::json render(const Record &record);

    /** The route parameters of GET /v1/events (for the router). */
    static ParamSpecList listSpec();
    /** GET /v1/events: `type` (with `*`), `types[]` (≤ 20), `created`, `delivery_success`, paging. */
    [[nodiscard]] Result<nlohmann::json, ApiError> list(const nlohmann::json &params) const;

    /** State file section "events". */
    [[nodiscard]] nlohmann::json toJson() const;
    static bool wellFormed(const nlohmann::json &record);
    void load(const nlohmann::json &records);

private:
    ObjectStore<Record> m_events;
};

} // namespace Kiosk::Sim
