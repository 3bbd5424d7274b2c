// SPDX-License-Identifier: MIT
#include "HostedPage.h"

#include "ApiResponse.h"
#include "CheckoutPage.h"
#include "CurrencyRules.h"
#include "FormDecoder.h"
#include "InputChecks.h"
#include "JsonFields.h"
#include "PageTexts.h"
#include "PromotionCodes.h"
#include "SessionCollection.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace Kiosk::Sim {

using JsonFields::at;
using nlohmann::json;

namespace {

std::string u8(const QString &s)
{
    return s.toStdString();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString moneyText(qint64 minor, const std::string &currency, const QLocale &locale)
{
    const CurrencyRules::Rule *rule = CurrencyRules::find(currency);
    if (!rule)
        return QString::number(minor) + QLatin1Char(' ') + qs(currency).toUpper();
    return CurrencyRules::format(minor, *rule, locale);
}

/** custom_text[position][message], or empty. */
QString customText(const json &session, const char *position)
{
    return qs(JsonFields::text(at(at(session, "custom_text"), position), "message"));
}

/** The button's text for submit_type (blank and auto mean pay, as at Stripe). */
QString submitText(const json &session, const PageTexts &texts, const QString &total)
{
    const json &type = at(session, "submit_type");
    if (type == "book")
        return texts.bookButton.arg(total);
    if (type == "donate")
        return texts.donateButton.arg(total);
    return texts.payButton.arg(total);
}

QString countryName(const QString &code)
{
    // Qt names territories in English only; the code keeps the choice clear in any language.
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory) + QStringLiteral(" (") + code + QLatin1Char(')');
}

/** The page's parts for what the session collects (phone, shipping, custom fields, consent). */
void describeCollection(CheckoutPage::Model &model, const json &record, const PaymentInput *typed,
    const PageTexts &texts, const QLocale &locale)
{
    const json &session = record["session"];
    const std::string currency = session["currency"].get<std::string>();
    model.collectPhone = at(at(session, "phone_number_collection"), "enabled") == true;
    const json &shipping = at(session, "shipping_address_collection");
    if (shipping.is_object()) {
        model.collectShipping = true;
        for (const json &code : at(shipping, "allowed_countries")) {
            if (code.is_string())
                model.countries.append({ qs(code.get<std::string>()), countryName(qs(code.get<std::string>())) });
        }
    }
    if (typed) {
        model.phone = typed->phone;
        model.shipping = typed->shipping;
        model.termsAccepted = typed->termsAccepted;
        model.promotionsOptIn = typed->promotionsOptIn;
    }
    model.shippingMessage = customText(session, "shipping_address");
    model.termsMessage = customText(session, "terms_of_service_acceptance");
    model.submitMessage = customText(session, "submit");
    model.afterSubmitMessage = customText(session, "after_submit");

    // Shipping options (checked by wellFormed): the one typed after a refused post, or the
    // session's, each with the total the order comes to with it.
    const json &options = at(session, "shipping_options");
    QString chosen = typed ? typed->shippingRate : QString();
    const bool offered = std::any_of(
        options.begin(), options.end(), [&](const json &option) { return option["shipping_rate"] == u8(chosen); });
    if (!offered)
        chosen = qs(JsonFields::text(at(session, "shipping_cost"), "shipping_rate"));
    const json &rates = at(record["internal"], "shipping_rates");
    for (const json &option : options) {
        CheckoutPage::ShippingOption entry;
        entry.rate = qs(option["shipping_rate"].get<std::string>());
        for (const json &rate : rates) {
            if (at(rate, "id") == option["shipping_rate"] || at(rate, "shipping_rate") == option["shipping_rate"])
                entry.label = qs(JsonFields::text(rate, "display_name"));
        }
        const qint64 amount = option["shipping_amount"].get<qint64>();
        entry.amount = amount == 0 ? texts.free : moneyText(amount, currency, locale);
        const json priced = SessionCollection::withShipping(session, option);
        entry.total = moneyText(priced["amount_total"].get<qint64>(), currency, locale);
        entry.submit = submitText(session, texts, entry.total);
        entry.checked = entry.rate == chosen;
        if (entry.checked) {
            model.total = entry.total;
            model.shippingAmount = entry.amount;
        }
        model.shippingOptions.append(entry);
    }

    for (const json &field : at(session, "custom_fields")) {
        CheckoutPage::CustomField entry;
        entry.key = qs(JsonFields::text(field, "key"));
        entry.label = qs(JsonFields::text(at(field, "label"), "custom"));
        entry.type = qs(JsonFields::text(field, "type"));
        entry.optional = at(field, "optional") == true;
        const json &settings = at(field, JsonFields::text(field, "type").c_str());
        const json &minimum = at(settings, "minimum_length");
        const json &maximum = at(settings, "maximum_length");
        entry.minimumLength = minimum.is_number_integer() ? minimum.get<qint64>() : -1;
        entry.maximumLength = maximum.is_number_integer() ? maximum.get<qint64>() : -1;
        for (const json &option : at(settings, "options"))
            entry.options.append({ qs(JsonFields::text(option, "value")), qs(JsonFields::text(option, "label")) });
        if (typed) {
            const auto it = typed->customFields.find(u8(entry.key));
            entry.value = it == typed->customFields.end() ? QString() : it->second;
        }
        model.customFields.append(entry);
    }
    const json &consent = at(session, "consent_collection");
    model.termsRequired = at(consent, "terms_of_service") == "required";
    model.promotions = at(consent, "promotions") == "auto";
    model.submit = submitText(session, texts, model.total);
}

/** What the page's form sent for the session's collected fields. */
void readCollected(const json &fields, const json &session, PaymentInput &input)
{
    const auto field = [&](const std::string &key) -> QString { return qs(JsonFields::text(fields, key.c_str())); };
    input.phone = field("phone");
    input.shipping = { field("shippingName"), field("shippingLine1"), field("shippingLine2"), field("shippingCity"),
        field("shippingPostalCode"), field("shippingState"), field("shippingCountry") };
    input.shippingRate = field("shippingRate");
    for (const json &custom : at(session, "custom_fields")) {
        const std::string key = JsonFields::text(custom, "key");
        if (!key.empty())
            input.customFields[key] = field("custom_" + key);
    }
    input.termsAccepted = field("termsOfService") == QLatin1String("accepted");
    input.promotionsOptIn = field("promotions") == QLatin1String("opt_in");
}

} // namespace

