// SPDX-License-Identifier: MIT
#include "CheckoutSession.h"

#include "JsonText.h"
#include "StripeParsers.h"

namespace Kiosk {

Result<CheckoutSession> StripeParsers::checkoutSession(const nlohmann::json &object)
{
    return checkoutSessionWithRaw(object, JsonText::dump(object));
}

Result<CheckoutSession> StripeParsers::checkoutSessionWithRaw(const nlohmann::json &object, QByteArray raw)
{
    JsonFieldReader reader(object, QStringLiteral("checkout.session"));
    reader.expectObjectType("checkout.session");
    CheckoutSession s;
    s.object = QStringLiteral("checkout.session");
    s.id = reader.string("id");
    s.url = reader.nullableString("url");
    s.status = reader.nullableString("status");
    s.paymentStatus = reader.string("payment_status");
    s.amountSubtotal = reader.nullableInteger("amount_subtotal");
    s.amountTotal = reader.nullableInteger("amount_total");
    s.currency = reader.nullableString("currency");
    s.created = reader.integer("created");
    s.expiresAt = reader.integer("expires_at");
    s.clientReferenceId = reader.nullableString("client_reference_id");
    s.customerEmail = reader.nullableString("customer_email");
    s.customer = reader.nullableId("customer");
    if (const nlohmann::json *details = reader.nullableObject("customer_details")) {
        JsonFieldReader detailsReader(*details, QStringLiteral("checkout.session.customer_details"));
        CustomerDetails d;
        d.email = detailsReader.nullableString("email");
        d.name = detailsReader.nullableString("name");
        d.phone = detailsReader.optionalString("phone");
        d.taxExempt = detailsReader.optionalString("tax_exempt");
        if (!detailsReader.ok())
            return detailsReader.error();
        s.customerDetails = d;
    }
    s.metadata = reader.stringMap("metadata");
    s.paymentIntent = reader.nullableId("payment_intent");
    s.livemode = reader.boolean("livemode");
    s.mode = reader.string("mode");
    s.locale = reader.optionalString("locale");
    s.uiMode = reader.optionalString("ui_mode");
    s.submitType = reader.optionalString("submit_type");
    s.successUrl = reader.optionalString("success_url");
    s.cancelUrl = reader.optionalString("cancel_url");
    s.clientSecret = reader.optionalString("client_secret");
    s.invoice = object.contains("invoice") ? reader.nullableId("invoice") : QString();
    s.paymentLink = object.contains("payment_link") ? reader.nullableId("payment_link") : QString();
    s.setupIntent = object.contains("setup_intent") ? reader.nullableId("setup_intent") : QString();
    s.subscription = object.contains("subscription") ? reader.nullableId("subscription") : QString();
    s.paymentMethodTypes = reader.stringList("payment_method_types");
    if (object.contains("total_details")) {
        if (const nlohmann::json *totals = reader.nullableObject("total_details")) {
            JsonFieldReader totalsReader(*totals, QStringLiteral("checkout.session.total_details"));
            s.totalAmountDiscount = totalsReader.nullableInteger("amount_discount");
            s.totalAmountTax = totalsReader.nullableInteger("amount_tax");
            s.totalAmountShipping = totalsReader.nullableInteger("amount_shipping");
            if (!totalsReader.ok())
                return totalsReader.error();
        }
    }
    if (!reader.ok())
        return reader.error();
    const auto lineItems = object.find("line_items");
    if (lineItems != object.end() && !lineItems->is_null()) {
        Result<StripeList<LineItem>> items = list<LineItem>(*lineItems, &StripeParsers::lineItem);
        if (!items)
            return makeError(
                items.error().code, QStringLiteral("checkout.session: line_items: ") + items.error().message);
        s.lineItems = items.value().data;
    }
    s.raw = std::move(raw);
    return s;
}

Result<CheckoutSession> CheckoutSession::fromJson(const QByteArray &json)
{
    Result<nlohmann::json> parsed = JsonFieldReader::parseObject(json, QStringLiteral("checkout.session"));
    if (!parsed)
        return parsed.error();
    return StripeParsers::checkoutSession(parsed.value());
}

} // namespace Kiosk
