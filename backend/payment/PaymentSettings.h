// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk {

/**
 * How the payment flow behaves: which kiosk and cashier an order belongs to, how often an open
 * session is polled (with exponential backoff on errors up to pollMaxBackoffMs), how often the
 * Stripe events are swept, and how long a Checkout Session lives (Stripe accepts 30 min to 24 h;
 * the default keeps a 5 minute margin above the minimum). Plain value type.
 */
struct PaymentSettings
{
    QString kioskId = QStringLiteral("K1");
    QString cashier;
    int pollIntervalMs = 2000;
    int pollMaxBackoffMs = 30000;
    int sweepIntervalMs = 60000;
    qint64 sessionLifetimeSecs = 30 * 60 + 5 * 60; ///< >= 30 min + margin
    QString locale = QStringLiteral("auto");
    /** discount/enabled: a till may give a basket discount at all. */
    bool discountEnabled = true;
    /** discount/max_without_pin: the largest discount (a percentage × 10^4 of the subtotal; an
     *  amount counts by its share of it) given without the manager PIN. Default 10 %. */
    qint64 discountMaxWithoutPin = 10 * 10'000;
    /** selfservice/allow_promotion_codes: sessions let the buyer type a Stripe promotion code. */
    bool allowPromotionCodes = false;
    /** Cash tender at a staffed till (setting cash/enabled; never in self-service). */
    bool cashEnabled = false;
    /** Cash rounding increment in minor units (cash/rounding, 5 for CHF 0.05); 0: none. */
    qint64 cashRounding = 0;
};

} // namespace Kiosk
