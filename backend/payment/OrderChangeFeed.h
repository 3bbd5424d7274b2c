// SPDX-License-Identifier: MIT
#pragma once

#include "ApiAuth.h"
#include "ApiReply.h"
#include "Order.h"
#include "OrderChangeLog.h"
#include "Request.h"
#include "Stream.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace Kiosk {

class OrderChangeListener;
class OrderStore;

/** The limits of the order changes feed. */
struct OrderChangeFeedOptions
{
    int maxStreams = 64; ///< open streams at most; more are answered 503 (Retry-After)
    /** Streams per caller (a till, the API token); a newer one ends its oldest, so a till that
     *  reconnects is never locked out by its own half-open connection. */
    int maxStreamsPerCaller = 4;
    int keepaliveMs = 15000; ///< a ": keepalive" comment at least this often
    int replayLimit = 500; ///< changes replayed per connection; then the stream ends (reconnect)
    qint64 maxBufferedBytes = 256 * 1024; ///< a client this far behind is cut off
};

/**
 * GET /api/orders/changes: Server-Sent Events of order changes, `id: <cursor>`, `event: order`,
 * `data: <the order as GET /api/orders/{id}>`. A till sees its own orders, a manager every
 * order. The cursor is OrderChangeLog's (status_history ids, durable, written with each change):
 * `?after=N` or `Last-Event-ID: N` first replays what came after N (at most replayLimit, then
 * the stream ends and the client reconnects from its last id), then the stream goes on live,
 * fed by OrderStore::orderChanged and, with several replicas on one PostgreSQL, by the other
 * replicas' commits (OrderChangeListener). Writing never blocks: a slow client is cut off at
 * maxBufferedBytes and resumes from its cursor. A caller's newest streams are kept
 * (maxStreamsPerCaller), all callers' up to maxStreams. Same thread as the store.
 *
 * A declined card is pushed live as `event: payment_failed`, `data: {"order_id","message"}`
 * (announceDecline) to the streams that may see the order; it has no cursor and is not
 * replayed: the session stays open and the order unchanged, so there is nothing to catch up on.
 */
class OrderChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderChangeFeed)

public:
    explicit OrderChangeFeed(OrderStore *store, OrderChangeFeedOptions options = {}, QObject *parent = nullptr);
    ~OrderChangeFeed() override;

    /** Answers the request with a stream (or a 400/500/503 error). */
    void subscribe(const Http::Request &request, const ApiReply &reply, const ApiCaller &caller);
    /** Pushes a declined attempt of an order's session (PaymentCoordinator::paymentAttemptFailed). */
    void announceDecline(qint64 orderId, const QString &message);
    /** The SSE event of a declined attempt; the message is cut to kMaxDeclineMessage characters. */
    static QByteArray declineEventFor(qint64 orderId, const QString &message);
    static constexpr int kMaxDeclineMessage = 500;
    /** Streams open now. */
    [[nodiscard]] int openStreams();

    /** "after" / Last-Event-ID: 1 to 18 digits ("0" allowed); nullopt when malformed. */
    [[nodiscard]] static std::optional<qint64> parseCursor(const QByteArray &text);

private:
    struct Subscriber
    {
        Http::Stream stream;
        QString actor; ///< whose (ApiCaller::actor)
        QString kioskId; ///< empty: a manager, every order
        qint64 cursor = 0; ///< the last change it was sent (or skipped)
    };
    /** Sends every change committed since the last call to the subscribers that may see it. */
    void publish();
    void keepalive();
    void prune();
    /** The SSE event of one change. */
    static QByteArray eventFor(qint64 cursor, const Order &order);

    OrderStore *m_store;
    OrderChangeFeedOptions m_options;
    OrderChangeLog m_log;
    std::unique_ptr<OrderChangeListener> m_listener; ///< other replicas' commits (PostgreSQL)
    QList<Subscriber> m_subscribers;
    qint64 m_published = 0;
    QTimer *m_keepalive = nullptr;
};

} // namespace Kiosk
