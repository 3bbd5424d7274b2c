// SPDX-License-Identifier: MIT
// kiosk_http over real sockets, the way a hostile or careless client would talk to it: idle and
// slow connections, oversized requests, malformed and unsupported requests, pipelining, deferred
// and dropped answers, handlers that throw.
#include "RawHttpClient.h"
#include "Server.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <stdexcept>
#include <vector>

using namespace Kiosk;
using namespace Kiosk::Http;
using namespace Kiosk::Test;

class TestHttpServer final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
    QList<Responder> m_held; ///< answers the test holds back
    int m_handled = 0;

    void start(ServerOptions options = {})
    {
        m_held.clear();
        m_handled = 0;
        m_server = std::make_unique<Server>(
            [this](const Request &request, const Responder &responder) { handle(request, responder); },
            std::move(options));
        const Result<quint16> port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().toString()));
        m_port = port.value();
    }

    void handle(const Request &request, const Responder &responder)
    {
        ++m_handled;
        const QByteArray text = QByteArrayLiteral("text/plain");
        if (request.path == "/healthz") {
            responder.send(200, text, "ok");
        } else if (request.path == "/echo" || request.path == "/small") {
            responder.send(200, text, request.body);
        } else if (request.path == "/target") {
            responder.send(200, text, request.method + ' ' + request.path + " ? " + request.query);
        } else if (request.path == "/defer") {
            QTimer::singleShot(20, m_server.get(), [responder] { responder.send(200, "text/plain", "deferred"); });
        } else if (request.path == "/hold") {
            m_held.append(responder);
        } else if (request.path == "/throw") {
            throw std::runtime_error("handler failed");
        } else if (request.path == "/forget") {
            // Goes out of scope unanswered.
        } else if (request.path == "/drop") {
            responder.drop();
        } else {
            responder.send(404, text, "no such path");
        }
    }

    Answer one(const QByteArray &raw)
    {
        RawClient client(m_port);
        client.send(raw);
        const QList<Answer> answers = client.answers();
        return answers.value(0);
    }

