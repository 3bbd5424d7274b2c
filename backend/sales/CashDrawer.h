// SPDX-License-Identifier: MIT
#pragma once

#include "Currency.h"
#include "Result.h"

#include <QList>

namespace Kiosk {

/** One movement of cash in or out of a till's drawer; `amount` is positive minor units. */
struct CashMovement
{
    enum class Kind {
        OpeningFloat, ///< the float the day starts with (at most one)
        CashIn, ///< cash put in (change from the bank)
        CashOut, ///< cash taken out (to the safe, a payout)
        Sale, ///< a cash sale: CashPayment::roundedDue (the change never stays in the drawer)
        Refund, ///< a refund paid out in cash
    };
    Kind kind = Kind::Sale;
    qint64 amount = 0;
};

/** What should be in the drawer, and from what. */
struct CashDrawerBalance
{
    qint64 openingFloat = 0;
    qint64 cashIn = 0;
    qint64 cashOut = 0;
    qint64 sales = 0;
    qint64 refunds = 0;
    qint64 expected = 0; ///< openingFloat + cashIn - cashOut + sales - refunds
};

/** The count at close against what was expected; difference = counted - expected (< 0: short). */
struct CashCount
{
    qint64 expected = 0;
    qint64 counted = 0;
    qint64 difference = 0;
};

/**
 * The cash drawer of one till for one business day: expected cash from the opening float, cash
 * in/out entries, cash sales and cash refunds; and the count at close. Pure. Errors
 * ("invalid_amount") for a negative or non-positive movement, a second opening float, an amount
 * off the currency's step, and a sum beyond int64; the expected cash may come out negative (more
 * paid out than was there), which the count then shows.
 */
class CashDrawer final
{
public:
    static Result<CashDrawerBalance> balance(const Currency &currency, const QList<CashMovement> &movements);
    static Result<CashCount> count(const Currency &currency, const CashDrawerBalance &balance, qint64 counted);
};

} // namespace Kiosk
