// SPDX-License-Identifier: MIT
#pragma once
// Test helpers for HTTP over raw sockets: a client that writes bytes exactly as given and reads
// whatever comes back, a parser for the answers, and the process's resident memory.

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpSocket>
#include <QtTest>

namespace Kiosk::Test {

/** Processes events until pred() holds or timeoutMs passed; returns pred(). */
template <typename Pred> inline bool waitUntil(Pred pred, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred() && !deadline.hasExpired())
        QTest::qWait(5);
    return pred();
}

/** One parsed response of a raw exchange. */
struct Answer
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

/** Splits what a raw socket received into responses (Content-Length framed, as the server sends). */
inline QList<Answer> parseAnswers(QByteArray data)
{
    QList<Answer> answers;
    while (true) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0 || !data.startsWith("HTTP/1."))
            break;
        Answer a;
        a.headers = data.left(end);
        a.status = data.mid(9, 3).toInt();
        qint64 length = 0;
        for (const QByteArray &line : a.headers.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (data.size() < end + 4 + length)
            break;
        a.body = data.mid(end + 4, length);
        answers.append(a);
        data.remove(0, end + 4 + length);
    }
    return answers;
}

/** A raw client: writes bytes as they are, reads everything that comes back. */
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
    }
    bool waitConnected() { return socket.state() == QAbstractSocket::ConnectedState || socket.waitForConnected(5000); }
    void send(const QByteArray &bytes) { socket.write(bytes); }
    /** Waits until `count` responses arrived (or the peer closed); returns them. */
    QList<Answer> answers(int count = 1)
    {
        waitUntil([&] {
            return parseAnswers(received).size() >= count || socket.state() == QAbstractSocket::UnconnectedState;
        });
        received += socket.readAll();
        return parseAnswers(received);
    }
    /** True once the server closed the connection (waits up to 10 s). */
    bool waitClosed()
    {
        return waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; });
    }

    QTcpSocket socket;
    QByteArray received;
};

inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n" + extra + "\r\n";
}

} // namespace Kiosk::Test
