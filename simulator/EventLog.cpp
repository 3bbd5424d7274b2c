// SPDX-License-Identifier: MIT
#include "EventLog.h"

#include "ParamSpec.h"
#include "RandomId.h"

#include <QRegularExpression>
#include <QString>

namespace Kiosk::Sim {

using nlohmann::json;

const EventLog::Record &EventLog::append(const std::string &type, const json &object, const std::string &apiVersion,
    qint64 created, const RequestContext *ctx, int endpoints)
{
    Record record;
    const std::string id = RandomId::make("evt_");
    record.endpoints = endpoints;
    record.event = { { "id", id }, { "object", "event" }, { "api_version", apiVersion }, { "created", created },
        { "data", json { { "object", object } } }, { "livemode", false }, { "pending_webhooks", endpoints },
        { "request",
            json { { "id", ctx ? json(ctx->requestId.toStdString()) : json() },
                { "idempotency_key", ctx && !ctx->idempotencyKey.empty() ? json(ctx->idempotencyKey) : json() } } },
        { "type", type } };
    return m_events.insert(id, created, std::move(record));
}

const EventLog::Record *EventLog::find(const std::string &id) const
{
    return m_events.find(id);
}

bool EventLog::markDelivered(const std::string &id, int endpoint)
{
    Record *record = m_events.find(id);
    return record && record->delivered.insert(endpoint).second;
}

json EventLog::render(const Record &record)
{
    json event = record.event;
    event["pending_webhooks"] = record.pending();
    return event;
}

ParamSpecList EventLog::listSpec()
{
    return listParams({ ParamSpec::string("type"), ParamSpec::array("types", ParamSpec::string("")),
        ParamSpec::created(), ParamSpec::boolean("delivery_success") });
}

Result<json, ApiError> EventLog::list(const json &params) const
{
    ListParams paging;
    if (auto error = ListParams::read(params, paging))
        return *error;
    const auto typeIt = params.find("type");
    const bool hasType
        = typeIt != params.end() && typeIt->is_string() && !typeIt->get_ref<const std::string &>().empty();
    std::vector<QRegularExpression> patterns;
    const auto addPattern = [&patterns](const std::string &pattern) {
        patterns.emplace_back(
            QRegularExpression::anchoredPattern(QRegularExpression::escape(QString::fromStdString(pattern))
                                                    .replace(QStringLiteral("\\*"), QStringLiteral(".*"))));
    };
    if (params.contains("types") && params["types"].is_array()) {
        if (hasType)
            return ApiError::invalid("You may only specify one of these parameters: type, types.", "types");
        if (params["types"].size() > 20)
            return ApiError::invalid("You may pass up to 20 types.", "types");
        for (const json &t : params["types"])
            addPattern(t.is_string() ? t.get<std::string>() : std::string());
    } else if (hasType) {
        addPattern(typeIt->get<std::string>());
    }
    std::optional<bool> deliverySuccess;
    if (params.contains("delivery_success") && params["delivery_success"].is_string()
        && !params["delivery_success"].get_ref<const std::string &>().empty())
        deliverySuccess = params["delivery_success"] == "true";
    const auto matches = [&](const Record &r) {
        if (deliverySuccess && (r.pending() == 0) != *deliverySuccess)
            return false;
        if (patterns.empty())
            return true;
        const QString type = QString::fromStdString(r.event["type"].get<std::string>());
        return std::any_of(patterns.begin(), patterns.end(),
            [&type](const QRegularExpression &re) { return re.match(type).hasMatch(); });
    };
    auto page = m_events.page(paging, matches, "event");
    if (!page.ok())
        return page.error();
    json data = json::array();
    for (const Record *r : page.value().items)
        data.push_back(render(*r));
    return json { { "object", "list" }, { "data", data }, { "has_more", page.value().hasMore },
        { "url", "/v1/events" } };
}

json EventLog::toJson() const
{
    json list = json::array();
    for (size_t i = 0; i < m_events.size(); ++i) {
        const Record &e = m_events.at(i);
        list.push_back(json { { "event", e.event }, { "endpoints", e.endpoints }, { "delivered", e.delivered } });
    }
    return list;
}

bool EventLog::wellFormed(const json &e)
{
    if (!e.is_object() || !e.contains("event"))
        return false;
    if (e.contains("endpoints") && !e["endpoints"].is_number_integer())
        return false;
    if (e.contains("delivered") && !e["delivered"].is_array())
        return false;
    const json &event = e["event"];
    if (!event.is_object() || !event.contains("id") || !event["id"].is_string() || !event.contains("type")
        || !event["type"].is_string() || !event.contains("created") || !event["created"].is_number_integer())
        return false;
    for (const json &d : e.value("delivered", json::array())) {
        if (!d.is_number_integer())
            return false;
    }
    return true;
}

void EventLog::load(const json &records)
{
    for (const json &e : records) {
        Record record;
        record.event = e["event"];
        record.endpoints = int(e.value("endpoints", qint64(0)));
        for (const json &endpoint : e.value("delivered", json::array()))
            record.delivered.insert(int(endpoint.get<qint64>()));
        const std::string id = record.event["id"].get<std::string>();
        const qint64 created = record.event["created"].get<qint64>();
        m_events.insert(id, created, std::move(record));
    }
}

} // namespace Kiosk::Sim
