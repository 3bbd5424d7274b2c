// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Kiosk {

/** One entry of a till's cash drawer for a business day: the opening float, cash in or cash
 *  out. `amount` is positive minor units (the float may be 0). Never changed once written. */
struct DrawerEntry
{
    enum class Kind { OpeningFloat, CashIn, CashOut };
    qint64 id = 0;
    QString kioskId;
    QDate businessDate;
    Kind kind = Kind::CashIn;
    qint64 amount = 0;
    QString currency; ///< upper-case ISO code
    QString reason; ///< for people ("change from the bank", "to the safe")
    QString actor; ///< who: the manager's till, or "api-token"
    QDateTime at; ///< UTC, from the store's clock
    QString requestId; ///< optional; the same id again is the same entry
};

/** "float", "in", "out": the stored and wire form. */
QString toString(DrawerEntry::Kind kind);
std::optional<DrawerEntry::Kind> drawerKindFromString(QStringView text);

} // namespace Kiosk
