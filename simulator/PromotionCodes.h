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
#include <unordered_map>

namespace Kiosk::Sim {

class Coupons;

/**
 * The /v1/promotion_codes resource (promo_…): create, retrieve, update (active, metadata), list
 * (active, code, coupon, customer, created). Stored in the shape of API 2025-09-30 and later,
 * `promotion: {type: "coupon", coupon: id}`, taken as `promotion[type]` + `promotion[coupon]`;
 * for older versions the request takes `coupon` and the object carries the coupon object as
 * `coupon` (the 2023-08-16 schema's shape). A code (a-z A-Z 0-9 -) is unique, case-insensitively,
 * among active codes. Sessions check one with refusal() and count it with redeem().
 */
class PromotionCodes final
{
public:
    /** The API version from which the request and object use `promotion` instead of `coupon`. */
    static constexpr const char *kPromotionField = "2025-09-30";

    /** Registers its per-version rendering with `sim.renderer`. */
    PromotionCodes(SimContext &sim, const Coupons &coupons);

    void addRoutes(Router &router);
    [[nodiscard]] StateFile::Section stateSection();

    [[nodiscard]] const nlohmann::json *find(const std::string &id) const { return m_codes.find(id); }
    /** The active promotion code with this customer-facing code (any letter case), or nullptr. */
    [[nodiscard]] const nlohmann::json *findActiveCode(const std::string &code) const;
    /** Why the code cannot be applied to a session of `subtotal` in `currency` now, or nullopt. */
    [[nodiscard]] std::optional<ApiError> refusal(
        const std::string &id, const std::string &param, qint64 subtotal, const std::string &currency) const;
    void redeem(const std::string &id);

private:
    ApiResult create(const ApiCall &call);
    ApiResult retrieve(const ApiCall &call);
    ApiResult update(const ApiCall &call);
    ApiResult list(const ApiCall &call);
    void index(const nlohmann::json &code);
    static bool wellFormed(const nlohmann::json &record);

    [[nodiscard]] nlohmann::json rendered(const nlohmann::json &object, const ApiCall &call) const;

    SimContext &m_sim;
    const Coupons &m_coupons;
    ObjectStore<nlohmann::json> m_codes;
    std::unordered_multimap<std::string, std::string> m_byCode; ///< lower-case code → ids (active or not)
};

} // namespace Kiosk::Sim
