// SPDX-License-Identifier: MIT
// What the hosted page collects (simulator/SessionCollection): the checks of each collected field
// and the price of a shipping option, as table rows.
#include "SessionCollection.h"

#include <QTest>

#include <nlohmann/json.hpp>

using Kiosk::Sim::PaymentInput;
using Kiosk::Sim::SessionCollection;
using nlohmann::json;

Q_DECLARE_METATYPE(PaymentInput)

namespace {

/** A session asking for everything (as CheckoutSessions stores it). */
json session()
{
    return json::parse(R"({
        "amount_total": 2990, "currency": "eur",
        "total_details": {"amount_discount": 0, "amount_shipping": 490, "amount_tax": 0},
        "phone_number_collection": {"enabled": true},
        "shipping_address_collection": {"allowed_countries": ["DE", "AT"]},
        "shipping_options": [{"shipping_amount": 490, "shipping_rate": "shr_courier"},
                             {"shipping_amount": 0, "shipping_rate": "shr_pickup"}],
        "shipping_cost": {"amount_subtotal": 490, "amount_tax": 0, "amount_total": 490, "shipping_rate": "shr_courier"},
        "custom_fields": [
            {"key": "table", "label": {"custom": "Table", "type": "custom"}, "optional": false, "type": "numeric",
             "numeric": {"maximum_length": 3, "minimum_length": 2, "value": null}},
            {"key": "milk", "label": {"custom": "Milk", "type": "custom"}, "optional": true, "type": "dropdown",
             "dropdown": {"options": [{"label": "Oat", "value": "oat"}], "value": null}},
            {"key": "note", "label": {"custom": "Note", "type": "custom"}, "optional": true, "type": "text",
             "text": {"maximum_length": null, "minimum_length": null, "value": null}}],
        "consent_collection": {"payment_method_reuse_agreement": null, "promotions": "auto", "terms_of_service": "required"}
    })");
}

PaymentInput complete()
{
    PaymentInput input;
    input.phone = QStringLiteral("+49 (30) 123-4567");
    input.shipping = { QStringLiteral("Anna"), QStringLiteral("Hauptstr. 1"), QString(), QStringLiteral("Berlin"),
        QStringLiteral("10115"), QString(), QStringLiteral("DE") };
    input.customFields = { { "table", QStringLiteral("12") } };
    input.termsAccepted = true;
    return input;
}

/** JSON as text, so QCOMPARE shows both sides. */
QString dump(const json &value)
{
    return QString::fromStdString(value.dump());
}

} // namespace

class TestSimCollect : public QObject
{
    Q_OBJECT

private slots:
    void refusals_data()
    {
        QTest::addColumn<PaymentInput>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto with = [](auto change) {
            PaymentInput input = complete();
            change(input);
            return input;
        };
        QTest::newRow("everything given") << complete() << QString() << QString();
        QTest::newRow("no phone") << with([](PaymentInput &i) { i.phone.clear(); }) << "phone"
                                  << "Your phone number is incomplete.";
        QTest::newRow("national phone") << with([](PaymentInput &i) { i.phone = QStringLiteral("030 1234567"); })
                                        << "phone"
                                        << "Your phone number is invalid. Enter it with the country code, e.g. +49 30 "
                                           "1234567.";
        QTest::newRow("16 digits") << with([](PaymentInput &i) { i.phone = QStringLiteral("+4930123456789012"); })
                                   << "phone"
                                   << "Your phone number is invalid. Enter it with the country code, e.g. +49 30 "
                                      "1234567.";
        QTest::newRow("no name") << with([](PaymentInput &i) { i.shipping.name = QStringLiteral("  "); })
                                 << "shippingName"
                                 << "Your name is incomplete.";
        QTest::newRow("no street") << with([](PaymentInput &i) { i.shipping.line1.clear(); }) << "shippingLine1"
                                   << "Your address is incomplete.";
        QTest::newRow("no city") << with([](PaymentInput &i) { i.shipping.city.clear(); }) << "shippingCity"
                                 << "Your city is incomplete.";
        QTest::newRow("no postal code") << with([](PaymentInput &i) { i.shipping.postalCode.clear(); })
                                        << "shippingPostalCode"
                                        << "Your postal code is incomplete.";
        QTest::newRow("country not allowed")
            << with([](PaymentInput &i) { i.shipping.country = QStringLiteral("FR"); }) << "shippingCountry"
            << "Shipping to this country is not available.";
        QTest::newRow("lower-case country")
            << with([](PaymentInput &i) { i.shipping.country = QStringLiteral("de"); }) << "shippingCountry"
            << "Shipping to this country is not available.";
        QTest::newRow("201 characters") << with([](PaymentInput &i) {
            i.shipping.line2 = QString(201, QLatin1Char('x'));
        }) << "shippingLine2"
                                        << "This field is too long (at most 200 characters).";
        QTest::newRow("unknown shipping rate")
            << with([](PaymentInput &i) { i.shippingRate = QStringLiteral("shr_other"); }) << "shippingRate"
            << "Choose a shipping option.";
        QTest::newRow("required field empty") << with([](PaymentInput &i) { i.customFields.clear(); }) << "custom_table"
                                              << "Table is required.";
        QTest::newRow("numeric with a letter")
            << with([](PaymentInput &i) { i.customFields["table"] = QStringLiteral("1a"); }) << "custom_table"
            << "Table must contain only digits.";
        QTest::newRow("below minimum_length")
            << with([](PaymentInput &i) { i.customFields["table"] = QStringLiteral("1"); }) << "custom_table"
            << "Table must be at least 2 characters.";
        QTest::newRow("above maximum_length")
            << with([](PaymentInput &i) { i.customFields["table"] = QStringLiteral("1234"); }) << "custom_table"
            << "Table must be at most 3 characters.";
        QTest::newRow("text above 255 by default")
            << with([](PaymentInput &i) { i.customFields["note"] = QString(256, QLatin1Char('n')); }) << "custom_note"
            << "Note must be at most 255 characters.";
        QTest::newRow("dropdown value not offered")
            << with([](PaymentInput &i) { i.customFields["milk"] = QStringLiteral("Oat"); }) << "custom_milk"
            << "Choose one of the options for Milk.";
        QTest::newRow("unknown custom field")
            << with([](PaymentInput &i) { i.customFields["tabel"] = QStringLiteral("1"); }) << "custom_tabel"
            << "This session has no custom field tabel.";
        QTest::newRow("terms not accepted")
            << with([](PaymentInput &i) { i.termsAccepted = false; }) << "termsOfService"
            << "Accept the terms of service to complete your payment.";
    }

