// SPDX-License-Identifier: MIT
#include "AmountInput.h"

#include "Money.h"

namespace Kiosk::Ui {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F);
}

QString withoutAffix(QString text, const QStringList &affixes)
{
    for (const QString &affix : affixes) {
        if (affix.isEmpty())
            continue;
        if (text.startsWith(affix, Qt::CaseInsensitive))
            text = text.mid(affix.size());
        else if (text.endsWith(affix, Qt::CaseInsensitive))
            text.chop(affix.size());
        else
            continue;
        break;
    }
    return text;
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

QString AmountInput::toText(qint64 minorUnits, const Kiosk::Currency &currency, const QLocale &locale)
{
    QString text = Kiosk::Money(minorUnits, currency).toDecimalString();
    return text.replace(QLatin1Char('.'), locale.decimalPoint());
}

QString AmountInput::example(const Kiosk::Currency &currency, const QLocale &locale)
{
    qint64 minor = 1250; // 12.50, or 1250 of a currency without decimals
    for (int i = 2; i < currency.exponent; ++i)
        minor *= 10;
    return toText(minor, currency, locale);
}

Kiosk::Result<qint64> AmountInput::parse(QStringView input, const Kiosk::Currency &currency, const QLocale &locale)
{
    const auto invalid = [&]() {
        return Kiosk::makeError(QStringLiteral("invalid_amount"),
            tr("\u201c%1\u201d is not an amount. Type it like %2.")
                .arg(input.left(40).toString(), example(currency, locale)));
    };
    if (input.size() > 64)
        return invalid();
    QString text = input.toString().trimmed();
    text = withoutAffix(text, { currency.code, locale.currencySymbol(QLocale::CurrencySymbol), currency.symbol });
    // Spaces inside the number are only a group separator (fr_FR's narrow no-break space).
    const QString group = locale.groupSeparator();
    const bool spaceGroups = group.size() == 1 && isSpace(group.front());
    QString compact;
    for (QChar c : std::as_const(text)) {
        if (isSpace(c))
            compact += spaceGroups ? group : QString();
        else
            compact += c;
    }
    compact = compact.trimmed();
    if (spaceGroups)
        while (compact.startsWith(group) || compact.endsWith(group))
            compact = compact.startsWith(group) ? compact.mid(group.size()) : compact.chopped(group.size());
    if (compact.isEmpty())
        return invalid();

    const QString point = locale.decimalPoint();
    const qsizetype at = compact.indexOf(point);
    if (at >= 0 && compact.indexOf(point, at + point.size()) >= 0)
        return invalid();
    const QString whole = at >= 0 ? compact.left(at) : compact;
    const QString fraction = at >= 0 ? compact.mid(at + point.size()) : QString();
    if (whole.isEmpty() || (at >= 0 && fraction.isEmpty()) || !allDigits(fraction))
        return invalid();
    QString digits;
    if (!group.isEmpty() && whole.contains(group)) {
        const QStringList groups = whole.split(group);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString &g = groups.at(i);
            const bool sizeOk = i == 0 ? (g.size() >= 1 && g.size() <= 3) : g.size() == 3;
            if (!sizeOk || !allDigits(g))
                return invalid();
            digits += g;
        }
    } else {
        if (!allDigits(whole))
            return invalid();
        digits = whole;
    }
    const QString canonical = fraction.isEmpty() ? digits : digits + QLatin1Char('.') + fraction;
    const Kiosk::Result<Kiosk::Money> money = Kiosk::Money::parse(canonical, currency);
    if (!money)
        return invalid();
    return money.value().minorUnits();
}

} // namespace Kiosk::Ui
