// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QString>

namespace Kiosk {

/**
 * A percentage as an integer scaled by 10^4 ("19" is 190000, "5.5" is 55000, "8.875" is 88750),
 * the form the pricing rule (docs/pricing-rule.md) computes with. Parsed from decimal text
 * without floating point; value type.
 */
class Percentage
{
public:
    /** 10^4: one percent is 10000 scaled units; 100 % is 1000000. */
    static constexpr qint64 kScale = 10'000;
    static constexpr qint64 kHundred = 100 * kScale;
    static constexpr int kMaxDecimals = 4;

    /** What the percentage is for: tax rates may be 0 (zero-rated goods), a percent discount
     *  must be more than 0. Both are at most 100. */
    enum class Use { TaxRate, PercentOff };

    Percentage() = default;

    /** "19", "7.5", "8.875", "0.0001", "100", "100.0000"; surrounding spaces allowed. Rejected with
     *  "invalid_percentage" (the message quotes the text and says the rule): empty, signs,
     *  exponents, a decimal comma, ".5", "5.", more than 4 decimals, above 100, and 0 for
     *  Use::PercentOff. */
    static Result<Percentage> parse(QStringView text, Use use);
    /** From the scaled integer; outside 0..1000000 is an "invalid_percentage" error. */
    static Result<Percentage> fromScaled(qint64 scaled);

    [[nodiscard]] qint64 scaled() const { return m_scaled; }
    [[nodiscard]] bool isZero() const { return m_scaled == 0; }
    /** The shortest decimal text: 190000 → "19", 55000 → "5.5", 88750 → "8.875"; parse() reads
     *  it back to the same value. */
    [[nodiscard]] QString toString() const;

    friend bool operator==(Percentage a, Percentage b) { return a.m_scaled == b.m_scaled; }
    friend bool operator!=(Percentage a, Percentage b) { return a.m_scaled != b.m_scaled; }

private:
    explicit Percentage(qint64 scaled)
        : m_scaled(scaled)
    { }
    qint64 m_scaled = 0;
};

} // namespace Kiosk
