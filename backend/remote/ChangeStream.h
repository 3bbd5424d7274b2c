// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"
#include "SseParser.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;
class QTimer;

namespace Kiosk {

class ServerConnection;

/**
 * The till's end of GET /api/orders/changes (Server-Sent Events): keeps one stream open,
 * reconnects after a drop with a doubling delay (RemoteOptions::reconnectMinMs…reconnectMaxMs,
 * back to the minimum once a stream was accepted) and resumes from the last cursor
 * (`after=` and `Last-Event-ID`). A stream on which nothing arrives for streamIdleTimeoutMs (the
 * server sends a keepalive every 15 s) is dropped and reopened. Each "order" event becomes
 * orderChanged(cursor, order); an event that is malformed or over maxEventBytes is dropped with
 * a log line (an oversized one drops the stream). Cursors only go forward.
 */
class ChangeStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeStream)

public:
    explicit ChangeStream(ServerConnection &connection, QObject *parent = nullptr);
    ~ChangeStream() override;

    void start();
    void stop();
    [[nodiscard]] bool isOpen() const { return m_open; }
    /** The last cursor seen; 0 before the first event. */
    [[nodiscard]] qint64 cursor() const { return m_cursor; }

    /** The delay before reconnect attempt `failures` (0-based): min·2^failures, capped. Pure. */
    [[nodiscard]] static int reconnectDelayMs(int failures, int minMs, int maxMs);

Q_SIGNALS:
    /** The server accepted the stream (after a (re)connect): catch up on what may be missed. */
    void opened();
    /** The stream ended or failed; a reconnect is scheduled. */
    void closed();
    void orderChanged(qint64 cursor, const Kiosk::Order &order);
    /** `event: payment_failed`: a card was declined on the order's hosted page (no cursor). */
    void paymentFailed(qint64 orderId, const QString &message);

private:
    void connectNow();
    void onHeaders();
    void onData();
    void onFinished();
    void drop(const char *why);
    void scheduleReconnect();

    ServerConnection &m_connection;
    QPointer<QNetworkReply> m_reply;
    std::optional<SseParser> m_parser;
    QTimer *m_idle;
    QTimer *m_retry;
    qint64 m_cursor = 0;
    int m_failures = 0;
    bool m_running = false;
    bool m_open = false;
};

} // namespace Kiosk
