// SPDX-License-Identifier: MIT
#include "StripeEvent.h"

#include "JsonText.h"
#include "StripeParsers.h"

#include <climits>

namespace Kiosk {

namespace {

// `raw` is the event's text: as received for a delivered event, so it is never written out
// again; data.object is serialised once and shared with the session parsed from it.
Result<StripeEvent> parseEvent(const nlohmann::json &object, QByteArray raw)
{
    using namespace StripeParsers;
    JsonFieldReader reader(object, QStringLiteral("event"));
    reader.expectObjectType("event");
    StripeEvent e;
    e.object = QStringLiteral("event");
    e.id = reader.string("id");
    // The id is what makes a redelivery a duplicate; an event without one can never be recorded.
    if (reader.ok() && e.id.trimmed().isEmpty())
        reader.fail(QStringLiteral("event: field id must not be empty"));
    e.type = reader.string("type");
    e.apiVersion = reader.nullableString("api_version");
    e.created = reader.integer("created");
    e.livemode = reader.boolean("livemode");
    const qint64 pending = reader.integer("pending_webhooks");
    if (reader.ok() && (pending < 0 || pending > INT_MAX))
        reader.fail(QStringLiteral("event: field pending_webhooks is out of range"));
    e.pendingWebhooks = static_cast<int>(pending);
    if (const nlohmann::json *request = reader.nullableObject("request")) {
        JsonFieldReader requestReader(*request, QStringLiteral("event.request"));
        e.requestId = requestReader.nullableString("id");
        e.requestIdempotencyKey = requestReader.nullableString("idempotency_key");
        if (!requestReader.ok())
            return requestReader.error();
    }
    const nlohmann::json *data = reader.object("data");
    if (!reader.ok())
        return reader.error();
    const auto dataObject = data->find("object");
    if (dataObject == data->end() || !dataObject->is_object())
        return makeError(
            QStringLiteral("invalid_response"), QStringLiteral("event: field data.object must be an object"));
    const auto type = dataObject->find("object");
    if (type != dataObject->end() && type->is_string())
        e.objectType = JsonFieldReader::toQString(type->get_ref<const std::string &>());
    e.dataObject = JsonText::dump(*dataObject);
    if (e.objectType == QLatin1String("checkout.session")) {
        Result<CheckoutSession> session = checkoutSessionWithRaw(*dataObject, e.dataObject);
        if (!session)
            return makeError(session.error().code,
                QStringLiteral("event ") + e.id + QStringLiteral(": data.object: ") + session.error().message);
        e.session = std::move(session).value();
    } else if (e.objectType == QLatin1String("refund")) {
        Result<Refund> refund = StripeParsers::refund(*dataObject);
        if (!refund)
            return makeError(refund.error().code,
                QStringLiteral("event ") + e.id + QStringLiteral(": data.object: ") + refund.error().message);
        e.refund = std::move(refund).value();
    } else if (e.objectType == QLatin1String("charge") && e.type == QLatin1String("charge.refunded")) {
        // Only charge.refunded is acted on; other charge.* events are acknowledged unread, so a
        // shape this client does not know never turns a delivery into a 400 Stripe retries.
        Result<Charge> charge = StripeParsers::charge(*dataObject);
        if (!charge)
            return makeError(charge.error().code,
                QStringLiteral("event ") + e.id + QStringLiteral(": data.object: ") + charge.error().message);
        e.charge = std::move(charge).value();
    }
    e.raw = std::move(raw);
    return e;
}

} // namespace

Result<StripeEvent> StripeParsers::event(const nlohmann::json &object)
{
    return parseEvent(object, JsonText::dump(object));
}

Result<StripeEvent> StripeEvent::fromJson(const QByteArray &json)
{
    Result<nlohmann::json> parsed = JsonFieldReader::parseObject(json, QStringLiteral("event"));
    if (!parsed)
        return parsed.error();
    return parseEvent(parsed.value(), json);
}

} // namespace Kiosk
