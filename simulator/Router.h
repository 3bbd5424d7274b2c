// SPDX-License-Identifier: MIT
#pragma once

#include "ApiResult.h"
#include "ParamSpec.h"
#include "RequestContext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace Kiosk::Sim {

/** What a handler receives: the validated parameters, the path's `{…}` values and the request. */
struct ApiCall
{
    const nlohmann::json &params;
    std::vector<std::string> pathValues; ///< in pattern order: "/v1/x/{id}/y/{sub}" → { id, sub }
    const RequestContext &ctx;
    std::set<std::string> expand; ///< expand[] paths, already checked against the route's

    [[nodiscard]] const std::string &id() const { return pathValues.front(); }
};

/**
 * Maps method + path pattern to a handler with its declared parameters. dispatch() answers an
 * unknown path (or a known path with another method) with Stripe's 404 "Unrecognized request URL",
 * and a request whose parameters do not fit the route's ParamSpecList (or asks to expand a path not
 * in `expandable`) with ParamValidator's 400 before the handler runs; those refusals are never
 * stored for idempotency. Patterns are literal segments and `{name}` placeholders.
 */
class Router final
{
public:
    using Handler = std::function<ApiResult(const ApiCall &)>;

    struct Route
    {
        QByteArray method;
        QStringList segments;
        ParamSpecList params;
        std::set<std::string> expandable;
        Handler handler;
    };

    /** Adds a route; routes are tried in the order added. */
    void add(const QByteArray &method, const QString &pattern, ParamSpecList params, std::set<std::string> expandable,
        Handler handler);

    ApiResult dispatch(
        const QByteArray &method, const QString &path, const nlohmann::json &params, const RequestContext &ctx) const;

    [[nodiscard]] const std::vector<Route> &routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

} // namespace Kiosk::Sim
