// SPDX-License-Identifier: MIT
#include "SessionCollection.h"

#include "JsonFields.h"

#include <QRegularExpression>

#include <string>

using Kiosk::Sim::JsonFields::at;
using nlohmann::json;

namespace Kiosk::Sim {

namespace {

std::string u8(const QString &s)
{
    return s.toStdString();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

json textOrNull(const QString &text)
{
    return text.isEmpty() ? json() : json(u8(text));
}

SessionCollection::Refusal refusal(const QString &field, const QString &message)
{
    return { field, message };
}

bool contains(const json &list, const std::string &value)
{
    for (const json &entry : list) {
        if (entry == value)
            return true;
    }
    return false;
}

std::optional<SessionCollection::Refusal> readPhone(const json &session, const QString &typed, json &collected)
{
    collected["phone"] = nullptr;
    if (at(at(session, "phone_number_collection"), "enabled") != true)
        return std::nullopt;
    const QString phone = typed.trimmed();
    if (phone.isEmpty())
        return refusal(QStringLiteral("phone"), QStringLiteral("Your phone number is incomplete."));
    QString digits = phone;
    static const QRegularExpression separators(QStringLiteral("[\\s().\\-/]"));
    digits.remove(separators);
    // E.164: a country code and at most 15 digits; the page asks for the international form.
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    if (characters(phone) > SessionCollection::kMaxPhoneChars || !e164.match(digits).hasMatch())
        return refusal(QStringLiteral("phone"),
            QStringLiteral("Your phone number is invalid. Enter it with the country code, e.g. +49 30 1234567."));
    collected["phone"] = u8(digits);
    return std::nullopt;
}

std::optional<SessionCollection::Refusal> readShipping(
    const json &session, const PaymentInput::Address &typed, json &collected)
{
    collected["shipping_details"] = nullptr;
    const json &setting = at(session, "shipping_address_collection");
    if (!setting.is_object())
        return std::nullopt;
    const PaymentInput::Address a { typed.name.trimmed(), typed.line1.trimmed(), typed.line2.trimmed(),
        typed.city.trimmed(), typed.postalCode.trimmed(), typed.state.trimmed(), typed.country.trimmed() };
    const std::pair<const char *, const QString *> all[] = { { "shippingName", &a.name }, { "shippingLine1", &a.line1 },
        { "shippingLine2", &a.line2 }, { "shippingCity", &a.city }, { "shippingPostalCode", &a.postalCode },
        { "shippingState", &a.state }, { "shippingCountry", &a.country } };
    for (const auto &[field, value] : all) {
        if (characters(*value) > SessionCollection::kMaxAddressChars)
            return refusal(QLatin1String(field),
                QStringLiteral("This field is too long (at most %1 characters).")
                    .arg(SessionCollection::kMaxAddressChars));
    }
    if (a.name.isEmpty())
        return refusal(QStringLiteral("shippingName"), QStringLiteral("Your name is incomplete."));
    if (a.line1.isEmpty())
        return refusal(QStringLiteral("shippingLine1"), QStringLiteral("Your address is incomplete."));
    if (a.city.isEmpty())
        return refusal(QStringLiteral("shippingCity"), QStringLiteral("Your city is incomplete."));
    if (a.postalCode.isEmpty())
        return refusal(QStringLiteral("shippingPostalCode"), QStringLiteral("Your postal code is incomplete."));
    if (a.country.isEmpty() || !contains(at(setting, "allowed_countries"), u8(a.country)))
        return refusal(QStringLiteral("shippingCountry"), QStringLiteral("Shipping to this country is not available."));
    collected["shipping_details"] = { { "address",
                                          json { { "city", u8(a.city) }, { "country", u8(a.country) },
                                              { "line1", u8(a.line1) }, { "line2", textOrNull(a.line2) },
                                              { "postal_code", u8(a.postalCode) }, { "state", textOrNull(a.state) } } },
        { "name", u8(a.name) } };
    return std::nullopt;
}

std::optional<SessionCollection::Refusal> readShippingRate(const json &session, const QString &typed, json &collected)
{
    collected["shipping_rate"] = nullptr;
    const json &options = at(session, "shipping_options");
    if (!options.is_array() || options.empty())
        return std::nullopt;
    std::string chosen = u8(typed.trimmed());
    if (chosen.empty())
        chosen = JsonFields::text(at(session, "shipping_cost"), "shipping_rate");
    for (const json &option : options) {
        if (!chosen.empty() && at(option, "shipping_rate") == chosen) {
            collected["shipping_rate"] = chosen;
            return std::nullopt;
        }
    }
    return refusal(QStringLiteral("shippingRate"), QStringLiteral("Choose a shipping option."));
}

std::optional<SessionCollection::Refusal> readCustomFields(
    const json &session, const std::map<std::string, QString> &typed, json &collected)
{
    json fields = at(session, "custom_fields");
    if (!fields.is_array())
        fields = json::array();
    for (const auto &[key, value] : typed) {
        bool known = false;
        for (const json &field : fields)
            known = known || JsonFields::text(field, "key") == key;
        if (!known)
            return refusal(qs("custom_" + key), QStringLiteral("This session has no custom field %1.").arg(qs(key)));
    }
    for (json &field : fields) {
        const std::string key = JsonFields::text(field, "key");
        const std::string type = JsonFields::text(field, "type");
        if (!field.is_object() || (type != "dropdown" && type != "numeric" && type != "text"))
            continue; // the state file check keeps these out
        const QString id = qs("custom_" + key);
        const QString label = qs(JsonFields::text(at(field, "label"), "custom"));
        const auto it = typed.find(key);
        const QString value = it == typed.end() ? QString() : it->second.trimmed();
        if (value.isEmpty()) {
            if (at(field, "optional") != true)
                return refusal(id, QStringLiteral("%1 is required.").arg(label));
            continue; // the value stays null
        }
        json &settings = field[type];
        if (!settings.is_object())
            settings = json::object();
        if (type == "dropdown") {
            bool offered = false;
            for (const json &option : at(settings, "options"))
                offered = offered || JsonFields::text(option, "value") == u8(value);
            if (!offered)
                return refusal(id, QStringLiteral("Choose one of the options for %1.").arg(label));
        } else {
            static const QRegularExpression digits(QStringLiteral("^\\d+$"));
            if (type == "numeric" && !digits.match(value).hasMatch())
                return refusal(id, QStringLiteral("%1 must contain only digits.").arg(label));
            const json &minimum = at(settings, "minimum_length");
            const json &maximum = at(settings, "maximum_length");
            const qint64 most
                = maximum.is_number_integer() ? maximum.get<qint64>() : qint64(SessionCollection::kMaxCustomChars);
            if (minimum.is_number_integer() && characters(value) < minimum.get<qint64>())
                return refusal(
                    id, QStringLiteral("%1 must be at least %2 characters.").arg(label).arg(minimum.get<qint64>()));
            if (characters(value) > most)
                return refusal(id, QStringLiteral("%1 must be at most %2 characters.").arg(label).arg(most));
        }
        settings["value"] = u8(value);
    }
    collected["custom_fields"] = fields;
    return std::nullopt;
}

std::optional<SessionCollection::Refusal> readConsent(const json &session, const PaymentInput &input, json &collected)
{
    collected["consent"] = nullptr;
    const json &setting = at(session, "consent_collection");
    if (!setting.is_object())
        return std::nullopt;
    const bool termsRequired = at(setting, "terms_of_service") == "required";
    const bool promotions = at(setting, "promotions") == "auto";
    if (termsRequired && !input.termsAccepted)
        return refusal(
            QStringLiteral("termsOfService"), QStringLiteral("Accept the terms of service to complete your payment."));
    collected["consent"] = { { "promotions", promotions ? json(input.promotionsOptIn ? "opt_in" : "opt_out") : json() },
        { "terms_of_service", termsRequired ? json("accepted") : json() } };
    return std::nullopt;
}

} // namespace

std::optional<SessionCollection::Refusal> SessionCollection::read(
    const json &session, const PaymentInput &input, json &collected)
{
    json out = json::object();
    if (auto problem = readPhone(session, input.phone, out))
        return problem;
    if (auto problem = readShipping(session, input.shipping, out))
        return problem;
    if (auto problem = readShippingRate(session, input.shippingRate, out))
        return problem;
    if (auto problem = readCustomFields(session, input.customFields, out))
        return problem;
    if (auto problem = readConsent(session, input, out))
        return problem;
    collected = std::move(out);
    return std::nullopt;
}

json SessionCollection::withShipping(json session, const json &option)
{
    const json &previous = at(at(session, "total_details"), "amount_shipping");
    const qint64 before = previous.is_number_integer() ? previous.get<qint64>() : 0;
    const qint64 amount = option["shipping_amount"].get<qint64>();
    session["amount_total"] = session["amount_total"].get<qint64>() - before + amount;
    session["total_details"]["amount_shipping"] = amount;
    session["shipping_cost"] = { { "amount_subtotal", amount }, { "amount_tax", 0 }, { "amount_total", amount },
        { "shipping_rate", option["shipping_rate"] } };
    return session;
}

void SessionCollection::complete(json &session, const json &collected)
{
    if (collected["phone"].is_string() && session["customer_details"].is_object())
        session["customer_details"]["phone"] = collected["phone"];
    session["custom_fields"] = collected["custom_fields"];
    if (collected["consent"].is_object())
        session["consent"] = collected["consent"];
    if (collected["shipping_details"].is_object())
        session["collected_information"] = { { "business_name", nullptr }, { "individual_name", nullptr },
            { "shipping_details", collected["shipping_details"] } };
}

json SessionCollection::save(const PaymentInput &input)
{
    json fields = json::object();
    for (const auto &[key, value] : input.customFields)
        fields[key] = u8(value);
    const PaymentInput::Address &a = input.shipping;
    return { { "phone", u8(input.phone) },
        { "shipping",
            json { { "name", u8(a.name) }, { "line1", u8(a.line1) }, { "line2", u8(a.line2) }, { "city", u8(a.city) },
                { "postal_code", u8(a.postalCode) }, { "state", u8(a.state) }, { "country", u8(a.country) } } },
        { "shipping_rate", u8(input.shippingRate) }, { "custom_fields", fields },
        { "terms_accepted", input.termsAccepted }, { "promotions_opt_in", input.promotionsOptIn } };
}

void SessionCollection::restore(const json &saved, PaymentInput &input)
{
    if (!saved.is_object())
        return;
    const auto text = [](const json &object, const char *key) -> QString { return qs(JsonFields::text(object, key)); };
    input.phone = text(saved, "phone");
    input.shippingRate = text(saved, "shipping_rate");
    const json &a = at(saved, "shipping");
    if (a.is_object())
        input.shipping = { text(a, "name"), text(a, "line1"), text(a, "line2"), text(a, "city"), text(a, "postal_code"),
            text(a, "state"), text(a, "country") };
    const json &fields = at(saved, "custom_fields");
    if (fields.is_object()) {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it->is_string())
                input.customFields[it.key()] = qs(it->get<std::string>());
        }
    }
    input.termsAccepted = at(saved, "terms_accepted") == true;
    input.promotionsOptIn = at(saved, "promotions_opt_in") == true;
}

} // namespace Kiosk::Sim
