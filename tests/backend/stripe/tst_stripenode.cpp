// SPDX-License-Identifier: MIT
// Cross-checks against the official stripe-node package (tests/node/*.js): the request bytes
// our client sends must equal stripe-node's for the same parameters, and webhook signatures
// must get the same verdicts from both implementations.
#include "Catalog.h"
#include "CheckoutLocale.h"
#include "Clock.h"
#include "FakeHttpTransport.h"
#include "FormEncoder.h"
#include "StripeClient.h"
#include "TestSupport.h"
#include "WebhookSigner.h"
#include "WebhookVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Kiosk;
using Kiosk::Test::FakeHttpTransport;

namespace {

const QString kRefundKey = QStringLiteral("kiosk-inst4f2a-refund-K1-000123-7");

QJsonObject runNode(const QString &script, const QJsonObject &input)
{
    QProcess node;
    const QString program
        = qEnvironmentVariableIsSet("KIOSK_NODE") ? qEnvironmentVariable("KIOSK_NODE") : QStringLiteral("node");
    node.start(program, { Kiosk::Test::sourcePath(QStringLiteral("tests/node/")) + script });
    if (!node.waitForStarted(30000))
        return {};
    node.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    if (!node.waitForFinished(120000) || node.exitCode() != 0) {
        qWarning().noquote() << "node failed:" << node.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
}

QJsonObject describe(const CheckoutSessionRequest &r)
{
    QJsonObject o;
    o[QStringLiteral("currency")] = r.currency;
    QJsonArray lines;
    for (const auto &line : r.lines) {
        QJsonObject l;
        l[QStringLiteral("name")] = line.name;
        l[QStringLiteral("description")] = line.description;
        l[QStringLiteral("unitAmount")] = line.unitAmount;
        l[QStringLiteral("quantity")] = line.quantity;
        l[QStringLiteral("images")] = QJsonArray::fromStringList(line.images);
        l[QStringLiteral("taxRates")] = QJsonArray::fromStringList(line.taxRates);
        lines.append(l);
    }
    o[QStringLiteral("lines")] = lines;
    o[QStringLiteral("successUrl")] = r.successUrl;
    o[QStringLiteral("cancelUrl")] = r.cancelUrl;
    o[QStringLiteral("customerEmail")] = r.customerEmail;
    o[QStringLiteral("clientReferenceId")] = r.clientReferenceId;
    o[QStringLiteral("locale")] = r.locale;
    QJsonArray metadata;
    for (const auto &entry : r.metadata)
        metadata.append(QJsonArray { entry.first, entry.second });
    o[QStringLiteral("metadata")] = metadata;
    QJsonArray piMetadata;
    for (const auto &entry : r.paymentIntentMetadata)
        piMetadata.append(QJsonArray { entry.first, entry.second });
    o[QStringLiteral("paymentIntentMetadata")] = piMetadata;
    o[QStringLiteral("receiptEmail")] = r.receiptEmail;
    if (r.expiresAt)
        o[QStringLiteral("expiresAt")] = *r.expiresAt;
    o[QStringLiteral("coupon")] = r.coupon;
    o[QStringLiteral("allowPromotionCodes")] = r.allowPromotionCodes;
    return o;
}

CheckoutSessionRequest::Line line(const QString &name, qint64 unitAmount, int quantity, const QString &description = {},
    const QStringList &images = {})
{
    CheckoutSessionRequest::Line l;
    l.name = name;
    l.unitAmount = unitAmount;
    l.quantity = quantity;
    l.description = description;
    l.images = images;
    return l;
}

QMap<QString, CheckoutSessionRequest> checkoutCases()
{
    QMap<QString, CheckoutSessionRequest> cases;
    CheckoutSessionRequest base;
    base.currency = QStringLiteral("eur");
    base.successUrl = QStringLiteral("https://kiosk.local/return?session_id={CHECKOUT_SESSION_ID}");
    base.cancelUrl = QStringLiteral("https://kiosk.local/cancel");

    CheckoutSessionRequest minimal = base;
    minimal.lines = { line(QStringLiteral("Espresso"), 250, 1) };
    cases.insert(QStringLiteral("minimal"), minimal);

    CheckoutSessionRequest cafe = base;
    cafe.lines = { line(QStringLiteral("Café crème — 12 oz"), 450, 2, QStringLiteral("Oat milk, extra hot"),
                       { QStringLiteral("https://img.example/café crème.png"),
                           QStringLiteral("https://img.example/p?id=1&size=big") }),
        line(QStringLiteral("Tom & Jerry's"), 1299, 1), line(QStringLiteral("a+b=c"), 1, 3),
        line(QStringLiteral("Spicy 🌶️ wrap"), 895, 1, QStringLiteral("𝄞 music & \"quotes\"")) };
    cafe.customerEmail = QStringLiteral("buyer+tag@example.com");
    cafe.clientReferenceId = QStringLiteral("K1-000042");
    cafe.paymentIntentMetadata = { { QStringLiteral("order_id"), QStringLiteral("42") },
        { QStringLiteral("order_number"), QStringLiteral("K1-000042") } };
    cafe.locale = QStringLiteral("fr");
    cafe.metadata = { { QStringLiteral("order"), QStringLiteral("K1-000042") },
        { QStringLiteral("kiosk"), QStringLiteral("Front desk #1") } };
    cafe.receiptEmail = QStringLiteral("buyer+tag@example.com");
    cafe.expiresAt = 1767229200;
    cases.insert(QStringLiteral("unicode, symbols, images, metadata"), cafe);

    CheckoutSessionRequest placeholder = base;
    placeholder.lines = { line(QStringLiteral("Tea"), 300, 1) };
    placeholder.successUrl = QStringLiteral("https://kiosk.local/ok?a=1&sid={CHECKOUT_SESSION_ID}#done");
    placeholder.cancelUrl = QStringLiteral("https://kiosk.local/cancel?reason=back button");
    cases.insert(QStringLiteral("session id placeholder and query URLs"), placeholder);

    CheckoutSessionRequest jsOrder = base;
    jsOrder.lines = { line(QStringLiteral("Muffin"), 325, 1) };
    jsOrder.metadata = { { QStringLiteral("b"), QStringLiteral("1") }, { QStringLiteral("10"), QStringLiteral("ten") },
        { QStringLiteral("2"), QStringLiteral("two") }, { QStringLiteral("b"), QStringLiteral("again") },
        { QStringLiteral("01"), QStringLiteral("not an index") }, { QStringLiteral("a"), QStringLiteral("") } };
    cases.insert(QStringLiteral("metadata with integer-like and repeated keys, empty value"), jsOrder);

    CheckoutSessionRequest many = base;
    for (int i = 0; i < 12; ++i)
        many.lines.append(line(QStringLiteral("Item %1").arg(i), 100 + i, i + 1));
    cases.insert(QStringLiteral("twelve lines"), many);

    CheckoutSessionRequest receiptOnly = base;
    receiptOnly.lines = { line(QStringLiteral("Scone"), 375, 1) };
    receiptOnly.customerEmail = QStringLiteral("zoë@example.com");
    receiptOnly.receiptEmail = QStringLiteral("zoë@example.com");
    receiptOnly.expiresAt = 1767229200;
    cases.insert(QStringLiteral("receipt e-mail without payment intent metadata"), receiptOnly);

    CheckoutSessionRequest taxed = base;
    taxed.lines = { line(QStringLiteral("Cola"), 250, 3), line(QStringLiteral("Croissant"), 325, 1),
        line(QStringLiteral("Gift card"), 2000, 1) };
    taxed.lines[0].taxRates = { QStringLiteral("txr_1PgcC2B7WZ01zgkWstd19") };
    taxed.lines[1].taxRates
        = { QStringLiteral("txr_1PgcC2B7WZ01zgkWred07"), QStringLiteral("txr_1PgcC2B7WZ01zgkWcity") };
    taxed.locale = QStringLiteral("de");
    cases.insert(QStringLiteral("tax rates per line, one untaxed"), taxed);

    CheckoutSessionRequest discounted = taxed;
    discounted.coupon = QStringLiteral("Kf3vQ2aB");
    discounted.expiresAt = 1767229200;
    cases.insert(QStringLiteral("basket discount as a coupon, with tax"), discounted);

    CheckoutSessionRequest promo = base;
    promo.lines = { line(QStringLiteral("Bagel"), 375, 2) };
    promo.allowPromotionCodes = true;
    promo.locale = QStringLiteral("es");
    cases.insert(QStringLiteral("promotion codes allowed"), promo);

    CheckoutSessionRequest yen = base;
    yen.currency = QStringLiteral("jpy");
    yen.lines = { line(QStringLiteral("抹茶ラテ"), 500, 2, QStringLiteral("Matcha latte")) };
    yen.locale = QStringLiteral("ja");
    cases.insert(QStringLiteral("zero-decimal currency, Japanese"), yen);

    CheckoutSessionRequest odd = base;
    odd.currency = QStringLiteral("kwd");
    odd.lines = { line(QStringLiteral("50% off [promo] (today!) *star* ~tilde~ 'q'"), 12340, 1,
                      QStringLiteral("line1\nline2\ttab; semi: colon/slash?q=1,2")),
        line(QStringLiteral("  spaced  "), 0, 1) };
    odd.metadata = { { QStringLiteral("note"), QStringLiteral("x=1&y=2 [z]") } };
    cases.insert(QStringLiteral("brackets, percent, reserved characters"), odd);

    // Lines with options, named the way the backend names them (OptionSelection::lineName()).
    const Result<Catalog> shop = Catalog::fromJson(R"json({"currency":"EUR","products":[{"id":"latte","sku":"L-1",
        "name":"Caffè Latte","category":"Coffee","price":"4.50","options":[
        {"id":"size","name":"Größe","min":1,"choices":[{"id":"s","name":"Klein"},{"id":"l","name":"Groß (0,4 l)",
        "price_delta":"0.40"}]},{"id":"milk","name":"Milk","choices":[{"id":"oat","name":"Oat milk & foam",
        "price_delta":"0.50"}]},{"id":"x","name":"Extras","max":2,"choices":[{"id":"shot","name":"+1 shot",
        "price_delta":"0.60"},{"id":"syrup","name":"Sirop d'érable","price_delta":"0.45"}]}]}]})json");
    CheckoutSessionRequest withOptions = base;
    for (const QStringList &ids : { QStringList { QStringLiteral("l"), QStringLiteral("oat"), QStringLiteral("shot") },
             QStringList { QStringLiteral("syrup"), QStringLiteral("s"), QStringLiteral("shot") } }) {
        const Product &latte = shop->products().front();
        const Result<OptionSelection> chosen = OptionSelection::choose(latte, ids);
        withOptions.lines.append(
            line(chosen->lineName(latte.name), chosen->unitPrice().minorUnits(), 2, latte.description));
    }
    cases.insert(QStringLiteral("line names with options"), withOptions);

    // The kiosk's own languages as the till sends them, through the mapping the backend uses.
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de_DE"), QStringLiteral("fr_CA"),
             QStringLiteral("es"), QStringLiteral("") }) {
        CheckoutSessionRequest localised = cafe;
        localised.locale = checkoutLocaleFor(language);
        cases.insert(QStringLiteral("kiosk language \"%1\" as locale %2").arg(language, localised.locale), localised);
    }
    return cases;
}

