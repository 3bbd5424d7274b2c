// SPDX-License-Identifier: MIT
#include "OrderRefund.h"

namespace Kiosk {

namespace {

struct RefundStatusName
{
    RefundRecord::Status status;
    const char *wire;
};

constexpr RefundStatusName kRefundStatusNames[] = {
    { RefundRecord::Status::Pending, "pending" },
    { RefundRecord::Status::Succeeded, "succeeded" },
    { RefundRecord::Status::Failed, "failed" },
    { RefundRecord::Status::Canceled, "canceled" },
};

} // namespace

QString toString(RefundRecord::Status status)
{
    for (const auto &entry : kRefundStatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.wire);
    }
    return QString();
}

std::optional<RefundRecord::Status> refundStatusFromString(QStringView text)
{
    for (const auto &entry : kRefundStatusNames) {
        if (text == QLatin1String(entry.wire))
            return entry.status;
    }
    return std::nullopt;
}

} // namespace Kiosk
