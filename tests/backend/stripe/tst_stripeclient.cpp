// SPDX-License-Identifier: MIT
#include "FakeHttpTransport.h"
#include "FormEncoder.h"
#include "StripeClient.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QtTest>

#include <optional>

using namespace Kiosk;
using Kiosk::Test::FakeHttpTransport;

namespace {

const QString kKey = QStringLiteral("sk_test_51AbCdEfGhIjKlMnOpQrStUvWxYz0123456789SECRET");

QByteArray sessionJson(const QByteArray &id = "cs_test_a1", const QByteArray &amountTotal = "1250")
{
    return "{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"url\":\"https://checkout.stripe.com/c/pay/" + id
        + "\",\"status\":\"open\",\"payment_status\":\"unpaid\",\"amount_subtotal\":1250,\"amount_total\":"
        + amountTotal
        + ",\"currency\":\"eur\",\"created\":1767225000,\"expires_at\":1767311400,\"client_reference_id\":\"K1-"
          "000042\","
          "\"customer_email\":null,\"customer\":null,\"customer_details\":null,\"metadata\":{\"order\":\"K1-000042\"},"
          "\"payment_intent\":null,\"livemode\":false,\"mode\":\"payment\",\"success_url\":\"https://k/ok\","
          "\"cancel_url\":\"https://k/no\",\"payment_method_types\":[\"card\"]}";
}

QByteArray eventJson(const QByteArray &id)
{
    return "{\"id\":\"" + id
        + "\",\"object\":\"event\",\"type\":\"checkout.session.completed\",\"api_version\":"
          "\"2026-10-28.endive\",\"created\":1767225600,\"livemode\":false,\"pending_webhooks\":0,\"request\":"
          "{\"id\":null,\"idempotency_key\":null},\"data\":{\"object\":"
        + sessionJson() + "}}";
}

CheckoutSessionRequest sampleRequest()
{
    CheckoutSessionRequest r;
    r.currency = QStringLiteral("eur");
    CheckoutSessionRequest::Line line;
    line.name = QStringLiteral("Café crème — 12 oz");
    line.unitAmount = 450;
    line.quantity = 2;
    r.lines.append(line);
    r.successUrl = QStringLiteral("https://kiosk.local/ok?session={CHECKOUT_SESSION_ID}");
    r.cancelUrl = QStringLiteral("https://kiosk.local/cancel");
    r.clientReferenceId = QStringLiteral("K1-000042");
    r.metadata.append({ QStringLiteral("order"), QStringLiteral("K1-000042") });
    return r;
}

StripeConfig fastConfig(int maxRetries = 2)
{
    StripeConfig c;
    c.secretKey = kKey;
    c.apiBase = QUrl(QStringLiteral("https://api.stripe.test"));
    c.maxNetworkRetries = maxRetries;
    c.initialRetryDelayMs = 1; // keeps the tests quick; the formula is tested on its own
    c.maxRetryDelayMs = 4;
    return c;
}

QStringList g_captured;
QMutex g_capturedMutex;
void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_capturedMutex);
    g_captured.append(QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

} // namespace

class TestStripeClient final : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    static std::optional<Result<T, StripeError>> run(const std::function<void(StripeClient::Callback<T>)> &call)
    {
        std::optional<Result<T, StripeError>> result;
        call([&result](Result<T, StripeError> r) { result.emplace(std::move(r)); });
        const bool done = QTest::qWaitFor([&] { return result.has_value(); }, 5000);
        if (!done)
            return std::nullopt;
        return result;
    }

