// SPDX-License-Identifier: MIT
#include "PaymentEngine.h"

#include "Coupons.h"
#include "CurrencyRules.h"
#include "InputChecks.h"
#include "PromotionCodes.h"
#include "RandomId.h"
#include "SessionCollection.h"

#include <QDate>
#include <QRegularExpression>

namespace Kiosk::Sim {

using nlohmann::json;

namespace {

std::string newId(const char *prefix, int length = 24)
{
    return RandomId::make(prefix, length);
}

std::string u8(const QString &s)
{
    return s.toStdString();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

PaymentEngine::PaymentEngine(SimContext &sim, CheckoutSessions &sessions, PaymentIntentResource &intents,
    Coupons &coupons, PromotionCodes &promotionCodes, std::function<void(const std::string &)> completed)
    : m_sim(sim)
    , m_sessions(sessions)
    , m_intents(intents)
    , m_coupons(coupons)
    , m_promotionCodes(promotionCodes)
    , m_completed(std::move(completed))
{ }

std::optional<std::pair<int, int>> PaymentEngine::cardExpiry(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(2).toInt();
    return std::make_pair(match.captured(1).toInt(), year < 100 ? year + 2000 : year);
}

json &PaymentEngine::paymentIntentOf(json &record)
{
    const json &session = record["session"];
    const json &internal = record["internal"];
    PaymentIntentResource::Terms terms;
    PaymentIntentResource::readSessionOptions(internal.value("pi_options", json::object()), terms);
    terms.amount = session["amount_total"].get<qint64>();
    terms.currency = session["currency"].get<std::string>();
    // Exactly the payment_intent_data[metadata] of the session: Stripe adds nothing to it.
    terms.metadata = internal.value("pi_metadata", json::object());
    json &intent = m_intents.attempt(internal["payment_intent"].get<std::string>(), terms);
    // The buyer may change what is charged between attempts (a shipping option, a promotion code).
    if (intent["status"] == "requires_payment_method" && intent["amount"] != terms.amount) {
        intent["amount"] = terms.amount;
        m_sim.scheduleSave();
    }
    return intent;
}

json PaymentEngine::paymentMethodObject(const PaymentInput &input) const
{
    QString digits = input.card;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const auto expiry = cardExpiry(input.expiry); // validated before any charge is tried
    // Every field the schema requires of a card payment_method; Stripe's test cards are credit cards.
    return json { { "id", newId("pm_") }, { "object", "payment_method" },
        { "billing_details",
            json { { "address",
                       json { { "city", nullptr }, { "country", nullptr }, { "line1", nullptr }, { "line2", nullptr },
                           { "postal_code", nullptr }, { "state", nullptr } } },
                { "email", input.email.isEmpty() ? json() : json(u8(input.email)) },
                { "name", input.name.isEmpty() ? json() : json(u8(input.name)) }, { "phone", nullptr } } },
        { "card",
            json { { "brand", "visa" }, { "exp_month", expiry ? expiry->first : 0 },
                { "exp_year", expiry ? expiry->second : 0 }, { "funding", "credit" },
                { "last4", u8(digits.right(4)) } } },
        { "created", m_sim.clock.nowSecs() }, { "customer", nullptr }, { "livemode", false },
        { "metadata", json::object() }, { "type", "card" } };
}

void PaymentEngine::recordDecline(json &record, const TestCard &card, const PaymentInput &input)
{
    json error = { { "type", "card_error" }, { "code", u8(card.code) },
        { "doc_url", "https://stripe.com/docs/error-codes/" + u8(card.code) }, { "message", u8(card.message) },
        { "payment_method", paymentMethodObject(input) } };
    if (!card.declineCode.isEmpty())
        error["decline_code"] = u8(card.declineCode);
    // The issuer declined a charge; a number failing its checksum or a failed 3-D Secure step never
    // reaches one (Stripe makes no charge for them).
    if (card.code == QLatin1String("incorrect_number")
        || card.code == QLatin1String("payment_intent_authentication_failure")) {
        m_intents.declined(paymentIntentOf(record), std::move(error));
    } else {
        const json paymentMethod = error["payment_method"]; // a copy: `error` is moved below
        m_intents.cardDeclined(paymentIntentOf(record), paymentMethod, std::move(error),
            u8(m_sim.base.toString(QUrl::StripTrailingSlash)));
    }
}

void PaymentEngine::completePayment(json &record, const PaymentInput &input, const json &collected)
{
    m_intents.paid(paymentIntentOf(record), paymentMethodObject(input), input.async,
        u8(m_sim.base.toString(QUrl::StripTrailingSlash)));
    json &session = record["session"];
    session["status"] = "complete";
    session["payment_status"] = input.async ? "unpaid" : "paid";
    session["payment_intent"] = record["internal"]["payment_intent"];
    session["url"] = nullptr;
    session["customer_details"]
        = json { { "address",
                     json { { "city", nullptr }, { "country", nullptr }, { "line1", nullptr }, { "line2", nullptr },
                         { "postal_code", nullptr }, { "state", nullptr } } },
              { "business_name", nullptr }, { "email", u8(input.email) }, { "individual_name", nullptr },
              { "name", input.name.isEmpty() ? json() : json(u8(input.name)) }, { "phone", nullptr },
              { "tax_exempt", "none" }, { "tax_ids", json::array() } };
    SessionCollection::complete(session, collected);
    record["internal"]["async_pending"] = input.async;
    record["internal"]["auth"] = nullptr;
    // A discount counts as redeemed once the buyer has paid (or started a delayed payment).
    const json &discount = record["internal"].contains("pricing") ? record["internal"]["pricing"]["discount"] : json();
    if (discount.is_object()) {
        m_coupons.redeem(discount["coupon"].get<std::string>());
        if (discount["promotion_code"].is_string())
            m_promotionCodes.redeem(discount["promotion_code"].get<std::string>());
    }
    m_sim.createEvent("checkout.session.completed", session, nullptr);
    m_sim.scheduleSave();
    if (m_completed)
        m_completed(session["id"].get<std::string>());
}

PaymentOutcome PaymentEngine::pay(const std::string &id, const PaymentInput &input)
{
    using Kind = PaymentOutcome::Kind;
    PaymentOutcome out;
    json *record = m_sessions.find(id);
    if (!record) {
        out.kind = Kind::NotFound;
        out.status = 404;
        out.message = QStringLiteral("This checkout page does not exist.");
        return out;
    }
    const std::string status = (*record)["session"]["status"].get<std::string>();
    if (status != "open") {
        out.kind = Kind::Closed;
        out.status = status == "expired" ? 410 : 409;
        out.message = status == "expired" ? QStringLiteral("This checkout session has expired. Nothing was charged; "
                                                           "please start a new checkout.")
                                          : QStringLiteral("This checkout session is already complete; it cannot be "
                                                           "paid again.");
        return out;
    }
    const auto invalidField = [&](const char *field, const QString &message) {
        out.kind = Kind::Invalid;
        out.status = 400;
        out.field = QString::fromLatin1(field);
        out.message = message;
        return out;
    };
    const QString email = input.email.trimmed();
    if (email.isEmpty())
        return invalidField("email", QStringLiteral("Your email is incomplete."));
    if (!InputChecks::isEmail(email))
        return invalidField("email", QStringLiteral("Your email address is invalid."));
    json collected;
    if (const auto refused = SessionCollection::read((*record)["session"], input, collected)) {
        out = invalidField("", refused->message);
        out.field = refused->field;
        return out;
    }
    QString digits = input.card;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression allDigits(QStringLiteral("^\\d*$"));
    if (!allDigits.match(digits).hasMatch())
        return invalidField("cardNumber", QStringLiteral("Your card number is invalid."));
    if (digits.size() < 12 || digits.size() > 19)
        return invalidField("cardNumber", QStringLiteral("Your card number is incomplete."));
    const auto expiry = cardExpiry(input.expiry);
    if (!expiry)
        return invalidField("cardExpiry", QStringLiteral("Your card's expiration date is incomplete."));
    const auto [month, year] = *expiry;
    if (month < 1 || month > 12)
        return invalidField("cardExpiry", QStringLiteral("Your card's expiration date is invalid."));
    const QDate today = m_sim.clock.now().date();
    if (year < today.year())
        return invalidField("cardExpiry", QStringLiteral("Your card's expiration year is in the past."));
    if (year == today.year() && month < today.month())
        return invalidField("cardExpiry", QStringLiteral("Your card's expiration date is in the past."));
    static const QRegularExpression cvcPattern(QStringLiteral("^\\d{3,4}$"));
    if (!cvcPattern.match(input.cvc.trimmed()).hasMatch())
        return invalidField("cardCvc", QStringLiteral("Your card's security code is incomplete."));

    // Every check passed: the chosen shipping option now prices the session (nothing changed before).
    const json &cost = (*record)["session"]["shipping_cost"];
    if (collected["shipping_rate"].is_string()
        && !(cost.is_object() && cost.value("shipping_rate", json()) == collected["shipping_rate"])) {
        json repriced;
        for (const json &option : (*record)["session"]["shipping_options"]) {
            if (option["shipping_rate"] == collected["shipping_rate"])
                repriced = SessionCollection::withShipping((*record)["session"], option);
        }
        const CurrencyRules::Rule *rule = CurrencyRules::find(repriced["currency"].get<std::string>());
        if (!rule || CurrencyRules::checkCharge(repriced["amount_total"].get<qint64>(), *rule, "shipping_rate"))
            return invalidField("shippingRate", QStringLiteral("This shipping option cannot be used with this order."));
        (*record)["session"] = std::move(repriced);
        m_sim.scheduleSave();
    }

    PaymentInput normalised = input;
    normalised.email = email;
    normalised.card = digits;
    TestCard card = TestCard::forNumber(digits);
    if (card.requiresAuthentication) {
        if (input.threeDSecure.isEmpty()) {
            const std::string token = newId("payatt_", 20);
            (*record)["internal"]["auth"] = json { { "token", token }, { "card", u8(digits) }, { "email", u8(email) },
                { "name", u8(input.name) }, { "expiry", u8(input.expiry) }, { "cvc", u8(input.cvc) },
                { "async", input.async }, { "collected", SessionCollection::save(input) } };
            m_sim.scheduleSave();
            out.kind = Kind::RequiresAction;
            out.authToken = qs(token);
            out.message = QStringLiteral("Your bank asks you to authenticate this payment.");
            return out;
        }
        (*record)["internal"]["auth"] = nullptr;
        if (input.threeDSecure != QLatin1String("complete"))
            card = TestCard::authenticationFailure();
    }
    if (card.outcome == TestCard::Outcome::Decline) {
        recordDecline(*record, card, normalised);
        out.kind = Kind::Declined;
        out.status = 402;
        out.field = card.code == QLatin1String("incorrect_number") ? QStringLiteral("cardNumber")
            : card.code == QLatin1String("incorrect_cvc")          ? QStringLiteral("cardCvc")
                                                                   : QString();
        out.code = card.code;
        out.declineCode = card.declineCode;
        out.message = card.message;
        return out;
    }
    completePayment(*record, normalised, collected);
    out.kind = input.async ? Kind::Processing : Kind::Paid;
    out.status = 200;
    return out;
}

PaymentEngine::AsyncResult PaymentEngine::finishAsync(const std::string &sessionId, bool succeeded)
{
    json *record = m_sessions.find(sessionId);
    if (!record)
        return AsyncResult::NoSuchSession;
    if (!(*record)["internal"]["async_pending"].get<bool>())
        return AsyncResult::NothingPending;
    json &session = (*record)["session"];
    (*record)["internal"]["async_pending"] = false;
    if (json *intent = m_intents.find(session["payment_intent"].get<std::string>()))
        m_intents.delayedResult(*intent, succeeded);
    if (succeeded)
        session["payment_status"] = "paid";
    m_sim.createEvent(succeeded ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed",
        session, nullptr);
    m_sim.scheduleSave();
    return AsyncResult::Finished;
}

} // namespace Kiosk::Sim