private Q_SLOTS:
    void answersAndKeepsTargetEncoded()
    {
        start();
        const Answer a = one(get("/target?q=a%20b&x=%2B1"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, QByteArray("GET /target ? q=a%20b&x=%2B1"));
    }

    void idleConnectionsAreCappedAndTimedOut()
    {
        ServerOptions options;
        options.maxConnections = 200;
        options.idleTimeoutSecs = 1;
        options.listenBacklog = 1024;
        start(options);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 1000; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_port);
        }
        // At the cap the rest wait in the listen backlog; each accepted one is closed after the
        // idle timeout, so none stays and the server keeps its descriptors.
        const auto open = [&idle] {
            return std::count_if(idle.begin(), idle.end(),
                [](const auto &s) { return s->state() != QAbstractSocket::UnconnectedState; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(open(), 0, 30000);
        QCOMPARE(one(get("/healthz")).status, 200);
        const Answer echoed = one("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello");
        QCOMPARE(echoed.status, 200);
        QCOMPARE(echoed.body, QByteArray("hello"));
    }

    void slowHeaderTimesOut()
    {
        ServerOptions options;
        options.idleTimeoutSecs = 1;
        start(options);
        RawClient client(m_port);
        client.send("GET /healthz HTTP/1.1\r\nHost: t\r\nX-Slow: ");
        QVERIFY(client.waitClosed());
        QCOMPARE(m_handled, 0);
    }

    void tricklingHeaderHitsTheHeaderDeadline()
    {
        // One byte every 100 ms never trips the 30 s inactivity timeout; the header deadline cuts it.
        ServerOptions options;
        options.headerTimeoutSecs = 1;
        start(options);
        RawClient client(m_port);
        client.send("GET /healthz HTTP/1.1\r\nHost: t\r\nX-Slow: ");
        QTimer trickle;
        connect(&trickle, &QTimer::timeout, &client.socket, [&client] { client.send("a"); });
        trickle.start(100);
        QVERIFY(client.waitClosed());
        QCOMPARE(m_handled, 0);
        // A connection that keeps its request coming in time is not cut.
        RawClient ok(m_port);
        ok.send(get("/healthz"));
        QCOMPARE(ok.answers().value(0).status, 200);
    }

    void declaredHugeBodyIsRefusedUnread()
    {
        start();
        const qint64 before = residentKiB();
        RawClient client(m_port);
        client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(200LL * 1024 * 1024) + "\r\n\r\n" + QByteArray(64 * 1024, 'x'));
        const QList<Answer> answers = client.answers();
        QCOMPARE(answers.value(0).status, 413);
        QVERIFY(client.waitClosed());
        QCOMPARE(m_handled, 0);
        const qint64 grown = residentKiB() - before;
        QVERIFY2(grown < 4 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(grown)));
    }

    void perRouteBodyLimit_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("within") << QByteArray("POST /small HTTP/1.1\r\nHost: t\r\nContent-Length: 16\r\n\r\n")
                + QByteArray(16, 'a')
                                << 200;
        QTest::newRow("over by one") << QByteArray("POST /small HTTP/1.1\r\nHost: t\r\nContent-Length: 17\r\n\r\n")
                + QByteArray(17, 'a') << 413;
        QTest::newRow("other route, larger limit")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 17\r\n\r\n") + QByteArray(17, 'a') << 200;
        QTest::newRow("chunked within") << QByteArray(
            "POST /small HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n8\r\naaaaaaaa\r\n0\r\n\r\n")
                                        << 200;
        QTest::newRow("chunked over") << QByteArray(
            "POST /small HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n10\r\naaaaaaaaaaaaaaaa\r\n"
            "1\r\na\r\n0\r\n\r\n") << 413;
    }
    void perRouteBodyLimit()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        ServerOptions options;
        options.bodyLimits = { { "/small", 16 } };
        start(options);
        QCOMPARE(one(request).status, status);
    }

    void chunkedBodyFarOverTheLimitIsCutOff()
    {
        ServerOptions options;
        options.maxBodyBytes = 1024;
        start(options);
        RawClient client(m_port);
        client.send("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, 'a') + "\r\n";
        for (int i = 0; i < 64; ++i)
            client.send(chunk);
        QVERIFY(client.waitClosed());
        QCOMPARE(m_handled, 0);
    }

    void oversizedHeaders_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("10 MB header") << "X-Big: " + QByteArray(10 * 1024 * 1024, 'a') + "\r\n";
        QByteArray many;
        for (int i = 0; i < 10000; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("10000 headers") << many;
        QByteArray some;
        for (int i = 0; i < 100; ++i)
            some += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("100 small headers") << some;
    }
    void oversizedHeaders()
    {
        QFETCH(QByteArray, headers);
        start();
        RawClient client(m_port);
        // Written as the socket takes it, stopping at the answer (as a client reading it would).
        const QByteArray request = get("/healthz", headers);
        for (qsizetype at = 0; at < request.size() && client.received.isEmpty(); at += 64 * 1024) {
            client.send(request.mid(at, 64 * 1024));
            waitUntil([&] { return client.socket.bytesToWrite() == 0 || !client.received.isEmpty(); });
        }
        QCOMPARE(client.answers().value(0).status, 431);
        QCOMPARE(m_handled, 0);
    }

    void protocolErrors_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("no version") << QByteArray("GET /healthz\r\nHost: t\r\n\r\n") << 400;
        QTest::newRow("junk version") << QByteArray("GET /healthz HTCPCP/1.0\r\nHost: t\r\n\r\n") << 400;
        QTest::newRow("space in target") << QByteArray("GET /a b c HTTP/1.1\r\nHost: t\r\n\r\n") << 400;
        QTest::newRow("one token") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("HTTP/9.9") << QByteArray("GET /healthz HTTP/9.9\r\nHost: t\r\n\r\n") << 505;
        QTest::newRow("BREW") << QByteArray("BREW /healthz HTTP/1.1\r\nHost: t\r\n\r\n") << 501;
        QTest::newRow("method not a token") << QByteArray("G\xc3\x28T /healthz HTTP/1.1\r\nHost: t\r\n\r\n") << 400;
        QTest::newRow("Content-Length -5")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: -5\r\n\r\n") << 400;
        QTest::newRow("Content-Length 1x")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1x\r\n\r\n") << 400;
        QTest::newRow("Content-Length +5")
            << QByteArray("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: +5\r\n\r\n12345") << 400;
    }
    void protocolErrors()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        start();
        // libmicrohttpd 0.9.75 closes a request line it cannot split into three parts without an
        // answer (see backend/http/README.md); nothing reaches the handler either way.
        QEXPECT_FAIL("one token", "libmicrohttpd 0.9.75 closes without a 400", Continue);
        QEXPECT_FAIL("space in target", "libmicrohttpd 0.9.75 closes without a 400", Continue);
        QCOMPARE(one(request).status, status);
        QCOMPARE(m_handled, 0);
    }

    void refusalsAreRenderedByTheOwner()
    {
        ServerOptions options;
        options.refusal = [](int status, const QByteArray &code, const QByteArray &) {
            return Response::make(status, "text/plain", "refused: " + code);
        };
        start(options);
        const Answer brew = one("BREW /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
        QCOMPARE(brew.status, 501);
        QCOMPARE(brew.body, QByteArray("refused: method_not_implemented"));
        const Answer thrown = one(get("/throw"));
        QCOMPARE(thrown.status, 500);
        QCOMPARE(thrown.body, QByteArray("refused: internal_error"));
    }

    void pipelinedAnswersKeepRequestOrder()
    {
        start();
        RawClient client(m_port);
        client.send(get("/defer") + get("/healthz") + get("/defer") + get("/healthz"));
        const QList<Answer> answers = client.answers(4);
        QCOMPARE(answers.size(), 4);
        QCOMPARE(answers.at(0).body, QByteArray("deferred"));
        QCOMPARE(answers.at(1).body, QByteArray("ok"));
        QCOMPARE(answers.at(2).body, QByteArray("deferred"));
        QCOMPARE(answers.at(3).body, QByteArray("ok"));
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
        RawClient client(m_port);
        client.send(request);
        QCOMPARE(client.answers().value(0).status, 200);
        QVERIFY(client.waitClosed());
    }

    void throwingHandlerAnswers500AndServerGoesOn()
    {
        start();
        RawClient client(m_port);
        client.send(get("/throw") + get("/healthz"));
        const QList<Answer> answers = client.answers(2);
        QCOMPARE(answers.value(0).status, 500);
        QCOMPARE(answers.value(1).status, 200);
    }

    void unansweredRequestGets500()
    {
        start();
        QCOMPARE(one(get("/forget")).status, 500);
    }

    void droppedConnectionGetsNoAnswer()
    {
        start();
        RawClient client(m_port);
        client.send(get("/drop"));
        QVERIFY(client.waitClosed());
        QVERIFY(client.received.isEmpty());
    }

    void answerAfterClientLeft()
    {
        start();
        {
            RawClient client(m_port);
            client.send(get("/hold"));
            QTRY_COMPARE(m_held.size(), 1);
            client.socket.abort();
        }
        m_held.first().send(200, "text/plain", "too late");
        m_held.clear();
        QCOMPARE(one(get("/healthz")).status, 200);
    }

    void destroyedWithAnswersPending()
    {
        start();
        RawClient client(m_port);
        client.send(get("/hold"));
        RawClient queued(m_port);
        QTRY_COMPARE(m_held.size(), 1);
        queued.send(get("/hold")); // may still be on its way to the handler
        m_server.reset();
        QVERIFY(client.waitClosed());
        QVERIFY(queued.waitClosed());
        for (const Responder &r : std::as_const(m_held))
            r.send(200, "text/plain", "after the server");
        m_held.clear();
    }

    void cleanup()
    {
        m_held.clear();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
