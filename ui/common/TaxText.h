// SPDX-License-Identifier: MIT
#pragma once

#include "PricedBasket.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace Kiosk::Ui {

/**
 * How the till and the receipt name tax for people: the rows "Net", "Tax 19%" (one per rate)
 * that, with the total below them, read net + tax = gross as EU receipts must. Percentages are
 * formatted from their integer form in the locale ("5.5%", "5,5 %"), never through a double.
 */
class TaxText final
{
    Q_DECLARE_TR_FUNCTIONS(Kiosk::Ui::TaxText)

public:
    struct Row
    {
        QString caption;
        qint64 amount = 0; ///< minor units
    };

    /** "19%" (English), "19 %" (German, French, Spanish), "5,5 %". */
    static QString percentage(Percentage percentage, const QLocale &locale);
    /** Net, then each rate's tax in the order given; empty when there are no rates. */
    static QList<Row> breakdown(qint64 net, const QList<RateTax> &rates, const QLocale &locale);
};

} // namespace Kiosk::Ui
