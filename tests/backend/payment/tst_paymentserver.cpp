// SPDX-License-Identifier: MIT
// checkout-kiosk-server as a process: the JSON API, the token rule, clean shutdown, and a
// SIGKILL in the middle of a payment against a separately running stripe-sim.
#include "ChildProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kWaitMs = 20000;
const QString kKey = QStringLiteral("sk_test_serverprocess00000000009876");

using Kiosk::Test::at;
using Kiosk::Test::ChildProcess;
using Kiosk::Test::HttpResult;

HttpResult request(
    const QByteArray &method, const QUrl &url, const QByteArray &body = {}, const Kiosk::Test::Headers &headers = {})
{
    return Kiosk::Test::http(method, url, body, headers, kWaitMs);
}

} // namespace

class TestPaymentServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoModeSaysSoWithoutTheKey();
    void checkoutListAndCancel();
    void badRequestsAreRefused_data();
    void badRequestsAreRefused();
    void overlongListParametersAreRefused_data();
    void overlongListParametersAreRefused();
    void nonLoopbackWithoutTokenRefusesToStart();
    void tokenIsCheckedOnEveryApiRequest_data();
    void tokenIsCheckedOnEveryApiRequest();
    void killedMidPaymentEndsPaidAfterRestart();
    void killedBetweenTheCheckoutsTwoCommitsRecovers();
    void sigtermShutsDownCleanly();
    void helpDocumentsTheOptions();
    void shopTaxAndBusinessDayFromOptions();
    void badShopOptionsAreNamed_data();
    void badShopOptionsAreNamed();

private:
    QStringList baseArgs(const QString &dbName) const
    {
        return { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), m_dir.filePath(dbName),
            QStringLiteral("--catalog"), Kiosk::Test::sourcePath(QStringLiteral("resources/catalog/catalog.json")) };
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ChildProcess> m_demo;
    QUrl m_demoUrl;
};

void TestPaymentServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = std::make_unique<ChildProcess>();
    m_demoUrl = m_demo->start(QStringLiteral(KIOSK_SERVER_BIN), baseArgs(QStringLiteral("demo.sqlite")),
        QStringLiteral("checkout-kiosk-server listening on"));
    QVERIFY2(m_demoUrl.isValid(), qPrintable(m_demo->output()));
}

void TestPaymentServer::demoModeSaysSoWithoutTheKey()
{
    const QString out = m_demo->output();
    QVERIFY(out.contains(QLatin1String("embedded Stripe test-mode simulator")));
    const QRegularExpression masked(QStringLiteral("key (sk_test_\\S+)"));
    const auto match = masked.match(out);
    QVERIFY(match.hasMatch());
    QVERIFY(match.captured(1).contains(QChar(0x2026))); // masked: "sk_test_…abcd"
    QCOMPARE(request("GET", at(m_demoUrl, QStringLiteral("/healthz"))).status, 200);
}

void TestPaymentServer::checkoutListAndCancel()
{
    const HttpResult created = request("POST", at(m_demoUrl, QStringLiteral("/api/checkout")),
        "{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":2}],\"customer_email\":\"buyer@example.com\"}");
    QCOMPARE(created.status, 201);
    const QJsonObject o = created.json();
    QCOMPARE(o.value(QStringLiteral("amount_total")).toInteger(), 590); // 2 × 2.95 from the catalog
    QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("usd"));
    QVERIFY(o.value(QStringLiteral("session_id")).toString().startsWith(QLatin1String("cs_test_")));
    QVERIFY(o.value(QStringLiteral("url")).toString().startsWith(QLatin1String("http")));
    QVERIFY(o.value(QStringLiteral("expires_at")).toInteger() > QDateTime::currentSecsSinceEpoch() + 30 * 60);
    const qint64 id = o.value(QStringLiteral("order_id")).toInteger();

    const HttpResult one = request("GET", at(m_demoUrl, QStringLiteral("/api/orders/%1").arg(id)));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_payment"));
    QCOMPARE(one.json().value(QStringLiteral("lines")).toArray().size(), 1);

    const HttpResult list
        = request("GET", at(m_demoUrl, QStringLiteral("/api/orders?status=awaiting_payment&limit=10")));
    QCOMPARE(list.status, 200);
    QVERIFY(list.json().value(QStringLiteral("count")).toInteger() >= 1);
    QVERIFY(!list.json().value(QStringLiteral("totals")).toArray().isEmpty());

    const HttpResult cancelled = request("POST", at(m_demoUrl, QStringLiteral("/api/orders/%1/cancel").arg(id)));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(request("GET", at(m_demoUrl, QStringLiteral("/api/orders/999999"))).status, 404);
}

