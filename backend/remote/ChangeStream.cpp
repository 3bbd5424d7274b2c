// SPDX-License-Identifier: MIT
#include "ChangeStream.h"

#include "OrderJson.h"
#include "RemoteLog.h"
#include "ServerConnection.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace Kiosk {

ChangeStream::ChangeStream(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_idle(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_retry->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] { drop("silent for too long"); });
    connect(m_retry, &QTimer::timeout, this, &ChangeStream::connectNow);
}

ChangeStream::~ChangeStream()
{
    stop();
}

int ChangeStream::reconnectDelayMs(int failures, int minMs, int maxMs)
{
    qint64 delay = std::max(1, minMs);
    for (int i = 0; i < failures && delay < maxMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, std::max(minMs, maxMs)));
}

void ChangeStream::start()
{
    if (m_running)
        return;
    m_running = true;
    connectNow();
}

void ChangeStream::stop()
{
    m_running = false;
    m_retry->stop();
    m_idle->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_open = false;
}

void ChangeStream::connectNow()
{
    if (!m_running || m_reply)
        return;
    QUrlQuery query;
    if (m_cursor > 0)
        query.addQueryItem(QStringLiteral("after"), QString::number(m_cursor));
    QNetworkRequest request = m_connection.request(QStringLiteral("/api/orders/changes"), query);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    if (m_cursor > 0)
        request.setRawHeader("Last-Event-ID", QByteArray::number(m_cursor));
    m_parser.emplace(m_connection.options().maxEventBytes);
    m_reply = m_connection.network()->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ChangeStream::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChangeStream::onData);
    connect(m_reply, &QNetworkReply::finished, this, &ChangeStream::onFinished);
    // Until the headers come, the request deadline applies; then the keepalive one.
    m_idle->start(m_connection.options().requestTimeoutMs);
}

void ChangeStream::onHeaders()
{
    if (!m_reply || m_open)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_connection.noteReachable(true);
    if (status != 200 || !type.startsWith("text/event-stream")) {
        qCWarning(lcRemote).noquote() << "change stream refused: HTTP" << status;
        drop("refused");
        return;
    }
    m_open = true;
    m_failures = 0;
    m_idle->start(m_connection.options().streamIdleTimeoutMs);
    qCInfo(lcRemote) << "change stream open after cursor" << m_cursor;
    Q_EMIT opened();
}

void ChangeStream::onData()
{
    if (!m_reply)
        return;
    if (!m_open)
        onHeaders();
    if (!m_reply || !m_open)
        return;
    m_idle->start(m_connection.options().streamIdleTimeoutMs);
    const auto events = m_parser->feed(m_reply->readAll());
    if (!events) {
        qCWarning(lcRemote) << "change stream: an event over" << m_connection.options().maxEventBytes << "bytes";
        drop("event too large");
        return;
    }
    for (const SseEvent &event : events.value()) {
        bool ok = false;
        const qint64 id = event.id.toLongLong(&ok);
        if (event.event == "payment_failed") {
            const auto decline = OrderJson::parseDecline(event.data);
            if (!decline) {
                qCWarning(lcRemote).noquote() << "change stream: decline dropped:" << decline.error().message;
                continue;
            }
            Q_EMIT paymentFailed(decline->orderId, decline->message);
            if (!m_reply)
                return;
            continue;
        }
        if (event.event != "order") {
            continue;
        }
        if (!ok || id <= 0) {
            qCWarning(lcRemote) << "change stream: event without a valid cursor, dropped";
            continue;
        }
        if (id <= m_cursor)
            continue; // replayed
        m_cursor = id;
        auto order = OrderJson::parseOrder(event.data);
        if (!order) {
            qCWarning(lcRemote).noquote() << "change stream: event" << id << "dropped:" << order.error().message;
            continue;
        }
        Q_EMIT orderChanged(id, order.value());
        if (!m_reply)
            return; // a receiver stopped the stream
    }
}

void ChangeStream::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const bool wasOpen = m_open;
    if (wasOpen)
        onData();
    if (!m_reply)
        return;
    m_reply = nullptr;
    m_open = false;
    m_idle->stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!wasOpen && status == 0 && ServerConnection::isUnreachable(reply->error()))
        m_connection.noteReachable(false);
    reply->deleteLater();
    if (!wasOpen)
        ++m_failures;
    qCInfo(lcRemote) << "change stream closed" << (wasOpen ? "by the server" : "before it opened");
    if (wasOpen)
        Q_EMIT closed();
    scheduleReconnect();
}

void ChangeStream::drop(const char *why)
{
    if (!m_reply)
        return;
    qCInfo(lcRemote) << "change stream dropped:" << why;
    QNetworkReply *reply = m_reply;
    const bool wasOpen = m_open;
    m_reply = nullptr;
    m_open = false;
    m_idle->stop();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    ++m_failures;
    if (!wasOpen && qstrcmp(why, "silent for too long") == 0)
        m_connection.noteReachable(false);
    if (wasOpen)
        Q_EMIT closed();
    scheduleReconnect();
}

void ChangeStream::scheduleReconnect()
{
    if (!m_running)
        return;
    const RemoteOptions &o = m_connection.options();
    m_retry->start(reconnectDelayMs(std::max(0, m_failures - 1), o.reconnectMinMs, o.reconnectMaxMs));
}

} // namespace Kiosk
