// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "CheckoutRequest.h"
#include "Order.h"
#include "Result.h"

#include <QObject>

#include <functional>

namespace Kiosk {

/**
 * What a till's sale screens talk to, whether the backend runs in this process (embedded) or on a
 * shop server (remote). Deals only in plain values: the catalog snapshot, checkout requests and
 * order snapshots, never pointers into backend objects. Every call answers later, on the thread
 * the service lives on (the UI thread), through `done`, and never from inside the call; `done`
 * is dropped once `context` is gone. Errors are Results whose message can be shown to people.
 * See README.md in this folder for the ordering and reconnect guarantees.
 */
class TillService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TillService)

public:
    using OrderReply = std::function<void(Result<Order>)>;

    explicit TillService(QObject *parent = nullptr);
    ~TillService() override;

    /** The products on sale, as loaded when the service became ready. A copy; cheap to take. */
    [[nodiscard]] virtual Catalog catalog() const = 0;

    /** Records the order (prices from the backend's catalog) and creates its payment session.
     *  The reply is the order as it stands then: awaiting_payment with a session url, or already
     *  final if it was settled meanwhile. Bad input is an error and records nothing. */
    virtual void startCheckout(const CheckoutRequest &request, QObject *context, OrderReply done) = 0;
    /** Asks for the order to be cancelled; the reply is the order as settled (cancelled, or paid
     *  if the payment won the race). An error leaves the session open. */
    virtual void cancelCheckout(qint64 orderId, QObject *context, OrderReply done) = 0;
    /** The order as the backend has it now (to catch up, e.g. after an error or a reconnect). */
    virtual void fetchOrder(qint64 orderId, QObject *context, OrderReply done) = 0;
    /** Pays the basket in cash at a staffed till (request.cashTendered, request.requestId): the
     *  reply is the order paid with tender "cash" (its change and rounding), or an error and
     *  nothing recorded ("cash_disabled", "tender_short"). No card payment is started. The same
     *  requestId again answers with the same order. Default: "not_available". */
    virtual void payCash(const CheckoutRequest &request, QObject *context, OrderReply done);
    /** Whether the till offers cash (setting cash/enabled; never in self-service). */
    [[nodiscard]] virtual bool cashEnabled() const { return false; }
    /** The cash rounding increment in minor units (5: CHF 0.05), 0 for none: the cash dialog
     *  shows the due as the backend will take it. */
    [[nodiscard]] virtual qint64 cashRounding() const { return 0; }
    /** Whether the backend answers (a remote one: the shop server answered the last attempt).
     *  While false, calls answer "server_unreachable" and orders are decided where they are
     *  anyway: a screen says the connection is lost, never that the payment failed. */
    [[nodiscard]] virtual bool isConnected() const { return true; }

Q_SIGNALS:
    /** Announced after every committed change of an order, with its new snapshot. Screens
     *  filter by id: announcements for orders they do not show are ignored. */
    void orderChanged(qint64 orderId, const Kiosk::Order &order);
    /** A declined attempt; the session stays open and the buyer may try again. */
    void paymentAttemptFailed(qint64 orderId, const QString &message);
    /** isConnected() changed. After a reconnect the awaited orders are announced again. */
    void connectionChanged(bool connected);
};

} // namespace Kiosk