void TestPaymentServer::badRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QString checkout = QStringLiteral("/api/checkout");
    QTest::addRow("malformed json") << QByteArray("POST") << checkout << QByteArray("{\"items\": [")
                                    << QStringLiteral("malformed_json");
    QTest::addRow("no items") << QByteArray("POST") << checkout << QByteArray("{\"items\": []}")
                              << QStringLiteral("missing_items");
    QTest::addRow("unknown sku") << QByteArray("POST") << checkout
                                 << QByteArray("{\"items\":[{\"sku\":\"NOPE-1\",\"quantity\":1}]}")
                                 << QStringLiteral("unknown_sku");
    QTest::addRow("quantity zero") << QByteArray("POST") << checkout
                                   << QByteArray("{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":0}]}")
                                   << QStringLiteral("quantity_out_of_range");
    QTest::addRow("quantity 1000") << QByteArray("POST") << checkout
                                   << QByteArray("{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":1000}]}")
                                   << QStringLiteral("quantity_out_of_range");
    QTest::addRow("fractional quantity") << QByteArray("POST") << checkout
                                         << QByteArray("{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":1.5}]}")
                                         << QStringLiteral("quantity_out_of_range");
    QTest::addRow("bad email") << QByteArray("POST") << checkout
                               << QByteArray(
                                      "{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":1}],\"customer_email\":\"nope\"}")
                               << QStringLiteral("invalid_email");
    QTest::addRow("bad date") << QByteArray("GET") << QStringLiteral("/api/orders?from=yesterday") << QByteArray()
                              << QStringLiteral("invalid_date");
    QTest::addRow("bad status") << QByteArray("GET") << QStringLiteral("/api/orders?status=lost") << QByteArray()
                                << QStringLiteral("invalid_status");
    QTest::addRow("bad paging") << QByteArray("GET") << QStringLiteral("/api/orders?limit=0") << QByteArray()
                                << QStringLiteral("invalid_paging");
    QTest::addRow("bad order id") << QByteArray("GET") << QStringLiteral("/api/orders/abc") << QByteArray()
                                  << QStringLiteral("invalid_order_id");
    // Order ids are strict decimal: a sign, a leading zero or trailing junk is not order 1.
    for (const char *id : { "+1", "01", "01x", "1x", "%2B1", "-1", "0", "1e0", "99999999999999999999" })
        QTest::addRow("order id %s", id) << QByteArray("GET") << QStringLiteral("/api/orders/%1").arg(QLatin1String(id))
                                         << QByteArray() << QStringLiteral("invalid_order_id");
    QTest::addRow("cancel order +1") << QByteArray("POST") << QStringLiteral("/api/orders/+1/cancel") << QByteArray()
                                     << QStringLiteral("invalid_order_id");
}

void TestPaymentServer::badRequestsAreRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const qint64 before = request("GET", at(m_demoUrl, QStringLiteral("/api/orders")))
                              .json()
                              .value(QStringLiteral("count"))
                              .toInteger();
    const HttpResult r = request(method, at(m_demoUrl, path), body);
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    const qint64 after = request("GET", at(m_demoUrl, QStringLiteral("/api/orders")))
                             .json()
                             .value(QStringLiteral("count"))
                             .toInteger();
    QCOMPARE(after, before); // nothing recorded
}

