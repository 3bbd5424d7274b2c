// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <memory>

namespace Kiosk {

class Database;

/** One committed status change: its cursor (increasing) and its order. */
struct OrderChangeRef
{
    qint64 cursor = 0;
    qint64 orderId = 0;
};

/**
 * The durable change sequence the order changes feed reads: every status change is a row of
 * `status_history`, written in the same transaction as the change itself, and its id is the
 * cursor. So a till that reconnects with the last cursor it saw loses nothing, and nothing
 * extra is written per change. Read-only; same thread as the database.
 */
class OrderChangeLog final
{
public:
    explicit OrderChangeLog(std::shared_ptr<Database> database);

    /** The newest cursor (0 when nothing changed yet). */
    [[nodiscard]] Result<qint64> latestCursor() const;
    /** Changes after `cursor`, oldest first, at most `limit`; only orders of kioskId unless it
     *  is empty. */
    [[nodiscard]] Result<QList<OrderChangeRef>> after(qint64 cursor, const QString &kioskId, int limit) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace Kiosk
