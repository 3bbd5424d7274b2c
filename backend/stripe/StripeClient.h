// SPDX-License-Identifier: MIT
#pragma once

#include "BalanceTransaction.h"
#include "Charge.h"
#include "CheckoutSession.h"
#include "CheckoutSessionRequest.h"
#include "CouponRequest.h"
#include "EventListParams.h"
#include "HttpTransport.h"
#include "LineItem.h"
#include "PeriodListParams.h"
#include "Refund.h"
#include "RefundRequest.h"
#include "Result.h"
#include "StripeConfig.h"
#include "StripeCoupon.h"
#include "StripeError.h"
#include "StripeEvent.h"
#include "StripeList.h"
#include "StripeTaxRate.h"
#include "TaxRateRequest.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Kiosk {

/**
 * The kiosk's Stripe API client (the calls Checkout needs), behaving like stripe-node 23:
 * Bearer auth, pinned Stripe-Version, form-encoded POST bodies, GET parameters in the query
 * string, an Idempotency-Key on every POST that is reused on each retry, retries of connection
 * errors, 409 and 5xx with exponential backoff and jitter (429 and other 4xx are final),
 * `Stripe-Should-Retry` obeyed.
 *
 * Asynchronous: each call returns at once and later invokes the callback exactly once on this
 * object's thread, unless `context` was destroyed first (then never). The secret key appears
 * in no log line and no StripeError. Lives on one thread; not thread-safe.
 */
class StripeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StripeClient)

public:
    template <typename T> using Callback = std::function<void(Result<T, StripeError>)>;
    /** Returns a jitter factor in permille, 500..1000; replaceable so tests are deterministic. */
    using JitterSource = std::function<int()>;

    StripeClient(StripeConfig config, std::shared_ptr<HttpTransport> transport, QObject *parent = nullptr);
    ~StripeClient() override;

    void createCheckoutSession(const CheckoutSessionRequest &request, const QString &idempotencyKey, QObject *context,
        Callback<CheckoutSession> done);
    void retrieveCheckoutSession(
        const QString &id, bool expandLineItems, QObject *context, Callback<CheckoutSession> done);
    void expireCheckoutSession(
        const QString &id, const QString &idempotencyKey, QObject *context, Callback<CheckoutSession> done);
    void listLineItems(const QString &sessionId, QObject *context, Callback<StripeList<LineItem>> done);
    void listEvents(const EventListParams &params, QObject *context, Callback<StripeList<StripeEvent>> done);
    /** Walks every page (starting_after = last id of the previous page) and returns all events,
     *  newest first as Stripe orders them. Stops with an error if a page repeats. */
    void listAllEvents(const EventListParams &params, QObject *context, Callback<QList<StripeEvent>> done);

    /** POST /v1/refunds; the request is validated first (a bad one fails without a call). */
    void createRefund(
        const RefundRequest &request, const QString &idempotencyKey, QObject *context, Callback<Refund> done);
    void retrieveRefund(const QString &id, QObject *context, Callback<Refund> done);
    /** One page of GET /v1/refunds, newest first. */
    void listRefunds(const RefundListParams &params, QObject *context, Callback<StripeList<Refund>> done);

    /** One page of GET /v1/charges, /v1/refunds or /v1/balance_transactions created in a period
     *  (newest first). */
    void listCharges(const PeriodListParams &params, QObject *context, Callback<StripeList<Charge>> done);
    void listRefunds(const PeriodListParams &params, QObject *context, Callback<StripeList<Refund>> done);
    void listBalanceTransactions(
        const PeriodListParams &params, QObject *context, Callback<StripeList<BalanceTransaction>> done);
    /** Every object of the period: walks the pages (starting_after = last id of the previous
     *  page) like stripe-node's auto-pagination, at most kMaxPeriodPages pages; a page that does
     *  not advance or one page too many ends it with an "invalid_response" error. */
    void listAllCharges(PeriodListParams params, QObject *context, Callback<QList<Charge>> done);
    void listAllRefunds(PeriodListParams params, QObject *context, Callback<QList<Refund>> done);
    void listAllBalanceTransactions(
        PeriodListParams params, QObject *context, Callback<QList<BalanceTransaction>> done);
    /** 200 pages of 100: a day of 20,000 charges. */
    static constexpr int kMaxPeriodPages = 200;
    /** POST /v1/tax_rates; validated first (a bad request fails without a call). */
    void createTaxRate(
        const TaxRateRequest &request, const QString &idempotencyKey, QObject *context, Callback<StripeTaxRate> done);

    /** POST /v1/coupons (a basket's discount); validated first. */
    void createCoupon(
        const CouponRequest &request, const QString &idempotencyKey, QObject *context, Callback<StripeCoupon> done);

    /** The key of the TaxRate for one rate definition (its display name, percentage and
     *  inclusive flag, TaxPolicy::rateId() and more): "kiosk-<installation>-tax_rate-" and the
     *  definition's SHA-256 in hex, so each definition is made once per installation however
     *  often it is asked for, and a changed rate gets a new key and a new TaxRate. */
    static QString taxRateIdempotencyKey(const QString &definition, const QString &installationId);

    /** "kiosk-[<installation>-]<operation>-<order>-<attempt>", stable for one logical request and
     *  distinct between installations that share a Stripe account (and an order number); hashed
     *  when it would exceed Stripe's 255 characters or contains characters outside [A-Za-z0-9_.-]. */
    static QString idempotencyKey(const QString &orderNumber, qint64 attempt, const QString &operation,
        const QString &installationId = QString());
    /** The key of the order's refund `localRefundId` (the store's id of its refund record):
     *  "kiosk-<installation>-refund-<order>-<local id>", the same on every retry, double tap and
     *  replay after a crash, so Stripe makes that refund once. */
    static QString refundIdempotencyKey(
        const QString &orderNumber, qint64 localRefundId, const QString &installationId);
    /** stripe-node's backoff (RequestSender._getSleepTimeInMS) before the next attempt, given
     *  how many retries were already made: min(initial·2^(n−1), max) × jitter/1000, at least
     *  `initial`. */
    static int retryDelayMs(int retriesSoFar, int initialMs, int maxMs, int jitterPermille);

    /** True for sk_test_/rk_test_ keys and for any API base other than api.stripe.com (the
     *  simulator). */
    [[nodiscard]] bool isTestMode() const;
    [[nodiscard]] const StripeConfig &config() const { return m_config; }
    /** "CheckoutKiosk/<version> (Qt <version>)". */
    [[nodiscard]] static QByteArray userAgent();

    void setJitterSource(JitterSource jitter);

private:
    struct Call;
    void send(const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &params,
        const QString &idempotencyKey, QObject *context, std::function<void(Result<QByteArray, StripeError>)> done);
    void attempt(std::shared_ptr<Call> call);
    template <typename T> struct PeriodWalk;
    template <typename T> void walkPeriod(std::shared_ptr<PeriodWalk<T>> walk);
    void walkEvents(
        EventListParams params, QList<StripeEvent> collected, QObject *context, Callback<QList<StripeEvent>> done);

    StripeConfig m_config;
    std::shared_ptr<HttpTransport> m_transport;
    JitterSource m_jitter;
};

} // namespace Kiosk