QMap<QString, QByteArray> paramCases()
{
    return {
        { QStringLiteral("expand and nested"),
            "{\"expand\":[\"line_items\",\"payment_intent.latest_charge\"],\"payment_intent_data\":{\"metadata\":{"
            "\"k\":\"v\"},\"description\":\"Tom & Jerry's\"}}" },
        { QStringLiteral("null, booleans, numbers, empty"),
            "{\"a\":null,\"b\":true,\"c\":false,\"d\":-42,\"e\":\"\",\"f\":0,\"g\":[],\"h\":{},\"i\":[[1,2],{\"x\":"
            "null}]}" },
        { QStringLiteral("integer-like keys first"),
            "{\"z\":1,\"3\":\"c\",\"1\":\"a\",\"x\":{\"20\":\"t\",\"2\":\"s\",\"y\":\"-\"}}" },
        { QStringLiteral("unicode keys and values"),
            "{\"métadonnées\":{\"clé é\":\"valeur — ok\",\"emoji 🍰\":\"🍰\"}}" },
        { QStringLiteral("repeated key keeps first position"), "{\"a\":\"1\",\"b\":\"2\",\"a\":\"3\"}" },
    };
}

const QString kTaxRateKey
    = StripeClient::taxRateIdempotencyKey(QStringLiteral("standard 19% inclusive|MwSt."), QStringLiteral("inst4f2a"));

