// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QString>

namespace Kiosk {

class Database;

/**
 * Text values by key in one two-column table (key primary key, value not null) of a Database:
 * the order store's own state in `kv`, the settings in `settings`. Each write is its own
 * statement (atomic on its own; inside a caller's transaction when there is one). Does not own
 * the database, which must outlive it. Same thread as the database.
 */
class KeyValueTable final
{
public:
    /** table is a name from the schema, never user input. */
    KeyValueTable(Database &database, QString table)
        : m_database(database)
        , m_table(std::move(table))
    { }

    [[nodiscard]] Result<QString> value(const QString &key, const QString &defaultValue = QString()) const;
    /** "invalid_key" for an empty key. */
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_database;
    QString m_table;
};

} // namespace Kiosk