void TestPaymentServer::overlongListParametersAreRefused_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("status");
    QTest::addRow("q of 50,000") << QStringLiteral("q") << 50000 << 400;
    QTest::addRow("q of 257") << QStringLiteral("q") << 257 << 400;
    QTest::addRow("q of 256 is searched") << QStringLiteral("q") << 256 << 200;
    QTest::addRow("status") << QStringLiteral("status") << 5000 << 400;
    QTest::addRow("from") << QStringLiteral("from") << 5000 << 400;
    QTest::addRow("to") << QStringLiteral("to") << 5000 << 400;
    QTest::addRow("offset") << QStringLiteral("offset") << 5000 << 400;
    QTest::addRow("limit") << QStringLiteral("limit") << 5000 << 400;
}

void TestPaymentServer::overlongListParametersAreRefused()
{
    QFETCH(QString, parameter);
    QFETCH(int, length);
    QFETCH(int, status);
    // With an order on record, a long q used to reach SQLite's LIKE pattern limit: 500.
    QCOMPARE(request("POST", at(m_demoUrl, QStringLiteral("/api/checkout")),
                 "{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":1}]}")
                 .status,
        201);
    // Digits, so that only the length is wrong with offset and limit.
    const QString value(length, QLatin1Char('7'));
    const HttpResult r = request("GET", at(m_demoUrl, QStringLiteral("/api/orders?%1=%2").arg(parameter, value)));
    QCOMPARE(r.status, status);
    if (status != 400) {
        QCOMPARE(r.json().value(QStringLiteral("count")).toInteger(), 0);
        return;
    }
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("parameter_too_long"));
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1Char('"') + parameter + QLatin1Char('"')), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("7777")), qPrintable(message)); // the value is not echoed
}

void TestPaymentServer::nonLoopbackWithoutTokenRefusesToStart()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KIOSK_API_TOKEN"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KIOSK_SERVER_BIN),
        baseArgs(QStringLiteral("open.sqlite")) << QStringLiteral("--host") << QStringLiteral("0.0.0.0"));
    QVERIFY(p.waitForFinished(kWaitMs));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY(p.exitCode() != 0);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("token")));
}

void TestPaymentServer::tokenIsCheckedOnEveryApiRequest_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addRow("none") << QByteArray() << 401;
    QTest::addRow("wrong") << QByteArray("Bearer not-the-token-000000") << 401;
    QTest::addRow("prefix") << QByteArray("Bearer s3cret-token") << 401;
    QTest::addRow("right") << QByteArray("Bearer s3cret-token-123456") << 200;
}

void TestPaymentServer::tokenIsCheckedOnEveryApiRequest()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    ChildProcess server;
    const QUrl url = server.start(QStringLiteral(KIOSK_SERVER_BIN),
        baseArgs(QStringLiteral("token.sqlite"))
            << QStringLiteral("--host") << QStringLiteral("0.0.0.0") << QStringLiteral("--api-token")
            << QStringLiteral("s3cret-token-123456"),
        QStringLiteral("checkout-kiosk-server listening on"));
    QVERIFY2(url.isValid(), qPrintable(server.output()));
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({ "Authorization", authorization });
    QCOMPARE(request("GET", at(url, QStringLiteral("/api/orders")), {}, headers).status, status);
    QCOMPARE(request("POST", at(url, QStringLiteral("/api/checkout")),
                 "{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":1}]}", headers)
                 .status,
        status == 200 ? 201 : status);
}

