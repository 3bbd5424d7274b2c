// SPDX-License-Identifier: MIT
#pragma once

#include "ApiResult.h"
#include "ObjectStore.h"
#include "Router.h"
#include "SimContext.h"
#include "StateFile.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace Kiosk {
class Clock;
}

namespace Kiosk::Sim {

/**
 * The /v1/tax_rates resource: create, retrieve, update (everything but `percentage` and
 * `inclusive`), list (`active`, `inclusive`, `created`). A record is {"tax_rate": object,
 * "percent": percentage × 10^4}; the percentage is read from its decimal text, never a double.
 * Checkout sessions look rates up with find(). Owned by the simulator, on its thread.
 */
class TaxRates final
{
public:
    explicit TaxRates(SimContext &sim);

    void addRoutes(Router &router);
    [[nodiscard]] StateFile::Section stateSection();

    /** The record of a rate, or nullptr. */
    [[nodiscard]] const nlohmann::json *find(const std::string &id) const { return m_rates.find(id); }

private:
    ApiResult create(const ApiCall &call);
    ApiResult retrieve(const ApiCall &call);
    ApiResult update(const ApiCall &call);
    ApiResult list(const ApiCall &call);
    static bool wellFormed(const nlohmann::json &record);

    SimContext &m_sim;
    ObjectStore<nlohmann::json> m_rates;
};

} // namespace Kiosk::Sim
