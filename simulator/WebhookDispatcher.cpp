// SPDX-License-Identifier: MIT
#include "WebhookDispatcher.h"

#include "WebhookSigner.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Kiosk::Sim {

namespace {
constexpr int kTimeoutMs = 10'000;
}

WebhookDispatcher::WebhookDispatcher(const Clock &clock, QList<int> retryScheduleSecs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_schedule(std::move(retryScheduleSecs))
    , m_network(new QNetworkAccessManager(this))
{ }

WebhookDispatcher::~WebhookDispatcher() = default;

int WebhookDispatcher::addEndpoint(const WebhookEndpointConfig &endpoint)
{
    m_endpoints.append(endpoint);
    m_removed.append(false);
    return int(m_endpoints.size()) - 1;
}

void WebhookDispatcher::removeEndpoint(int n)
{
    if (n < 0 || n >= m_removed.size())
        return;
    m_removed[n] = true;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->endpoint == n) {
            it->timer->deleteLater();
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
}

int WebhookDispatcher::endpointCount() const
{
    return int(std::count(m_removed.begin(), m_removed.end(), false));
}

int WebhookDispatcher::endpointCountFor(const QString &eventType) const
{
    int n = 0;
    for (int i = 0; i < m_endpoints.size(); ++i)
        n += wants(i, eventType) ? 1 : 0;
    return n;
}

bool WebhookDispatcher::wants(int endpoint, const QString &eventType) const
{
    return !m_removed.at(endpoint) && m_endpoints.at(endpoint).wants(eventType);
}

void WebhookDispatcher::enqueue(const QString &eventId, const QString &eventType, const QByteArray &payload)
{
    if (m_drop || endpointCountFor(eventType) == 0)
        return;
    if (m_reorderBatch > 0) {
        m_held.append({ eventId, eventType, payload });
        if (m_held.size() >= m_reorderBatch)
            setReorderBatch(m_reorderBatch);
        return;
    }
    dispatch({ eventId, eventType, payload });
}

void WebhookDispatcher::setReorderBatch(int n)
{
    m_reorderBatch = std::max(0, n);
    // Sent one after another, so the reversed order is the order in which they arrive.
    const auto held = std::exchange(m_held, {});
    for (auto it = held.crbegin(); it != held.crend(); ++it)
        m_serial.append(*it);
    if (m_serialOutstanding == 0)
        sendNextSerial();
}

void WebhookDispatcher::sendNextSerial()
{
    // An event no endpoint wants is skipped, so the chain goes on to the next one.
    while (!m_serial.isEmpty() && m_serialOutstanding == 0) {
        const Queued next = m_serial.takeFirst();
        for (int i = 0; i < m_endpoints.size(); ++i) {
            if (!wants(i, next.eventType))
                continue;
            Delivery delivery;
            delivery.eventId = next.eventId;
            delivery.payload = next.payload;
            delivery.endpoint = i;
            delivery.serial = true;
            ++m_serialOutstanding;
            send(delivery);
        }
    }
}

void WebhookDispatcher::dispatch(const Queued &event)
{
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (!wants(i, event.eventType))
            continue;
        Delivery delivery;
        delivery.eventId = event.eventId;
        delivery.payload = event.payload;
        delivery.endpoint = i;
        send(delivery);
        if (m_duplicate)
            send(delivery);
    }
}

void WebhookDispatcher::send(Delivery delivery)
{
    const WebhookEndpointConfig &endpoint = m_endpoints.at(delivery.endpoint);
    QNetworkRequest request(endpoint.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Stripe/1.0 (+https://stripe.com/docs/webhooks)"));
    request.setRawHeader(
        "Stripe-Signature", WebhookSigner::signatureHeader(delivery.payload, endpoint.secret, m_clock.nowSecs()));
    request.setRawHeader("Cache-Control", "no-cache");
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    delivery.attempt += 1;
    QNetworkReply *reply = m_network->post(request, delivery.payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        finish(delivery, reply->error() == QNetworkReply::NoError && status >= 200 && status < 300);
    });
}

void WebhookDispatcher::finish(Delivery delivery, bool ok)
{
    if (delivery.serial) {
        delivery.serial = false;
        if (--m_serialOutstanding == 0)
            sendNextSerial();
    }
    if (ok) {
        Q_EMIT delivered(delivery.eventId, delivery.endpoint);
        return;
    }
    const bool finalAttempt = delivery.attempt > m_schedule.size();
    Q_EMIT deliveryFailed(delivery.eventId, delivery.endpoint, delivery.attempt, finalAttempt);
    if (finalAttempt)
        return;
    const qint64 delaySecs = std::max(0, m_schedule.at(delivery.attempt - 1));
    delivery.dueSecs = m_clock.nowSecs() + delaySecs;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(int(std::min<qint64>(delaySecs * 1000, 24LL * 3600 * 1000)));
    connect(timer, &QTimer::timeout, this, &WebhookDispatcher::fireDue);
    delivery.timer = timer;
    m_waiting.push_back(delivery);
    timer->start();
}

void WebhookDispatcher::clockAdvanced()
{
    fireDue();
}

void WebhookDispatcher::fireDue()
{
    // A retry is due when its real-time timer ran out or the simulator clock passed its due time.
    const qint64 now = m_clock.nowSecs();
    std::vector<Delivery> due;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (!it->timer->isActive() || it->dueSecs <= now) {
            it->timer->deleteLater();
            it->timer = nullptr;
            due.push_back(std::move(*it));
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    for (Delivery &delivery : due)
        send(std::move(delivery));
}

} // namespace Kiosk::Sim
