// SPDX-License-Identifier: MIT
#pragma once

#include "SqlDialect.h"

namespace Kiosk {

/**
 * SQLite through Qt's QSQLITE driver. Sessions use WAL with synchronous=FULL: a commit that
 * returned is on disk even if the machine loses power right after (NORMAL would only survive a
 * process crash), which is what "the kiosk acknowledged the payment" has to mean. Foreign keys
 * on, 5 s busy timeout. Text search needs nothing engine-specific: OrderStore keeps its own
 * prefix-searchable term table (see OrderStore.h).
 */
class SqliteDialect final : public SqlDialect
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
