// SPDX-License-Identifier: MIT
#pragma once

#include "WebhookEndpointConfig.h"

#include "Clock.h"

#include <QList>
#include <QObject>

#include <vector>

class QNetworkAccessManager;
class QTimer;

namespace Kiosk::Sim {

/**
 * Delivers events to webhook endpoints the way Stripe does: POST, pretty-printed JSON, signed with
 * Kiosk::WebhookSigner at the simulator clock's time; any 2xx is success, anything else (including a
 * refused connection or a 10 s timeout) is retried after each entry of the retry schedule, counted
 * on the simulator clock (so advancing the clock fires due retries). Faults: duplicate, reorder
 * (hold a batch, deliver newest first), drop. Asynchronous on the owner's event loop.
 */
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)
public:
    WebhookDispatcher(const Clock &clock, QList<int> retryScheduleSecs, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    /** Adds an endpoint; returns its number (as in delivered()), stable for the dispatcher's life. */
    int addEndpoint(const WebhookEndpointConfig &endpoint);
    /** Stops sending to endpoint `n` (retries due to it are dropped); its number is not reused. */
    void removeEndpoint(int n);
    /** Endpoints not removed. */
    [[nodiscard]] int endpointCount() const;
    /** Endpoints an event of this type goes to (its pending_webhooks). */
    [[nodiscard]] int endpointCountFor(const QString &eventType) const;

    /** Queues an event body (pretty-printed JSON) for every endpoint known now that wants its type. */
    void enqueue(const QString &eventId, const QString &eventType, const QByteArray &payload);

    void setDuplicate(bool on) { m_duplicate = on; }
    void setDrop(bool on) { m_drop = on; }
    /** Holds events until n are queued, then sends them newest first; 0 sends what is held. */
    void setReorderBatch(int n);
    /** Fires retries whose due time has come on the (advanced) clock. */
    void clockAdvanced();

Q_SIGNALS:
    /** One endpoint answered 2xx for an event (at most once per event and endpoint). */
    void delivered(const QString &eventId, int endpoint);
    /** An endpoint failed an attempt; finalAttempt means no more retries. */
    void deliveryFailed(const QString &eventId, int endpoint, int attempt, bool finalAttempt);

private:
    struct Queued
    {
        QString eventId;
        QString eventType;
        QByteArray payload;
    };
    struct Delivery
    {
        QString eventId;
        QByteArray payload;
        int endpoint = 0;
        int attempt = 0; ///< attempts made so far
        qint64 dueSecs = 0;
        QTimer *timer = nullptr;
        bool serial = false; ///< part of a reordered batch, sent one event after another
    };

    [[nodiscard]] bool wants(int endpoint, const QString &eventType) const;
    void dispatch(const Queued &event);
    void send(Delivery delivery);
    void finish(Delivery delivery, bool ok);
    void fireDue();
    void sendNextSerial();

    const Clock &m_clock;
    QList<int> m_schedule;
    QList<WebhookEndpointConfig> m_endpoints;
    QList<bool> m_removed; ///< per endpoint
    QNetworkAccessManager *m_network;
    std::vector<Delivery> m_waiting; ///< retries not yet due
    QList<Queued> m_held;
    QList<Queued> m_serial; ///< reordered events waiting for the previous one to finish
    int m_serialOutstanding = 0;
    bool m_duplicate = false;
    bool m_drop = false;
    int m_reorderBatch = 0;
};

} // namespace Kiosk::Sim
