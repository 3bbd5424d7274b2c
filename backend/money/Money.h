// SPDX-License-Identifier: MIT
#pragma once

#include "Currency.h"

#include <QLocale>

namespace Kiosk {

/**
 * An amount of money: int64 minor units plus a Currency. No floating point anywhere; arithmetic
 * that would overflow or mix currencies returns an error instead of wrapping.
 */
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    { }

    /** Exact decimal parsing: "19.99" USD → 1999, "500" JPY → 500; "5.125" KWD is an error
     *  (last digit must be 0), "1.234" USD is an error (too many decimals); never via double.
     *  Accepted: ASCII digits, optionally one '.' followed by 1..exponent digits, an optional
     *  leading '-' (for refunds and differences; validateCharge() rejects it), surrounding
     *  whitespace. Rejected ("invalid_amount", message quoting the text): empty, thousands
     *  separators ("1,000.00"), decimal commas, "+", exponents ("1e3"), ".5", "5.", symbols,
     *  off-step amounts of three-decimal currencies and ISK, and anything beyond qint64. */
    static Result<Money> parse(QStringView text, const Currency &currency);
    static Result<Money> parse(QStringView text, QStringView currencyCode);
    static Result<Money> fromMinor(qint64 minorUnits, QStringView currencyCode);

    [[nodiscard]] qint64 minorUnits() const { return m_minor; }
    [[nodiscard]] const Currency &currency() const { return m_currency; }
    [[nodiscard]] bool isValid() const { return m_currency.isValid(); }

    [[nodiscard]] Result<Money> plus(const Money &other) const;
    [[nodiscard]] Result<Money> minus(const Money &other) const;
    [[nodiscard]] Result<Money> times(qint64 factor) const;

    /** Plain decimal text with the currency's exponent, "19.99", "500", "5.120". */
    [[nodiscard]] QString toDecimalString() const;
    /** Formatted for people through QLocale: "$19.99" (en_US), "¥500", "19,99 €" (de_DE).
     *  The locale gives the pattern and separators; the digits come from the integer, so the
     *  result is exact for any amount. The locale's own currency uses its symbol ("$" in en_CA
     *  for CAD), others Currency::symbol ("CA$" in en_US). Negative amounts follow the
     *  locale's pattern ("($2.50)" in en_US). */
    [[nodiscard]] QString format(const QLocale &locale = QLocale()) const;

    /** Stripe's rules for a charge: minimum, maximum (amount_too_large), step (three-decimal
     *  last digit 0, ISK divisible by 100). Error codes "amount_too_small", "amount_too_large",
     *  "invalid_amount". */
    [[nodiscard]] Status validateCharge() const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace Kiosk
