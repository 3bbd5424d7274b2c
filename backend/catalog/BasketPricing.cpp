// SPDX-License-Identifier: MIT
#include "BasketPricing.h"

namespace Kiosk {

Result<PricedBasket> BasketPricing::price(
    const Catalog &catalog, const QList<Line> &lines, const BasketDiscount &discount)
{
    QList<PricingLine> pricing;
    pricing.reserve(lines.size());
    for (const Line &line : lines) {
        if (!line.product)
            return makeError(QStringLiteral("unknown_product"), QStringLiteral("A basket line names no product."));
        PricingLine p;
        p.unitAmount = line.unitAmount;
        p.quantity = line.quantity;
        if (const std::optional<TaxRate> rate = catalog.taxRateFor(*line.product))
            p.taxRates.append(*rate);
        pricing.append(std::move(p));
    }
    return PricingRule::price(catalog.currency(), pricing, discount);
}

} // namespace Kiosk
