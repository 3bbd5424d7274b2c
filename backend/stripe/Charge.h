// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace Kiosk {

/**
 * The part of a Stripe `charge` the kiosk reads: what `charge.refunded` carries (the running
 * refunded total of a payment, not the refund itself). `raw` keeps the whole object.
 */
struct Charge
{
    QString id; // ch_…
    QString object; // "charge"
    qint64 amount = 0;
    qint64 amountCaptured = 0;
    qint64 amountRefunded = 0; // running total of succeeded (and pending) refunds
    bool refunded = false; // true only when fully refunded
    QString currency;
    QString paymentIntent; // empty when null
    QString status; // succeeded | pending | failed
    QByteArray raw;

    static Result<Charge> fromJson(const QByteArray &json);
};

} // namespace Kiosk