void TestPaymentServer::killedMidPaymentEndsPaidAfterRestart()
{
    ChildProcess sim;
    const QUrl simUrl = sim.start(QStringLiteral(KIOSK_SIM_BIN), { QStringLiteral("--port"), QStringLiteral("0") },
        QStringLiteral("stripe-sim listening on"));
    QVERIFY2(simUrl.isValid(), qPrintable(sim.output()));
    const QStringList args = baseArgs(QStringLiteral("killed.sqlite"))
        << QStringLiteral("--stripe-key") << kKey << QStringLiteral("--api-base") << simUrl.toString()
        << QStringLiteral("--webhook-secret") << QStringLiteral("whsec_killtest");

    auto server = std::make_unique<ChildProcess>();
    QUrl url
        = server->start(QStringLiteral(KIOSK_SERVER_BIN), args, QStringLiteral("checkout-kiosk-server listening on"));
    QVERIFY2(url.isValid(), qPrintable(server->output()));
    QVERIFY(!server->output().contains(kKey)); // only the masked key is printed
    const HttpResult created = request(
        "POST", at(url, QStringLiteral("/api/checkout")), "{\"items\":[{\"sku\":\"CAF-002\",\"quantity\":1}]}");
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("order_id")).toInteger();
    const QString session = created.json().value(QStringLiteral("session_id")).toString();

    // SIGKILL: no destructor runs, nothing is flushed by us.
    server->process().kill();
    QVERIFY(server->process().waitForFinished(kWaitMs));
    server.reset();

    // The buyer pays while the server is down; no webhook endpoint can reach it.
    const HttpResult paid = request("POST", at(simUrl, QStringLiteral("/_sim/sessions/%1/pay").arg(session)),
        "{\"card\":\"4242424242424242\",\"email\":\"buyer@example.com\"}");
    QCOMPARE(paid.status, 200);

    server = std::make_unique<ChildProcess>();
    url = server->start(QStringLiteral(KIOSK_SERVER_BIN), args, QStringLiteral("checkout-kiosk-server listening on"));
    QVERIFY2(url.isValid(), qPrintable(server->output()));
    QString status;
    QVERIFY(QTest::qWaitFor(
        [&] {
            status = request("GET", at(url, QStringLiteral("/api/orders/%1").arg(id)))
                         .json()
                         .value(QStringLiteral("status"))
                         .toString();
            return status == QLatin1String("paid");
        },
        kWaitMs));
    const HttpResult list = request("GET", at(url, QStringLiteral("/api/orders?status=paid")));
    QCOMPARE(list.json().value(QStringLiteral("count")).toInteger(), 1);
}

