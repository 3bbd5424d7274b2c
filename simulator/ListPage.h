// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "ListParams.h"

#include "Result.h"

#include <nlohmann/json.hpp>

#include <string>

namespace Kiosk::Sim {

/** Stripe's list object, {object: "list", data, has_more, url}, for every list route. */
struct ListPage
{
    nlohmann::json data = nlohmann::json::array();
    bool hasMore = false;

    [[nodiscard]] nlohmann::json render(const std::string &url) const
    {
        return nlohmann::json { { "object", "list" }, { "data", data }, { "has_more", hasMore }, { "url", url } };
    }

    /**
     * A page of a small array kept in its own order (a session's line items): `starting_after`
     * pages forward, `ending_before` backward; a cursor not in it is Stripe's "No such …" 400.
     */
    static Result<ListPage, ApiError> ofArray(
        const nlohmann::json &items, const ListParams &params, const std::string &objectName);
};

} // namespace Kiosk::Sim
