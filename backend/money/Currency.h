// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace Kiosk {

/**
 * An ISO 4217 currency as Stripe treats it: exponent (0, 2 or 3 decimal places), the step an
 * amount must be a multiple of (10 for three-decimal currencies, 100 for ISK), and the minimum and
 * maximum charge in minor units. Value type; the table is immutable and thread-safe.
 */
struct Currency
{
    QString code; ///< upper-case ISO code, "USD"
    int exponent = 2; ///< decimal places of the minor unit
    qint64 amountStep = 1; ///< charge amounts must be multiples of this
    qint64 minimumCharge = 0; ///< smallest chargeable amount in minor units (0: no known minimum)
    qint64 maximumCharge = 99'999'999;
    /** Symbol used when the display locale's own currency is a different one ("$", "€", "CA$",
     *  or the ISO code when there is no unambiguous symbol). Added after the first contract. */
    QString symbol;

    [[nodiscard]] bool isValid() const { return !code.isEmpty(); }
    /** Lower-case code as Stripe sends it: "usd". */
    [[nodiscard]] QString stripeCode() const { return code.toLower(); }
    /** 10^exponent. */
    [[nodiscard]] qint64 minorPerMajor() const;

    /** Looks a code up case-insensitively; an unknown code is an "unknown_currency" error. */
    static Result<Currency> fromCode(QStringView code);
    /** Every currency in the table. */
    static const QList<Currency> &all();

    friend bool operator==(const Currency &a, const Currency &b) { return a.code == b.code; }
    friend bool operator!=(const Currency &a, const Currency &b) { return !(a == b); }
};

} // namespace Kiosk
