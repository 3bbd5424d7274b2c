// SPDX-License-Identifier: MIT
#pragma once

#include "ObjectStore.h"
#include "Router.h"
#include "SimContext.h"
#include "StateFile.h"

#include <nlohmann/json.hpp>

#include <string>

namespace Kiosk::Sim {

class WebhookDispatcher;

/**
 * Webhook endpoints created through the API (`we_…`): `POST /v1/webhook_endpoints` (url,
 * enabled_events[] with `*` for all, description, metadata, api_version), `GET …[/{id}]`,
 * `DELETE …/{id}`. The signing secret (`whsec_…`) is in the create answer only; the simulator keeps
 * it to sign deliveries, in the state file too (which is private, 0600). Each endpoint is added
 * to the WebhookDispatcher beside the --webhook-url ones and gets the events it enabled.
 */
class WebhookEndpointResource final
{
public:
    /** Endpoints are added to and removed from `dispatcher`, the simulator's. */
    WebhookEndpointResource(SimContext &sim, WebhookDispatcher &dispatcher)
        : m_sim(sim)
        , m_dispatcher(dispatcher)
    { }

    void addRoutes(Router &router);
    StateFile::Section stateSection();

private:
    ApiResult create(const ApiCall &call);
    ApiResult retrieve(const ApiCall &call);
    ApiResult list(const ApiCall &call);
    ApiResult remove(const ApiCall &call);
    int attach(const nlohmann::json &endpoint);
    static nlohmann::json render(const nlohmann::json &record);

    SimContext &m_sim;
    WebhookDispatcher &m_dispatcher;
    ObjectStore<nlohmann::json> m_store; ///< {endpoint (with secret), deleted, dispatcher index (not saved)}
};

} // namespace Kiosk::Sim
