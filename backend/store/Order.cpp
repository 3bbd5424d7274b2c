// SPDX-License-Identifier: MIT
#include "Order.h"

#include <algorithm>

namespace Kiosk {

namespace {

struct StatusName
{
    OrderStatus status;
    const char *wire;
    const char *display;
};

constexpr StatusName kStatusNames[] = {
    { OrderStatus::Draft, "draft", "Draft" },
    { OrderStatus::AwaitingPayment, "awaiting_payment", "Awaiting payment" },
    { OrderStatus::Processing, "processing", "Processing" },
    { OrderStatus::Paid, "paid", "Paid" },
    { OrderStatus::Cancelled, "cancelled", "Cancelled" },
    { OrderStatus::Expired, "expired", "Expired" },
    { OrderStatus::Failed, "failed", "Failed" },
    { OrderStatus::NeedsReview, "needs_review", "Needs review" },
    { OrderStatus::PartiallyRefunded, "partially_refunded", "Partially refunded" },
    { OrderStatus::Refunded, "refunded", "Refunded" },
};

} // namespace

QString toString(OrderStatus status)
{
    for (const auto &entry : kStatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.wire);
    }
    return QString();
}

std::optional<OrderStatus> orderStatusFromString(QStringView text)
{
    for (const auto &entry : kStatusNames) {
        if (text == QLatin1String(entry.wire))
            return entry.status;
    }
    return std::nullopt;
}

QString displayName(OrderStatus status)
{
    for (const auto &entry : kStatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.display);
    }
    return QString();
}

QList<OrderStatus> allOrderStatuses()
{
    QList<OrderStatus> result;
    for (const auto &entry : kStatusNames)
        result.append(entry.status);
    return result;
}

QList<RateTax> Order::taxByRate() const
{
    QList<RateTax> rates;
    for (const OrderLine &line : lines) {
        if (line.taxRate.isEmpty())
            continue;
        auto it = std::find_if(rates.begin(), rates.end(), [&](const RateTax &r) { return r.rate == line.taxRate; });
        if (it == rates.end()) {
            rates.append({ line.taxRate, line.taxPercentage, line.taxInclusive, 0, 0 });
            it = rates.end() - 1;
        }
        it->amount += line.amountTax;
        const qint64 taxable = line.lineTotal - line.amountDiscount;
        it->taxableAmount += line.taxInclusive ? taxable - line.amountTax : taxable;
    }
    return rates;
}

} // namespace Kiosk
