// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace Kiosk {

class SqlDialect;

/**
 * The order database's schema and its ordered migrations (version 1 creates everything). Checks
 * an existing file before anything writes to it: a file that is not an SQLite database, a
 * half-written one, another application's database, or one from a newer build is refused with a
 * clear error and left byte-for-byte untouched. Used by Database only.
 */
class OrderSchema final
{
public:
    explicit OrderSchema(const SqlDialect &dialect)
        : m_dialect(dialect)
    { }

    [[nodiscard]] static int latestVersion();

    /** Read-only checks of an existing file (a missing or empty file passes). */
    Status inspectExisting(const QString &path, const QString &probeConnectionName) const;
    /** Brings an open database up to latestVersion(), one transaction per migration.
     *  Returns the version afterwards. */
    Result<int> migrate(QSqlDatabase &db) const;

private:
    const SqlDialect &m_dialect;
};

} // namespace Kiosk
