// SPDX-License-Identifier: MIT
#include "CashDrawer.h"

#include "Money.h"

namespace Kiosk {

namespace {

Error invalid(QString message)
{
    return makeError(QStringLiteral("invalid_amount"), std::move(message));
}

QString kindName(CashMovement::Kind kind)
{
    switch (kind) {
    case CashMovement::Kind::OpeningFloat:
        return QStringLiteral("opening float");
    case CashMovement::Kind::CashIn:
        return QStringLiteral("cash in");
    case CashMovement::Kind::CashOut:
        return QStringLiteral("cash out");
    case CashMovement::Kind::Sale:
        return QStringLiteral("cash sale");
    case CashMovement::Kind::Refund:
        return QStringLiteral("cash refund");
    }
    return {};
}

} // namespace

Result<CashDrawerBalance> CashDrawer::balance(const Currency &currency, const QList<CashMovement> &movements)
{
    if (!currency.isValid())
        return makeError(QStringLiteral("unknown_currency"), QStringLiteral("No currency given for the cash drawer"));
    CashDrawerBalance b;
    bool floatSeen = false;
    for (qsizetype i = 0; i < movements.size(); ++i) {
        const CashMovement &m = movements[i];
        const QString what = QStringLiteral("Entry %1 (%2)").arg(i + 1).arg(kindName(m.kind));
        // A float of 0 is a real answer ("no float today"); every other entry moves money.
        if (m.amount < 0 || (m.amount == 0 && m.kind != CashMovement::Kind::OpeningFloat))
            return invalid(QStringLiteral("%1: the amount must be positive (got %2)")
                               .arg(what, Money(m.amount, currency).toDecimalString()));
        if (m.amount % currency.amountStep != 0)
            return invalid(QStringLiteral("%1: %2 is not a valid %3 amount")
                               .arg(what, Money(m.amount, currency).toDecimalString(), currency.code));
        qint64 *sum = nullptr;
        switch (m.kind) {
        case CashMovement::Kind::OpeningFloat:
            if (floatSeen)
                return invalid(QStringLiteral("%1: the day already has an opening float").arg(what));
            floatSeen = true;
            sum = &b.openingFloat;
            break;
        case CashMovement::Kind::CashIn:
            sum = &b.cashIn;
            break;
        case CashMovement::Kind::CashOut:
            sum = &b.cashOut;
            break;
        case CashMovement::Kind::Sale:
            sum = &b.sales;
            break;
        case CashMovement::Kind::Refund:
            sum = &b.refunds;
            break;
        }
        if (__builtin_add_overflow(*sum, m.amount, sum))
            return invalid(QStringLiteral("%1: the drawer's sums are too large").arg(what));
    }
    qint64 expected = 0;
    if (__builtin_add_overflow(b.openingFloat, b.cashIn, &expected)
        || __builtin_sub_overflow(expected, b.cashOut, &expected)
        || __builtin_add_overflow(expected, b.sales, &expected)
        || __builtin_sub_overflow(expected, b.refunds, &expected))
        return invalid(QStringLiteral("The drawer's expected cash is too large to compute"));
    b.expected = expected;
    return b;
}

Result<CashCount> CashDrawer::count(const Currency &currency, const CashDrawerBalance &balance, qint64 counted)
{
    if (!currency.isValid())
        return makeError(QStringLiteral("unknown_currency"), QStringLiteral("No currency given for the count"));
    if (counted < 0)
        return invalid(QStringLiteral("The counted cash cannot be negative (got %1)")
                           .arg(Money(counted, currency).toDecimalString()));
    if (counted % currency.amountStep != 0)
        return invalid(QStringLiteral("%1 is not a valid %2 amount")
                           .arg(Money(counted, currency).toDecimalString(), currency.code));
    CashCount c;
    c.expected = balance.expected;
    c.counted = counted;
    if (__builtin_sub_overflow(counted, balance.expected, &c.difference))
        return invalid(QStringLiteral("The difference is too large to compute"));
    return c;
}

} // namespace Kiosk
