// SPDX-License-Identifier: MIT
#include "TaxText.h"

namespace Kiosk::Ui {

QString TaxText::percentage(Percentage percentage, const QLocale &locale)
{
    QString number = percentage.toString(); // "5.5": digits and at most one '.'
    number.replace(QLatin1Char('.'), locale.decimalPoint());
    // English writes 19%; the other languages of the till put a (non-breaking) space before it.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    return number + (english ? QString() : QStringLiteral("\u00a0")) + locale.percent();
}

QList<TaxText::Row> TaxText::breakdown(qint64 net, const QList<RateTax> &rates, const QLocale &locale)
{
    QList<Row> rows;
    if (rates.isEmpty())
        return rows;
    rows.append({ tr("Net", "amount before tax, on the basket and the receipt"), net });
    for (const RateTax &rate : rates)
        rows.append({ tr("Tax %1", "one tax rate's amount; %1 is the percentage, like 19%")
                          .arg(percentage(rate.percentage, locale)),
            rate.amount });
    return rows;
}

} // namespace Kiosk::Ui
