// SPDX-License-Identifier: MIT
#pragma once

#include "TillService.h"

#include <QList>
#include <QPointer>

namespace Kiosk::Test {

/**
 * A till service the test drives by hand: it records every call and answers only when told, and
 * announces whatever the test makes it announce. The screens cannot tell it from the embedded
 * or a remote service.
 */
class FakeTillService final : public TillService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTillService)

public:
    explicit FakeTillService(Catalog catalog, QObject *parent = nullptr);
    ~FakeTillService() override;

    [[nodiscard]] Catalog catalog() const override { return m_catalog; }
    void startCheckout(const CheckoutRequest &request, QObject *context, OrderReply done) override;
    void cancelCheckout(qint64 orderId, QObject *context, OrderReply done) override;
    void fetchOrder(qint64 orderId, QObject *context, OrderReply done) override;
    void payCash(const CheckoutRequest &request, QObject *context, OrderReply done) override;
    [[nodiscard]] bool cashEnabled() const override { return m_cash; }
    void setCashEnabled(bool enabled) { m_cash = enabled; }

    struct Call
    {
        QString what; ///< "start", "cancel", "fetch" or "cash"
        CheckoutRequest request; ///< for "start" and "cash"
        qint64 orderId = 0; ///< for "cancel" and "fetch"
    };
    [[nodiscard]] const QList<Call> &calls() const { return m_calls; }
    /** Answers the oldest unanswered call. False when none is waiting. */
    bool answer(Result<Order> result);
    [[nodiscard]] qsizetype waiting() const { return m_waiting.size(); }

    void announce(const Order &order) { Q_EMIT orderChanged(order.id, order); }
    [[nodiscard]] bool isConnected() const override { return m_connected; }
    /** As a remote service does when its server goes away or comes back. */
    void setConnected(bool connected)
    {
        m_connected = connected;
        Q_EMIT connectionChanged(connected);
    }
    void announceDecline(qint64 orderId, const QString &message) { Q_EMIT paymentAttemptFailed(orderId, message); }

private:
    struct Waiting
    {
        QPointer<QObject> context;
        OrderReply done;
    };
    Catalog m_catalog;
    QList<Call> m_calls;
    QList<Waiting> m_waiting;
    bool m_connected = true;
    bool m_cash = false;
};

} // namespace Kiosk::Test
