// SPDX-License-Identifier: MIT
#pragma once

#include "CustomerDetails.h"
#include "LineItem.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kiosk {

/**
 * A Stripe `checkout.session` as the kiosk reads it. Strings that Stripe sends as null are
 * empty; amounts that may be null (before line items are known) are std::optional. `raw` keeps
 * the whole object, so fields the kiosk does not model are not lost.
 *
 * fromJson() validates: a missing required field or a field of the wrong type is an Error with
 * code "invalid_response" and a message like "checkout.session: field amount_total must be an
 * integer". It never crashes on hostile input.
 */
struct CheckoutSession
{
    QString id;
    QString object; // "checkout.session"
    QString url; // empty when null (the session is no longer open)
    QString status; // open | complete | expired
    QString paymentStatus; // unpaid | paid | no_payment_required
    std::optional<qint64> amountSubtotal;
    std::optional<qint64> amountTotal;
    QString currency;
    qint64 created = 0;
    qint64 expiresAt = 0;
    QString clientReferenceId;
    QString customerEmail;
    QString customer;
    std::optional<CustomerDetails> customerDetails;
    QMap<QString, QString> metadata;
    QString paymentIntent; // empty when null
    bool livemode = false;
    QString mode;
    QString locale;
    QString uiMode;
    QString submitType;
    QString successUrl;
    QString cancelUrl;
    QString clientSecret;
    QString invoice;
    QString paymentLink;
    QString setupIntent;
    QString subscription;
    QStringList paymentMethodTypes;
    std::optional<qint64> totalAmountDiscount; // total_details.amount_discount
    std::optional<qint64> totalAmountTax; // total_details.amount_tax
    std::optional<qint64> totalAmountShipping; // total_details.amount_shipping
    /** Present when the session was retrieved with expand[]=line_items. */
    std::optional<QList<LineItem>> lineItems;
    /** The whole object as received (compact JSON). */
    QByteArray raw;

    [[nodiscard]] bool isOpen() const { return status == QLatin1String("open"); }
    [[nodiscard]] bool isComplete() const { return status == QLatin1String("complete"); }
    [[nodiscard]] bool isExpired() const { return status == QLatin1String("expired"); }
    [[nodiscard]] bool isPaid() const { return paymentStatus == QLatin1String("paid"); }

    static Result<CheckoutSession> fromJson(const QByteArray &json);
};

} // namespace Kiosk
