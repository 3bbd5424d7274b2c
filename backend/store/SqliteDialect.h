// SPDX-License-Identifier: MIT
#pragma once

#include "SqlDialect.h"

namespace Kiosk {

/**
 * SQLite through Qt's QSQLITE driver. Sessions use WAL with synchronous=FULL: a commit that
 * returned is on disk even if the machine loses power right after (NORMAL would only survive a
 * process crash), which is what "the kiosk acknowledged the payment" has to mean. Foreign keys
 * on, 5 s busy timeout. Text search is an FTS5 table with the trigram tokenizer, which answers
 * case-insensitive substring queries of three or more characters from its index; shorter ones
 * fall back to a LIKE scan of that table. The index holds order numbers and e-mails only:
 * product names are few and repeat endlessly, so OrderStore finds them in a small table instead.
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
    [[nodiscard]] QString blobType() const override;
    [[nodiscard]] QString beginWrite() const override;
    [[nodiscard]] QString insertOrIgnore(const QString &table, const QString &columns, const QString &placeholders,
                                         const QString &conflictColumn) const override;
    [[nodiscard]] QStringList searchSchema() const override;
    [[nodiscard]] QString searchRemove() const override;
    [[nodiscard]] QString searchInsert() const override;
    [[nodiscard]] SearchQuery searchIds(const QString &text) const override;
    [[nodiscard]] QString clusteredTableSuffix() const override;
    [[nodiscard]] QString dataVersionQuery() const override;
    [[nodiscard]] QString contains(const QString &column) const override;
};

} // namespace Kiosk
