// SPDX-License-Identifier: MIT
#pragma once

#include "Percentage.h"
#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Kiosk {

/**
 * Parameters of POST /v1/tax_rates. The equivalent stripe-node call is
 *   stripe.taxRates.create({display_name, inclusive, percentage, description?, metadata?})
 * with `percentage` the JS number of the percentage's decimal text and `?` fields left out when
 * empty; toParams() yields exactly the pairs stripe-node sends for that object, in that order
 * (tests/node cross-checks it). Percentage and inclusive are fixed once Stripe made the rate.
 */
struct TaxRateRequest
{
    QString displayName; ///< shown to the buyer ("VAT"), 1 to 50 characters
    bool inclusive = false;
    Percentage percentage;
    QString description; ///< internal
    QList<QPair<QString, QString>> metadata;

    [[nodiscard]] QList<QPair<QString, QString>> toParams() const;
    /** Stripe's rules: a display name of 1 to 50 characters, a description of at most 500,
     *  metadata as for sessions. */
    [[nodiscard]] Result<void> validate() const;
};

} // namespace Kiosk
