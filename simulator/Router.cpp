// SPDX-License-Identifier: MIT
#include "Router.h"

#include "ParamValidator.h"

namespace Kiosk::Sim {

void Router::add(const QByteArray &method, const QString &pattern, ParamSpecList params,
    std::set<std::string> expandable, Handler handler)
{
    m_routes.push_back({ method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(params),
        std::move(expandable), std::move(handler) });
}

ApiResult Router::dispatch(
    const QByteArray &method, const QString &path, const nlohmann::json &params, const RequestContext &ctx) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != parts.size())
            continue;
        std::vector<std::string> values;
        bool matches = true;
        for (qsizetype i = 0; i < parts.size() && matches; ++i) {
            const QString &segment = route.segments.at(i);
            if (segment.startsWith(QLatin1Char('{')))
                values.push_back(parts.at(i).toStdString());
            else
                matches = segment == parts.at(i);
        }
        if (!matches)
            continue;
        if (const auto error = ParamValidator::check(params, route.params, ctx.version, route.expandable))
            return ApiResult::refused(*error);
        const ApiCall call { params, std::move(values), ctx, ParamValidator::expandPaths(params) };
        return route.handler(call);
    }
    return ApiResult::refused(ApiError::invalid("Unrecognized request URL (" + method.toStdString() + ": "
        + path.toStdString() + "). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.")
                                  .withStatus(404));
}

} // namespace Kiosk::Sim
