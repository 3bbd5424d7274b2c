// SPDX-License-Identifier: MIT
#pragma once

#include "BasketDiscount.h"
#include "CheckoutRequest.h"
#include "CheckoutSession.h"
#include "CouponRequest.h"
#include "Order.h"
#include "OrderStore.h"
#include "PaymentSettings.h"
#include "Result.h"
#include "StripeEvent.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace Kiosk {

class Cart;
class Catalog;
class PinVault;
class RefundCoordinator;
class StripeClient;

/**
 * The exactly-once payment flow. Creates orders and their Stripe Checkout Sessions, and decides
 * every outcome in ONE place, decide(): fulfil() and applyWebhookEvents() mark an order paid
 * only when Stripe says the session is complete and paid and its amount and currency match the
 * order; a mismatch goes to needs_review. Webhooks, the return page, polling (watch()), the events sweep and recovery
 * on start all go through it, so entering `paid` happens once however often or in whatever order they arrive.
 *
 * Owns nothing: the store, client and catalog must outlive it. Lives on one thread (the store's).
 * Async results come back through context-bound callbacks (not called once `context` is gone);
 * errors as Result, nothing throws.
 */
class PaymentCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentCoordinator)

public:
    PaymentCoordinator(OrderStore *store, StripeClient *client, const Catalog *catalog, PaymentSettings settings,
        QObject *parent = nullptr);
    ~PaymentCoordinator() override;

    /** Refund events (refund.*, charge.refunded) from webhooks and the sweep go to `refunds`
     *  (RefundCoordinator::prepareEvent()); without one they are recorded and change nothing. */
    void setRefunds(RefundCoordinator *refunds) { m_refunds = refunds; }

    /** The manager PIN that authorises a basket discount above discountMaxWithoutPin (its
     *  failures count towards the vault's lockout); without one such a discount is refused. */
    void setPinVault(PinVault *pins) { m_pins = pins; }

    /** Base of our loopback server, for success_url/cancel_url ("http://127.0.0.1:PORT"). */
    void setReturnBaseUrl(const QUrl &base);
    [[nodiscard]] QUrl returnBaseUrl() const { return m_returnBase; }
    [[nodiscard]] const PaymentSettings &settings() const { return m_settings; }

    /**
     * Validates the cart, records the order (prices re-read from the catalog), creates the
     * Checkout Session (idempotency key tied to the order) and stores its id, url and expiry.
     * The resulting order is awaiting_payment. Bad input is an error and records nothing.
     */
    void startCheckout(
        const Cart &cart, const QString &customerEmail, QObject *context, std::function<void(Result<Order>)> done);

    /** Same as startCheckout() for callers without a Cart object (the JSON API, a till service):
     *  lines by product id, chosen option ids and quantity, validated and priced exactly like a
     *  Cart would (OptionSelection::choose()). language is the
     *  till's ("de"): the hosted page's locale (checkoutLocaleFor()); empty for settings().locale.
     *  It is stored with the order's request, so a replay after a crash sends the same one. */
    void startCheckoutLines(const QList<CheckoutLine> &checkoutLines, const QString &customerEmail,
        const QString &language, QObject *context, std::function<void(Result<Order>)> done);
    /** startCheckoutLines() for an order of another kiosk than settings().kioskId: a till of the
     *  shop server (the order carries its id and its numbers start with it). */
    void startCheckoutForKiosk(const QString &kioskId, const QList<CheckoutLine> &checkoutLines,
        const QString &customerEmail, const QString &language, QObject *context,
        std::function<void(Result<Order>)> done);

    /** startCheckoutForKiosk() with everything a till sends: lines, e-mail, language and an
     *  optional basket discount (DiscountPolicy against settings(): discount_disabled,
     *  invalid_discount, discount_needs_manager, wrong_pin, pin_locked, all before anything is
     *  recorded or sent). The order is priced with the discount by BasketPricing and stores it;
     *  the session carries it as a Stripe coupon made once per order (its idempotency key is the
     *  order's, so a retry or a crash reuses it). */
    void startCheckoutRequest(const QString &kioskId, const CheckoutRequest &request, QObject *context,
        std::function<void(Result<Order>)> done);

    /** The coupon an order's discount is sent as (POST /v1/coupons: its percent_off or
     *  amount_off, once, one redemption, metadata naming the order) and its idempotency key,
     *  tied to the installation and the order: a retry, a replay after a crash or recovery
     *  sends the same body under the same key and Stripe answers the coupon it made. */
    static Result<CouponRequest> couponFor(const Order &order);
    static QString couponIdempotencyKey(const Order &order);
    /**
     * A cash payment at a staffed till (settings().cashEnabled): the basket priced exactly as
     * for a checkout, CashTender::settle() with settings().cashRounding, and the order recorded
     * paid with tender "cash" in ONE transaction (OrderStore::recordCashSale()). No Stripe call.
     * The same request.requestId again answers with the order it made. Errors: "cash_disabled",
     * "tender_short" (naming due, given and missing), "invalid_request_id", and those of a
     * checkout; then nothing was recorded.
     */
    void payCashForKiosk(
        const QString &kioskId, const CheckoutRequest &request, std::function<void(Result<Order>)> done);

    /** Stores "cancel requested" with the order, expires its session (one still being created is
     *  expired as soon as it exists), and answers with the order as settled: cancelled, or paid
     *  if the payment won the race. */
    void cancelCheckout(qint64 orderId, QObject *context, std::function<void(Result<Order>)> done);

    /** Retrieves the session and applies the one decision. Idempotent. `source` goes into the
     *  status history ("webhook", "poll", "return_page", "recovery", ...). */
    void fulfil(const QString &sessionId, const QString &source, QObject *context = nullptr,
        std::function<void(Result<Order>)> done = {});

    /** Polls the order's session every pollIntervalMs (backoff on errors) until it is final.
     *  The coordinator watches every order whose session it created or recovered by itself;
     *  callers need not (and the UI does not) start it. */
    void watch(qint64 orderId);
    void unwatch(qint64 orderId);
    [[nodiscard]] bool isWatching(qint64 orderId) const { return m_watches.contains(orderId); }

    /** Reconciles every unfinished order with Stripe (run on start). */
    void recover(QObject *context = nullptr, std::function<void(Status)> done = {});
    /** Applies Stripe events since the stored cursor (all pages), de-duplicated by event id. */
    void sweepEvents(QObject *context = nullptr, std::function<void(Status)> done = {});

    /** A verified webhook event and the raw body it came in. */
    struct VerifiedEvent
    {
        StripeEvent event;
        QByteArray rawBody;
    };
    /**
     * Records verified webhook events and applies their outcomes (unknown types and sessions of
     * others are recorded and change no order; duplicate ids change nothing) in ONE
     * store transaction (one fsync), each in its own savepoint. The outcome of each event is
     * decided inside that transaction against the order as the batch's earlier events left it,
     * by the same decision as fulfil(). Results are in input order and durable on return; an
     * event whose write failed carries the error and changed nothing.
     */
    QList<Result<OrderStore::EventOutcome>> applyWebhookEvents(const QList<VerifiedEvent> &events);

    /**
     * The one decision, the only place that says when an order is paid: which status an order
     * should move to given the session Stripe reports (nullopt: no change), and why. `eventType`
     * is the checkout.session.* event that carried the session, empty for a session retrieved
     * from Stripe. Paid only for the order that stored this session id and whose installation the
     * session names, complete + paid, amount_total and currency equal to the order's; any other
     * completed session needs review, complete + unpaid is processing, async_payment_failed is
     * failed, an expired session is expired (cancelled if cancelling was asked for). Finished
     * orders (terminal, needs_review) never move. Pure; used by fulfil, webhooks, polling, the
     * events sweep and recovery, and by the unit test that pins it down.
     */
    struct Decision
    {
        std::optional<OrderStatus> to;
        QString reason;
    };
    [[nodiscard]] static Decision decide(
        const Order &order, const CheckoutSession &session, const QString &eventType = QString());

