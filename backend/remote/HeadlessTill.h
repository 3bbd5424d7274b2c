// SPDX-License-Identifier: MIT
#pragma once

#include "RemoteOptions.h"
#include "RemoteTillService.h"
#include "ServerConnection.h"

#include <QHash>
#include <QObject>

namespace Kiosk {

/**
 * A till without widgets: the remote client (ServerConnection + RemoteTillService) and the
 * outcomes it learnt, for the fleet integration test and benchmarks. sell() starts a checkout
 * as the cashier screen would and settled() reports each of its orders once it is final, as a
 * screen would show it.
 */
class HeadlessTill final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessTill)

public:
    explicit HeadlessTill(RemoteOptions options, QObject *parent = nullptr);
    ~HeadlessTill() override;

    /** Loads the catalog and opens the change stream. */
    void start(std::function<void(Status)> done);
    /** Starts paying for `request`; `created` gets the reply (the order awaiting payment). */
    void sell(const CheckoutRequest &request, std::function<void(Result<Order>)> created);
    void cancel(qint64 orderId, std::function<void(Result<Order>)> done);

    [[nodiscard]] RemoteTillService &service() { return m_service; }
    [[nodiscard]] const ServerConnection &connection() const { return m_connection; }
    /** The settled snapshot of every order this till sold, by id. */
    [[nodiscard]] const QHash<qint64, Order> &outcomes() const { return m_outcomes; }
    /** Orders sold and not yet seen settled. */
    [[nodiscard]] QList<qint64> pending() const;

Q_SIGNALS:
    /** One of this till's orders reached its final status (once per order). */
    void settled(const Kiosk::Order &order);

private:
    void note(const Order &order);

    ServerConnection m_connection;
    RemoteTillService m_service;
    QHash<qint64, Order> m_sold; ///< the last snapshot of every order sold here
    QHash<qint64, Order> m_outcomes;
};

} // namespace Kiosk
