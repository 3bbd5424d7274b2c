// SPDX-License-Identifier: MIT
#include "FeeSchedule.h"

namespace Kiosk::Sim {

qint64 FeeSchedule::chargeFee(qint64 amount)
{
    // 2.9 % = 29/1000; adding 500 before the division rounds halves up. Amounts are at most
    // 99,999,999 minor units (Stripe's largest charge), so the product stays far inside qint64.
    return (amount * 29 + 500) / 1000 + 30;
}

nlohmann::json FeeSchedule::feeDetails(qint64 fee, const std::string &currency)
{
    if (fee == 0)
        return nlohmann::json::array();
    return nlohmann::json::array(
        { nlohmann::json { { "amount", fee }, { "application", nullptr }, { "currency", currency },
            { "description", "Stripe processing fees (simulated: 2.9% + 30)" }, { "type", "stripe_fee" } } });
}

} // namespace Kiosk::Sim
