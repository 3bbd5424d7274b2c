// SPDX-License-Identifier: MIT
#pragma once

#include "Percentage.h"

namespace Kiosk {

/**
 * A tax rate applied to a line: its identity (the shop's rate key or the Stripe TaxRate id; the
 * per-rate breakdowns are keyed by it), the percentage and whether shelf prices include it.
 */
struct TaxRate
{
    QString id;
    Percentage percentage;
    bool inclusive = false;
};

} // namespace Kiosk
