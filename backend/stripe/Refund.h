// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Kiosk {

/**
 * A Stripe `refund` as the kiosk reads it (stripe-reference.md "Refunds"). Ids that Stripe may
 * expand (`charge`, `payment_intent`, `balance_transaction`, `failure_balance_transaction`) are
 * kept as ids; strings Stripe sends as null are empty. `raw` keeps the whole object.
 *
 * fromJson() validates like CheckoutSession: required `id`, `object` "refund", `amount`,
 * `currency`, `created`; a field of the wrong type is an "invalid_response" Error naming it.
 */
struct Refund
{
    QString id; // re_…
    QString object; // "refund"
    qint64 amount = 0; // minor units
    QString currency; // lower-case ISO code, as Stripe sends it
    QString charge; // ch_…, empty when null
    QString paymentIntent; // pi_…, empty when null
    QString status; // pending | requires_action | succeeded | failed | canceled
    QString reason; // duplicate | fraudulent | requested_by_customer | expired_uncaptured_charge
    QString failureReason; // lost_or_stolen_card, declined, insufficient_funds, …; empty unless failed
    QString balanceTransaction;
    QString failureBalanceTransaction;
    QString receiptNumber;
    QString description;
    QMap<QString, QString> metadata;
    qint64 created = 0;
    QByteArray raw;

    [[nodiscard]] bool isSucceeded() const { return status == QLatin1String("succeeded"); }
    [[nodiscard]] bool isFailed() const { return status == QLatin1String("failed"); }
    [[nodiscard]] bool isCanceled() const { return status == QLatin1String("canceled"); }

    static Result<Refund> fromJson(const QByteArray &json);
};

} // namespace Kiosk