QMap<QString, TaxRateRequest> taxRateCases()
{
    const auto pct = [](const char *text) {
        return Percentage::parse(QString::fromLatin1(text), Percentage::Use::TaxRate).value();
    };
    QMap<QString, TaxRateRequest> cases;
    TaxRateRequest german;
    german.displayName = QStringLiteral("MwSt.");
    german.inclusive = true;
    german.percentage = pct("19");
    german.metadata = { { QStringLiteral("kiosk_rate"), QStringLiteral("standard 19% inclusive") },
        { QStringLiteral("installation_id"), QStringLiteral("inst_4f2a") } };
    cases.insert(QStringLiteral("German standard, inclusive"), german);
    TaxRateRequest french;
    french.displayName = QStringLiteral("TVA réduite");
    french.inclusive = true;
    french.percentage = pct("5.5");
    cases.insert(QStringLiteral("French reduced, one decimal"), french);
    TaxRateRequest ny;
    ny.displayName = QStringLiteral("Sales tax (NY) & city");
    ny.inclusive = false;
    ny.percentage = pct("8.875");
    ny.description = QStringLiteral("Kiosk rate 🍰 \"standard\"");
    cases.insert(QStringLiteral("New York, exclusive, three decimals"), ny);
    TaxRateRequest tiny;
    tiny.displayName = QStringLiteral("Levy");
    tiny.percentage = pct("0.0001");
    cases.insert(QStringLiteral("smallest and zero-like"), tiny);
    TaxRateRequest zero;
    zero.displayName = QStringLiteral("Zero-rated");
    zero.percentage = pct("0");
    cases.insert(QStringLiteral("zero"), zero);
    TaxRateRequest whole;
    whole.displayName = QStringLiteral("All");
    whole.inclusive = true;
    whole.percentage = pct("100");
    cases.insert(QStringLiteral("one hundred"), whole);
    return cases;
}

QJsonObject describe(const TaxRateRequest &r)
{
    QJsonObject o;
    o[QStringLiteral("displayName")] = r.displayName;
    o[QStringLiteral("inclusive")] = r.inclusive;
    o[QStringLiteral("percentage")] = r.percentage.toString();
    o[QStringLiteral("description")] = r.description;
    QJsonArray metadata;
    for (const auto &entry : r.metadata)
        metadata.append(QJsonArray { entry.first, entry.second });
    o[QStringLiteral("metadata")] = metadata;
    return o;
}

QMap<QString, CouponRequest> couponCases()
{
    QMap<QString, CouponRequest> cases;
    CouponRequest percent;
    percent.percentOff = Percentage::parse(u"12.5", Percentage::Use::PercentOff).value();
    percent.name = QStringLiteral("Rabatt 12,5 % — Kasse 1");
    percent.maxRedemptions = 1;
    percent.metadata = { { QStringLiteral("order_number"), QStringLiteral("K1-000123") },
        { QStringLiteral("installation_id"), QStringLiteral("inst_4f2a") } };
    cases.insert(QStringLiteral("percent, one use, metadata"), percent);
    CouponRequest amount;
    amount.amountOff = 250;
    amount.currency = QStringLiteral("eur");
    amount.maxRedemptions = 1;
    cases.insert(QStringLiteral("amount in euros"), amount);
    CouponRequest yen;
    yen.amountOff = 100;
    yen.currency = QStringLiteral("jpy");
    yen.name = QStringLiteral("値引き & more");
    cases.insert(QStringLiteral("amount in yen, unicode name"), yen);
    CouponRequest tiny;
    tiny.percentOff = Percentage::parse(u"0.0001", Percentage::Use::PercentOff).value();
    cases.insert(QStringLiteral("smallest percentage"), tiny);
    CouponRequest all;
    all.percentOff = Percentage::parse(u"100", Percentage::Use::PercentOff).value();
    all.duration = QStringLiteral("forever");
    cases.insert(QStringLiteral("everything, forever"), all);
    return cases;
}

QJsonObject describe(const CouponRequest &r)
{
    QJsonObject o;
    if (r.percentOff)
        o[QStringLiteral("percentOff")] = r.percentOff->toString();
    if (r.amountOff)
        o[QStringLiteral("amountOff")] = *r.amountOff;
    o[QStringLiteral("currency")] = r.currency;
    o[QStringLiteral("duration")] = r.duration;
    o[QStringLiteral("name")] = r.name;
    if (r.maxRedemptions)
        o[QStringLiteral("maxRedemptions")] = *r.maxRedemptions;
    QJsonArray metadata;
    for (const auto &entry : r.metadata)
        metadata.append(QJsonArray { entry.first, entry.second });
    o[QStringLiteral("metadata")] = metadata;
    return o;
}

