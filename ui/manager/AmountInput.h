// SPDX-License-Identifier: MIT
#pragma once

#include "Currency.h"
#include "Result.h"

#include <QCoreApplication>
#include <QLocale>

namespace Kiosk::Ui {

/**
 * Reads an amount a person typed in their language's own format into minor units, without
 * floating point: "12,50" (de_DE) or "12.50" (en_US) → 1250 EUR/USD, "1.234,50" (de_DE) → 123450,
 * "500" JPY → 500. The locale's group separator is accepted only between groups of three digits,
 * so "12.50" in German (where '.' groups thousands) is an error rather than 1250 euros. A currency
 * symbol or code at either end is ignored. The digits then go through Money::parse (the
 * currency's decimals and step). Errors ("invalid_amount") say how to type it, with an example.
 */
class AmountInput final
{
    Q_DECLARE_TR_FUNCTIONS(Kiosk::Ui::AmountInput)

public:
    static Kiosk::Result<qint64> parse(QStringView text, const Kiosk::Currency &currency, const QLocale &locale);
    /** How 12.50 of the currency is typed in the locale ("12,50"; "1250" for JPY): for hints. */
    static QString example(const Kiosk::Currency &currency, const QLocale &locale);
    /** minorUnits as typed back into the field: "12,50" (de_DE), no group separators. */
    static QString toText(qint64 minorUnits, const Kiosk::Currency &currency, const QLocale &locale);
};

} // namespace Kiosk::Ui
