// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace Kiosk::Test {

/**
 * A stand-in for checkout-kiosk-server speaking the fleet wire contract over real sockets: the
 * catalog, checkouts, order reads and cancels, the manager's history, details and refunds, and
 * GET /api/orders/changes as a Server-Sent Events stream with a replayable change log. The test
 * moves orders (setStatus), pushes raw stream bytes, drops streams, stops and restarts the
 * server on the same port, and cans any answer by "METHOD /path". Every request is recorded.
 */
class FakeShopServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
    };
    struct Canned
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };

    explicit FakeShopServer(QByteArray token, QString pin = QStringLiteral("246810"), QObject *parent = nullptr);
    ~FakeShopServer() override;

    bool listen(quint16 port = 0);
    /** Closes the listening socket and every connection (a crashed server). */
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl url() const;

    /** Adds an order as a checkout would; returns its id. */
    qint64 addOrder(const QString &status = QStringLiteral("awaiting_payment"), qint64 amount = 590);
    /** Moves an order and logs the change (pushed to open streams unless `push` is false). */
    void setStatus(qint64 id, const QString &status, bool push = true);
    [[nodiscard]] QJsonObject order(qint64 id) const { return m_orders.value(id); }
    /** Writes raw bytes to every open stream. */
    void pushRaw(const QByteArray &bytes);
    void dropStreams();
    [[nodiscard]] int openStreams() const;
    /** Forgets the change log (changes older than the server keeps). */
    void forgetChanges() { m_changes.clear(); }

    QByteArray catalog;
    /** The buyer is quick: a checkout's order is paid (and pushed) before its 201 is sent. */
    bool payOnCheckout = false;
    /** Wrong PINs (since the start) after which every PIN is refused with pin_locked. */
    int lockAfterWrongPins = 5;
    /** Lifts the lockout (the wrong PINs are forgotten). */
    void resetPinLockout() { m_wrongPins = 0; }
    /** The "retry_after" of a pin_locked answer. */
    qint64 retryAfterSecs = 42;
    QMap<QByteArray, Canned> canned; ///< "GET /api/orders/1" → answer, before any route
    QList<Request> requests;
    /** The requests for `path` (without the query). */
    [[nodiscard]] QList<Request> requestsFor(const QByteArray &path) const;

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QByteArray &path);
    void streamOpened();

private:
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void respond(
        QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    void openStream(QTcpSocket *socket, const Request &request);
    QByteArray eventFor(qint64 cursor, qint64 orderId) const;
    QByteArray page(const QUrlQuery &query) const;

    QByteArray m_token;
    QString m_pin;
    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_streams;
    QMap<qint64, QJsonObject> m_orders;
    QList<QPair<qint64, QByteArray>> m_changes; ///< cursor → event bytes
    qint64 m_nextId = 1;
    qint64 m_cursor = 0;
    qint64 m_nextRefund = 1;
    int m_wrongPins = 0;
};

} // namespace Kiosk::Test