QMap<QString, RefundRequest> refundCases()
{
    QMap<QString, RefundRequest> cases;
    RefundRequest whole;
    whole.paymentIntent = QStringLiteral("pi_3PgcC2B7WZ01zgkW0xK1kL9a");
    whole.amount = 2495;
    whole.reason = QStringLiteral("requested_by_customer");
    whole.metadata = { { QStringLiteral("order_number"), QStringLiteral("K1-000123") },
        { QStringLiteral("refund_id"), QStringLiteral("7") },
        { QStringLiteral("installation_id"), QStringLiteral("inst_4f2a") } };
    cases.insert(QStringLiteral("order refund with metadata"), whole);
    RefundRequest bare;
    bare.paymentIntent = whole.paymentIntent;
    cases.insert(QStringLiteral("payment intent only"), bare);
    RefundRequest byCharge;
    byCharge.charge = QStringLiteral("ch_3PgcC2B7WZ01zgkW0b1n7JqQ");
    byCharge.amount = 1;
    byCharge.reason = QStringLiteral("duplicate");
    cases.insert(QStringLiteral("by charge, smallest amount"), byCharge);
    RefundRequest odd = whole;
    odd.reason = QStringLiteral("fraudulent");
    odd.metadata = { { QStringLiteral("zeta"), QStringLiteral("Tom & Jerry's café — 12 oz") },
        { QStringLiteral("10"), QStringLiteral("ten") }, { QStringLiteral("2"), QStringLiteral("two") },
        { QStringLiteral("clé é"), QStringLiteral("🍰 = 100%") } };
    cases.insert(QStringLiteral("unicode and integer-like metadata keys"), odd);
    return cases;
}

QJsonObject describe(const RefundRequest &r)
{
    QJsonObject o;
    o[QStringLiteral("paymentIntent")] = r.paymentIntent;
    o[QStringLiteral("charge")] = r.charge;
    if (r.amount)
        o[QStringLiteral("amount")] = *r.amount;
    o[QStringLiteral("reason")] = r.reason;
    QJsonArray metadata;
    for (const auto &entry : r.metadata)
        metadata.append(QJsonArray { entry.first, entry.second });
    o[QStringLiteral("metadata")] = metadata;
    return o;
}

RefundListParams refundListCase(int which)
{
    RefundListParams p;
    if (which == 1) {
        p.paymentIntent = QStringLiteral("pi_3PgcC2B7WZ01zgkW0xK1kL9a");
        p.limit = 10;
        p.startingAfter = QStringLiteral("re_3PgcC2B7WZ01zgkW1aBcDeFg");
    }
    if (which == 2)
        p.charge = QStringLiteral("ch_3PgcC2B7WZ01zgkW0b1n7JqQ");
    return p;
}

PeriodListParams periodListCase(int which)
{
    PeriodListParams p;
    if (which >= 1) {
        p.createdGte = 1774663200; // 2026-03-28 04:00 Europe/Berlin
        p.createdLt = 1774746000;
    }
    if (which == 2) {
        p.limit = 50;
        p.startingAfter = QStringLiteral("ch_3PgcC2B7WZ01zgkW0b1n7JqQ");
    }
    return p;
}

/** stripe-node's resource name and ours, per period list. */
const QList<QPair<QString, QString>> &periodResources()
{
    static const QList<QPair<QString, QString>> resources { { QStringLiteral("charges"), QStringLiteral("charges") },
        { QStringLiteral("refunds"), QStringLiteral("refunds") },
        { QStringLiteral("balanceTransactions"), QStringLiteral("balance transactions") } };
    return resources;
}

QByteArray ourRequestTarget(const HttpRequest &r)
{
    return r.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
}

} // namespace

