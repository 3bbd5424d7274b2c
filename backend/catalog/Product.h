// SPDX-License-Identifier: MIT
#pragma once

#include "Money.h"

namespace Kiosk {

/** One thing the shop sells. Prices come from here, never from a caller or a screen. */
struct Product
{
    QString id; ///< stable identifier, unique in the catalog
    QString sku; ///< stock-keeping unit, unique
    QString barcode; ///< EAN/UPC digits, unique when present
    QString name;
    QString description;
    QString category;
    Money price;
    QString image; ///< absolute path of the image file, or empty
    bool active = true;
};

} // namespace Kiosk