Q_SIGNALS:
    /** After every committed status change. */
    void orderUpdated(const Kiosk::Order &order);
    /** A declined card; the session stays open and the buyer may try again. */
    void paymentAttemptFailed(qint64 orderId, const QString &message);

private:
    /** decide() before "the status it already has" becomes "no change". */
    static Decision decideStatus(const Order &order, const CheckoutSession &session, const QString &eventType);
    struct PricedCheckout
    {
        QList<OrderLine> lines;
        qint64 amountTotal = 0;
        QString email;
        BasketDiscount discount; ///< as authorised (DiscountPolicy); Kind::None without one
    };
    /** Validates a basket, decides its discount (DiscountPolicy, the PIN when it needs one) and
     *  prices it from the catalog with tax and discount: the same for a card checkout and a cash
     *  sale. Records nothing. */
    Result<PricedCheckout> priceCheckout(const CheckoutRequest &request) const;
    /** The order's discount columns from an authorised basket discount. */
    static void describeDiscount(const BasketDiscount &discount, OrderStore::NewOrder &order);
    struct Watch;
    /** language: see startCheckoutLines(); only for an order's first request (replays read it
     *  back from the store). */
    void createSession(const Order &order, QObject *context, std::function<void(Result<Order>)> done,
        const QString &language = QString());
    /** Gives every taxed line the Stripe TaxRate of its rate (stripeTaxRate): remembered in
     *  the store per Stripe account and rate definition, otherwise created once (idempotency
     *  key from the definition) and remembered. An error when Stripe refuses or answers another
     *  rate; then nothing was recorded. */
    void ensureTaxRates(QList<OrderLine> lines, std::function<void(Result<QList<OrderLine>>)> done);
    [[nodiscard]] QString taxRateStoreKey(const QString &definition) const;
    /** Makes the Stripe coupon of an order with a discount and no coupon yet (idempotency key
     *  of the order), checks it is the discount asked for and stores it; the order as stored. */
    void ensureCoupon(const Order &order, std::function<void(Result<Order>)> done);
    /** Expires the session of an order asked to be cancelled and settles it by the one decision
     *  (cancelled, or paid if the buyer won the race). */
    void expireAndSettle(const Order &order, std::function<void(Result<Order>)> done);
    /** Reads the order of the session, decides and commits, with no event-loop turn between. */
    Result<Order> commitSession(const CheckoutSession &session, const QString &source);
    Result<OrderStore::EventOutcome> applyEvent(
        const StripeEvent &event, const QByteArray &rawBody, const QString &source);
    /** An event ready for OrderStore::recordEvents() and what to announce once it is committed. */
    struct PreparedEvent;
    PreparedEvent prepareEvent(const StripeEvent &event, const QByteArray &rawBody, const QString &source);
    QList<Result<OrderStore::EventOutcome>> commitEvents(const QList<PreparedEvent> &prepared);
    void schedulePoll(qint64 orderId, int delayMs);
    void pollOnce(qint64 orderId);
    struct Recovery
    {
        QList<Order> queue; ///< still to reconcile, oldest first
        std::function<void(Status)> done;
    };
    void recoverNext(std::shared_ptr<Recovery> run);
    /** A draft without a session, older than a session lives: nobody waits for it any more. */
    [[nodiscard]] bool isStaleDraft(const Order &order) const;
    /** True: `next` is called once this order is reconciled; false: done already, no call. */
    bool recoverOne(const Order &order, std::function<void()> next);
    void emitIfChanged(const Order &before, const Result<Order> &after);
    /** The fixed parameters of a new order's session request (expiry, return URLs, locale,
     *  receipt), as kept in the store so a replay sends the same body under the same key. */
    [[nodiscard]] QString newRequestParams(const QString &customerEmail, const QString &language) const;

    /** Group commit of the checkouts' two durable steps: what is queued in one event-loop turn
     *  is written in one store transaction (OrderStore::createOrders(), storeSessions()) on a
     *  zero timer, or at once when kMaxCheckoutBatch wait. */
    struct QueuedDraft
    {
        OrderStore::NewOrder order;
        QString params;
        QString language;
        qint64 expectedTotal = 0;
        std::function<void(Result<Order>)> done;
        int attempts = 1; ///< batches it was written in: another replica's deadlock retries it
    };
    struct QueuedSession
    {
        Order order; ///< the draft, as createSession() got it
        CheckoutSession session;
        std::function<void(Result<Order>)> done;
    };
    void queueDraft(QueuedDraft draft);
    void flushDrafts();
    void queueSession(QueuedSession stored);
    void flushSessions();
    /** After its session is stored: the caller's answer, the watch, a cancel that waited. */
    void sessionStored(const Order &draft, const OrderStore::SessionWriteResult &stored,
        const std::function<void(Result<Order>)> &done);

    OrderStore *m_store;
    StripeClient *m_client;
    const Catalog *m_catalog;
    RefundCoordinator *m_refunds = nullptr;
    PinVault *m_pins = nullptr;
    PaymentSettings m_settings;
    QUrl m_returnBase;
    QHash<qint64, Watch *> m_watches;
    /** Orders whose session Stripe is creating now, with the cancels waiting for it. */
    QHash<qint64, QList<std::function<void(Result<Order>)>>> m_creating;
    bool m_sweeping = false;
    QList<QueuedDraft> m_drafts;
    QTimer m_draftFlush;
    QList<QueuedSession> m_sessions;
    QTimer m_sessionFlush;
};

} // namespace Kiosk
