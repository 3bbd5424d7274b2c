// SPDX-License-Identifier: MIT
#include "Money.h"

#include <limits>

namespace Kiosk {

namespace {

Error invalidAmount(QString message)
{
    return makeError(QStringLiteral("invalid_amount"), std::move(message));
}

QString quoted(QStringView text)
{
    // Keep error messages short even when a whole CSV line lands in a price field.
    constexpr qsizetype maxShown = 40;
    QString shown = text.left(maxShown).toString();
    if (text.size() > maxShown)
        shown += QChar(0x2026);
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString decimalPlacesText(int n)
{
    return n == 1 ? QStringLiteral("1 decimal place") : QStringLiteral("%1 decimal places").arg(n);
}

/** "19.99" from 1999 with exponent 2; works for the whole qint64 range. */
QString plainDecimal(qint64 minor, int exponent, qint64 perMajor)
{
    const bool negative = minor < 0;
    // Magnitude in unsigned arithmetic so that INT64_MIN does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 major = magnitude / quint64(perMajor);
    const quint64 fraction = magnitude % quint64(perMajor);
    QString text = negative ? QStringLiteral("-") : QString();
    text += QString::number(major);
    if (exponent > 0)
        text += QLatin1Char('.') + QString::number(fraction).rightJustified(exponent, QLatin1Char('0'));
    return text;
}

/** True when the symbol reads like a word ("CHF", "SEK") and so needs a space before digits. */
bool isWordSymbol(const QString &symbol)
{
    return !symbol.isEmpty() && symbol.back().isLetter();
}

} // namespace

Result<Money> Money::parse(QStringView text, const Currency &currency)
{
    if (!currency.isValid())
        return makeError(QStringLiteral("unknown_currency"), QStringLiteral("No currency given for the amount"));

    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return invalidAmount(QStringLiteral("An amount is required (got an empty value)"));

    // The hint is only built on failure: parsing sits on the catalog import path.
    auto notAnAmount = [&]() {
        const QString rule = currency.exponent == 0
            ? QStringLiteral("use whole numbers only, like 500")
            : QStringLiteral("use digits with '.' as the decimal point and at most %1, like %2")
                  .arg(decimalPlacesText(currency.exponent),
                      plainDecimal(1999 * currency.amountStep, currency.exponent, currency.minorPerMajor()));
        return invalidAmount(QStringLiteral("%1 is not a valid amount: %2").arg(quoted(text), rule));
    };

    qsizetype i = 0;
    const bool negative = t.front() == QLatin1Char('-');
    if (negative)
        ++i;

    // Integer part: at least one digit. No grouping separators, exponents, signs or spaces.
    qint64 major = 0;
    const qsizetype majorStart = i;
    for (; i < t.size() && isAsciiDigit(t[i]); ++i) {
        const int digit = t[i].unicode() - u'0';
        if (__builtin_mul_overflow(major, qint64(10), &major) || __builtin_add_overflow(major, qint64(digit), &major))
            return invalidAmount(QStringLiteral("%1 is too large").arg(quoted(text)));
    }
    if (i == majorStart)
        return notAnAmount();

    qint64 fraction = 0;
    int decimals = 0;
    if (i < t.size() && t[i] == QLatin1Char('.')) {
        ++i;
        const qsizetype fractionStart = i;
        for (; i < t.size() && isAsciiDigit(t[i]); ++i) {
            ++decimals;
            if (decimals <= currency.exponent)
                fraction = fraction * 10 + (t[i].unicode() - u'0');
        }
        if (i == fractionStart)
            return notAnAmount();
    }
    if (i != t.size())
        return notAnAmount();

    if (decimals > currency.exponent) {
        if (currency.exponent == 0)
            return invalidAmount(
                QStringLiteral("%1 has decimals, but %2 amounts are whole numbers").arg(quoted(text), currency.code));
        return invalidAmount(
            QStringLiteral("%1 has %2; %3 allows at most %4")
                .arg(quoted(text), decimalPlacesText(decimals), currency.code, decimalPlacesText(currency.exponent)));
    }
    for (int d = decimals; d < currency.exponent; ++d)
        fraction *= 10;

    qint64 minor = 0;
    if (__builtin_mul_overflow(major, currency.minorPerMajor(), &minor)
        || __builtin_add_overflow(minor, fraction, &minor))
        return invalidAmount(QStringLiteral("%1 is too large").arg(quoted(text)));
    if (negative)
        minor = -minor;

    if (currency.amountStep > 1 && minor % currency.amountStep != 0) {
        const QString step = plainDecimal(currency.amountStep, currency.exponent, currency.minorPerMajor());
        const QString rule = currency.exponent == 3 ? QStringLiteral("the last digit must be 0")
                                                    : QStringLiteral("amounts must be whole units");
        return invalidAmount(QStringLiteral("%1 is not a valid %2 amount: %3 (a multiple of %4)")
                                 .arg(quoted(text), currency.code, rule, step));
    }
    return Money(minor, currency);
}

Result<Money> Money::parse(QStringView text, QStringView currencyCode)
{
    Result<Currency> currency = Currency::fromCode(currencyCode);
    if (!currency)
        return currency.error();
    return parse(text, currency.value());
}

Result<Money> Money::fromMinor(qint64 minorUnits, QStringView currencyCode)
{
    Result<Currency> currency = Currency::fromCode(currencyCode);
    if (!currency)
        return currency.error();
    return Money(minorUnits, std::move(currency).value());
}

Result<Money> Money::plus(const Money &other) const
{
    if (!isValid() || !other.isValid())
        return makeError(QStringLiteral("unknown_currency"), QStringLiteral("Cannot add an amount without a currency"));
    if (m_currency != other.m_currency)
        return makeError(QStringLiteral("currency_mismatch"),
            QStringLiteral("Cannot add %1 to %2").arg(other.m_currency.code, m_currency.code));
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return makeError(QStringLiteral("overflow"), QStringLiteral("The sum is too large to represent"));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (!isValid() || !other.isValid())
        return makeError(
            QStringLiteral("unknown_currency"), QStringLiteral("Cannot subtract an amount without a currency"));
    if (m_currency != other.m_currency)
        return makeError(QStringLiteral("currency_mismatch"),
            QStringLiteral("Cannot subtract %1 from %2").arg(other.m_currency.code, m_currency.code));
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return makeError(QStringLiteral("overflow"), QStringLiteral("The difference is too large to represent"));
    return Money(difference, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    if (!isValid())
        return makeError(
            QStringLiteral("unknown_currency"), QStringLiteral("Cannot multiply an amount without a currency"));
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return makeError(QStringLiteral("overflow"), QStringLiteral("The product is too large to represent"));
    return Money(product, m_currency);
}

QString Money::toDecimalString() const
{
    return plainDecimal(m_minor, m_currency.exponent, m_currency.minorPerMajor());
}

QString Money::format(const QLocale &locale) const
{
    const QString ownCode = locale.currencySymbol(QLocale::CurrencyIsoCode);
    QString symbol = m_currency.symbol.isEmpty() ? m_currency.code : m_currency.symbol;
    if (ownCode.compare(m_currency.code, Qt::CaseInsensitive) == 0)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);

    // The locale supplies the pattern (symbol position, sign, spacing) from a marker integer;
    // the number itself is assembled from integer parts so no double is ever involved.
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 perMajor = quint64(m_currency.minorPerMajor());
    QString number = locale.toString(magnitude / perMajor);
    if (m_currency.exponent > 0) {
        QString fraction = locale.toString(magnitude % perMajor);
        fraction.remove(locale.groupSeparator());
        const QString zero = locale.zeroDigit();
        while (fraction.size() < m_currency.exponent * zero.size())
            fraction.prepend(zero);
        number += locale.decimalPoint() + fraction;
    }

    const qlonglong marker = negative ? -7 : 7;
    QString pattern = locale.toCurrencyString(marker, symbol);
    const QString markerText = locale.toString(qlonglong(7));
    const qsizetype at = pattern.lastIndexOf(markerText);
    if (at < 0) // Defensive: a locale whose pattern hides the digits; fall back to plain text.
        return (negative ? QStringLiteral("-") : QString()) + symbol + QChar(0x00A0) + number;
    pattern.replace(at, markerText.size(), number);

    // Qt glues a prefix symbol to the digits ("CHF5.00"); word-like symbols read better spaced.
    if (isWordSymbol(symbol)) {
        const qsizetype symbolAt = pattern.indexOf(symbol);
        const qsizetype after = symbolAt + symbol.size();
        if (symbolAt >= 0 && after < pattern.size() && !pattern.at(after).isSpace())
            pattern.insert(after, QChar(0x00A0));
    }
    return pattern;
}

Status Money::validateCharge() const
{
    if (!isValid())
        return makeError(QStringLiteral("invalid_amount"), QStringLiteral("The amount has no currency"));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (m_minor < 0)
        return makeError(QStringLiteral("invalid_amount"),
            QStringLiteral("Amount must not be negative (got %1)").arg(format(english)));
    const qint64 minimum = qMax(m_currency.minimumCharge, qint64(1));
    if (m_minor < minimum) {
        const Money least(qMax(minimum, m_currency.amountStep), m_currency);
        return makeError(QStringLiteral("amount_too_small"),
            QStringLiteral("Amount must be at least %1 %2").arg(least.format(english), m_currency.stripeCode()));
    }
    if (m_minor > m_currency.maximumCharge) {
        const Money most(m_currency.maximumCharge, m_currency);
        return makeError(QStringLiteral("amount_too_large"),
            QStringLiteral("Amount must be no more than %1 %2").arg(most.format(english), m_currency.stripeCode()));
    }
    if (m_currency.amountStep > 1 && m_minor % m_currency.amountStep != 0) {
        const Money step(m_currency.amountStep, m_currency);
        return makeError(QStringLiteral("invalid_amount"),
            QStringLiteral("%1 is not a valid %2 amount: it must be a multiple of %3")
                .arg(toDecimalString(), m_currency.code, step.toDecimalString()));
    }
    return {};
}

} // namespace Kiosk
