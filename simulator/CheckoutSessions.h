// SPDX-License-Identifier: MIT
#pragma once

#include "ApiResult.h"
#include "ObjectStore.h"
#include "ParamSpec.h"
#include "PaymentIntentResource.h"
#include "Router.h"
#include "SessionPricing.h"
#include "SimContext.h"
#include "StateFile.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>

namespace Kiosk::Sim {

/**
 * The Checkout Session resource: POST /v1/checkout/sessions, retrieve, list (with filters),
 * expire, list line items; its state-file section and its per-version rendering. A record is the
 * JSON {session, line_items, internal}: `session` in the latest version's shape, `internal` what
 * the payment page and engine need (page items, the PaymentIntent id and metadata, a pending
 * 3-D Secure attempt). Sessions expire at expires_at: on access, and by sweepExpired() through
 * an index of open sessions ordered by expiry (no scan). Not thread-safe.
 */
class CheckoutSessions final
{
public:
    /** `intents` renders a session's PaymentIntent when asked to expand it; `pricing`: the tax
     * rates, coupons and promotion codes sessions may name. */
    CheckoutSessions(SimContext &sim, const PaymentIntentResource &intents, SessionPricing::Sources pricing);

    void addRoutes(Router &router);
    StateFile::Section stateSection();

    /** The record (expired first if due), or nullptr; owned by the store. */
    nlohmann::json *find(const std::string &id);
    /**
     * Opens the recovery link of expired session `id` (after_expiration[recovery]): a new open
     * session copying it (line items, prices, options; `recovered_from` = id), and its url; nullopt
     * when `id` has no usable link (unknown, not expired, no recovery, or the link's 30 days are over).
     */
    std::optional<std::string> recover(const std::string &id);
    /** Expires every open session whose expires_at has come. */
    void sweepExpired();
    /** The session as `version` shows it; `expand` may hold "line_items", "payment_intent(.latest_charge)",
     * "total_details.breakdown". */
    [[nodiscard]] nlohmann::json render(
        const nlohmann::json &record, const std::set<std::string> &expand, const std::string &version) const;

private:
    ApiResult create(const ApiCall &call);
    ApiResult retrieve(const ApiCall &call);
    ApiResult expireNow(const ApiCall &call);
    ApiResult listLineItems(const ApiCall &call);
    ApiResult list(const ApiCall &call);

    void refresh(nlohmann::json &record);
    void expire(nlohmann::json &record, const RequestContext *ctx);
    static bool wellFormed(const nlohmann::json &record);

    SimContext &m_sim;
    const PaymentIntentResource &m_intents;
    SessionPricing::Sources m_pricing;
    ObjectStore<nlohmann::json> m_sessions;
    std::multimap<qint64, std::string> m_openByExpiry;
};

} // namespace Kiosk::Sim
