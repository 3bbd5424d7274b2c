// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Kiosk {

/**
 * Parameters of POST /v1/refunds. The equivalent stripe-node call is
 *   stripe.refunds.create({payment_intent?, charge?, amount?, reason?, metadata?})
 * with `?` fields left out when empty/unset; toParams() yields exactly the pairs stripe-node
 * sends for that object, in that order (tests/node cross-checks it). Without `amount` Stripe
 * refunds the whole remainder; the kiosk always sends the planned amount.
 */
struct RefundRequest
{
    QString paymentIntent; // pi_…; exactly one of paymentIntent and charge
    QString charge; // ch_…
    std::optional<qint64> amount; // minor units, positive
    QString reason; // empty, duplicate, fraudulent or requested_by_customer
    QList<QPair<QString, QString>> metadata;

    [[nodiscard]] QList<QPair<QString, QString>> toParams() const;
    /** Stripe's rules, so a bad request fails here and names the problem: exactly one of
     *  payment_intent and charge, a positive amount of at most 99999999, a known reason, metadata
     *  as for sessions (≤50 keys of 1–40 characters without brackets, values ≤500). */
    [[nodiscard]] Result<void> validate() const;

    /** True for the reasons a caller may give (Stripe sets expired_uncaptured_charge itself). */
    static bool isValidReason(const QString &reason);
};

/** Filters of GET /v1/refunds (newest first). Empty/unset members are not sent. */
struct RefundListParams
{
    QString charge;
    QString paymentIntent;
    int limit = 100;
    QString startingAfter;

    /** As stripe-node sends {charge?, payment_intent?, limit, starting_after?}. */
    [[nodiscard]] QList<QPair<QString, QString>> toParams() const;
};

} // namespace Kiosk
