// SPDX-License-Identifier: MIT
#pragma once

#include "PricedBasket.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kiosk {

/**
 * Where an order is in its life. draft → awaiting_payment → paid | cancelled | expired | failed,
 * with processing (delayed methods, finalised later) and needs_review (amount mismatch, a failed
 * refund or other anomaly). After paid only refunds move it on: paid → partially_refunded →
 * refunded (RefundDecision). OrderStateMachine decides what is legal.
 */
enum class OrderStatus {
    Draft,
    AwaitingPayment,
    Processing,
    Paid,
    Cancelled,
    Expired,
    Failed,
    NeedsReview,
    PartiallyRefunded,
    Refunded
};

/** "awaiting_payment" etc.: the stored and wire form. */
QString toString(OrderStatus status);
std::optional<OrderStatus> orderStatusFromString(QStringView text);
/** A word for people: "Awaiting payment". */
QString displayName(OrderStatus status);
QList<OrderStatus> allOrderStatuses();

struct OrderStateMachine
{
    /** The payment's outcome is settled: paid, partially_refunded, refunded, cancelled, expired,
     *  failed. The payment flow never moves them; only refunds move a paid one on. */
    [[nodiscard]] static bool isTerminal(OrderStatus s);
    /** needs_review: automation must leave it alone; only a manager (source "manager") moves it
     *  on, to paid or cancelled. */
    [[nodiscard]] static bool needsHuman(OrderStatus s);
    /** Same-state is allowed (a no-op). */
    [[nodiscard]] static bool canTransition(OrderStatus from, OrderStatus to);
    /** Ok, or an "illegal_transition" error naming both states. */
    [[nodiscard]] static Status check(OrderStatus from, OrderStatus to);
};

struct OrderLine
{
    QString productId;
    QString sku;
    QString name;
    int quantity = 0;
    qint64 unitAmount = 0; ///< minor units
    qint64 lineTotal = 0; ///< minor units
    /** The chosen options as JSON (OptionSelection::toJson()), empty when none; `name` already
     *  names them for people. */
    QString options {};
    /** The line's tax by the pricing rule, inclusive or exclusive; 0 when untaxed. */
    qint64 amountTax = 0;
    /** The rate it was taxed at as it was when sold (TaxPolicy::rateId(), "standard 19%
     *  inclusive"); empty when untaxed. A later change of the shop's rate leaves it alone. */
    QString taxRate {};
    Percentage taxPercentage {};
    bool taxInclusive = false;
    /** The Stripe TaxRate (txr_…) the line was sent with; empty when untaxed. */
    QString stripeTaxRate {};
    /** This line's share of the basket discount by the pricing rule (0..lineTotal); the line
     *  is taxed on lineTotal - amountDiscount. */
    qint64 amountDiscount = 0;

    /** What the line costs the customer: lineTotal less its discount, plus exclusive tax. */
    [[nodiscard]] qint64 amountGross() const { return lineTotal - amountDiscount + (taxInclusive ? 0 : amountTax); }
};

/** One sale. Amounts are minor units of `currency` (upper-case ISO code). */
struct Order
{
    qint64 id = 0;
    QString number; ///< shown to people, "K1-000123"
    QDateTime createdAt; ///< UTC
    OrderStatus status = OrderStatus::Draft;
    QString currency;
    qint64 amountSubtotal = 0;
    /** What the customer pays: the subtotal plus exclusive tax. */
    qint64 amountTotal = 0;
    /** All tax of the lines, inclusive and exclusive (Stripe's total_details.amount_tax). */
    qint64 amountTax = 0;
    /** Refunds that count (pending and succeeded), never above amountTotal (schema CHECK). */
    qint64 amountRefunded = 0;
    QString sessionId;
    QString sessionUrl;
    QDateTime expiresAt;
    QString customerEmail;
    QDateTime paidAt;
    QString kioskId;
    QString cashier;
    QString paymentIntent;
    QString statusReason; ///< why it failed / needs review, for people
    int attempt = 1; ///< session-creation attempt, part of the idempotency key
    /** The installation (OrderStore::installationId()) that created it; empty for orders from
     *  before installation ids (schema 1) and for imported ones. */
    QString installationId;
    /** When cancelling was asked for (invalid: never). Such an order ends cancelled unless Stripe
     *  reports it paid; its session is expired as soon as we know it. */
    QDateTime cancelRequestedAt;
    QDateTime updatedAt;
    QList<OrderLine> lines;
    /** The basket discount (schema 10): empty kind for none. */
    QString discountKind; ///< kDiscountPercentOff, kDiscountAmountOff or kDiscountPromotionCode
    /** What was asked for: the percentage's text ("12.5") or the amount in minor units ("250");
     *  for a promotion code the code's coupon as Stripe reported it. */
    QString discountValue;
    /** What the discount took off the subtotal (Stripe's total_details.amount_discount); the
     *  lines' amountDiscount add up to it. amountTotal is already after it. */
    qint64 amountDiscount = 0;
    /** The Stripe coupon (its id) the discount was sent as; empty until made, and without one. */
    QString stripeCoupon;

    static inline const QString kDiscountPercentOff = QStringLiteral("percent_off");
    static inline const QString kDiscountAmountOff = QStringLiteral("amount_off");
    static inline const QString kDiscountPromotionCode = QStringLiteral("promotion_code");
    /** How it was paid: "card" (Stripe Checkout) or "cash" (a staffed till's drawer). */
    QString tender = QStringLiteral("card");
    /** Cash only: what was handed over, the change given and the cash rounding (what was taken
     *  in cash minus amountTotal; CashTender). 0 for card orders. */
    qint64 cashTendered = 0;
    qint64 cashChange = 0;
    qint64 cashRounding = 0;

    /** amountTotal less all tax: what the shop keeps before refunds. */
    [[nodiscard]] qint64 amountNet() const { return amountTotal - amountTax; }
    [[nodiscard]] bool isCash() const { return tender == QLatin1String("cash"); }
    /** What went into the drawer for a cash order: the total after cash rounding. */
    [[nodiscard]] qint64 cashTaken() const { return amountTotal + cashRounding; }
    /** Tax per rate over the lines, in the order the rates first appear (as on Stripe's
     *  breakdown); empty without tax. */
    [[nodiscard]] QList<RateTax> taxByRate() const;
};

/** One Stripe event as received (webhook or events sweep), kept for the timeline. */
struct PaymentEvent
{
    QString eventId; ///< evt_…, unique
    QString type;
    QDateTime receivedAt;
    qint64 orderId = 0; ///< 0 when no order matched
    QByteArray payload; ///< the raw verified JSON
};

/** A status change as recorded in the order's timeline. */
struct StatusChange
{
    OrderStatus from;
    OrderStatus to;
    QDateTime at;
    QString source; ///< "webhook", "poll", "return_page", "cancel", "recovery", ...
    QString reason;
};

} // namespace Kiosk
