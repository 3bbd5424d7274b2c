// SPDX-License-Identifier: MIT
#pragma once

#include "OptionGroup.h"

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
    /** Which of the shop's tax rates applies (TaxPolicy::rates); TaxPolicy::defaultCategory()
     *  when the file names none. */
    QString taxCategory = QStringLiteral("standard");
    /** What a customer chooses when buying it (size, milk); at most MaxOptionGroups, in the
     *  order they are offered. Empty for most products. */
    QList<OptionGroup> optionGroups;

    static constexpr int MaxOptionGroups = 10;
};

} // namespace Kiosk