    void refusals()
    {
        QFETCH(PaymentInput, input);
        QFETCH(QString, field);
        QFETCH(QString, message);
        json collected = { { "untouched", true } };
        const auto refused = SessionCollection::read(session(), input, collected);
        QCOMPARE(refused ? refused->field : QString(), field);
        QCOMPARE(refused ? refused->message : QString(), message);
        if (refused)
            QCOMPARE(dump(collected), dump(json { { "untouched", true } })); // nothing is given back
    }

    void collected()
    {
        PaymentInput input = complete();
        input.customFields["milk"] = QStringLiteral("oat");
        input.promotionsOptIn = true;
        input.shippingRate = QStringLiteral("shr_pickup");
        json collected;
        QVERIFY(!SessionCollection::read(session(), input, collected));
        QCOMPARE(dump(collected["phone"]), dump("+49301234567"));
        QCOMPARE(dump(collected["shipping_rate"]), dump("shr_pickup"));
        QCOMPARE(dump(collected["shipping_details"]["address"]["country"]), dump("DE"));
        QCOMPARE(dump(collected["shipping_details"]["address"]["line2"]), dump(json()));
        QCOMPARE(dump(collected["custom_fields"][0]["numeric"]["value"]), dump("12"));
        QCOMPARE(dump(collected["custom_fields"][1]["dropdown"]["value"]), dump("oat"));
        QCOMPARE(dump(collected["custom_fields"][2]["text"]["value"]), dump(json()));
        QCOMPARE(
            dump(collected["consent"]), dump(json { { "promotions", "opt_in" }, { "terms_of_service", "accepted" } }));

        // A session that asks for nothing collects nothing, whatever was typed.
        json plain = { { "amount_total", 500 }, { "custom_fields", json::array() },
            { "shipping_options", json::array() }, { "phone_number_collection", { { "enabled", false } } },
            { "consent_collection", nullptr }, { "shipping_address_collection", nullptr } };
        QVERIFY(!SessionCollection::read(plain, PaymentInput(), collected));
        QCOMPARE(dump(collected),
            dump(json { { "phone", nullptr }, { "shipping_details", nullptr }, { "shipping_rate", nullptr },
                { "custom_fields", json::array() }, { "consent", nullptr } }));
    }

    void withShipping_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("chosen");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("courier to pickup") << qint64(2990) << qint64(490) << qint64(0) << qint64(2500);
        QTest::newRow("pickup to courier") << qint64(2500) << qint64(0) << qint64(490) << qint64(2990);
        QTest::newRow("the same") << qint64(2990) << qint64(490) << qint64(490) << qint64(2990);
        QTest::newRow("first choice") << qint64(2500) << qint64(0) << qint64(1000) << qint64(3500);
        QTest::newRow("the largest amounts") << qint64(99'999'999) << qint64(99'999'999) << qint64(0) << qint64(0);
    }

    void withShipping()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, before);
        QFETCH(qint64, chosen);
        QFETCH(qint64, expected);
        json s = session();
        s["amount_total"] = total;
        s["total_details"]["amount_shipping"] = before;
        const json option = { { "shipping_amount", chosen }, { "shipping_rate", "shr_x" } };
        const json priced = SessionCollection::withShipping(s, option);
        QCOMPARE(priced["amount_total"].get<qint64>(), expected);
        QCOMPARE(priced["total_details"]["amount_shipping"].get<qint64>(), chosen);
        QCOMPARE(dump(priced["shipping_cost"]),
            dump(json { { "amount_subtotal", chosen }, { "amount_tax", 0 }, { "amount_total", chosen },
                { "shipping_rate", "shr_x" } }));
        QCOMPARE(dump(priced["total_details"]["amount_discount"]), dump(s["total_details"]["amount_discount"]));
    }

    void saveRestore()
    {
        PaymentInput input = complete();
        input.shippingRate = QStringLiteral("shr_pickup");
        input.promotionsOptIn = true;
        PaymentInput back;
        SessionCollection::restore(SessionCollection::save(input), back);
        QCOMPARE(dump(SessionCollection::save(back)), dump(SessionCollection::save(input)));
        // A record edited by hand reads as nothing typed, never throws.
        PaymentInput none;
        SessionCollection::restore(json { { "phone", 3 }, { "shipping", "x" }, { "terms_accepted", "yes" } }, none);
        QCOMPARE(dump(SessionCollection::save(none)), dump(SessionCollection::save(PaymentInput())));
    }
};

QTEST_APPLESS_MAIN(TestSimCollect)
#include "tst_sim_collect.moc"
