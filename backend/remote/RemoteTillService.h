// SPDX-License-Identifier: MIT
#pragma once

#include "RemoteOptions.h"
#include "TillService.h"

#include <QHash>
#include <QSet>

class QTimer;

namespace Kiosk {

class ChangeStream;
class ServerConnection;

/**
 * The till service over a shop server (checkout-kiosk-server, docs: README.md in this folder):
 * the catalog from GET /api/catalog, checkouts, cancels and reads over REST, announcements from
 * the change stream (ChangeStream), and while that is down, polling of the orders the till waits
 * on. Keeps TillService's contract: answers later, on this thread, not once `context` is gone;
 * announcements in commit order (a snapshot older than one delivered is dropped, OrderFreshness;
 * a reply never carries an older snapshot than one announced); after every reconnect the awaited
 * orders are fetched and re-announced. Losing the server fails no order: calls answer
 * "server_unreachable" and isConnected() turns false until the server answers again.
 */
class RemoteTillService final : public TillService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteTillService)

public:
    explicit RemoteTillService(ServerConnection &connection, QObject *parent = nullptr);
    ~RemoteTillService() override;

    /** Loads the catalog, then opens the change stream. `done` once the catalog is there (or
     *  with the error); the service is handed to the screens after that. */
    void connectToServer(QObject *context, std::function<void(Status)> done);

    [[nodiscard]] Catalog catalog() const override { return m_catalog; }
    void startCheckout(const CheckoutRequest &request, QObject *context, OrderReply done) override;
    void cancelCheckout(qint64 orderId, QObject *context, OrderReply done) override;
    void fetchOrder(qint64 orderId, QObject *context, OrderReply done) override;
    /** POST /api/checkout with "tender": "cash", "tendered" and the request's id as its
     *  Idempotency-Key: a retry of the same payment is the same order on the server. */
    void payCash(const CheckoutRequest &request, QObject *context, OrderReply done) override;
    /** RemoteOptions::cashEnabled (the server refuses cash when its own setting is off). */
    [[nodiscard]] bool cashEnabled() const override;
    [[nodiscard]] bool isConnected() const override;

    /** The body of POST /api/checkout for `request` against `catalog` (product ids become
     *  SKUs), or the error the backend would give. Pure. */
    static Result<QByteArray> checkoutBody(const CheckoutRequest &request, const Catalog &catalog);
    /** Orders awaited (created or cancelled here and not yet settled): fetched after every
     *  reconnect and polled while the stream is down. */
    [[nodiscard]] QList<qint64> awaitedOrders() const { return m_awaited.values(); }
    [[nodiscard]] const ChangeStream &stream() const { return *m_stream; }

private:
    /** Runs `done(result)` from the event loop, with the newest snapshot known of the order. */
    void reply(QObject *context, OrderReply done, Result<Order> result);
    /** Announces `order` unless it is older than what was delivered; from the event loop. */
    void announce(const Order &order);
    void remember(const Order &order);
    /** Fetches every awaited order and announces what changed (after a reconnect, and polling). */
    void catchUp();
    void updatePolling();
    void updateConnected();

    ServerConnection &m_connection;
    ChangeStream *m_stream;
    QTimer *m_poll;
    Catalog m_catalog;
    QHash<qint64, Order> m_latest; ///< the newest snapshot delivered per order
    QSet<qint64> m_awaited;
    QSet<qint64> m_polling; ///< fetches in flight
    int m_startsInFlight = 0;
    QHash<qint64, Order> m_early; ///< announced before the reply that created the order
    bool m_connected = true;
};

} // namespace Kiosk
