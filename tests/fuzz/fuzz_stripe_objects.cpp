// SPDX-License-Identifier: MIT
// Stripe's JSON as the kiosk reads it (backend/stripe: StripeEvent, CheckoutSession, LineItem,
// lists, all through JsonFieldReader): webhook payloads, API responses and the events sweep.
// Every input goes through every parser. Invariants: no crash, no exception, no undefined
// behaviour; a refusal is "invalid_response" with a message naming the object; an accepted
// object keeps `raw` as valid JSON that parses again to the same result; an event carries a
// parsed session exactly when data.object is a checkout.session.

#include "FuzzSupport.h"
#include "StripeParsers.h"

namespace {

using nlohmann::json;

void checkRefusal(const Kiosk::Error &error, const char *objectName)
{
    FUZZ_CHECK(error.code == QLatin1String("invalid_response"), "a refusal is invalid_response");
    FUZZ_CHECK(!error.message.isEmpty(), "a refusal says why");
    FUZZ_CHECK(error.message.contains(QLatin1String(objectName)), "a refusal names the object");
}

void checkSession(const Kiosk::CheckoutSession &s)
{
    FUZZ_CHECK(json::accept(s.raw.constBegin(), s.raw.constEnd()), "session raw is JSON");
    const auto again = Kiosk::CheckoutSession::fromJson(s.raw);
    FUZZ_CHECK(again.ok(), "a session's raw parses again");
    const Kiosk::CheckoutSession &t = again.value();
    FUZZ_CHECK(t.id == s.id && t.status == s.status && t.paymentStatus == s.paymentStatus
            && t.amountTotal == s.amountTotal && t.currency == s.currency && t.metadata == s.metadata
            && t.clientReferenceId == s.clientReferenceId && t.expiresAt == s.expiresAt
            && t.paymentIntent == s.paymentIntent && t.raw == s.raw,
        "a session's raw parses to the same session");
    FUZZ_CHECK(s.lineItems.has_value() == t.lineItems.has_value(), "line items survive raw");
}

void fuzzEvent(const QByteArray &input)
{
    const auto event = Kiosk::StripeEvent::fromJson(input);
    if (!event.ok()) {
        checkRefusal(event.error(), "event");
        return;
    }
    const Kiosk::StripeEvent &e = event.value();
    FUZZ_CHECK(e.object == QLatin1String("event"), "an event is an event");
    FUZZ_CHECK(e.pendingWebhooks >= 0, "pending_webhooks is not negative");
    FUZZ_CHECK(e.session.has_value() == (e.objectType == QLatin1String("checkout.session")),
        "a session is parsed exactly when data.object is one");
    FUZZ_CHECK(json::accept(e.dataObject.constBegin(), e.dataObject.constEnd()), "data.object is JSON");
    if (e.session)
        checkSession(*e.session);
    const auto again = Kiosk::StripeEvent::fromJson(e.raw);
    FUZZ_CHECK(again.ok(), "an event's raw parses again");
    FUZZ_CHECK(again.value().id == e.id && again.value().type == e.type && again.value().created == e.created
            && again.value().raw == e.raw && again.value().dataObject == e.dataObject,
        "an event's raw parses to the same event");
}

void fuzzSession(const QByteArray &input)
{
    const auto session = Kiosk::CheckoutSession::fromJson(input);
    if (!session.ok()) {
        checkRefusal(session.error(), "checkout.session");
        return;
    }
    checkSession(session.value());
}

void fuzzLineItem(const QByteArray &input)
{
    const auto item = Kiosk::LineItem::fromJson(input);
    if (!item.ok()) {
        FUZZ_CHECK(item.error().code == QLatin1String("invalid_response"), "a refusal is invalid_response");
        return;
    }
    FUZZ_CHECK(json::accept(item.value().raw.constBegin(), item.value().raw.constEnd()), "item raw is JSON");
    const auto again = Kiosk::LineItem::fromJson(item.value().raw);
    FUZZ_CHECK(again.ok() && again.value().amountTotal == item.value().amountTotal
            && again.value().quantity == item.value().quantity && again.value().raw == item.value().raw,
        "an item's raw parses to the same item");
}

void fuzzLists(const QByteArray &input)
{
    const json parsed = json::parse(input.constBegin(), input.constEnd(), nullptr, false);
    if (parsed.is_discarded())
        return;
    const auto events = Kiosk::StripeParsers::list<Kiosk::StripeEvent>(parsed, &Kiosk::StripeParsers::event);
    if (events.ok()) {
        const auto data = parsed.find("data");
        FUZZ_CHECK(data != parsed.end() && data->is_array() && qsizetype(data->size()) == events.value().data.size(),
            "a list keeps every element");
    } else {
        FUZZ_CHECK(events.error().code == QLatin1String("invalid_response"), "a list refusal is invalid_response");
    }
    const auto items = Kiosk::StripeParsers::list<Kiosk::LineItem>(parsed, &Kiosk::StripeParsers::lineItem);
    if (!items.ok())
        FUZZ_CHECK(items.error().code == QLatin1String("invalid_response"), "a list refusal is invalid_response");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Kiosk::Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = Kiosk::Fuzz::bytes(data, size);
    fuzzEvent(input);
    fuzzSession(input);
    fuzzLineItem(input);
    fuzzLists(input);
    return 0;
}