class TestStripeNode final : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_captured;
    QJsonObject m_webhooks;

    struct WebhookCase
    {
        QString name;
        QByteArray payload;
        QByteArray header;
        QByteArray secret;
        qint64 nowSecs;
        qint64 tolerance;
    };
    QList<WebhookCase> m_webhookCases;
    struct SignCase
    {
        QString name;
        QByteArray payload;
        QByteArray secret;
        qint64 timestamp;
    };
    QList<SignCase> m_signCases;

    static EventListParams eventsCase(int which)
    {
        EventListParams p;
        if (which == 1) {
            p.types = { QStringLiteral("checkout.session.completed"), QStringLiteral("checkout.session.expired"),
                QStringLiteral("checkout.session.async_payment_*") };
            p.createdGt = 1767225600;
            p.limit = 25;
            p.startingAfter = QStringLiteral("evt_1Pgc76B7WZ01zgkWwyRHS12y");
            p.deliverySuccess = false;
        }
        if (which == 2)
            p.deliverySuccess = true;
        return p;
    }

    void buildWebhookCases()
    {
        const QByteArray secret = "whsec_crosscheck_5b8f1c0a";
        const qint64 now = 1767225600;
        const QByteArray body
            = "{\n  \"id\": \"evt_1\",\n  \"object\": \"event\",\n  \"type\": \"checkout.session.completed\","
              "\n  \"data\": {\"object\": {\"name\": \"Café crème — 12 oz\"}}\n}";
        const auto header = [&](qint64 t, const QByteArray &key = {}) {
            return WebhookSigner::signatureHeader(body, key.isEmpty() ? secret : key, t);
        };
        const auto sig = [&](qint64 t, const QByteArray &key = {}) {
            return WebhookSigner::computeSignature(body, key.isEmpty() ? secret : key, t);
        };
        const QByteArray t = QByteArray::number(now - 5);
        m_webhookCases = {
            { QStringLiteral("signed by us"), body, header(now - 5), secret, now, 300 },
            { QStringLiteral("tampered body"), body + ' ', header(now - 5), secret, now, 300 },
            { QStringLiteral("stale by 301 s"), body, header(now - 301), secret, now, 300 },
            { QStringLiteral("exactly 300 s old"), body, header(now - 300), secret, now, 300 },
            { QStringLiteral("future timestamp"), body, header(now + 3600), secret, now, 300 },
            { QStringLiteral("tolerance 0 skips the age check"), body, header(now - 86400), secret, now, 0 },
            { QStringLiteral("two v1, second matches"), body,
                "t=" + t + ",v1=" + sig(now - 5, "whsec_old") + ",v1=" + sig(now - 5), secret, now, 300 },
            { QStringLiteral("two v1, none matches"), body,
                "t=" + t + ",v1=" + sig(now - 5, "whsec_a") + ",v1=" + sig(now - 5, "whsec_b"), secret, now, 300 },
            { QStringLiteral("v0 only"), body, "t=" + t + ",v0=" + sig(now - 5), secret, now, 300 },
            { QStringLiteral("v0 before v1"), body, "t=" + t + ",v0=00ff,v1=" + sig(now - 5), secret, now, 300 },
            { QStringLiteral("space after the comma"), body, "t=" + t + ", v1=" + sig(now - 5), secret, now, 300 },
            { QStringLiteral("space before the timestamp"), body, "t= " + t + ",v1=" + sig(now - 5), secret, now, 300 },
            { QStringLiteral("upper-case hex"), body, "t=" + t + ",v1=" + sig(now - 5).toUpper(), secret, now, 300 },
            { QStringLiteral("secret with a trailing newline, signed without"), body, header(now - 5), secret + '\n',
                now, 300 },
            { QStringLiteral("secret with a trailing newline, signed with"), body, header(now - 5, secret + '\n'),
                secret + '\n', now, 300 },
            { QStringLiteral("no timestamp"), body, "v1=" + sig(now - 5), secret, now, 300 },
            { QStringLiteral("empty header"), body, QByteArray(), secret, now, 300 },
            { QStringLiteral("timestamp repeated, last wins"), body, "t=1,t=" + t + ",v1=" + sig(now - 5), secret, now,
                300 },
            { QStringLiteral("timestamp with leading zero"), body, "t=0" + t + ",v1=" + sig(now - 5), secret, now,
                300 },
            { QStringLiteral("signature followed by =junk"), body, "t=" + t + ",v1=" + sig(now - 5) + "=junk", secret,
                now, 300 },
            { QStringLiteral("truncated signature"), body, "t=" + t + ",v1=" + sig(now - 5).left(63), secret, now,
                300 },
            { QStringLiteral("timestamp with trailing junk"), body, "t=" + t + "abc,v1=" + sig(now - 5), secret, now,
                300 },
            { QStringLiteral("timestamp with a plus sign"), body, "t=+" + t + ",v1=" + sig(now - 5), secret, now, 300 },
            { QStringLiteral("empty signature"), body, "t=" + t + ",v1=", secret, now, 300 },
            { QStringLiteral("v1 without a value"), body, "t=" + t + ",v1", secret, now, 300 },
            { QStringLiteral("wrong secret"), body, header(now - 5, "whsec_other"), secret, now, 300 },
        };
        m_signCases = {
            { QStringLiteral("compact event"), "{\"id\":\"evt_2\",\"object\":\"event\"}", secret, now },
            { QStringLiteral("pretty unicode event"), body, secret, now - 42 },
            { QStringLiteral("secret with newline"), body, secret + '\n', now },
            { QStringLiteral("empty object"), "{}", "whsec_abc", 1700000000 },
        };
    }

