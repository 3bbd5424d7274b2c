// SPDX-License-Identifier: MIT
// The official example objects (tests/data/stripe-openapi/fixtures3.json) parse without loss:
// every field the fixture has is in the typed struct or, for fields the kiosk does not model,
// in `raw`, which must hold the very same JSON.
#include "CheckoutSession.h"
#include "LineItem.h"
#include "Refund.h"
#include "StripeCoupon.h"
#include "StripeEvent.h"
#include "StripeTaxRate.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Kiosk;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(Kiosk::Test::sourcePath(QStringLiteral("tests/data/stripe-openapi/fixtures3.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("resources"))
        .toObject()
        .value(name)
        .toObject();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString(); // null -> empty, like the parser
}

std::optional<qint64> optInt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return v.toInteger();
}

} // namespace

class TestStripeObjects final : public QObject
{
    Q_OBJECT

private slots:
    void checkoutSessionFixture()
    {
        const QJsonObject f = fixture(QStringLiteral("checkout.session"));
        QVERIFY(!f.isEmpty());
        const Result<CheckoutSession> parsed = CheckoutSession::fromJson(bytes(f));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const CheckoutSession &s = parsed.value();
        QCOMPARE(s.id, str(f, "id"));
        QCOMPARE(s.object, str(f, "object"));
        QCOMPARE(s.url, str(f, "url"));
        QCOMPARE(s.status, str(f, "status"));
        QCOMPARE(s.paymentStatus, str(f, "payment_status"));
        QCOMPARE(s.amountSubtotal, optInt(f, "amount_subtotal"));
        QCOMPARE(s.amountTotal, optInt(f, "amount_total"));
        QCOMPARE(s.currency, str(f, "currency"));
        QCOMPARE(s.created, f.value(QStringLiteral("created")).toInteger());
        QCOMPARE(s.expiresAt, f.value(QStringLiteral("expires_at")).toInteger());
        QCOMPARE(s.clientReferenceId, str(f, "client_reference_id"));
        QCOMPARE(s.customerEmail, str(f, "customer_email"));
        QCOMPARE(s.customer, str(f, "customer"));
        const QJsonObject details = f.value(QStringLiteral("customer_details")).toObject();
        QVERIFY(s.customerDetails.has_value());
        QCOMPARE(s.customerDetails->email, str(details, "email"));
        QCOMPARE(s.customerDetails->name, str(details, "name"));
        QCOMPARE(s.customerDetails->phone, str(details, "phone"));
        QCOMPARE(s.customerDetails->taxExempt, str(details, "tax_exempt"));
        QCOMPARE(s.metadata.size(), f.value(QStringLiteral("metadata")).toObject().size());
        QCOMPARE(s.paymentIntent, str(f, "payment_intent"));
        QCOMPARE(s.livemode, f.value(QStringLiteral("livemode")).toBool());
        QCOMPARE(s.mode, str(f, "mode"));
        QCOMPARE(s.locale, str(f, "locale"));
        QCOMPARE(s.uiMode, str(f, "ui_mode"));
        QCOMPARE(s.submitType, str(f, "submit_type"));
        QCOMPARE(s.successUrl, str(f, "success_url"));
        QCOMPARE(s.cancelUrl, str(f, "cancel_url"));
        QCOMPARE(s.clientSecret, str(f, "client_secret"));
        QCOMPARE(s.invoice, str(f, "invoice"));
        QCOMPARE(s.paymentLink, str(f, "payment_link"));
        QCOMPARE(s.setupIntent, str(f, "setup_intent"));
        QCOMPARE(s.subscription, str(f, "subscription"));
        QStringList types;
        for (const QJsonValue &v : f.value(QStringLiteral("payment_method_types")).toArray())
            types.append(v.toString());
        QCOMPARE(s.paymentMethodTypes, types);
        const QJsonObject totals = f.value(QStringLiteral("total_details")).toObject();
        QCOMPARE(s.totalAmountDiscount, optInt(totals, "amount_discount"));
        QCOMPARE(s.totalAmountTax, optInt(totals, "amount_tax"));
        QCOMPARE(s.totalAmountShipping, optInt(totals, "amount_shipping"));
        QVERIFY(!s.lineItems.has_value());
        // Nothing lost: every other field (after_expiration, shipping_cost, ...) is in raw, equal.
        QCOMPARE(QJsonDocument::fromJson(s.raw).object(), f);
    }