private slots:
    void requestCarriesAuthVersionAgentAndKey()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(200, sessionJson());
        StripeClient client(fastConfig(), transport);
        const auto result = run<CheckoutSession>([&](auto done) {
            client.createCheckoutSession(sampleRequest(), QStringLiteral("kiosk-create-K1-000042-1"), this, done);
        });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().id, QStringLiteral("cs_test_a1"));
        QCOMPARE(transport->requests.size(), 1);
        const HttpRequest &r = transport->requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url.toString(), QStringLiteral("https://api.stripe.test/v1/checkout/sessions"));
        QCOMPARE(r.header("authorization"), "Bearer " + kKey.toUtf8());
        QCOMPARE(r.header("Stripe-Version"), QByteArray("2026-10-28.endive"));
        QVERIFY(r.header("User-Agent").startsWith("CheckoutKiosk/" KIOSK_VERSION));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(r.header("Idempotency-Key"), QByteArray("kiosk-create-K1-000042-1"));
        QCOMPARE(r.body, FormEncoder::encode(sampleRequest().toParams()));
        QVERIFY(r.body.contains("success_url=https%3A%2F%2Fkiosk.local%2Fok%3Fsession%3D%7BCHECKOUT_SESSION_ID%7D"));
        QCOMPARE(r.timeoutMs, 80000);
    }

    void apiVersionIsConfigurable()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(200, sessionJson());
        StripeConfig config = fastConfig();
        config.apiVersion = QStringLiteral("2025-01-27.acacia");
        config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:12111/"));
        StripeClient client(config, transport);
        const auto result = run<CheckoutSession>(
            [&](auto done) { client.retrieveCheckoutSession(QStringLiteral("cs_test_a1"), false, this, done); });
        QVERIFY(result && result->ok());
        QCOMPARE(transport->requests.first().header("Stripe-Version"), QByteArray("2025-01-27.acacia"));
        QCOMPARE(transport->requests.first().url.toString(),
            QStringLiteral("http://127.0.0.1:12111/v1/checkout/sessions/cs_test_a1"));
    }

    void retries_data()
    {
        QTest::addColumn<QList<int>>("statuses"); // -1 = connection dropped
        QTest::addColumn<QList<QByteArray>>("shouldRetry");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<int>("finalStatus"); // 200 = success, 0 = connection error

        QTest::addRow("500 then 200") << QList<int> { 500, 200 } << QList<QByteArray> { "", "" } << 2 << 200;
        QTest::addRow("503 twice then 200")
            << QList<int> { 503, 503, 200 } << QList<QByteArray> { "", "", "" } << 3 << 200;
        QTest::addRow("409 is retried") << QList<int> { 409, 200 } << QList<QByteArray> { "", "" } << 2 << 200;
        QTest::addRow("400 is final") << QList<int> { 400, 200 } << QList<QByteArray> { "", "" } << 1 << 400;
        QTest::addRow("402 is final") << QList<int> { 402, 200 } << QList<QByteArray> { "", "" } << 1 << 402;
        QTest::addRow("429 is final") << QList<int> { 429, 200 } << QList<QByteArray> { "", "" } << 1 << 429;
        QTest::addRow("dropped connection is retried")
            << QList<int> { -1, 200 } << QList<QByteArray> { "", "" } << 2 << 200;
        QTest::addRow("should-retry false stops a 500")
            << QList<int> { 500, 200 } << QList<QByteArray> { "false", "" } << 1 << 500;
        QTest::addRow("should-retry true retries a 400")
            << QList<int> { 400, 200 } << QList<QByteArray> { "true", "" } << 2 << 200;
        QTest::addRow("max retries respected")
            << QList<int> { 500, 502, 503, 200 } << QList<QByteArray> { "", "", "", "" } << 3 << 503;
        QTest::addRow("connection errors exhaust retries")
            << QList<int> { -1, -1, -1, 200 } << QList<QByteArray> { "", "", "", "" } << 3 << 0;
    }

    void retries()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(QList<QByteArray>, shouldRetry);
        QFETCH(int, expectedRequests);
        QFETCH(int, finalStatus);

        auto transport = std::make_shared<FakeHttpTransport>();
        for (int i = 0; i < statuses.size(); ++i) {
            if (statuses.at(i) < 0) {
                transport->enqueueConnectionError(QStringLiteral("Connection closed"));
                continue;
            }
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!shouldRetry.at(i).isEmpty())
                headers.append({ QByteArrayLiteral("Stripe-Should-Retry"), shouldRetry.at(i) });
            const QByteArray body = statuses.at(i) == 200
                ? sessionJson()
                : QByteArrayLiteral("{\"error\":{\"type\":\"api_error\",\"message\":\"try later\"}}");
            transport->enqueue(statuses.at(i), body, headers);
        }
        StripeClient client(fastConfig(), transport);
        const auto result = run<CheckoutSession>([&](auto done) {
            client.createCheckoutSession(sampleRequest(), QStringLiteral("kiosk-create-K1-7-1"), this, done);
        });
        QVERIFY(result);
        QCOMPARE(transport->requests.size(), expectedRequests);
        for (const HttpRequest &r : std::as_const(transport->requests)) {
            QCOMPARE(r.header("Idempotency-Key"), QByteArray("kiosk-create-K1-7-1"));
            QCOMPARE(r.body, transport->requests.first().body);
        }
        if (finalStatus == 200) {
            QVERIFY(result->ok());
        } else {
            QVERIFY(!result->ok());
            QCOMPARE(result->error().httpStatus, finalStatus);
            QCOMPARE(result->error().connectionError, finalStatus == 0);
        }
    }

    void noRetriesWhenDisabled()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(500, "{}");
        transport->enqueue(200, sessionJson());
        StripeClient client(fastConfig(0), transport);
        const auto result = run<CheckoutSession>(
            [&](auto done) { client.retrieveCheckoutSession(QStringLiteral("cs_test_a1"), false, this, done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(transport->requests.size(), 1);
    }

    void closedConnectionRetriedOnceEvenWithRetriesOff()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueueConnectionError(QStringLiteral("Connection reset by peer"), true);
        transport->enqueueConnectionError(QStringLiteral("Connection reset by peer"), true);
        transport->enqueue(200, sessionJson());
        StripeClient client(fastConfig(0), transport);
        const auto result = run<CheckoutSession>([&](auto done) {
            client.createCheckoutSession(sampleRequest(), QStringLiteral("kiosk-create-K1-8-1"), this, done);
        });
        QVERIFY(result && !result->ok());
        QVERIFY(result->error().connectionError);
        QCOMPARE(transport->requests.size(), 2);
        QCOMPARE(transport->requests.at(1).header("Idempotency-Key"), QByteArray("kiosk-create-K1-8-1"));
    }

    void backoff_data()
    {
        QTest::addColumn<int>("retriesSoFar");
        QTest::addColumn<int>("jitter");
        QTest::addColumn<int>("expectedMs");
        // stripe-node: min(0.5 * 2^(n-1), 5) s * jitter, at least 0.5 s.
        QTest::addRow("first retry") << 0 << 1000 << 500;
        QTest::addRow("second retry") << 1 << 1000 << 500;
        QTest::addRow("third retry") << 2 << 1000 << 1000;
        QTest::addRow("third retry, half jitter") << 2 << 500 << 500;
        QTest::addRow("fourth retry, 3/4 jitter") << 3 << 750 << 1500;
        QTest::addRow("capped at 5 s") << 5 << 1000 << 5000;
        QTest::addRow("capped, half jitter") << 8 << 500 << 2500;
        QTest::addRow("huge retry count") << 1000 << 1000 << 5000;
    }

    void backoff()
    {
        QFETCH(int, retriesSoFar);
        QFETCH(int, jitter);
        QFETCH(int, expectedMs);
        QCOMPARE(StripeClient::retryDelayMs(retriesSoFar, 500, 5000, jitter), expectedMs);
    }

    void getParametersGoInTheQueryString()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(200, sessionJson());
        transport->enqueue(200, "{\"object\":\"list\",\"data\":[],\"has_more\":false,\"url\":\"/v1/events\"}");
        StripeClient client(fastConfig(), transport);
        QVERIFY(run<CheckoutSession>([&](auto done) {
            client.retrieveCheckoutSession(QStringLiteral("cs_test_a1"), true, this, done);
        })->ok());
        EventListParams params;
        params.types
            = QStringList { QStringLiteral("checkout.session.completed"), QStringLiteral("checkout.session.expired") };
        params.createdGt = 1700000000;
        params.startingAfter = QStringLiteral("evt_1");
        params.deliverySuccess = false;
        QVERIFY(run<StripeList<StripeEvent>>([&](auto done) { client.listEvents(params, this, done); })->ok());

        const HttpRequest &get = transport->requests.at(0);
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(get.url.path(), QStringLiteral("/v1/checkout/sessions/cs_test_a1"));
        QCOMPARE(get.url.query(QUrl::FullyEncoded).toLatin1(), QByteArray("expand[0]=line_items"));
        QVERIFY(get.body.isEmpty());
        QVERIFY(get.header("Idempotency-Key").isEmpty());
        QVERIFY(get.header("Content-Type").isEmpty());
        QCOMPARE(transport->requests.at(1).url.query(QUrl::FullyEncoded).toLatin1(),
            QByteArray("types[0]=checkout.session.completed&types[1]=checkout.session.expired"
                       "&created[gt]=1700000000&limit=100&starting_after=evt_1&delivery_success=false"));
    }

    void typedErrors()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(402,
            "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"decline_code\":"
            "\"insufficient_funds\",\"message\":\"Your card has insufficient funds.\",\"param\":\"\"}}",
            { { QByteArrayLiteral("Request-Id"), QByteArrayLiteral("req_402") } });
        transport->enqueue(502, "<html><body>Bad Gateway</body></html>",
            { { QByteArrayLiteral("Stripe-Should-Retry"), QByteArrayLiteral("false") } });
        transport->enqueue(404,
            "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\",\"param\":\"id\","
            "\"message\":\"No such checkout.session: 'cs_test_nope'\"}}");
        StripeClient client(fastConfig(), transport);
        const auto declined = run<CheckoutSession>(
            [&](auto done) { client.retrieveCheckoutSession(QStringLiteral("cs_test_a1"), false, this, done); });
        QVERIFY(declined && !declined->ok());
        const StripeError &e = declined->error();
        QCOMPARE(e.httpStatus, 402);
        QCOMPARE(e.type, QStringLiteral("card_error"));
        QCOMPARE(e.code, QStringLiteral("card_declined"));
        QCOMPARE(e.declineCode, QStringLiteral("insufficient_funds"));
        QCOMPARE(e.message, QStringLiteral("Your card has insufficient funds."));
        QCOMPARE(e.requestId, QStringLiteral("req_402"));
        QVERIFY(e.toString().contains(QStringLiteral("insufficient_funds")));

        const auto gateway = run<CheckoutSession>(
            [&](auto done) { client.retrieveCheckoutSession(QStringLiteral("cs_test_a1"), false, this, done); });
        QVERIFY(gateway && !gateway->ok());
        QCOMPARE(gateway->error().httpStatus, 502);
        QCOMPARE(gateway->error().type, QStringLiteral("api_error"));
        QVERIFY(gateway->error().message.contains(QStringLiteral("502")));
        QVERIFY(gateway->error().message.contains(QStringLiteral("Bad Gateway")));
        QVERIFY(!gateway->error().requestId.isEmpty());

        const auto missing = run<CheckoutSession>(
            [&](auto done) { client.retrieveCheckoutSession(QStringLiteral("cs_test_nope"), false, this, done); });
        QCOMPARE(missing->error().code, QStringLiteral("resource_missing"));
        QCOMPARE(missing->error().param, QStringLiteral("id"));
    }

    void malformedSuccessIsAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addRow("not json") << QByteArray("<html>") << QStringLiteral("not a JSON object");
        QTest::addRow("amount as string") << sessionJson("cs_test_a1", "\"12.50\"")
                                          << QStringLiteral("checkout.session: field amount_total must be an integer");
        QTest::addRow("amount as float") << sessionJson("cs_test_a1", "12.5")
                                         << QStringLiteral("checkout.session: field amount_total must be an integer");
        QTest::addRow("id missing") << QByteArray(sessionJson()).replace("\"id\":\"cs_test_a1\",", "")
                                    << QStringLiteral("checkout.session: field id is missing");
        QTest::addRow("wrong object") << QByteArray(sessionJson()).replace("\"checkout.session\"", "\"invoice\"")
                                      << QStringLiteral("field object must be \"checkout.session\"");
    }

    void malformedSuccessIsAnError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(200, body);
        StripeClient client(fastConfig(), transport);
        const auto result = run<CheckoutSession>(
            [&](auto done) { client.retrieveCheckoutSession(QStringLiteral("cs_test_a1"), false, this, done); });
        QVERIFY(result && !result->ok());
        QVERIFY2(result->error().message.contains(message), qPrintable(result->error().message));
        QCOMPARE(transport->requests.size(), 1);
    }

    void badInputSendsNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addRow("no lines") << 0;
        QTest::addRow("upper-case currency") << 1;
        QTest::addRow("zero quantity") << 2;
        QTest::addRow("bracket in metadata key") << 3;
        QTest::addRow("nine images") << 4;
        QTest::addRow("path in session id") << 5;
    }

    void badInputSendsNothing()
    {
        QFETCH(int, which);
        auto transport = std::make_shared<FakeHttpTransport>();
        StripeClient client(fastConfig(), transport);
        CheckoutSessionRequest r = sampleRequest();
        std::optional<Result<CheckoutSession, StripeError>> result;
        if (which == 5) {
            result = run<CheckoutSession>([&](auto done) {
                client.retrieveCheckoutSession(QStringLiteral("../v1/customers"), false, this, done);
            });
        } else {
            if (which == 0)
                r.lines.clear();
            if (which == 1)
                r.currency = QStringLiteral("EUR");
            if (which == 2)
                r.lines[0].quantity = 0;
            if (which == 3)
                r.metadata.append({ QStringLiteral("a[b]"), QStringLiteral("x") });
            if (which == 4)
                r.lines[0].images = QStringList(9, QStringLiteral("https://img/x.png"));
            result = run<CheckoutSession>(
                [&](auto done) { client.createCheckoutSession(r, QStringLiteral("k"), this, done); });
        }
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().type, QStringLiteral("invalid_request_error"));
        QVERIFY(!result->error().message.isEmpty());
        QVERIFY(transport->requests.isEmpty());
    }

    void secretKeyNeverLeaks()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*=true"));
        g_captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);

        auto transport = std::make_shared<FakeHttpTransport>();
        const QByteArray echo
            = "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key provided: " + kKey.toUtf8()
            + "\",\"param\":\"" + kKey.toUtf8() + "\"}}";
        transport->enqueue(401, echo, { { QByteArrayLiteral("Request-Id"), QByteArrayLiteral("req_401") } });
        transport->enqueue(500, "upstream said: Bearer " + kKey.toUtf8());
        transport->enqueue(500, "again " + kKey.toUtf8());
        transport->enqueue(500, "and again " + kKey.toUtf8());
        transport->enqueueConnectionError(QStringLiteral("proxy refused Authorization: Bearer ") + kKey);
        transport->enqueueConnectionError(QStringLiteral("proxy refused Authorization: Bearer ") + kKey);
        transport->enqueueConnectionError(QStringLiteral("proxy refused Authorization: Bearer ") + kKey);
        transport->enqueue(400,
            "{\"error\":{\"message\":\"someone else's key sk_live_"
            "AAAAAAAAAAAAAAAAzzzz\"}}");

        QList<StripeError> errors;
        StripeClient client(fastConfig(), transport);
        for (int i = 0; i < 4; ++i) {
            const auto result = run<CheckoutSession>([&](auto done) {
                client.createCheckoutSession(sampleRequest(), QStringLiteral("kiosk-create-K1-9-1"), this, done);
            });
            QVERIFY(result && !result->ok());
            errors.append(result->error());
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QCOMPARE(errors.at(0).httpStatus, 401);
        QVERIFY(errors.at(0).message.contains(QStringLiteral("sk_test_")));
        QVERIFY(errors.at(0).message.contains(QStringLiteral("CRET"))); // masked, not removed
        QCOMPARE(errors.at(1).httpStatus, 500);
        QVERIFY(errors.at(2).connectionError);
        QVERIFY(!errors.at(3).message.contains(QStringLiteral("AAAAAAAAAAAAAAAAzzzz")));
        QVERIFY(!g_captured.isEmpty()); // the failures were logged
        const QString secretCore = kKey.mid(8);
        for (const StripeError &e : std::as_const(errors)) {
            for (const QString &field : { e.toString(), e.message, e.param, e.type, e.code, e.requestId })
                QVERIFY2(!field.contains(secretCore), qPrintable(field));
        }
        for (const QString &line : std::as_const(g_captured))
            QVERIFY2(!line.contains(secretCore), qPrintable(line));
        // The key does travel where it must: in the Authorization header.
        QCOMPARE(transport->requests.first().header("Authorization"), "Bearer " + kKey.toUtf8());
    }

    void upstreamRequestIdIsNotRepeatedUnchecked_data()
    {
        QTest::addColumn<QByteArray>("requestId");
        QTest::addColumn<bool>("shown");
        QTest::addRow("Stripe's shape") << QByteArray("req_Gk9sI5CQ0wi4Yu") << true;
        QTest::addRow("our own key") << kKey.toUtf8() << false;
        QTest::addRow("another live key") << QByteArray("sk_live_").append("ZZZZZZZZZZZZZZZZqqqq") << false;
        QTest::addRow("restricted key") << QByteArray("rk_test_ZZZZZZZZZZZZZZZZqqqq") << false;
        QTest::addRow("webhook secret") << QByteArray("whsec_ZZZZZZZZZZZZZZZZqqqq") << false;
        QTest::addRow("req_ then a key") << QByteArray("req_x sk_test_ZZZZZZZZZZZZZZZZqqqq") << false;
        QTest::addRow("a bearer token") << QByteArray("Bearer ZZZZZZZZZZZZZZZZqqqq") << false;
        QTest::addRow("terminal escapes") << QByteArray("req_1\x1b[2J\nfake log line ZZZZqqqq") << false;
        QTest::addRow("10 kB") << QByteArray("req_") + QByteArray(10000, 'Z') << false;
    }

    void upstreamRequestIdIsNotRepeatedUnchecked()
    {
        // The Request-Id of a failed attempt is logged with the retry, and that of the final
        // failure goes into the error: neither repeats a value that is not shaped like one.
        QFETCH(QByteArray, requestId);
        QFETCH(bool, shown);
        QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*=true"));
        g_captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        auto transport = std::make_shared<FakeHttpTransport>();
        const QByteArray body("{\"error\":{\"type\":\"api_error\",\"message\":\"try later\"}}");
        transport->enqueue(500, body, { { QByteArrayLiteral("Request-Id"), requestId } });
        transport->enqueue(500, body, { { QByteArrayLiteral("Request-Id"), requestId } });
        StripeClient client(fastConfig(1), transport);
        const auto result = run<CheckoutSession>([&](auto done) {
            client.createCheckoutSession(sampleRequest(), QStringLiteral("kiosk-create-K1-8-1"), this, done);
        });
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(result && !result->ok());
        QCOMPARE(transport->requests.size(), 2);

        const QString retryLine = g_captured.filter(QStringLiteral("- retry 1")).value(0);
        QVERIFY2(!retryLine.isEmpty(), qPrintable(g_captured.join(QLatin1Char('\n'))));
        const QString id = QString::fromUtf8(requestId);
        QCOMPARE(retryLine.contains(id), shown);
        QCOMPARE(result->error().requestId, shown ? id : QString());
        if (!shown) {
            for (const QString &line : std::as_const(g_captured)) {
                QVERIFY2(!line.contains(QLatin1String("ZZZZ")), qPrintable(line));
                QVERIFY2(!line.contains(kKey.mid(8)), qPrintable(line));
                QVERIFY2(!line.contains(QLatin1Char('\x1b')), qPrintable(line));
            }
        }
    }

    void listAllEventsWalksEveryPage()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(200,
            "{\"object\":\"list\",\"has_more\":true,\"url\":\"/v1/events\",\"data\":[" + eventJson("evt_5") + ","
                + eventJson("evt_4") + "]}");
        transport->enqueue(200,
            "{\"object\":\"list\",\"has_more\":true,\"url\":\"/v1/events\",\"data\":[" + eventJson("evt_3") + ","
                + eventJson("evt_2") + "]}");
        transport->enqueue(200,
            "{\"object\":\"list\",\"has_more\":false,\"url\":\"/v1/events\",\"data\":[" + eventJson("evt_1") + "]}");
        StripeClient client(fastConfig(), transport);
        EventListParams params;
        params.limit = 2;
        const auto result = run<QList<StripeEvent>>([&](auto done) { client.listAllEvents(params, this, done); });
        QVERIFY(result && result->ok());
        QStringList ids;
        for (const StripeEvent &e : result->value())
            ids.append(e.id);
        QCOMPARE(ids,
            (QStringList { QStringLiteral("evt_5"), QStringLiteral("evt_4"), QStringLiteral("evt_3"),
                QStringLiteral("evt_2"), QStringLiteral("evt_1") }));
        QCOMPARE(transport->requests.size(), 3);
        QVERIFY(!transport->requests.at(0).url.query().contains(QStringLiteral("starting_after")));
        QVERIFY(transport->requests.at(1).url.query().contains(QStringLiteral("starting_after=evt_4")));
        QVERIFY(transport->requests.at(2).url.query().contains(QStringLiteral("starting_after=evt_2")));
        QVERIFY(result->value().first().session.has_value());
    }

    void listAllEventsStopsOnARepeatingPage()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        const QByteArray page
            = "{\"object\":\"list\",\"has_more\":true,\"url\":\"/v1/events\",\"data\":[" + eventJson("evt_2") + "]}";
        transport->enqueue(200, page);
        transport->enqueue(200, page);
        StripeClient client(fastConfig(), transport);
        const auto result = run<QList<StripeEvent>>([&](auto done) { client.listAllEvents({}, this, done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(transport->requests.size(), 2);
    }

    void lineItemsList()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(200,
            "{\"object\":\"list\",\"has_more\":false,\"url\":\"/v1/checkout/sessions/cs_1/line_items\","
            "\"data\":[{\"id\":\"li_1\",\"object\":\"item\",\"amount_discount\":0,\"amount_subtotal\":900,"
            "\"amount_tax\":0,\"amount_total\":900,\"currency\":\"eur\",\"description\":\"Tom & Jerry's\","
            "\"quantity\":2,\"price\":{\"id\":\"price_1\",\"object\":\"price\",\"unit_amount\":450,"
            "\"product\":\"prod_1\"}}]}");
        StripeClient client(fastConfig(), transport);
        const auto result
            = run<StripeList<LineItem>>([&](auto done) { client.listLineItems(QStringLiteral("cs_1"), this, done); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().data.size(), 1);
        const LineItem &item = result->value().data.first();
        QCOMPARE(item.description, QStringLiteral("Tom & Jerry's"));
        QCOMPARE(item.quantity, 2);
        QCOMPARE(item.unitAmount, 450);
        QCOMPARE(item.amountTotal, 900);
        QCOMPARE(item.productId, QStringLiteral("prod_1"));
        QCOMPARE(transport->requests.first().url.path(), QStringLiteral("/v1/checkout/sessions/cs_1/line_items"));
    }

    void expireUsesPostWithKey()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(200, QByteArray(sessionJson()).replace("\"open\"", "\"expired\""));
        StripeClient client(fastConfig(), transport);
        const auto result = run<CheckoutSession>([&](auto done) {
            client.expireCheckoutSession(
                QStringLiteral("cs_test_a1"), QStringLiteral("kiosk-expire-K1-1-1"), this, done);
        });
        QVERIFY(result && result->ok());
        QVERIFY(result->value().isExpired());
        const HttpRequest &r = transport->requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url.path(), QStringLiteral("/v1/checkout/sessions/cs_test_a1/expire"));
        QCOMPARE(r.header("Idempotency-Key"), QByteArray("kiosk-expire-K1-1-1"));
    }

    void refundCreatedOnceAcrossRetries()
    {
        const QByteArray refund = "{\"id\":\"re_1\",\"object\":\"refund\",\"amount\":250,\"currency\":\"eur\","
                                  "\"charge\":\"ch_1\",\"payment_intent\":\"pi_1\",\"status\":\"succeeded\","
                                  "\"reason\":\"requested_by_customer\",\"metadata\":{\"refund_id\":\"7\"},"
                                  "\"balance_transaction\":\"txn_1\",\"created\":1767225600}";
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(503, QByteArrayLiteral("{\"error\":{\"type\":\"api_error\",\"message\":\"later\"}}"));
        transport->enqueueConnectionError(QStringLiteral("Connection reset"));
        transport->enqueue(200, refund);
        StripeClient client(fastConfig(), transport);
        RefundRequest request;
        request.paymentIntent = QStringLiteral("pi_1");
        request.amount = 250;
        request.reason = QStringLiteral("requested_by_customer");
        const QString key = StripeClient::refundIdempotencyKey(QStringLiteral("K1-000007"), 7, QStringLiteral("inst1"));
        QCOMPARE(key, QStringLiteral("kiosk-inst1-refund-K1-000007-7"));
        const auto result = run<Refund>([&](auto done) { client.createRefund(request, key, this, done); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().id, QStringLiteral("re_1"));
        QCOMPARE(result->value().amount, 250);
        QVERIFY(result->value().isSucceeded());
        QCOMPARE(result->value().paymentIntent, QStringLiteral("pi_1"));
        QCOMPARE(result->value().metadata.value(QStringLiteral("refund_id")), QStringLiteral("7"));
        QCOMPARE(transport->requests.size(), 3);
        for (const HttpRequest &r : std::as_const(transport->requests)) {
            QCOMPARE(r.method, QByteArray("POST"));
            QCOMPARE(r.url.path(), QStringLiteral("/v1/refunds"));
            QCOMPARE(r.header("Idempotency-Key"), key.toUtf8());
            QCOMPARE(r.body, QByteArray("payment_intent=pi_1&amount=250&reason=requested_by_customer"));
        }
        // Another refund of the same order gets another key; the same one on another till too.
        QVERIFY(key != StripeClient::refundIdempotencyKey(QStringLiteral("K1-000007"), 8, QStringLiteral("inst1")));
        QVERIFY(key != StripeClient::refundIdempotencyKey(QStringLiteral("K1-000007"), 7, QStringLiteral("inst2")));
    }

    void badRefundSendsNothing_data()
    {
        QTest::addColumn<QString>("paymentIntent");
        QTest::addColumn<QString>("charge");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("reason");
        QTest::addRow("neither intent nor charge") << QString() << QString() << qint64(100) << QString();
        QTest::addRow("both") << QStringLiteral("pi_1") << QStringLiteral("ch_1") << qint64(100) << QString();
        QTest::addRow("zero amount") << QStringLiteral("pi_1") << QString() << qint64(0) << QString();
        QTest::addRow("negative amount") << QStringLiteral("pi_1") << QString() << qint64(-5) << QString();
        QTest::addRow("above Stripe's maximum")
            << QStringLiteral("pi_1") << QString() << qint64(100000000) << QString();
        QTest::addRow("reason Stripe sets itself")
            << QStringLiteral("pi_1") << QString() << qint64(100) << QStringLiteral("expired_uncaptured_charge");
        QTest::addRow("path in the intent id")
            << QStringLiteral("pi_1/../../v1/customers") << QString() << qint64(100) << QString();
    }

    void badRefundSendsNothing()
    {
        QFETCH(QString, paymentIntent);
        QFETCH(QString, charge);
        QFETCH(qint64, amount);
        QFETCH(QString, reason);
        auto transport = std::make_shared<FakeHttpTransport>();
        StripeClient client(fastConfig(), transport);
        RefundRequest request;
        request.paymentIntent = paymentIntent;
        request.charge = charge;
        request.amount = amount;
        request.reason = reason;
        const auto result
            = run<Refund>([&](auto done) { client.createRefund(request, QStringLiteral("k"), this, done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().type, QStringLiteral("invalid_request_error"));
        QVERIFY(!result->error().message.isEmpty());
        QVERIFY(transport->requests.isEmpty());
    }

    void refundRetrieveAndList()
    {
        const QByteArray refund = "{\"id\":\"re_2\",\"object\":\"refund\",\"amount\":99,\"currency\":\"eur\","
                                  "\"charge\":null,\"payment_intent\":{\"id\":\"pi_9\",\"object\":\"payment_intent\"},"
                                  "\"status\":\"failed\",\"failure_reason\":\"expired_or_canceled_card\","
                                  "\"reason\":null,\"metadata\":{},\"created\":1}";
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(200, refund);
        transport->enqueue(
            200, "{\"object\":\"list\",\"url\":\"/v1/refunds\",\"has_more\":false,\"data\":[" + refund + "]}");
        StripeClient client(fastConfig(), transport);
        const auto one = run<Refund>([&](auto done) { client.retrieveRefund(QStringLiteral("re_2"), this, done); });
        QVERIFY(one && one->ok());
        QVERIFY(one->value().isFailed());
        QCOMPARE(one->value().failureReason, QStringLiteral("expired_or_canceled_card"));
        QCOMPARE(one->value().paymentIntent, QStringLiteral("pi_9"));
        QCOMPARE(transport->requests.at(0).url.path(), QStringLiteral("/v1/refunds/re_2"));
        RefundListParams params;
        params.paymentIntent = QStringLiteral("pi_9");
        const auto list = run<StripeList<Refund>>([&](auto done) { client.listRefunds(params, this, done); });
        QVERIFY(list && list->ok());
        QCOMPARE(list->value().data.size(), 1);
        QCOMPARE(
            transport->requests.at(1).url.query(QUrl::FullyEncoded), QStringLiteral("payment_intent=pi_9&limit=100"));
        const auto bad
            = run<Refund>([&](auto done) { client.retrieveRefund(QStringLiteral("re_2/cancel"), this, done); });
        QVERIFY(bad && !bad->ok());
        QCOMPARE(transport->requests.size(), 2);
    }

    void callbackDroppedWhenContextDies()
    {
        auto transport = std::make_shared<FakeHttpTransport>();
        transport->enqueue(200, sessionJson());
        transport->enqueue(200, sessionJson("cs_test_b2"));
        StripeClient client(fastConfig(), transport);
        bool firstCalled = false;
        auto *doomed = new QObject;
        client.retrieveCheckoutSession(QStringLiteral("cs_test_a1"), false, doomed,
            [&firstCalled](const Result<CheckoutSession, StripeError> &) { firstCalled = true; });
        delete doomed;
        // Responses are delivered in order, so once the second call has answered the first had
        // its chance to run.
        const auto second = run<CheckoutSession>(
            [&](auto done) { client.retrieveCheckoutSession(QStringLiteral("cs_test_b2"), false, this, done); });
        QVERIFY(second && second->ok());
        QVERIFY(!firstCalled);
    }

    void idempotencyKeys()
    {
        const QString a = StripeClient::idempotencyKey(QStringLiteral("K1-000042"), 1, QStringLiteral("create"));
        QCOMPARE(a, StripeClient::idempotencyKey(QStringLiteral("K1-000042"), 1, QStringLiteral("create")));
        QCOMPARE(a, QStringLiteral("kiosk-create-K1-000042-1"));
        QVERIFY(a != StripeClient::idempotencyKey(QStringLiteral("K1-000042"), 2, QStringLiteral("create")));
        QVERIFY(a != StripeClient::idempotencyKey(QStringLiteral("K1-000042"), 1, QStringLiteral("expire")));
        const QString longKey
            = StripeClient::idempotencyKey(QString(400, QLatin1Char('9')), 1, QStringLiteral("create"));
        QVERIFY(longKey.size() <= 255);
        QCOMPARE(longKey, StripeClient::idempotencyKey(QString(400, QLatin1Char('9')), 1, QStringLiteral("create")));
        const QString odd = StripeClient::idempotencyKey(QStringLiteral("Café/7 ü"), 1, QStringLiteral("create"));
        QVERIFY(odd.size() <= 255);
        QCOMPARE(QString::fromLatin1(odd.toLatin1()), odd);
    }

    void testMode()
    {
        StripeConfig live;
        live.secretKey = QStringLiteral("sk_live_x");
        QVERIFY(!StripeClient(live, std::make_shared<FakeHttpTransport>()).isTestMode());
        StripeConfig test;
        test.secretKey = QStringLiteral("sk_test_x");
        QVERIFY(StripeClient(test, std::make_shared<FakeHttpTransport>()).isTestMode());
        StripeConfig sim = live;
        sim.apiBase = QUrl(QStringLiteral("http://127.0.0.1:12111"));
        QVERIFY(StripeClient(sim, std::make_shared<FakeHttpTransport>()).isTestMode());
    }
};

QTEST_GUILESS_MAIN(TestStripeClient)
#include "tst_stripeclient.moc"