HostedPage::HostedPage(
    SimContext &sim, CheckoutSessions &sessions, PaymentEngine &engine, SessionPricing::Sources pricing)
    : m_sim(sim)
    , m_sessions(sessions)
    , m_engine(engine)
    , m_pricing(pricing)
{ }

Http::Response HostedPage::pageFor(const std::string &id, const QByteArray &languages, const PaymentOutcome *outcome,
    const PaymentInput *typed, const QString &promotionError, const QString &typedCode)
{
    CheckoutPage::Model model;
    model.merchantName = m_sim.options.merchantName;
    model.sessionId = qs(id);
    json *record = m_sessions.find(id);
    if (!record) {
        model.view = CheckoutPage::View::Closed;
        model.closedTitle = QStringLiteral("Page not found");
        model.closedMessage = QStringLiteral("This checkout page does not exist. Ask staff to start a new checkout.");
        model.total = QStringLiteral("—");
        return htmlResponse(404, CheckoutPage::render(model));
    }
    const json &session = (*record)["session"];
    model.lang = PageTexts::language(
        session["locale"].is_string() ? qs(session["locale"].get<std::string>()) : QString(), languages);
    const PageTexts &texts = PageTexts::of(model.lang);
    static const std::map<QString, QString> localeOfLanguage { { QStringLiteral("en"), QStringLiteral("en_US") },
        { QStringLiteral("de"), QStringLiteral("de_DE") }, { QStringLiteral("fr"), QStringLiteral("fr_FR") },
        { QStringLiteral("es"), QStringLiteral("es_ES") } };
    const QLocale locale(localeOfLanguage.at(model.lang));
    const std::string currency = session["currency"].get<std::string>();
    model.total = moneyText(session["amount_total"].get<qint64>(), currency, locale);
    const json &totals = session["total_details"];
    model.subtotal = moneyText(session["amount_subtotal"].get<qint64>(), currency, locale);
    if (totals["amount_discount"].get<qint64>() > 0)
        model.discount // a plain minus: en_US would write a negative amount as "($2.00)"
            = QLatin1Char('-') + moneyText(totals["amount_discount"].get<qint64>(), currency, locale);
    if (totals["amount_tax"].get<qint64>() > 0)
        model.tax = moneyText(totals["amount_tax"].get<qint64>(), currency, locale);
    model.promotionCodes = session["allow_promotion_codes"] == true;
    model.promotionError = promotionError;
    model.promotionCode = typedCode;
    if (typedCode.isEmpty() && model.promotionCodes && !session["discounts"].empty()
        && session["discounts"][0]["promotion_code"].is_string()) {
        const std::string promoId = session["discounts"][0]["promotion_code"].get<std::string>();
        if (const json *code = m_pricing.promotionCodes.find(promoId))
            model.promotionCode = qs((*code)["code"].get<std::string>());
    }
    const json &pageItems = (*record)["internal"]["page_items"];
    const json &items = (*record)["line_items"];
    for (size_t i = 0; i < items.size(); ++i) {
        CheckoutPage::Item item;
        item.name = qs(items[i]["description"].get<std::string>());
        item.description = i < pageItems.size() ? qs(pageItems[i].value("description", std::string())) : QString();
        item.quantity = items[i]["quantity"].get<qint64>();
        item.amount = moneyText(items[i]["amount_total"].get<qint64>(), currency, locale);
        item.unitAmount = moneyText(items[i]["price"]["unit_amount"].get<qint64>(), currency, locale);
        model.items.append(item);
    }
    describeCollection(model, *record, typed, texts, locale);
    model.cancelUrl = session["cancel_url"].is_string() ? qs(session["cancel_url"].get<std::string>()) : QString();
    model.expiresAt = session["expires_at"].get<qint64>();
    model.now = m_sim.clock.nowSecs();
    model.email = typed
        ? typed->email
        : (session["customer_email"].is_string() ? qs(session["customer_email"].get<std::string>()) : QString());
    if (typed) {
        model.billingName = typed->name;
        model.cardExpiry = typed->expiry;
    }
    int status = 200;
    const std::string state = session["status"].get<std::string>();
    if (state != "open") {
        model.view = CheckoutPage::View::Closed;
        model.closedTitle = state == "expired" ? texts.expiredTitle : texts.paidTitle;
        model.closedMessage = state == "expired" ? texts.expiredMessage : texts.paidMessage;
        status = outcome ? outcome->status : 200;
    } else if (outcome && outcome->kind == PaymentOutcome::Kind::RequiresAction) {
        model.view = CheckoutPage::View::Authenticate;
        model.authToken = outcome->authToken;
    } else if (outcome) {
        model.error = outcome->message;
        model.errorField = outcome->field;
        status = outcome->status;
    }
    return htmlResponse(status, CheckoutPage::render(model));
}