private slots:
    void initTestCase()
    {
        QJsonArray cases;
        const auto checkout = checkoutCases();
        for (auto it = checkout.cbegin(); it != checkout.cend(); ++it)
            cases.append(QJsonObject { { QStringLiteral("name"), QString(QStringLiteral("create: ") + it.key()) },
                { QStringLiteral("kind"), QStringLiteral("create") },
                { QStringLiteral("request"), describe(it.value()) } });
        const auto params = paramCases();
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            cases.append(QJsonObject { { QStringLiteral("name"), QString(QStringLiteral("params: ") + it.key()) },
                { QStringLiteral("kind"), QStringLiteral("params") },
                { QStringLiteral("json"), QString::fromUtf8(it.value()) } });
        for (const bool expand : { false, true })
            cases.append(QJsonObject {
                { QStringLiteral("name"), expand ? QStringLiteral("retrieve true") : QStringLiteral("retrieve false") },
                { QStringLiteral("kind"), QStringLiteral("retrieve") },
                { QStringLiteral("id"), QStringLiteral("cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqD") },
                { QStringLiteral("expand"), expand } });
        for (int which = 0; which < 3; ++which) {
            const EventListParams p = eventsCase(which);
            QJsonObject d { { QStringLiteral("types"), QJsonArray::fromStringList(p.types) },
                { QStringLiteral("limit"), p.limit }, { QStringLiteral("startingAfter"), p.startingAfter } };
            if (p.createdGt)
                d[QStringLiteral("createdGt")] = *p.createdGt;
            if (p.deliverySuccess)
                d[QStringLiteral("deliverySuccess")] = *p.deliverySuccess;
            cases.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("events %1").arg(which) },
                { QStringLiteral("kind"), QStringLiteral("events") }, { QStringLiteral("params"), d } });
        }
        const auto refunds = refundCases();
        for (auto it = refunds.cbegin(); it != refunds.cend(); ++it)
            cases.append(QJsonObject { { QStringLiteral("name"), QString(QStringLiteral("refund: ") + it.key()) },
                { QStringLiteral("kind"), QStringLiteral("refund") },
                { QStringLiteral("request"), describe(it.value()) },
                { QStringLiteral("idempotencyKey"), kRefundKey } });
        const auto taxRates = taxRateCases();
        for (auto it = taxRates.cbegin(); it != taxRates.cend(); ++it)
            cases.append(QJsonObject { { QStringLiteral("name"), QString(QStringLiteral("tax rate: ") + it.key()) },
                { QStringLiteral("kind"), QStringLiteral("taxRate") },
                { QStringLiteral("request"), describe(it.value()) },
                { QStringLiteral("idempotencyKey"), kTaxRateKey } });
        const auto coupons = couponCases();
        for (auto it = coupons.cbegin(); it != coupons.cend(); ++it)
            cases.append(QJsonObject { { QStringLiteral("name"), QString(QStringLiteral("coupon: ") + it.key()) },
                { QStringLiteral("kind"), QStringLiteral("coupon") },
                { QStringLiteral("request"), describe(it.value()) },
                { QStringLiteral("idempotencyKey"), kRefundKey } });
        cases.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("refund retrieve") },
            { QStringLiteral("kind"), QStringLiteral("refundRetrieve") },
            { QStringLiteral("id"), QStringLiteral("re_3PgcC2B7WZ01zgkW1aBcDeFg") } });
        for (int which = 0; which < 3; ++which) {
            const RefundListParams p = refundListCase(which);
            cases.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("refunds %1").arg(which) },
                { QStringLiteral("kind"), QStringLiteral("refundList") },
                { QStringLiteral("params"),
                    QJsonObject { { QStringLiteral("charge"), p.charge },
                        { QStringLiteral("paymentIntent"), p.paymentIntent }, { QStringLiteral("limit"), p.limit },
                        { QStringLiteral("startingAfter"), p.startingAfter } } } });
        }
        for (const auto &resource : periodResources()) {
            for (int which = 0; which < 3; ++which) {
                const PeriodListParams p = periodListCase(which);
                QJsonObject d { { QStringLiteral("limit"), p.limit },
                    { QStringLiteral("startingAfter"), p.startingAfter } };
                if (p.createdGte)
                    d[QStringLiteral("createdGte")] = *p.createdGte;
                if (p.createdLt)
                    d[QStringLiteral("createdLt")] = *p.createdLt;
                cases.append(QJsonObject {
                    { QStringLiteral("name"), QStringLiteral("period %1 %2").arg(resource.second).arg(which) },
                    { QStringLiteral("kind"), QStringLiteral("periodList") },
                    { QStringLiteral("resource"), resource.first }, { QStringLiteral("params"), d } });
            }
        }
        m_captured = runNode(QStringLiteral("capture_requests.js"), QJsonObject { { QStringLiteral("cases"), cases } });
        QCOMPARE(m_captured.size(), cases.size());

        buildWebhookCases();
        QJsonArray verify;
        for (const WebhookCase &c : std::as_const(m_webhookCases))
            verify.append(QJsonObject { { QStringLiteral("name"), c.name },
                { QStringLiteral("payload"), QString::fromUtf8(c.payload) },
                { QStringLiteral("header"), QString::fromUtf8(c.header) },
                { QStringLiteral("secret"), QString::fromUtf8(c.secret) }, { QStringLiteral("nowSecs"), c.nowSecs },
                { QStringLiteral("tolerance"), c.tolerance } });
        QJsonArray sign;
        for (const SignCase &c : std::as_const(m_signCases))
            sign.append(QJsonObject { { QStringLiteral("name"), c.name },
                { QStringLiteral("payload"), QString::fromUtf8(c.payload) },
                { QStringLiteral("secret"), QString::fromUtf8(c.secret) },
                { QStringLiteral("timestamp"), c.timestamp } });
        m_webhooks = runNode(QStringLiteral("webhook_check.js"),
            QJsonObject { { QStringLiteral("verify"), verify }, { QStringLiteral("sign"), sign } });
        QCOMPARE(m_webhooks.value(QStringLiteral("verify")).toObject().size(), m_webhookCases.size());
        QCOMPARE(m_webhooks.value(QStringLiteral("sign")).toObject().size(), m_signCases.size());
    }

    void checkoutBodiesMatch_data()
    {
        QTest::addColumn<QString>("name");
        const auto checkout = checkoutCases();
        for (auto it = checkout.cbegin(); it != checkout.cend(); ++it)
            QTest::addRow("%s", qPrintable(it.key())) << it.key();
    }

    void checkoutBodiesMatch()
    {
        QFETCH(QString, name);
        const CheckoutSessionRequest request = checkoutCases().value(name);
        const QJsonObject node = m_captured.value(QStringLiteral("create: ") + name).toObject();
        QCOMPARE(node.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        // node reports the body bytes as Latin-1 characters, one per byte
        const QByteArray nodeBody = node.value(QStringLiteral("body")).toString().toLatin1();
        QVERIFY(!nodeBody.isEmpty());
        QCOMPARE(FormEncoder::encode(request.toParams()), nodeBody);

        // And what the client really puts on the wire.
        auto transport = std::make_shared<FakeHttpTransport>();
        StripeConfig config;
        config.secretKey = QStringLiteral("sk_test_capture");
        config.maxNetworkRetries = 0;
        StripeClient client(config, transport);
        client.createCheckoutSession(request, QStringLiteral("k"), this, [](const auto &) {});
        QCOMPARE(transport->requests.size(), 1);
        QCOMPARE(transport->requests.first().body, nodeBody);
        QCOMPARE(
            ourRequestTarget(transport->requests.first()), node.value(QStringLiteral("path")).toString().toLatin1());
        QCOMPARE(QString::fromLatin1(transport->requests.first().header("Stripe-Version")),
            node.value(QStringLiteral("stripeVersion")).toString());
    }

    void refundBodiesMatch_data()
    {
        QTest::addColumn<QString>("name");
        const auto refunds = refundCases();
        for (auto it = refunds.cbegin(); it != refunds.cend(); ++it)
            QTest::addRow("%s", qPrintable(it.key())) << it.key();
    }

    void refundBodiesMatch()
    {
        QFETCH(QString, name);
        const RefundRequest request = refundCases().value(name);
        QVERIFY(request.validate().ok());
        const QJsonObject node = m_captured.value(QStringLiteral("refund: ") + name).toObject();
        QCOMPARE(node.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        const QByteArray nodeBody = node.value(QStringLiteral("body")).toString().toLatin1();
        QVERIFY(!nodeBody.isEmpty());

        auto transport = std::make_shared<FakeHttpTransport>();
        StripeConfig config;
        config.secretKey = QStringLiteral("sk_test_capture");
        config.maxNetworkRetries = 0;
        StripeClient client(config, transport);
        client.createRefund(request, kRefundKey, this, [](const auto &) {});
        QCOMPARE(transport->requests.size(), 1);
        const HttpRequest &ours = transport->requests.first();
        QCOMPARE(ours.body, nodeBody);
        QCOMPARE(ourRequestTarget(ours), node.value(QStringLiteral("path")).toString().toLatin1());
        QCOMPARE(QString::fromLatin1(ours.header("Idempotency-Key")),
            node.value(QStringLiteral("idempotencyKey")).toString());
        QCOMPARE(
            QString::fromLatin1(ours.header("Stripe-Version")), node.value(QStringLiteral("stripeVersion")).toString());
    }

    void taxRateBodiesMatch_data()
    {
        QTest::addColumn<QString>("name");
        const auto taxRates = taxRateCases();
        for (auto it = taxRates.cbegin(); it != taxRates.cend(); ++it)
            QTest::addRow("%s", qPrintable(it.key())) << it.key();
    }

    void taxRateBodiesMatch()
    {
        QFETCH(QString, name);
        const TaxRateRequest request = taxRateCases().value(name);
        QVERIFY(request.validate().ok());
        const QJsonObject node = m_captured.value(QStringLiteral("tax rate: ") + name).toObject();
        QCOMPARE(node.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        const QByteArray nodeBody = node.value(QStringLiteral("body")).toString().toLatin1();
        QVERIFY(!nodeBody.isEmpty());

        auto transport = std::make_shared<FakeHttpTransport>();
        StripeConfig config;
        config.secretKey = QStringLiteral("sk_test_capture");
        config.maxNetworkRetries = 0;
        StripeClient client(config, transport);
        client.createTaxRate(request, kTaxRateKey, this, [](const auto &) {});
        QCOMPARE(transport->requests.size(), 1);
        const HttpRequest &ours = transport->requests.first();
        QCOMPARE(ours.body, nodeBody);
        QCOMPARE(ourRequestTarget(ours), node.value(QStringLiteral("path")).toString().toLatin1());
        QCOMPARE(QString::fromLatin1(ours.header("Idempotency-Key")),
            node.value(QStringLiteral("idempotencyKey")).toString());
    }

    void couponBodiesMatch_data()
    {
        QTest::addColumn<QString>("name");
        const auto coupons = couponCases();
        for (auto it = coupons.cbegin(); it != coupons.cend(); ++it)
            QTest::addRow("%s", qPrintable(it.key())) << it.key();
    }

    void couponBodiesMatch()
    {
        QFETCH(QString, name);
        const CouponRequest request = couponCases().value(name);
        QVERIFY(request.validate().ok());
        const QJsonObject node = m_captured.value(QStringLiteral("coupon: ") + name).toObject();
        QCOMPARE(node.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        const QByteArray nodeBody = node.value(QStringLiteral("body")).toString().toLatin1();
        QVERIFY(!nodeBody.isEmpty());

        auto transport = std::make_shared<FakeHttpTransport>();
        StripeConfig config;
        config.secretKey = QStringLiteral("sk_test_capture");
        config.maxNetworkRetries = 0;
        StripeClient client(config, transport);
        client.createCoupon(request, kRefundKey, this, [](const auto &) {});
        QCOMPARE(transport->requests.size(), 1);
        const HttpRequest &ours = transport->requests.first();
        QCOMPARE(ours.body, nodeBody);
        QCOMPARE(ourRequestTarget(ours), node.value(QStringLiteral("path")).toString().toLatin1());
    }

    void refundQueriesMatch_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("retrieve") << QStringLiteral("refund retrieve");
        QTest::addRow("list, defaults") << QStringLiteral("refunds 0");
        QTest::addRow("list, payment intent page") << QStringLiteral("refunds 1");
        QTest::addRow("list, by charge") << QStringLiteral("refunds 2");
    }

    void refundQueriesMatch()
    {
        QFETCH(QString, name);
        auto transport = std::make_shared<FakeHttpTransport>();
        StripeClient client(StripeConfig {}, transport);
        if (name == QLatin1String("refund retrieve"))
            client.retrieveRefund(QStringLiteral("re_3PgcC2B7WZ01zgkW1aBcDeFg"), this, [](const auto &) {});
        else
            client.listRefunds(refundListCase(name.right(1).toInt()), this, [](const auto &) {});
        QCOMPARE(transport->requests.size(), 1);
        const QJsonObject node = m_captured.value(name).toObject();
        QCOMPARE(node.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(
            ourRequestTarget(transport->requests.first()), node.value(QStringLiteral("path")).toString().toLatin1());
        QVERIFY(transport->requests.first().body.isEmpty());
    }

    void periodListsMatch_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &resource : periodResources()) {
            for (int which = 0; which < 3; ++which) {
                const QString name = QStringLiteral("period %1 %2").arg(resource.second).arg(which);
                QTest::addRow("%s", qPrintable(name)) << name;
            }
        }
    }

    /** The day report's lists: created[gte]/[lt], limit and the cursor exactly as stripe-node. */
    void periodListsMatch()
    {
        QFETCH(QString, name);
        auto transport = std::make_shared<FakeHttpTransport>();
        StripeClient client(StripeConfig {}, transport);
        const PeriodListParams params = periodListCase(name.right(1).toInt());
        if (name.startsWith(QLatin1String("period charges")))
            client.listCharges(params, this, [](const auto &) {});
        else if (name.startsWith(QLatin1String("period refunds")))
            client.listRefunds(params, this, [](const auto &) {});
        else
            client.listBalanceTransactions(params, this, [](const auto &) {});
        QCOMPARE(transport->requests.size(), 1);
        const QJsonObject node = m_captured.value(name).toObject();
        QCOMPARE(node.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(
            ourRequestTarget(transport->requests.first()), node.value(QStringLiteral("path")).toString().toLatin1());
        QVERIFY(transport->requests.first().body.isEmpty());
    }

    void genericParamsMatch_data()
    {
        QTest::addColumn<QString>("name");
        const auto params = paramCases();
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            QTest::addRow("%s", qPrintable(it.key())) << it.key();
    }

    void genericParamsMatch()
    {
        QFETCH(QString, name);
        const Result<FormEncoder::Params> flat = FormEncoder::flattenJson(paramCases().value(name));
        QVERIFY2(flat.ok(), qPrintable(flat.ok() ? QString() : flat.error().message));
        const QJsonObject node = m_captured.value(QStringLiteral("params: ") + name).toObject();
        QCOMPARE(FormEncoder::encode(flat.value()), node.value(QStringLiteral("body")).toString().toLatin1());
    }

    void queryStringsMatch_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("retrieve") << QStringLiteral("retrieve false");
        QTest::addRow("retrieve with line items") << QStringLiteral("retrieve true");
        QTest::addRow("events, every filter") << QStringLiteral("events 1");
        QTest::addRow("events, defaults") << QStringLiteral("events 0");
        QTest::addRow("events, delivered only") << QStringLiteral("events 2");
    }

    void queryStringsMatch()
    {
        QFETCH(QString, name);
        auto transport = std::make_shared<FakeHttpTransport>();
        StripeClient client(StripeConfig {}, transport);
        if (name.startsWith(QLatin1String("retrieve")))
            client.retrieveCheckoutSession(QStringLiteral("cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqD"),
                name.endsWith(QLatin1String("true")), this, [](const auto &) {});
        else
            client.listEvents(eventsCase(name.right(1).toInt()), this, [](const auto &) {});
        QCOMPARE(transport->requests.size(), 1);
        const QJsonObject node = m_captured.value(name).toObject();
        QCOMPARE(node.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(
            ourRequestTarget(transport->requests.first()), node.value(QStringLiteral("path")).toString().toLatin1());
        QVERIFY(transport->requests.first().body.isEmpty());
    }

    void webhookVerdictsMatch_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_webhookCases.size(); ++i)
            QTest::addRow("%s", qPrintable(m_webhookCases.at(i).name)) << i;
    }

    void webhookVerdictsMatch()
    {
        QFETCH(int, index);
        const WebhookCase &c = m_webhookCases.at(index);
        const QJsonObject node = m_webhooks.value(QStringLiteral("verify")).toObject().value(c.name).toObject();
        QVERIFY(node.contains(QStringLiteral("ok")));
        const ManualClock clock(QDateTime::fromSecsSinceEpoch(c.nowSecs, Qt::UTC));
        const WebhookVerifier verifier(c.secret, clock, c.tolerance);
        const Result<void, WebhookError> ours = verifier.verify(c.payload, c.header);
        const bool nodeAccepts = node.value(QStringLiteral("ok")).toBool();
        QVERIFY2(ours.ok() == nodeAccepts,
            qPrintable(QStringLiteral("stripe-node: %1 (%2); ours: %3")
                           .arg(nodeAccepts ? QStringLiteral("accept") : QStringLiteral("reject"),
                               node.value(QStringLiteral("message")).toString(),
                               ours.ok() ? QStringLiteral("accept") : ours.error().message)));
    }

    void nodeSignaturesVerify_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_signCases.size(); ++i)
            QTest::addRow("%s", qPrintable(m_signCases.at(i).name)) << i;
    }

    void nodeSignaturesVerify()
    {
        QFETCH(int, index);
        const SignCase &c = m_signCases.at(index);
        const QByteArray nodeHeader
            = m_webhooks.value(QStringLiteral("sign")).toObject().value(c.name).toString().toUtf8();
        QVERIFY(nodeHeader.startsWith("t="));
        QCOMPARE(WebhookSigner::signatureHeader(c.payload, c.secret, c.timestamp), nodeHeader);
        const ManualClock clock(QDateTime::fromSecsSinceEpoch(c.timestamp + 1, Qt::UTC));
        QVERIFY(WebhookVerifier(c.secret, clock).verify(c.payload, nodeHeader).ok());
        QVERIFY(!WebhookVerifier(c.secret + 'x', clock).verify(c.payload, nodeHeader).ok());
    }
};

QTEST_GUILESS_MAIN(TestStripeNode)
#include "tst_stripenode.moc"
