// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Kiosk {

class Database;

/** One manager action as the audit log keeps it. */
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC, from the database's clock
    QString actor; ///< the till's kiosk id (through the manager PIN), "api-token" or "local"
    QString action; ///< "GET /api/orders", "POST /api/orders/7/cancel", ...
    qint64 orderId = 0; ///< 0: no order
    QString outcome; ///< the answer's status and error code ("200", "403 wrong_pin")
};

/**
 * The shop server's audit log of manager actions (table `audit_log`): append-only, each line
 * its own statement. Never holds a secret (no PIN, no token). Same thread as the database.
 */
class AuditLog final
{
public:
    explicit AuditLog(std::shared_ptr<Database> database);

    static constexpr int kMaxFieldLength = 200;
    /** Appends one line (texts cut to kMaxFieldLength); `at` is the database clock's now. */
    Status record(const QString &actor, const QString &action, qint64 orderId, const QString &outcome);
    /** The newest `limit` lines, oldest first. */
    [[nodiscard]] Result<QList<AuditEntry>> latest(int limit) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace Kiosk
