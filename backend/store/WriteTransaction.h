// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace Kiosk {

class SqlDialect;

/** One write transaction: the write lock is taken at begin(); rolled back unless committed. */
class WriteTransaction final
{
public:
    WriteTransaction(const QSqlDatabase &db, const SqlDialect &dialect)
        : m_db(db)
        , m_dialect(dialect)
    { }
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    bool m_open = false;
};

} // namespace Kiosk
