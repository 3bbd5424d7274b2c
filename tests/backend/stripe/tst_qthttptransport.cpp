// SPDX-License-Identifier: MIT
// QtHttpTransport against a local TCP server speaking just enough HTTP/1.1: what is sent, what
// comes back, and that every way of not getting an answer is a connection error.
#include "QtHttpTransport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <optional>

using namespace Kiosk;

namespace {

enum class Mode { Respond, CloseWithoutAnswer, NeverAnswer, AnswerBeforeRequest };

/** Accepts connections, records each full request, then answers according to `mode`. */
class TinyHttpServer final : public QObject
{
public:
    TinyHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                if (mode == Mode::AnswerBeforeRequest)
                    socket->write(response);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    Mode mode = Mode::Respond;
    QByteArray response;
    QList<QByteArray> requests;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype contentLength = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        requests.append(buffer);
        buffer.clear();
        if (mode == Mode::Respond) {
            socket->write(response);
            socket->disconnectFromHost();
        } else if (mode == Mode::CloseWithoutAnswer) {
            socket->abort();
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

std::optional<HttpResponse> exchange(QtHttpTransport &transport, const HttpRequest &request, QObject *context)
{
    std::optional<HttpResponse> result;
    transport.send(request, context, [&result](HttpResponse r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

HttpRequest post(const QUrl &url)
{
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.headers = { { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer sk_test_transport") },
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") },
        { QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("kiosk-create-K1-1-1") } };
    r.body = "mode=payment&line_items[0][quantity]=1";
    return r;
}

} // namespace

class TestQtHttpTransport final : public QObject
{
    Q_OBJECT

private slots:
    void sendsRequestAndReadsResponse()
    {
        TinyHttpServer server;
        server.response = "HTTP/1.1 402 Payment Required\r\nContent-Type: application/json\r\nRequest-Id: req_42\r\n"
                          "Stripe-Should-Retry: false\r\nContent-Length: 11\r\nConnection: close\r\n\r\n{\"error\":1}";
        QtHttpTransport transport;
        const auto response
            = exchange(transport, post(server.url(QStringLiteral("/v1/checkout/sessions?x=[1]"))), this);
        QVERIFY(response);
        QVERIFY(!response->connectionError);
        QCOMPARE(response->status, 402);
        QCOMPARE(response->body, QByteArray("{\"error\":1}"));
        QCOMPARE(response->header("request-id"), QByteArray("req_42"));
        QCOMPARE(response->header("Stripe-Should-Retry"), QByteArray("false"));

        QCOMPARE(server.requests.size(), 1);
        const QByteArray &raw = server.requests.first();
        QVERIFY2(raw.startsWith("POST /v1/checkout/sessions?x=[1] HTTP/1.1\r\n"), raw.constData());
        QVERIFY(raw.contains("\r\nAuthorization: Bearer sk_test_transport\r\n"));
        QVERIFY(raw.contains("\r\nIdempotency-Key: kiosk-create-K1-1-1\r\n"));
        QVERIFY(raw.endsWith("\r\n\r\nmode=payment&line_items[0][quantity]=1"));
    }

    void redirectsAreNotFollowed()
    {
        TinyHttpServer server;
        server.response = "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/steal\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n";
        QtHttpTransport transport;
        const auto response = exchange(transport, post(server.url(QStringLiteral("/v1/x"))), this);
        QVERIFY(response);
        QCOMPARE(response->status, 302);
        QCOMPARE(server.requests.size(), 1);
    }

    void noAnswerIsAConnectionError_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addRow("connection closed without an answer") << int(Mode::CloseWithoutAnswer);
        QTest::addRow("no answer within the timeout") << int(Mode::NeverAnswer);
        QTest::addRow("connection refused") << -1;
    }

    void noAnswerIsAConnectionError()
    {
        QFETCH(int, mode);
        QtHttpTransport transport;
        TinyHttpServer server;
        HttpRequest request = post(server.url(QStringLiteral("/v1/checkout/sessions")));
        if (mode < 0) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            request.url.setPort(closed.serverPort());
            closed.close();
        } else {
            server.mode = Mode(mode);
        }
        request.timeoutMs = 300;
        const auto response = exchange(transport, request, this);
        QVERIFY(response);
        QVERIFY(response->connectionError);
        QCOMPARE(response->status, 0);
        QVERIFY(!response->errorString.isEmpty());
        if (Mode(mode) == Mode::NeverAnswer)
            QVERIFY2(response->errorString.contains(QStringLiteral("300 ms")), qPrintable(response->errorString));
    }

    void tlsIsVerified()
    {
        // A plain TCP server cannot complete a TLS handshake: https must fail, never fall back.
        TinyHttpServer server;
        server.mode = Mode::AnswerBeforeRequest;
        server.response = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
        HttpRequest request = post(server.url(QStringLiteral("/v1/x")));
        request.url.setScheme(QStringLiteral("https"));
        request.timeoutMs = 20000;
        QtHttpTransport transport;
        const auto response = exchange(transport, request, this);
        QVERIFY(response);
        QVERIFY(response->connectionError);
    }

    void noCallbackAfterContextDies()
    {
        TinyHttpServer server;
        server.mode = Mode::NeverAnswer;
        QtHttpTransport transport;
        bool called = false;
        auto *context = new QObject;
        HttpRequest request = post(server.url(QStringLiteral("/v1/x")));
        transport.send(request, context, [&called](HttpResponse) { called = true; });
        QTRY_COMPARE(server.requests.size(), 1);
        delete context;
        // A later request on the same transport completes; the first never reports.
        server.mode = Mode::Respond;
        server.response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
        const auto response = exchange(transport, request, this);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestQtHttpTransport)
#include "tst_qthttptransport.moc"
