// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <string>

namespace Kiosk::Sim {

/**
 * The simulator's processing fee, a fixed test formula (Stripe's real pricing varies by country and
 * card and is not simulated): 2.9 % of the amount, rounded half up to a whole minor unit, plus 30
 * minor units, for every currency. Integers only. Refunds return no fee (as at Stripe).
 */
struct FeeSchedule
{
    /** The fee on a charge of `amount` minor units (amount ≥ 0). */
    static qint64 chargeFee(qint64 amount);
    /** The balance transaction's fee_details for that fee, labelled simulated. */
    static nlohmann::json feeDetails(qint64 fee, const std::string &currency);
};

} // namespace Kiosk::Sim
