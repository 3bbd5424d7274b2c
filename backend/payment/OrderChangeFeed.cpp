// SPDX-License-Identifier: MIT
#include "OrderChangeFeed.h"

#include "JsonApi.h"
#include "JsonText.h"
#include "Log.h"
#include "OrderChangeListener.h"
#include "OrderStore.h"

#include <QTimer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace Kiosk {

namespace {

const QByteArray kKeepalive = QByteArrayLiteral(": keepalive\n\n");

} // namespace

OrderChangeFeed::OrderChangeFeed(OrderStore *store, OrderChangeFeedOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_log(store->database())
{
    const Result<qint64> latest = m_log.latestCursor();
    m_published = latest ? latest.value() : 0;
    // Queued: the change is committed and its emitter done before the feed reads it back.
    connect(m_store, &OrderStore::orderChanged, this, &OrderChangeFeed::publish, Qt::QueuedConnection);
    // Replicas on one PostgreSQL: another server's change arrives as a notification at its commit.
    if (auto listener = OrderChangeListener::listen(*m_store->database()); listener) {
        m_listener = std::move(listener).value();
        connect(m_listener.get(), &OrderChangeListener::changed, this, &OrderChangeFeed::publish);
    } else {
        qCWarning(lcPayment) << "order changes feed: other servers' changes only every keepalive:"
                             << listener.error().toString();
    }
    m_keepalive = new QTimer(this);
    connect(m_keepalive, &QTimer::timeout, this, &OrderChangeFeed::keepalive);
    m_keepalive->start(m_options.keepaliveMs);
}

OrderChangeFeed::~OrderChangeFeed()
{
    for (const Subscriber &s : std::as_const(m_subscribers))
        s.stream.finish();
}

std::optional<qint64> OrderChangeFeed::parseCursor(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18 || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

int OrderChangeFeed::openStreams()
{
    prune();
    return int(m_subscribers.size());
}

void OrderChangeFeed::prune()
{
    m_subscribers.removeIf([](const Subscriber &s) { return !s.stream.isOpen(); });
}

QByteArray OrderChangeFeed::eventFor(qint64 cursor, const Order &order)
{
    return QByteArrayLiteral("id: ") + QByteArray::number(cursor) + QByteArrayLiteral("\nevent: order\ndata: ")
        + JsonApi::orderJson(order) + QByteArrayLiteral("\n\n");
}

void OrderChangeFeed::subscribe(const Http::Request &request, const ApiReply &reply, const ApiCaller &caller)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    QByteArray given = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded).toUtf8();
    if (given.isEmpty())
        given = request.header("last-event-id").trimmed();
    std::optional<qint64> after;
    if (!given.isEmpty()) {
        after = parseCursor(given);
        if (!after) {
            reply.error(400, QStringLiteral("invalid_cursor"),
                QStringLiteral("\"after\" (or Last-Event-ID) must be a change id such as 42."));
            return;
        }
    }
    prune();
    const auto mine = std::count_if(
        m_subscribers.cbegin(), m_subscribers.cend(), [&](const Subscriber &s) { return s.actor == caller.actor; });
    if (mine >= m_options.maxStreamsPerCaller) {
        const auto oldest = std::find_if(
            m_subscribers.begin(), m_subscribers.end(), [&](const Subscriber &s) { return s.actor == caller.actor; });
        oldest->stream.finish();
        m_subscribers.erase(oldest);
    }
    if (m_subscribers.size() >= m_options.maxStreams) {
        // A client that left while its stream waited is only noticed when it is written to:
        // write to all now, so that such places are free for the retry.
        for (const Subscriber &s : std::as_const(m_subscribers))
            s.stream.write(kKeepalive);
        Http::Response busy = Http::Response::make(503, QByteArrayLiteral("application/json"),
            QByteArrayLiteral("{\"error\":{\"code\":\"too_many_streams\",\"message\":\"Too many open change "
                              "streams; try again shortly.\"}}"));
        busy.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
        reply.send(busy);
        return;
    }
    publish(); // whatever is committed now counts as live from here on
    const QString kioskId = caller.isManager() ? QString() : caller.kioskId;
    QList<OrderChangeRef> missed;
    if (after && *after < m_published) {
        Result<QList<OrderChangeRef>> read = m_log.after(*after, kioskId, m_options.replayLimit);
        if (!read) {
            reply.error(500, QStringLiteral("store_failed"), QStringLiteral("The order changes could not be read."));
            return;
        }
        missed = std::move(read).value();
    }
    Http::Response head = Http::Response::make(200, QByteArrayLiteral("text/event-stream"), {});
    head.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    head.setHeader(QByteArrayLiteral("X-Accel-Buffering"), QByteArrayLiteral("no")); // proxies: do not buffer
    const Http::Stream stream = reply.stream(head, m_options.maxBufferedBytes);
    if (!stream.write(kKeepalive))
        return;
    for (const OrderChangeRef &change : std::as_const(missed)) {
        const Result<Order> order = m_store->order(change.orderId);
        if (order && !stream.write(eventFor(change.cursor, order.value())))
            return;
    }
    if (missed.size() >= m_options.replayLimit) {
        stream.finish(); // more to catch up: the client comes back from its last id
        return;
    }
    m_subscribers.append({ stream, caller.actor, kioskId, m_published });
}

void OrderChangeFeed::publish()
{
    for (;;) {
        const Result<QList<OrderChangeRef>> changes = m_log.after(m_published, QString(), 200);
        if (!changes) {
            qCWarning(lcPayment) << "order changes feed:" << changes.error().toString();
            return;
        }
        for (const OrderChangeRef &change : changes.value()) {
            const Result<Order> order = m_store->order(change.orderId);
            QByteArray event;
            for (Subscriber &s : m_subscribers) {
                if (change.cursor <= s.cursor)
                    continue;
                s.cursor = change.cursor;
                if (!order || (!s.kioskId.isEmpty() && s.kioskId != order->kioskId))
                    continue;
                if (event.isEmpty())
                    event = eventFor(change.cursor, order.value());
                s.stream.write(event);
            }
            m_published = change.cursor;
        }
        if (changes->size() < 200)
            break;
    }
    prune();
}

QByteArray OrderChangeFeed::declineEventFor(qint64 orderId, const QString &message)
{
    const nlohmann::json data
        = { { "order_id", orderId }, { "message", message.left(kMaxDeclineMessage).simplified().toStdString() } };
    return QByteArrayLiteral("event: payment_failed\ndata: ") + JsonText::dump(data) + QByteArrayLiteral("\n\n");
}

void OrderChangeFeed::announceDecline(qint64 orderId, const QString &message)
{
    const Result<Order> order = m_store->order(orderId);
    if (!order)
        return;
    const QByteArray event = declineEventFor(orderId, message);
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        if (s.kioskId.isEmpty() || s.kioskId == order->kioskId)
            s.stream.write(event);
    }
    prune();
}

void OrderChangeFeed::keepalive()
{
    publish();
    for (const Subscriber &s : std::as_const(m_subscribers))
        s.stream.write(kKeepalive);
    prune();
}

} // namespace Kiosk
