// SPDX-License-Identifier: MIT
#pragma once

#include "Charge.h"
#include "CheckoutSession.h"
#include "Refund.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Kiosk {

/**
 * A Stripe `event`. `dataObject` is the raw JSON of data.object; when that object is a
 * checkout.session, a refund or a charge it is also parsed into `session`, `refund` or `charge`
 * (an unparsable one is an error).
 */
struct StripeEvent
{
    QString id;
    QString object; // "event"
    QString type;
    QString apiVersion; // empty when null
    qint64 created = 0;
    bool livemode = false;
    int pendingWebhooks = 0;
    QString requestId; // request.id, empty when null
    QString requestIdempotencyKey; // request.idempotency_key, empty when null
    QString objectType; // data.object.object, e.g. "checkout.session"
    QByteArray dataObject;
    std::optional<CheckoutSession> session;
    std::optional<Refund> refund; // refund.created|updated|failed, charge.refund.updated
    std::optional<Charge> charge; // charge.refunded only
    /** The whole event: byte for byte as received when parsed from text (a webhook's body),
     *  compact JSON when read out of a list. */
    QByteArray raw;

    static Result<StripeEvent> fromJson(const QByteArray &json);
};

} // namespace Kiosk
