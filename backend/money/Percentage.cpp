// SPDX-License-Identifier: MIT
#include "Percentage.h"

namespace Kiosk {

namespace {

Error invalidPercentage(QString message)
{
    return makeError(QStringLiteral("invalid_percentage"), std::move(message));
}

QString quoted(QStringView text)
{
    constexpr qsizetype maxShown = 20;
    QString shown = text.left(maxShown).toString();
    if (text.size() > maxShown)
        shown += QChar(0x2026);
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

Result<Percentage> Percentage::parse(QStringView text, Use use)
{
    const QStringView t = text.trimmed();
    const QString what = use == Use::TaxRate ? QStringLiteral("A tax rate") : QStringLiteral("A percent discount");
    const QString range
        = use == Use::TaxRate ? QStringLiteral("from 0 to 100") : QStringLiteral("above 0 and at most 100");
    if (t.isEmpty())
        return invalidPercentage(QStringLiteral("%1 is required (got an empty value)").arg(what));
    auto notANumber = [&]() {
        return invalidPercentage(
            QStringLiteral("%1 is not a valid percentage: use digits with '.' as the decimal point and at most "
                           "4 decimal places, like 19 or 8.875")
                .arg(quoted(text)));
    };

    // The integer part stops growing at 4 digits: anything longer is above 100 anyway, and the
    // bound keeps the arithmetic far from overflow whatever the length of the text.
    qint64 whole = 0;
    qsizetype i = 0;
    for (; i < t.size() && isAsciiDigit(t[i]); ++i) {
        if (whole <= 1000)
            whole = whole * 10 + (t[i].unicode() - u'0');
    }
    if (i == 0)
        return notANumber();
    qint64 fraction = 0;
    int decimals = 0;
    if (i < t.size() && t[i] == QLatin1Char('.')) {
        ++i;
        const qsizetype fractionStart = i;
        for (; i < t.size() && isAsciiDigit(t[i]); ++i) {
            ++decimals;
            if (decimals <= kMaxDecimals)
                fraction = fraction * 10 + (t[i].unicode() - u'0');
        }
        if (i == fractionStart)
            return notANumber();
    }
    if (i != t.size())
        return notANumber();
    if (decimals > kMaxDecimals)
        return invalidPercentage(
            QStringLiteral("%1 has %2 decimal places; at most 4 are allowed").arg(quoted(text)).arg(decimals));
    for (int d = decimals; d < kMaxDecimals; ++d)
        fraction *= 10;

    const qint64 scaled = whole > 100 ? kHundred + 1 : whole * kScale + fraction;
    if (scaled > kHundred || (use == Use::PercentOff && scaled == 0))
        return invalidPercentage(QStringLiteral("%1 must be %2 (got %3)").arg(what, range, quoted(text)));
    return Percentage(scaled);
}

Result<Percentage> Percentage::fromScaled(qint64 scaled)
{
    if (scaled < 0 || scaled > kHundred)
        return invalidPercentage(
            QStringLiteral("A percentage must be from 0 to 100 (got %1 ten-thousandths of a percent)").arg(scaled));
    return Percentage(scaled);
}

QString Percentage::toString() const
{
    QString text = QString::number(m_scaled / kScale);
    qint64 fraction = m_scaled % kScale;
    if (fraction == 0)
        return text;
    int digits = kMaxDecimals;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --digits;
    }
    return text + QLatin1Char('.') + QString::number(fraction).rightJustified(digits, QLatin1Char('0'));
}

} // namespace Kiosk
