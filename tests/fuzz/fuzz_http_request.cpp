// SPDX-License-Identifier: MIT
// HTTP request parsing through the one HTTP layer (backend/http, libmicrohttpd): the fuzz input is
// written as raw bytes to a fresh loopback connection of a real Http::Server (one or several
// pipelined requests, any syntax), the write side is then closed, and everything the server sends
// back is read until it closes the connection.
//
// The handler answers at once or, for paths starting with /later, from a zero timer (a deferred
// answer, as the webhook endpoint's group commit gives), and /drop closes without an answer.
//
// Invariants: no crash, no undefined behaviour, no exception; the server closes the connection in
// bounded time; every answer in the byte stream starts with a well-formed "HTTP/1.x NNN" status
// line; the requests the handler sees respect the server's limits (method a token, header count,
// body size, lower-case header names); answers leave in request order (each echoes a sequence
// number the handler gives out, so a later answer must never carry a smaller one); and a fresh,
// well-formed request is still answered afterwards.

#include "FuzzSupport.h"
#include "Server.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <sys/socket.h>

namespace {

using Kiosk::Http::Request;
using Kiosk::Http::Responder;
using Kiosk::Http::Server;
using Kiosk::Http::ServerOptions;

constexpr qint64 kBodyLimit = 4096;
constexpr int kMaxHeaders = 16;
constexpr int kCloseMs = 4000;

Server *server = nullptr;
qint64 sequence = 0;

bool isToken(const QByteArray &method)
{
    if (method.isEmpty())
        return false;
    for (const char c : method) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

void handle(const Request &request, const Responder &responder)
{
    FUZZ_CHECK(isToken(request.method), "the handler sees only token methods");
    FUZZ_CHECK(request.headers.size() <= kMaxHeaders, "the handler sees at most the header limit");
    FUZZ_CHECK(request.body.size() <= kBodyLimit, "the handler sees at most the body limit");
    for (const auto &[name, value] : request.headers)
        FUZZ_CHECK(name == name.toLower(), "header names are lower-case");
    const QByteArray body = "seq=" + QByteArray::number(++sequence) + ";";
    if (request.path.startsWith("/drop")) {
        responder.drop();
    } else if (request.path.startsWith("/later")) {
        QTimer::singleShot(0, server, [responder, body] { responder.send(200, "text/plain", body); });
    } else {
        responder.send(200, "text/plain", body);
    }
}

/** Writes `input`, half-closes, and returns what the server sent until it closed (nullopt: it never closed). */
std::optional<QByteArray> exchange(const QByteArray &input, bool halfClose = true)
{
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write(input);
        socket.flush();
        if (halfClose)
            ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        if (!halfClose && received.contains("seq="))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        received += socket.readAll();
        closed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError || e == QAbstractSocket::NetworkError) {
            closed = true;
            loop.quit();
        }
    });
    QTimer::singleShot(kCloseMs, &loop, [&] { loop.quit(); });
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    loop.exec();
    socket.abort();
    if (!closed && halfClose)
        return std::nullopt;
    return received;
}

/** Every "HTTP/" answer in the stream has a status line; sequence numbers never go down. */
void checkAnswers(const QByteArray &stream)
{
    qint64 last = 0;
    qsizetype at = 0;
    while ((at = stream.indexOf("HTTP/1.", at)) >= 0) {
        const qsizetype eol = stream.indexOf("\r\n", at);
        FUZZ_CHECK(eol > at, "a status line ends with CRLF");
        const QByteArray line = stream.mid(at, eol - at);
        FUZZ_CHECK(line.size() >= 12 && line.at(8) == ' ', "a status line is 'HTTP/1.x NNN ...'");
        bool ok = false;
        const int status = line.mid(9, 3).toInt(&ok);
        FUZZ_CHECK(ok && status >= 100 && status <= 599, "the status is a three-digit code");
        const qsizetype seq = stream.indexOf("seq=", eol);
        const qsizetype next = stream.indexOf("HTTP/1.", eol);
        if (seq >= 0 && (next < 0 || seq < next)) {
            const qint64 n = stream.mid(seq + 4, stream.indexOf(';', seq) - seq - 4).toLongLong();
            FUZZ_CHECK(n > last, "answers leave in request order");
            last = n;
        }
        at = eol;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kiosk::Fuzz::silenceQtMessages();
    static QCoreApplication app(*argc, *argv);
    ServerOptions options;
    options.maxConnections = 16;
    options.idleTimeoutSecs = 2;
    options.headerTimeoutSecs = 2;
    options.maxHeaderCount = kMaxHeaders;
    options.maxBodyBytes = kBodyLimit;
    options.connectionMemoryBytes = 16 * 1024;
    server = new Server(handle, options);
    FUZZ_CHECK(server->listen(QHostAddress::LocalHost, 0).ok(), "the server listens");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = Kiosk::Fuzz::bytes(data, size);
    const std::optional<QByteArray> answers = exchange(input);
    FUZZ_CHECK(answers.has_value(), "the server closes a half-closed connection in bounded time");
    checkAnswers(*answers);
    // Whatever came before, the server still serves an ordinary request on a new connection.
    const std::optional<QByteArray> health = exchange("GET /health HTTP/1.1\r\nHost: fuzz\r\n\r\n", false);
    FUZZ_CHECK(health && health->startsWith("HTTP/1.1 200"), "a well-formed request is answered afterwards");
    return 0;
}
