// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Kiosk {

/** One closed business day as stored: numbered, never changed. */
struct DayClose
{
    qint64 number = 0; ///< 1, 2, 3 … across the installation
    QDate date; ///< the business date
    QString kioskId; ///< empty: the whole shop
    int revision = 0; ///< 0 the first close, 1 … corrections
    qint64 corrects = 0; ///< the number of the entry this one corrects, 0 for none
    std::optional<qint64> cashCounted; ///< minor units of the cash currency
    QByteArray report; ///< the report as frozen, the JSON API's object
    QDateTime closedAt; ///< UTC
};

} // namespace Kiosk
