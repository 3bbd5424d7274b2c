// SPDX-License-Identifier: MIT
#pragma once

#include "DayClose.h"
#include "Result.h"

#include <QList>

#include <memory>

namespace Kiosk {

class Database;

/**
 * The closed business days (`day_closes`, schema 6), append-only: a close is written once and
 * never updated or deleted (there is no statement here that would). Closing a day that is closed
 * already is "day_already_closed" (naming the entry); a correction names the newest entry of that
 * day (`corrects`) and becomes a new entry with the next number and revision. Same thread as the
 * database; errors come back as Result.
 */
class DayCloseStore final
{
public:
    explicit DayCloseStore(std::shared_ptr<Database> database);

    struct NewClose
    {
        QDate date;
        QString kioskId; ///< empty: the whole shop
        std::optional<qint64> cashCounted;
        QByteArray report;
        qint64 corrects = 0; ///< 0: the first close of the day; else the entry it corrects
    };
    /** Errors: "invalid_date", "invalid_amount" (negative cash), "day_already_closed",
     *  "nothing_to_correct" (corrects names no entry of that day), "not_latest" (that entry was
     *  corrected already: correct the newest). */
    Result<DayClose> close(const NewClose &close);
    /** The newest entry of the day (the latest correction), if it was closed. */
    Result<std::optional<DayClose>> latest(QDate date, const QString &kioskId) const;
    /** Newest first, without their reports (report empty), at most `limit` (1..1000). */
    Result<QList<DayClose>> list(int limit) const;
    Result<DayClose> byNumber(qint64 number) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace Kiosk
