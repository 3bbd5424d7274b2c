// SPDX-License-Identifier: MIT
#pragma once

#include "Money.h"

namespace Kiosk {

/** One choice inside an option group ("Oat milk"). Its price is added to the product's price
 *  per unit when chosen; zero for choices that cost nothing extra, never negative. */
struct ProductOption
{
    QString id; ///< unique within the product; letters, digits, '-', '_', '.'; at most 40 characters
    QString name;
    Money priceDelta;
};

} // namespace Kiosk