    void itemFixture()
    {
        const QJsonObject f = fixture(QStringLiteral("item"));
        QVERIFY(!f.isEmpty());
        const Result<LineItem> parsed = LineItem::fromJson(bytes(f));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const LineItem &item = parsed.value();
        const QJsonObject price = f.value(QStringLiteral("price")).toObject();
        QCOMPARE(item.id, str(f, "id"));
        QCOMPARE(item.object, str(f, "object"));
        QCOMPARE(item.description, str(f, "description"));
        QCOMPARE(item.currency, str(f, "currency"));
        QCOMPARE(item.quantity, f.value(QStringLiteral("quantity")).toInteger());
        QCOMPARE(item.amountSubtotal, f.value(QStringLiteral("amount_subtotal")).toInteger());
        QCOMPARE(item.amountTotal, f.value(QStringLiteral("amount_total")).toInteger());
        QCOMPARE(item.amountDiscount, f.value(QStringLiteral("amount_discount")).toInteger());
        QCOMPARE(item.amountTax, f.value(QStringLiteral("amount_tax")).toInteger());
        QCOMPARE(item.priceId, str(price, "id"));
        QCOMPARE(item.unitAmount, price.value(QStringLiteral("unit_amount")).toInteger());
        QCOMPARE(item.productId, str(price, "product"));
        QCOMPARE(QJsonDocument::fromJson(item.raw).object(), f);
    }

    void eventFixture()
    {
        const QJsonObject f = fixture(QStringLiteral("event"));
        QVERIFY(!f.isEmpty());
        const Result<StripeEvent> parsed = StripeEvent::fromJson(bytes(f));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const StripeEvent &e = parsed.value();
        QCOMPARE(e.id, str(f, "id"));
        QCOMPARE(e.object, str(f, "object"));
        QCOMPARE(e.type, str(f, "type"));
        QCOMPARE(e.apiVersion, str(f, "api_version"));
        QCOMPARE(e.created, f.value(QStringLiteral("created")).toInteger());
        QCOMPARE(e.livemode, f.value(QStringLiteral("livemode")).toBool());
        QCOMPARE(e.pendingWebhooks, f.value(QStringLiteral("pending_webhooks")).toInt());
        const QJsonObject request = f.value(QStringLiteral("request")).toObject();
        QCOMPARE(e.requestId, str(request, "id"));
        QCOMPARE(e.requestIdempotencyKey, str(request, "idempotency_key"));
        const QJsonObject dataObject
            = f.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
        QCOMPARE(e.objectType, str(dataObject, "object"));
        QCOMPARE(QJsonDocument::fromJson(e.dataObject).object(), dataObject);
        QVERIFY(!e.session.has_value()); // the fixture's object is a plan
        QCOMPARE(QJsonDocument::fromJson(e.raw).object(), f);
    }

    void eventWithTheSessionFixture()
    {
        QJsonObject event = fixture(QStringLiteral("event"));
        QJsonObject session = fixture(QStringLiteral("checkout.session"));
        event[QStringLiteral("type")] = QStringLiteral("checkout.session.completed");
        event[QStringLiteral("data")] = QJsonObject { { QStringLiteral("object"), session } };
        const Result<StripeEvent> parsed = StripeEvent::fromJson(bytes(event));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY(parsed->session.has_value());
        QCOMPARE(parsed->session->id, str(session, "id"));
        QCOMPARE(parsed->objectType, QStringLiteral("checkout.session"));
    }

    void sessionWithExpandedLineItems()
    {
        QJsonObject session = fixture(QStringLiteral("checkout.session"));
        const QJsonObject item = fixture(QStringLiteral("item"));
        session[QStringLiteral("line_items")] = QJsonObject { { QStringLiteral("object"), QStringLiteral("list") },
            { QStringLiteral("data"), QJsonArray { item, item } }, { QStringLiteral("has_more"), false },
            { QStringLiteral("url"), QStringLiteral("/v1/checkout/sessions/x/line_items") } };
        const Result<CheckoutSession> parsed = CheckoutSession::fromJson(bytes(session));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY(parsed->lineItems.has_value());
        QCOMPARE(parsed->lineItems->size(), 2);
        QCOMPARE(parsed->lineItems->first().id, str(item, "id"));
    }