void TestPaymentServer::killedBetweenTheCheckoutsTwoCommitsRecovers()
{
    ChildProcess sim;
    const QUrl simUrl = sim.start(QStringLiteral(KIOSK_SIM_BIN), { QStringLiteral("--port"), QStringLiteral("0") },
        QStringLiteral("stripe-sim listening on"));
    QVERIFY2(simUrl.isValid(), qPrintable(sim.output()));
    // Stripe takes its time over the first session: the server dies waiting for it, after the
    // draft's commit and before the session's.
    QCOMPARE(request("POST", at(simUrl, QStringLiteral("/_sim/faults")),
                 "{\"delay_ms\":1500,\"delay_count\":1,\"delay_path\":\"/v1/checkout/sessions\"}")
                 .status,
        200);
    const QStringList args = baseArgs(QStringLiteral("between.sqlite"))
        << QStringLiteral("--stripe-key") << kKey << QStringLiteral("--api-base") << simUrl.toString()
        << QStringLiteral("--webhook-secret") << QStringLiteral("whsec_betweentest");
    auto server = std::make_unique<ChildProcess>();
    QUrl url
        = server->start(QStringLiteral(KIOSK_SERVER_BIN), args, QStringLiteral("checkout-kiosk-server listening on"));
    QVERIFY2(url.isValid(), qPrintable(server->output()));

    QNetworkAccessManager network;
    QNetworkRequest checkout(at(url, QStringLiteral("/api/checkout")));
    checkout.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> waiting(
        network.post(checkout, QByteArrayLiteral("{\"items\":[{\"sku\":\"CAF-002\",\"quantity\":1}]}")));
    const auto orderOne = [&url] { return request("GET", at(url, QStringLiteral("/api/orders/1"))).json(); };
    QString status;
    QVERIFY(QTest::qWaitFor(
        [&] {
            status = orderOne().value(QStringLiteral("status")).toString();
            return !status.isEmpty();
        },
        kWaitMs));
    QCOMPARE(status, QStringLiteral("draft")); // durable before Stripe is asked
    // Stripe has the request (the delay it was given is used up) and has not answered it.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return request("GET", at(simUrl, QStringLiteral("/_sim/faults")))
                       .json()
                       .value(QStringLiteral("delay_ms"))
                       .toInt(-1)
                == 0;
        },
        kWaitMs));
    QCOMPARE(orderOne().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    server->process().kill();
    QVERIFY(server->process().waitForFinished(kWaitMs));
    server.reset();
    waiting.reset();

    // Stripe made the session all the same, for nobody.
    const Kiosk::Test::Headers auth { { QByteArrayLiteral("Authorization"), "Bearer " + kKey.toUtf8() } };
    const auto sessions = [&] {
        return request("GET", at(simUrl, QStringLiteral("/v1/checkout/sessions?limit=100")), {}, auth)
            .json()
            .value(QStringLiteral("data"))
            .toArray();
    };
    QVERIFY(QTest::qWaitFor([&] { return sessions().size() == 1; }, kWaitMs));
    const QString made = sessions().at(0).toObject().value(QStringLiteral("id")).toString();

    // Recovery replays the draft's stored request under its key: Stripe answers the same
    // session, the order stores it and can be paid, once.
    server = std::make_unique<ChildProcess>();
    url = server->start(QStringLiteral(KIOSK_SERVER_BIN), args, QStringLiteral("checkout-kiosk-server listening on"));
    QVERIFY2(url.isValid(), qPrintable(server->output()));
    QVERIFY(QTest::qWaitFor(
        [&] { return orderOne().value(QStringLiteral("status")).toString() == QLatin1String("awaiting_payment"); },
        kWaitMs));
    QCOMPARE(orderOne().value(QStringLiteral("session_id")).toString(), made);
    QCOMPARE(sessions().size(), 1);
    QCOMPARE(request("POST", at(simUrl, QStringLiteral("/_sim/sessions/%1/pay").arg(made)),
                 "{\"card\":\"4242424242424242\",\"email\":\"buyer@example.com\"}")
                 .status,
        200);
    QVERIFY(QTest::qWaitFor(
        [&] { return orderOne().value(QStringLiteral("status")).toString() == QLatin1String("paid"); }, kWaitMs));
    QCOMPARE(request("GET", at(url, QStringLiteral("/api/orders?status=paid")))
                 .json()
                 .value(QStringLiteral("count"))
                 .toInteger(),
        1);
}

void TestPaymentServer::sigtermShutsDownCleanly()
{
    ChildProcess server;
    const QUrl url = server.start(QStringLiteral(KIOSK_SERVER_BIN), baseArgs(QStringLiteral("term.sqlite")),
        QStringLiteral("checkout-kiosk-server listening on"));
    QVERIFY(url.isValid());
    server.process().terminate();
    QVERIFY(server.process().waitForFinished(kWaitMs));
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
    QVERIFY(server.output().contains(QLatin1String("checkout-kiosk-server stopped")));
}

