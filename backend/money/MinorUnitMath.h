// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>

namespace Kiosk::MinorUnitMath {

/**
 * Exact integer helpers for amounts in minor units. Products are formed in 128 bits, so
 * a * b / c never overflows on the way; a result that does not fit in qint64 comes back as
 * std::nullopt. Only non-negative operands and a positive divisor (callers check); nothing here
 * touches floating point.
 */
__extension__ using Wide = __int128;

/** round half up of a / b for a >= 0, b > 0: (2a + b) / (2b). */
inline Wide roundHalfUp(Wide a, Wide b)
{
    return (2 * a + b) / (2 * b);
}

inline std::optional<qint64> narrow(Wide value)
{
    if (value > Wide(std::numeric_limits<qint64>::max()) || value < Wide(std::numeric_limits<qint64>::min()))
        return std::nullopt;
    return qint64(value);
}

/** rhu(a * b / c). */
inline std::optional<qint64> mulDivRoundHalfUp(qint64 a, qint64 b, qint64 c)
{
    return narrow(roundHalfUp(Wide(a) * Wide(b), Wide(c)));
}

/** rhu(a * b / (c * k)) * k: the multiple of k nearest to a * b / c, half-way cases up. */
inline std::optional<qint64> mulDivRoundHalfUpToStep(qint64 a, qint64 b, qint64 c, qint64 k)
{
    return narrow(roundHalfUp(Wide(a) * Wide(b), Wide(c) * Wide(k)) * Wide(k));
}

} // namespace Kiosk::MinorUnitMath
