// SPDX-License-Identifier: MIT
// The backend's HTTP surface (KioskBackend on kiosk_http, with the simulator as Stripe) under the
// attacks of issue 9: idle-connection exhaustion, an oversized webhook, pipelined requests
// behind a webhook answered only after its group commit.
#include "KioskBackend.h"
#include "OrderStore.h"
#include "RawHttpClient.h"
#include "StripeSimulator.h"
#include "TestSupport.h"
#include "WebhookSigner.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>
#include <vector>

using namespace Kiosk;
using namespace Kiosk::Test;

namespace {

const QByteArray kSecret = QByteArrayLiteral("whsec_backend_http_test");

QByteArray eventBody(const QByteArray &id)
{
    return "{\"id\":\"" + id
        + "\",\"object\":\"event\",\"type\":\"customer.created\",\"created\":1,\"livemode\":false,"
          "\"pending_webhooks\":0,\"api_version\":null,\"request\":{\"id\":null,\"idempotency_key\":null},"
          "\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\"}}}";
}

QByteArray webhook(const QByteArray &body)
{
    return "POST /webhooks/stripe HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nStripe-Signature: "
        + WebhookSigner::signatureHeader(body, kSecret, QDateTime::currentSecsSinceEpoch())
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestBackendHttp final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sim::StripeSimulator> m_sim;
    std::unique_ptr<KioskBackend> m_backend;

    void start(const std::optional<Http::ServerOptions> &http = std::nullopt)
    {
        m_sim = std::make_unique<Sim::StripeSimulator>(Sim::SimulatorOptions {});
        QVERIFY(m_sim->start().ok());
        BackendOptions o;
        o.databasePath
            = m_dir.filePath(QStringLiteral("orders-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        o.catalogPath = sourcePath(QStringLiteral("resources/catalog/catalog.json"));
        o.stripe.secretKey = QStringLiteral("sk_test_backendhttp000000000001234");
        o.stripe.apiBase = m_sim->baseUrl();
        o.webhookSecret = kSecret;
        o.enableJsonApi = true;
        if (http)
            o.http = *http; // else the backend's defaults
        auto created = KioskBackend::create(o);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        m_backend = std::move(created).value();
        QVERIFY(m_backend->start().ok());
    }

    Answer one(const QByteArray &raw)
    {
        RawClient client(m_backend->port());
        client.send(raw);
        return client.answers().value(0);
    }

private Q_SLOTS:
    void idleConnectionsDoNotStopWebhooks()
    {
        Http::ServerOptions http = BackendOptions().http;
        http.maxConnections = 100;
        http.idleTimeoutSecs = 1;
        http.listenBacklog = 1024;
        start(http);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 1000; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_backend->port());
        }
        QVERIFY(waitUntil(
            [&idle] {
                return std::all_of(idle.begin(), idle.end(),
                    [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; });
            },
            60000));
        QCOMPARE(one(get("/healthz")).status, 200);
        const Answer delivered = one(webhook(eventBody("evt_after_idle")));
        QCOMPARE(delivered.status, 200);
        QVERIFY(m_backend->store().hasEvent(QStringLiteral("evt_after_idle")));
    }

    void oversizedWebhookIsRefusedUnread()
    {
        start();
        const qint64 before = residentKiB();
        RawClient client(m_backend->port());
        client.send("POST /webhooks/stripe HTTP/1.1\r\nHost: t\r\nStripe-Signature: t=1,v1=00\r\nContent-Length: "
            + QByteArray::number(200LL * 1024 * 1024) + "\r\n\r\n" + QByteArray(64 * 1024, ' '));
        QCOMPARE(client.answers().value(0).status, 413);
        QVERIFY(client.waitClosed());
        const qint64 grown = residentKiB() - before;
        QVERIFY2(grown < 4 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(grown)));
    }

    void pipelinedRequestsBehindAWebhookKeepTheirOrder()
    {
        start();
        RawClient client(m_backend->port());
        // The webhook is answered after its batch commits (a zero timer later); the GET after it
        // on the same connection must not overtake it.
        client.send(webhook(eventBody("evt_pipelined_1")) + get("/healthz") + webhook(eventBody("evt_pipelined_2"))
            + get("/api/orders/+1"));
        const QList<Answer> answers = client.answers(4);
        QCOMPARE(answers.size(), 4);
        QCOMPARE(answers.at(0).status, 200);
        QVERIFY(answers.at(0).body.contains("\"received\":true"));
        QCOMPARE(answers.at(1).status, 200);
        QVERIFY(answers.at(1).body.contains("\"status\":\"ok\""));
        QCOMPARE(answers.at(2).status, 200);
        QVERIFY(answers.at(2).body.contains("\"received\":true"));
        QCOMPARE(answers.at(3).status, 400);
        QVERIFY(answers.at(3).body.contains("invalid_order_id"));
    }

    void protocolErrors_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("HTTP/9.9") << QByteArray("GET /healthz HTTP/9.9\r\nHost: t\r\n\r\n") << 505;
        QTest::newRow("BREW") << QByteArray("BREW /healthz HTTP/1.1\r\nHost: t\r\n\r\n") << 501;
        QTest::newRow("Content-Length -5")
            << QByteArray("POST /webhooks/stripe HTTP/1.1\r\nHost: t\r\nContent-Length: -5\r\n\r\n") << 400;
        QByteArray many;
        for (int i = 0; i < 10000; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("10000 headers") << get("/healthz", many) << 431;
    }
    void protocolErrors()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        start();
        QCOMPARE(one(request).status, status);
    }

    void connectionCloseIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /healthz HTTP/1.0\r\n\r\n");
        QTest::newRow("Connection: close") << get("/healthz", "Connection: close\r\n");
    }
    void connectionCloseIsHonoured()
    {
        QFETCH(QByteArray, request);
        start();
        RawClient client(m_backend->port());
        client.send(request);
        QCOMPARE(client.answers().value(0).status, 200);
        QVERIFY(client.waitClosed());
    }

    void cleanup()
    {
        m_backend.reset();
        m_sim.reset();
    }
};

QTEST_GUILESS_MAIN(TestBackendHttp)
#include "tst_backendhttp.moc"
