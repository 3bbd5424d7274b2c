// SPDX-License-Identifier: MIT
#include "WebhookEndpointResource.h"

#include "ApiVersion.h"
#include "JsonFields.h"
#include "ListPage.h"
#include "RandomId.h"
#include "WebhookDispatcher.h"

#include <QRegularExpression>
#include <QUrl>

namespace Kiosk::Sim {

using nlohmann::json;

void WebhookEndpointResource::addRoutes(Router &router)
{
    using P = ParamSpec;
    router.add("POST", QStringLiteral("/v1/webhook_endpoints"),
        { P::string("url").required().maxChars(5000), P::array("enabled_events", P::string("")).required(),
            P::string("description").maxChars(5000), P::metadata(), P::string("api_version"), P::boolean("connect"),
            P::expand() },
        {}, [this](const ApiCall &call) { return create(call); });
    router.add("GET", QStringLiteral("/v1/webhook_endpoints"), listParams(), {},
        [this](const ApiCall &call) { return list(call); });
    router.add("GET", QStringLiteral("/v1/webhook_endpoints/{id}"), { P::expand() }, {},
        [this](const ApiCall &call) { return retrieve(call); });
    router.add("DELETE", QStringLiteral("/v1/webhook_endpoints/{id}"), {}, {},
        [this](const ApiCall &call) { return remove(call); });
}

json WebhookEndpointResource::render(const json &record)
{
    json endpoint = record["endpoint"];
    endpoint.erase("secret");
    return endpoint;
}

int WebhookEndpointResource::attach(const json &endpoint)
{
    WebhookEndpointConfig config;
    config.url = QUrl(QString::fromStdString(endpoint["url"].get<std::string>()));
    config.secret = QByteArray::fromStdString(endpoint["secret"].get<std::string>());
    for (const json &type : endpoint["enabled_events"])
        config.enabledEvents << QString::fromStdString(type.get<std::string>());
    return m_dispatcher.addEndpoint(config);
}

ApiResult WebhookEndpointResource::create(const ApiCall &call)
{
    const std::string url = *InputChecks::stringParam(call.params, "url");
    const QUrl parsed(QString::fromStdString(url), QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        || parsed.host().isEmpty())
        return ApiResult::refused(ApiError::invalid("Invalid URL: " + url, "url", "url_invalid"));
    if (call.params.value("connect", json()) == "true")
        return ApiResult::refused(ApiError::invalid("The simulator has no connected accounts.", "connect"));
    const json &events = call.params["enabled_events"];
    if (events.empty())
        return ApiResult::refused(ApiError::invalid("Invalid array", "enabled_events"));
    static const QRegularExpression eventType(QStringLiteral("^[a-z_]+(\\.[a-z_]+)+$"));
    for (size_t i = 0; i < events.size(); ++i) {
        const std::string type = events[i].get<std::string>();
        if (type != "*" && !eventType.match(QString::fromStdString(type)).hasMatch())
            return ApiResult::refused(ApiError::invalid(
                "Invalid enabled_events[" + std::to_string(i) + "]: " + type + " is not an event type",
                "enabled_events[" + std::to_string(i) + "]"));
    }
    const auto version = InputChecks::stringParam(call.params, "api_version");
    if (version && !ApiVersion::isWellFormed(*version))
        return ApiResult::refused(ApiError::invalid("Invalid Stripe API version: " + *version, "api_version"));

    const qint64 now = m_sim.clock.nowSecs();
    const std::string id = RandomId::make("we_", 24);
    json endpoint = { { "id", id }, { "object", "webhook_endpoint" },
        { "api_version", JsonFields::textOrNull(call.params, "api_version") }, { "application", nullptr },
        { "created", now }, { "description", JsonFields::textOrNull(call.params, "description") },
        { "enabled_events", events }, { "livemode", false }, { "metadata", JsonFields::metadata(call.params) },
        { "secret", "whsec_" + RandomId::token(32) }, { "status", "enabled" }, { "url", url } };
    json &record = m_store.insert(id, now, json { { "endpoint", endpoint }, { "deleted", false } });
    record["index"] = attach(endpoint);
    m_sim.scheduleSave();
    // The only answer that shows the secret.
    return ApiResult::ok(m_sim.renderer.render(endpoint, call.ctx.version));
}

ApiResult WebhookEndpointResource::retrieve(const ApiCall &call)
{
    const json *record = m_store.find(call.id());
    if (!record || (*record)["deleted"].get<bool>())
        return ApiResult::refused(ApiError::noSuch("webhook_endpoint", call.id(), "webhook_endpoint"));
    return ApiResult::ok(m_sim.renderer.render(render(*record), call.ctx.version));
}

ApiResult WebhookEndpointResource::list(const ApiCall &call)
{
    ListParams paging;
    if (const auto error = ListParams::read(call.params, paging))
        return ApiResult::refused(*error);
    const auto page = m_store.page(
        paging, [](const json &record) { return !record["deleted"].get<bool>(); }, "webhook_endpoint");
    if (!page.ok())
        return ApiResult::refused(page.error());
    ListPage out;
    out.hasMore = page.value().hasMore;
    for (const json *record : page.value().items)
        out.data.push_back(render(*record));
    return ApiResult::ok(m_sim.renderer.render(out.render("/v1/webhook_endpoints"), call.ctx.version));
}

ApiResult WebhookEndpointResource::remove(const ApiCall &call)
{
    json *record = m_store.find(call.id());
    if (!record || (*record)["deleted"].get<bool>())
        return ApiResult::refused(ApiError::noSuch("webhook_endpoint", call.id(), "webhook_endpoint"));
    (*record)["deleted"] = true;
    m_dispatcher.removeEndpoint((*record)["index"].get<int>());
    m_sim.scheduleSave();
    return ApiResult::ok(json { { "id", call.id() }, { "object", "webhook_endpoint" }, { "deleted", true } });
}

StateFile::Section WebhookEndpointResource::stateSection()
{
    using namespace JsonFields;
    return { "webhook_endpoints", "webhook endpoint",
        [this] {
            json list = json::array();
            for (size_t i = 0; i < m_store.size(); ++i) {
                json record = m_store.at(i);
                record.erase("index"); // the dispatcher numbers endpoints afresh at each start
                list.push_back(std::move(record));
            }
            return list;
        },
        [](const json &r, int) {
            if (!isBoolean(r, "deleted") || !r.contains("endpoint"))
                return false;
            const json &e = r["endpoint"];
            if (!isString(e, "id") || !isString(e, "url") || !isString(e, "secret") || !isInteger(e, "created")
                || !e.contains("enabled_events") || !e["enabled_events"].is_array())
                return false;
            return std::all_of(
                e["enabled_events"].begin(), e["enabled_events"].end(), [](const json &t) { return t.is_string(); });
        },
        [this](const json &records, int) {
            for (const json &r : records) {
                json &record
                    = m_store.insert(r["endpoint"]["id"].get<std::string>(), r["endpoint"]["created"].get<qint64>(), r);
                record["index"] = -1;
                if (!record["deleted"].get<bool>())
                    record["index"] = attach(record["endpoint"]);
            }
        } };
}

} // namespace Kiosk::Sim
