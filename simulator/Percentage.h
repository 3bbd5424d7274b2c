// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <QtGlobal>
#include <string>

namespace Kiosk::Sim {

/**
 * A percentage as Stripe takes it (a tax rate's `percentage`, a coupon's `percent_off`): decimal
 * text with at most four decimal places, held as an integer scaled by 10^4 ("5.5" → 55000,
 * "19" → 190000) so that no amount is ever computed through floating point.
 */
class Percentage final
{
public:
    static constexpr qint64 kScale = 10'000; ///< 10^4: one unit is 0.0001 %
    static constexpr qint64 kHundred = 100 * kScale;

    /** "19", "5.5", "8.875", "0.0001": a value in [0, 100] with ≤ 4 decimals; else nullopt. */
    static std::optional<qint64> parse(const std::string &text);
    /** The shortest decimal text of a scaled value ("8.875", "19"). */
    static std::string text(qint64 scaled);
    /** A JSON number written from text(): an integer when whole, else the decimal as written. */
    static nlohmann::json toJson(qint64 scaled);
};

} // namespace Kiosk::Sim