void TestPaymentServer::helpDocumentsTheOptions()
{
    QProcess p;
    p.start(QStringLiteral(KIOSK_SERVER_BIN), { QStringLiteral("--help") });
    QVERIFY(p.waitForFinished(kWaitMs));
    QCOMPARE(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    for (const char *option : { "--config", "--stripe-key", "--webhook-secret", "--api-base", "--api-token", "--host",
             "--port", "--db", "--catalog", "--time-zone", "--day-start", "--tax-rates", "--prices-include-tax",
             "--tax-name", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE" })
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

void TestPaymentServer::shopTaxAndBusinessDayFromOptions()
{
    // A headless shop server in New York: 10 % (5 % reduced) sales tax added at the till, days
    // from 05:00.
    ChildProcess server;
    const QUrl url = server.start(QStringLiteral(KIOSK_SERVER_BIN),
        baseArgs(QStringLiteral("shop.sqlite"))
            << QStringLiteral("--tax-rates") << QStringLiteral("standard=10,reduced=5")
            << QStringLiteral("--prices-include-tax") << QStringLiteral("no") << QStringLiteral("--tax-name")
            << QStringLiteral("Sales tax") << QStringLiteral("--time-zone") << QStringLiteral("America/New_York")
            << QStringLiteral("--day-start") << QStringLiteral("05:00"),
        QStringLiteral("checkout-kiosk-server listening on"));
    QVERIFY2(url.isValid(), qPrintable(server.output()));

    const HttpResult catalog = request("GET", at(url, QStringLiteral("/api/catalog")));
    QCOMPARE(catalog.status, 200);
    const QJsonObject tax = catalog.json().value(QStringLiteral("tax")).toObject();
    QCOMPARE(tax.value(QStringLiteral("prices_include_tax")).toBool(true), false);
    QCOMPARE(tax.value(QStringLiteral("display_name")).toString(), QStringLiteral("Sales tax"));
    QCOMPARE(tax.value(QStringLiteral("rates")).toObject().value(QStringLiteral("standard")).toString(),
        QStringLiteral("10"));

    const HttpResult created = request(
        "POST", at(url, QStringLiteral("/api/checkout")), "{\"items\":[{\"sku\":\"CAF-001\",\"quantity\":2}]}");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("amount_total")).toInteger(), 649); // 5.90 + 10 % added

    // 1 July is summer time (UTC−4): the business day starts at 09:00 UTC.
    const HttpResult day = request("GET", at(url, QStringLiteral("/api/reports/day?date=2026-07-01")));
    QVERIFY2(day.status == 200 || day.status == 502, day.body.constData());
    QCOMPARE(day.json().value(QStringLiteral("from")).toString(), QStringLiteral("2026-07-01T09:00:00.000Z"));
    QCOMPARE(day.json().value(QStringLiteral("to")).toString(), QStringLiteral("2026-07-02T09:00:00.000Z"));
}

void TestPaymentServer::badShopOptionsAreNamed_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::addRow("day start 25:00") << QStringList { QStringLiteral("--day-start"), QStringLiteral("25:00") }
                                     << QStringLiteral("--day-start: The day start must be a time from 00:00 to 23:59");
    QTest::addRow("unknown zone") << QStringList { QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus") }
                                  << QStringLiteral("--time-zone: Unknown time zone \"Mars/Olympus\"");
    QTest::addRow("rates without =") << QStringList { QStringLiteral("--tax-rates"), QStringLiteral("standard19") }
                                     << QStringLiteral("--tax-rates: rate 1 must be category=percent");
    QTest::addRow("rate as a float") << QStringList { QStringLiteral("--tax-rates"), QStringLiteral("standard=1e1") }
                                     << QStringLiteral("--tax-rates: standard:");
    QTest::addRow("inclusive maybe") << QStringList { QStringLiteral("--tax-rates"), QStringLiteral("standard=19"),
        QStringLiteral("--prices-include-tax"), QStringLiteral("maybe") }
                                     << QStringLiteral("--prices-include-tax must be yes or no");
    QTest::addRow("tax name alone") << QStringList { QStringLiteral("--tax-name"), QStringLiteral("VAT") }
                                    << QStringLiteral("need --tax-rates");
    QTest::addRow("category the catalog lacks") << QStringList { QStringLiteral("--tax-rates"),
        QStringLiteral("reduced=7") } << QStringLiteral("The tax settings do not fit the catalog");
}

void TestPaymentServer::badShopOptionsAreNamed()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QProcess p;
    p.start(QStringLiteral(KIOSK_SERVER_BIN), baseArgs(QStringLiteral("refused.sqlite")) << options);
    QVERIFY(p.waitForFinished(kWaitMs));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY(p.exitCode() != 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestPaymentServer)
#include "tst_paymentserver.moc"
