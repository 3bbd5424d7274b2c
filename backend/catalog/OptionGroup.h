// SPDX-License-Identifier: MIT
#pragma once

#include "ProductOption.h"

#include <QList>

namespace Kiosk {

/** A set of choices a product offers ("Milk": whole, oat), of which a customer picks between
 *  minChoices and maxChoices. minChoices 0 makes the group optional. Bounded by the catalog
 *  readers: at most MaxOptions options, names of at most MaxNameLength characters. */
struct OptionGroup
{
    static constexpr int MaxOptions = 20;
    static constexpr int MaxNameLength = 60;
    static constexpr int MaxIdLength = 40;

    QString id; ///< unique within the product, same characters as an option id
    QString name;
    int minChoices = 0;
    int maxChoices = 1;
    QList<ProductOption> options;

    [[nodiscard]] bool isRequired() const { return minChoices > 0; }
};

} // namespace Kiosk
