// SPDX-License-Identifier: MIT
#include "CashTender.h"

#include "MinorUnitMath.h"
#include "Money.h"

namespace Kiosk {

namespace {

QString shown(qint64 amount, const Currency &currency)
{
    return Money(amount, currency).toDecimalString() + QLatin1Char(' ') + currency.code;
}

} // namespace

qint64 CashTender::roundForCash(qint64 due, qint64 increment)
{
    if (increment <= 1 || due < 0)
        return due;
    return MinorUnitMath::mulDivRoundHalfUpToStep(due, 1, 1, increment).value_or(due);
}

Result<CashPayment> CashTender::settle(const Currency &currency, qint64 due, qint64 tendered, qint64 increment)
{
    if (!currency.isValid())
        return makeError(QStringLiteral("unknown_currency"), QStringLiteral("No currency given for the cash payment"));
    if (due < 0 || tendered < 0)
        return makeError(QStringLiteral("invalid_amount"),
            QStringLiteral("Cash amounts cannot be negative (due %1, tendered %2)")
                .arg(shown(due, currency), shown(tendered, currency)));
    if (increment < 0 || (increment > 1 && increment % currency.amountStep != 0))
        return makeError(QStringLiteral("invalid_amount"),
            QStringLiteral("A cash rounding of %1 is not a multiple of the smallest %2 amount")
                .arg(shown(increment, currency), currency.code));

    CashPayment payment;
    payment.due = due;
    payment.roundedDue = roundForCash(due, increment);
    payment.roundingAdjustment = payment.roundedDue - due;
    payment.tendered = tendered;
    if (tendered < payment.roundedDue)
        return makeError(QStringLiteral("tender_short"),
            QStringLiteral("%1 was given but %2 is due; %3 more is needed")
                .arg(shown(tendered, currency), shown(payment.roundedDue, currency),
                    shown(payment.roundedDue - tendered, currency)));
    payment.change = tendered - payment.roundedDue;
    return payment;
}

} // namespace Kiosk
