// SPDX-License-Identifier: MIT
#pragma once

#include "DrawerEntry.h"
#include "Result.h"

#include <QList>

#include <memory>

namespace Kiosk {

class Database;

/**
 * The cash drawers' entries (`drawer_entries`, schema 11), append-only: there is no statement
 * here that would update or delete one. A request id already used answers with its entry and
 * writes nothing. The figures are checked by the caller (CashDrawer::balance()). Same thread as
 * the database; errors come back as Result.
 */
class CashDrawerTable final
{
public:
    explicit CashDrawerTable(std::shared_ptr<Database> database);

    /** Writes the entry (`at` from the database's clock; `id` and `at` set on return). */
    Result<DrawerEntry> append(DrawerEntry entry);
    /** The day's entries of one till, or of every till (empty kioskId), oldest first. */
    Result<QList<DrawerEntry>> entries(QDate businessDate, const QString &kioskId) const;

    static constexpr qsizetype kMaxReasonLength = 200;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace Kiosk