Http::Response HostedPage::applyPromotionCode(const std::string &id, const QByteArray &languages, const QString &code)
{
    json *record = m_sessions.find(id);
    if (!record || (*record)["session"]["status"] != "open" || (*record)["session"]["allow_promotion_codes"] != true)
        return pageFor(id, languages, nullptr, nullptr);
    const json &session = (*record)["session"];
    const PageTexts &texts = PageTexts::of(PageTexts::language(
        session["locale"].is_string() ? qs(session["locale"].get<std::string>()) : QString(), languages));
    const auto refuse = [&] {
        Http::Response page = pageFor(id, languages, nullptr, nullptr, texts.promotionInvalid, code);
        page.status = 400;
        return page;
    };
    const json *promo = code.isEmpty() ? nullptr : m_pricing.promotionCodes.findActiveCode(u8(code));
    if (!promo)
        return refuse();
    const std::string currency = session["currency"].get<std::string>();
    const SessionPricing::Discount discount { (*promo)["promotion"]["coupon"].get<std::string>(),
        (*promo)["id"].get<std::string>() };
    if (SessionPricing::refusal(discount, "promotion_code", m_pricing, currency, SessionPricing::subtotal(*record)))
        return refuse();
    const json before = *record;
    SessionPricing::price(*record, discount, m_pricing, m_sim.clock.nowSecs());
    const CurrencyRules::Rule *rule = CurrencyRules::find(currency);
    if (!rule
        || CurrencyRules::checkCharge((*record)["session"]["amount_total"].get<qint64>(), *rule, "promotion_code")) {
        *record = before; // the discount would take the total below what a card can be charged
        return refuse();
    }
    m_sim.scheduleSave();
    Http::Response redirect;
    redirect.status = 303;
    redirect.setHeader("Location", "/c/pay/" + QByteArray::fromStdString(id));
    redirect.setHeader("Content-Type", "text/plain; charset=utf-8");
    redirect.body = "Promotion code applied.\n";
    return redirect;
}

