// SPDX-License-Identifier: MIT
#pragma once

#include "ApiResult.h"
#include "ObjectStore.h"
#include "Router.h"
#include "SimContext.h"
#include "StateFile.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace Kiosk {
class Clock;
}

namespace Kiosk::Sim {

/**
 * The /v1/coupons resource: create (percent_off or amount_off + currency), retrieve, update (name,
 * metadata), delete (stops new redemptions; the coupon is then "No such coupon"), list. A record is
 * {"coupon": object, "percent": percent_off × 10^4 or null, "deleted": bool}; `valid` is computed
 * when rendered (deleted, redeem_by passed or max_redemptions reached → false). Checkout sessions
 * check a coupon with refusal() and count it with redeem() when paid. Owned by the simulator.
 */
class Coupons final
{
public:
    explicit Coupons(SimContext &sim);

    void addRoutes(Router &router);
    [[nodiscard]] StateFile::Section stateSection();

    /** The record of a coupon not deleted, or nullptr. */
    [[nodiscard]] const nlohmann::json *find(const std::string &id) const;
    /** The coupon object as it is now (with `valid`). */
    [[nodiscard]] nlohmann::json render(const nlohmann::json &record) const;
    /** Why the coupon cannot be applied now (param names where it was given), or nullopt. */
    [[nodiscard]] std::optional<ApiError> refusal(const std::string &id, const std::string &param) const;
    /** Counts a redemption (a paid session). */
    void redeem(const std::string &id);

private:
    ApiResult create(const ApiCall &call);
    ApiResult retrieve(const ApiCall &call);
    ApiResult update(const ApiCall &call);
    ApiResult remove(const ApiCall &call);
    ApiResult list(const ApiCall &call);
    static bool wellFormed(const nlohmann::json &record);

    SimContext &m_sim;
    ObjectStore<nlohmann::json> m_coupons;
};

} // namespace Kiosk::Sim
