// SPDX-License-Identifier: MIT
#include "PaidOrder.h"

namespace Kiosk {

PaidOrder PaidOrder::fromPricedBasket(const PricedBasket &basket)
{
    PaidOrder order;
    order.currency = basket.currency;
    order.amountTotal = basket.amountTotal;
    order.lines.reserve(basket.lines.size());
    int number = 0;
    for (const PricedLine &priced : basket.lines) {
        PaidLine line;
        line.number = ++number;
        line.unitAmount = priced.unitAmount;
        line.quantity = priced.quantity;
        line.amountDiscount = priced.amountDiscount;
        line.amountTotal = priced.amountTotal;
        for (const RateTax &tax : priced.taxes)
            line.taxes.append(RateAmount { tax.rate, tax.amount });
        order.lines.append(line);
    }
    return order;
}

} // namespace Kiosk
