// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kiosk {

/**
 * Parameters of POST /v1/checkout/sessions for a one-time payment on the hosted page. The
 * equivalent stripe-node call is
 *   stripe.checkout.sessions.create({mode: 'payment',
 *       line_items: [{price_data: {currency, unit_amount, product_data: {name, description?,
 *       images?}}, quantity, tax_rates?}, …], success_url, cancel_url, customer_email?,
 *       client_reference_id?, locale?, metadata?, payment_intent_data?: {metadata?,
 *       receipt_email?}, expires_at?, discounts?: [{coupon}], allow_promotion_codes?})
 * where `?` fields are left out when empty/unset. toParams() yields exactly the flat pairs
 * stripe-node sends for that object, in the same order (tests/node cross-checks this).
 */
struct CheckoutSessionRequest
{
    struct Line
    {
        QString name;
        QString description;
        qint64 unitAmount = 0; // minor units
        int quantity = 0;
        QStringList images;
        /** Stripe TaxRate ids (txr_…) of the line, at most kMaxTaxRatesPerLine. */
        QStringList taxRates;
    };
    static constexpr int kMaxTaxRatesPerLine = 5;

    QString currency; // lower-case ISO code
    QList<Line> lines;
    QString successUrl;
    QString cancelUrl;
    QString customerEmail;
    QString clientReferenceId;
    QString locale;
    QList<QPair<QString, QString>> metadata;
    /** Copied by Stripe onto the PaymentIntent, so payment_intent.* events (a declined card)
     *  can be tied back to the order. */
    QList<QPair<QString, QString>> paymentIntentMetadata;
    /** Where Stripe e-mails its own receipt of the payment (payment_intent_data[receipt_email]);
     *  live mode only, Stripe sends none for test payments. Empty: no receipt e-mail asked for. */
    QString receiptEmail;
    std::optional<qint64> expiresAt;
    /** The basket's discount as a coupon (discounts[0][coupon]); empty: none. */
    QString coupon;
    /** Let the buyer type a promotion code on the hosted page; not together with `coupon`. */
    bool allowPromotionCodes = false;

    /** Flat ordered form parameters ("line_items[0][price_data][currency]", "eur"), … */
    [[nodiscard]] QList<QPair<QString, QString>> toParams() const;

    /** Checks the limits Stripe enforces (1–100 lines, name required, ≤8 images, ≤5 tax rates
     *  of the form txr_…, metadata
     *  ≤50 keys of ≤40 chars without brackets and values ≤500, URLs ≤5000, client reference
     *  ≤200, lower-case currency) so a bad request fails here with a clear message. */
    [[nodiscard]] Result<void> validate() const;
};

} // namespace Kiosk