Http::Response HostedPage::recover(const std::string &id, const QByteArray &languages)
{
    const std::optional<std::string> url = m_sessions.recover(id);
    if (!url) {
        const json *record = m_sessions.find(id);
        const json &locale = record ? at((*record)["session"], "locale") : json();
        CheckoutPage::Model model;
        model.merchantName = m_sim.options.merchantName;
        model.lang = PageTexts::language(locale.is_string() ? qs(locale.get<std::string>()) : QString(), languages);
        model.view = CheckoutPage::View::Closed;
        model.closedTitle = PageTexts::of(model.lang).recoveryTitle;
        model.closedMessage = PageTexts::of(model.lang).recoveryMessage;
        model.total = QStringLiteral("—");
        return htmlResponse(record ? 410 : 404, CheckoutPage::render(model));
    }
    Http::Response redirect;
    redirect.status = 303;
    redirect.setHeader("Location", QByteArray::fromStdString(*url));
    redirect.setHeader("Content-Type", "text/plain; charset=utf-8");
    redirect.body = "A new checkout was made from the expired one: " + QByteArray::fromStdString(*url) + '\n';
    return redirect;
}

Http::Response HostedPage::handle(const Http::Request &request, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // c, pay, id, [authenticate]
    const QByteArray languages = request.header("Accept-Language"); // for locale=auto
    if (parts.size() < 3)
        return pageFor(std::string(), languages, nullptr, nullptr);
    const std::string id = u8(parts.at(2));
    if (parts.at(1) == QLatin1String("recover"))
        return request.method == "GET" && parts.size() == 3 ? recover(id, languages)
                                                            : pageFor(std::string(), languages, nullptr, nullptr);
    if (request.method == "GET" && parts.size() == 3)
        return pageFor(id, languages, nullptr, nullptr);
    if (request.method != "POST")
        return pageFor(std::string(), languages, nullptr, nullptr);
    const auto form = FormDecoder::decode(request.body);
    if (!form.ok()) {
        CheckoutPage::Model model;
        model.merchantName = m_sim.options.merchantName;
        model.sessionId = qs(id);
        model.view = CheckoutPage::View::Closed;
        model.closedTitle = QStringLiteral("This form could not be read");
        model.closedMessage = form.error().message + QStringLiteral(" Nothing was charged.");
        model.total = QStringLiteral("—");
        return htmlResponse(400, CheckoutPage::render(model));
    }
    const json &fields = form.value();
    const auto field
        = [&](const char *key) { return qs(InputChecks::stringParam(fields, key).value_or(std::string())); };
    PaymentInput input;
    PaymentOutcome outcome;
    if (parts.size() == 4 && parts.at(3) == QLatin1String("authenticate")) {
        json *record = m_sessions.find(id);
        const json auth = record ? (*record)["internal"]["auth"] : json();
        if (!auth.is_object() || auth["token"] != u8(field("attempt"))) {
            outcome.kind = PaymentOutcome::Kind::Invalid;
            outcome.status = 400;
            outcome.message
                = QStringLiteral("This authentication attempt is no longer valid. Please enter your card again.");
            return pageFor(id, languages, &outcome, nullptr);
        }
        input.card = qs(auth["card"].get<std::string>());
        input.email = qs(auth["email"].get<std::string>());
        input.name = qs(auth["name"].get<std::string>());
        input.expiry = qs(auth["expiry"].get<std::string>());
        input.cvc = qs(auth["cvc"].get<std::string>());
        input.async = auth["async"].get<bool>();
        SessionCollection::restore(auth.value("collected", json()), input);
        input.threeDSecure
            = field("action") == QLatin1String("complete") ? QStringLiteral("complete") : QStringLiteral("fail");
    } else if (parts.size() == 4 && parts.at(3) == QLatin1String("promotion_code")) {
        return applyPromotionCode(id, languages, field("promotionCode").trimmed());
    } else if (parts.size() == 3) {
        input.email = field("email");
        input.card = field("cardNumber");
        input.expiry = field("cardExpiry");
        input.cvc = field("cardCvc");
        input.name = field("billingName");
        if (json *record = m_sessions.find(id))
            readCollected(fields, (*record)["session"], input);
    } else {
        return pageFor(std::string(), languages, nullptr, nullptr);
    }
    outcome = m_engine.pay(id, input);
    if (outcome.kind == PaymentOutcome::Kind::Paid || outcome.kind == PaymentOutcome::Kind::Processing) {
        const json &session = (*m_sessions.find(id))["session"];
        QString target = qs(session["success_url"].get<std::string>());
        target.replace(QLatin1String("{CHECKOUT_SESSION_ID}"), qs(id));
        Http::Response redirect;
        redirect.status = 303;
        redirect.setHeader("Location", target.toUtf8());
        redirect.setHeader("Content-Type", "text/plain; charset=utf-8");
        redirect.body = "Payment complete. Redirecting to " + target.toUtf8() + '\n';
        return redirect;
    }
    return pageFor(id, languages, &outcome, &input);
}

} // namespace Kiosk::Sim