    void refundFixture()
    {
        const QJsonObject f = fixture(QStringLiteral("refund"));
        QVERIFY(!f.isEmpty());
        const Result<Refund> parsed = Refund::fromJson(bytes(f));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const Refund &r = parsed.value();
        QCOMPARE(r.id, str(f, "id"));
        QCOMPARE(r.object, QStringLiteral("refund"));
        QCOMPARE(r.amount, f.value(QStringLiteral("amount")).toInteger());
        QCOMPARE(r.currency, str(f, "currency"));
        QCOMPARE(r.charge, str(f, "charge"));
        QCOMPARE(r.paymentIntent, str(f, "payment_intent"));
        QCOMPARE(r.status, str(f, "status"));
        QCOMPARE(r.reason, str(f, "reason"));
        QCOMPARE(r.created, f.value(QStringLiteral("created")).toInteger());
        QCOMPARE(QJsonDocument::fromJson(r.raw).object(), f);
    }

    void brokenRefunds_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove the field
        QTest::addColumn<QString>("message");
        QTest::addRow("amount string") << QStringLiteral("amount") << QJsonValue(QStringLiteral("100"))
                                       << QStringLiteral("refund: field amount must be an integer");
        QTest::addRow("amount missing") << QStringLiteral("amount") << QJsonValue(QJsonValue::Undefined)
                                        << QStringLiteral("refund: field amount is missing");
        QTest::addRow("currency missing") << QStringLiteral("currency") << QJsonValue(QJsonValue::Undefined)
                                          << QStringLiteral("refund: field currency is missing");
        QTest::addRow("status a number") << QStringLiteral("status") << QJsonValue(1)
                                         << QStringLiteral("refund: field status must be a string");
        QTest::addRow("charge a number") << QStringLiteral("charge") << QJsonValue(7)
                                         << QStringLiteral("refund: field charge must be an id");
        QTest::addRow("another object") << QStringLiteral("object") << QJsonValue(QStringLiteral("charge"))
                                        << QStringLiteral("refund");
    }

    void brokenRefunds()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject refund = fixture(QStringLiteral("refund"));
        if (value.isUndefined())
            refund.remove(field);
        else
            refund[field] = value;
        const Result<Refund> parsed = Refund::fromJson(bytes(refund));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("invalid_response"));
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void brokenSessions_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove the field
        QTest::addColumn<QString>("message");
        QTest::addRow("amount_total string")
            << QStringLiteral("amount_total") << QJsonValue(QStringLiteral("100"))
            << QStringLiteral("checkout.session: field amount_total must be an integer");
        QTest::addRow("amount_total fractional")
            << QStringLiteral("amount_total") << QJsonValue(10.5)
            << QStringLiteral("checkout.session: field amount_total must be an integer");
        QTest::addRow("id missing") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined)
                                    << QStringLiteral("checkout.session: field id is missing");
        QTest::addRow("id a number") << QStringLiteral("id") << QJsonValue(5)
                                     << QStringLiteral("checkout.session: field id must be a string");
        QTest::addRow("created missing") << QStringLiteral("created") << QJsonValue(QJsonValue::Undefined)
                                         << QStringLiteral("checkout.session: field created is missing");
        QTest::addRow("livemode string") << QStringLiteral("livemode") << QJsonValue(QStringLiteral("false"))
                                         << QStringLiteral("checkout.session: field livemode must be true or false");
        QTest::addRow("metadata value number")
            << QStringLiteral("metadata") << QJsonValue(QJsonObject { { QStringLiteral("k"), 1 } })
            << QStringLiteral("checkout.session: field metadata.k must be a string");
        QTest::addRow("payment_method_types not array")
            << QStringLiteral("payment_method_types") << QJsonValue(QStringLiteral("card"))
            << QStringLiteral("must be an array of strings");
        QTest::addRow("customer_details a string")
            << QStringLiteral("customer_details") << QJsonValue(QStringLiteral("x"))
            << QStringLiteral("field customer_details must be an object or null");
    }

    void brokenSessions()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject session = fixture(QStringLiteral("checkout.session"));
        if (value.isUndefined())
            session.remove(field);
        else
            session[field] = value;
        const Result<CheckoutSession> parsed = CheckoutSession::fromJson(bytes(session));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("invalid_response"));
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void hostileInputDoesNotCrash_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("array") << QByteArray("[1,2]");
        QTest::addRow("truncated") << QByteArray("{\"id\":\"cs_");
        QTest::addRow("invalid utf-8") << QByteArray("{\"id\":\"\xff\xfe\"}");
        QTest::addRow("huge integer") << QByteArray(
            "{\"object\":\"checkout.session\",\"id\":\"x\",\"created\":99999999999999999999999}");
        QTest::addRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']');
        QTest::addRow("nul byte") << QByteArray("{\"id\":\"a\0b\"}", 12);
    }

    void hostileInputDoesNotCrash()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!CheckoutSession::fromJson(json).ok());
        QVERIFY(!StripeEvent::fromJson(json).ok());
        QVERIFY(!LineItem::fromJson(json).ok());
    }

    void taxRatesAndCoupons_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("coupon");
        QTest::addColumn<QString>("percentage"); // empty: refused
        QTest::addRow("rate 19 as a float")
            << QByteArray(R"({"id":"txr_1","object":"tax_rate","percentage":19.0,"inclusive":true,"active":true})")
            << false << QStringLiteral("19");
        QTest::addRow("rate 8.875") << QByteArray(
            R"({"id":"txr_2","object":"tax_rate","percentage":8.875,"inclusive":false})")
                                    << false << QStringLiteral("8.875");
        QTest::addRow("rate 0") << QByteArray(R"({"id":"txr_3","object":"tax_rate","percentage":0,"inclusive":false})")
                                << false << QStringLiteral("0");
        QTest::addRow("rate as text") << QByteArray(
            R"({"id":"txr_4","object":"tax_rate","percentage":"19","inclusive":true})")
                                      << false << QString();
        QTest::addRow("rate with five decimals")
            << QByteArray(R"({"id":"txr_5","object":"tax_rate","percentage":19.00001,"inclusive":true})") << false
            << QString();
        QTest::addRow("rate without inclusive")
            << QByteArray(R"({"id":"txr_6","object":"tax_rate","percentage":7})") << false << QString();
        QTest::addRow("a coupon is not a rate")
            << QByteArray(R"({"id":"c","object":"coupon","percent_off":10})") << false << QString();
        QTest::addRow("coupon 12.5 percent") << QByteArray(
            R"({"id":"Kf3","object":"coupon","percent_off":12.5,"amount_off":null,"currency":null,"valid":true})")
                                             << true << QStringLiteral("12.5");
        QTest::addRow("coupon amount") << QByteArray(
            R"({"id":"Kf4","object":"coupon","percent_off":null,"amount_off":250,"currency":"eur","valid":true})")
                                       << true << QStringLiteral("-");
        QTest::addRow("coupon percent as text")
            << QByteArray(R"({"id":"Kf5","object":"coupon","percent_off":"10"})") << true << QString();
    }

    void taxRatesAndCoupons()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, coupon);
        QFETCH(QString, percentage);
        if (coupon) {
            const Result<StripeCoupon> c = StripeCoupon::fromJson(json);
            QCOMPARE(c.ok(), !percentage.isEmpty());
            if (c.ok() && percentage == QLatin1String("-")) {
                QVERIFY(!c->percentOff);
                QCOMPARE(*c->amountOff, qint64(250));
                QCOMPARE(c->currency, QStringLiteral("eur"));
            } else if (c.ok()) {
                QCOMPARE(c->percentOff->toString(), percentage);
            }
            return;
        }
        const Result<StripeTaxRate> r = StripeTaxRate::fromJson(json);
        QCOMPARE(r.ok(), !percentage.isEmpty());
        if (r.ok())
            QCOMPARE(r->percentage.toString(), percentage);
        else
            QCOMPARE(r.error().code, QStringLiteral("invalid_response"));
    }
};

QTEST_GUILESS_MAIN(TestStripeObjects)
#include "tst_stripeobjects.moc"
