// SPDX-License-Identifier: MIT
#include "TaxPolicy.h"

#include <QStringList>

namespace Kiosk {

std::optional<TaxRate> TaxPolicy::rateFor(const QString &category) const
{
    const auto it = rates.constFind(category);
    if (it == rates.constEnd())
        return std::nullopt;
    return TaxRate { rateId(category, *it, pricesIncludeTax), *it, pricesIncludeTax };
}

QString TaxPolicy::rateId(const QString &category, Percentage percentage, bool inclusive)
{
    return category + QLatin1Char(' ') + percentage.toString() + QLatin1Char('%')
        + (inclusive ? QStringLiteral(" inclusive") : QStringLiteral(" exclusive"));
}

bool TaxPolicy::isValidCategory(const QString &category)
{
    if (category.isEmpty() || category.size() > kMaxCategoryLength)
        return false;
    for (const QChar c : category) {
        const bool ascii = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!ascii && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

Status TaxPolicy::validate() const
{
    const auto bad = [](const QString &message) { return Status(makeError(QStringLiteral("invalid_tax"), message)); };
    if (rates.size() > kMaxRates)
        return bad(QStringLiteral("at most %1 tax categories, got %2").arg(kMaxRates).arg(rates.size()));
    for (auto it = rates.constBegin(); it != rates.constEnd(); ++it) {
        if (!isValidCategory(it.key()))
            return bad(QStringLiteral("tax category \"%1\" must be 1 to %2 letters, digits, '-' or '_'")
                           .arg(it.key().left(kMaxCategoryLength))
                           .arg(kMaxCategoryLength));
    }
    if (!rates.isEmpty() && (displayName.trimmed().isEmpty() || displayName.size() > kMaxDisplayNameLength))
        return bad(QStringLiteral("the tax's display name must be 1 to %1 characters").arg(kMaxDisplayNameLength));
    return {};
}

Result<QMap<QString, Percentage>> TaxPolicy::parseRates(const QString &text)
{
    const auto bad = [](const QString &message) {
        return Result<QMap<QString, Percentage>>(makeError(QStringLiteral("invalid_tax"), message));
    };
    if (text.size() > kMaxRatesTextLength)
        return bad(QStringLiteral("the tax rates are longer than %1 characters").arg(kMaxRatesTextLength));
    QMap<QString, Percentage> out;
    const QStringList pairs = text.split(QLatin1Char(','));
    // Bad text is named by its position, not repeated: it could be a secret in the wrong place.
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QString pair = pairs.at(i).trimmed();
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals < 0)
            return bad(QStringLiteral("rate %1 must be category=percent, e.g. standard=19").arg(i + 1));
        const QString category = pair.left(equals).trimmed();
        if (!isValidCategory(category))
            return bad(QStringLiteral("the category of rate %1 must be 1 to %2 letters, digits, '-' or '_'")
                           .arg(i + 1)
                           .arg(kMaxCategoryLength));
        if (out.contains(category))
            return bad(QStringLiteral("tax category \"%1\" is given twice").arg(category));
        const Result<Percentage> rate
            = Percentage::parse(QStringView(pair).mid(equals + 1).trimmed(), Percentage::Use::TaxRate);
        if (!rate)
            return bad(QStringLiteral("%1: %2").arg(category, rate.error().message));
        out.insert(category, rate.value());
        if (out.size() > kMaxRates)
            return bad(QStringLiteral("at most %1 tax categories").arg(kMaxRates));
    }
    return out;
}

} // namespace Kiosk
