// SPDX-License-Identifier: MIT
#pragma once

#include "SqlDialect.h"

namespace Kiosk {

/**
 * PostgreSQL (15) through Qt's QPSQL driver. Writers run at READ COMMITTED and lock the order
 * rows they change (lockRows()), so two connections applying events to one order queue up
 * instead of both acting on what they read; duplicate events are stopped by the unique event id
 * (INSERT ... ON CONFLICT DO NOTHING waits for the other transaction). Prefix-searched text is
 * COLLATE "C" so ranges compare code points, as on SQLite.
 */
class PostgresDialect final : public SqlDialect
{
public:
    [[nodiscard]] QString driverName() const override;
    [[nodiscard]] QString connectOptions() const override;
    [[nodiscard]] QStringList sessionSetup() const override;
    [[nodiscard]] QString autoIncrementPrimaryKey() const override;
    [[nodiscard]] QString int64Type() const override;
    [[nodiscard]] QString textType() const override;
    [[nodiscard]] QString binaryTextType() const override;
    [[nodiscard]] QString blobType() const override;
    [[nodiscard]] QString beginWrite() const override;
    [[nodiscard]] QString lockRows() const override;
    [[nodiscard]] QString insertOrIgnore(const QString &table, const QString &columns, const QString &placeholders,
        const QString &conflictColumn) const override;
    [[nodiscard]] QString lockSchema() const override;
    [[nodiscard]] QString unlockSchema() const override;
    [[nodiscard]] QString lockChangeSequence() const override;
    [[nodiscard]] QString notifyChange() const override;
    [[nodiscard]] QString changeChannel() const override;
    [[nodiscard]] QString clusteredTableSuffix() const override;
    [[nodiscard]] QString dataVersionQuery() const override;
    [[nodiscard]] QString contains(const QString &column) const override;
    [[nodiscard]] Status setUpReadConnection(
        const QSqlDatabase &db, int limitMs, const ReadDeadline &deadline) const override;
};

} // namespace Kiosk
