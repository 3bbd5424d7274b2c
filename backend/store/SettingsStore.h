// SPDX-License-Identifier: MIT
#pragma once

#include "KeyValueTable.h"
#include "Result.h"

#include <QString>

#include <memory>

namespace Kiosk {

class Database;

/**
 * The kiosk's settings that must live with its data rather than in the settings file: the
 * manager PIN's hash and lockout state (PinVault). Its own table (`settings`) in the same
 * database as the orders, apart from the order store. Shares the Database with the other
 * stores; same thread as it. Errors come back as Result.
 */
class SettingsStore final
{
public:
    explicit SettingsStore(std::shared_ptr<Database> database);

    [[nodiscard]] Result<QString> value(const QString &key, const QString &defaultValue = QString()) const;
    /** "invalid_key" for an empty key. */
    Status setValue(const QString &key, const QString &value);

private:
    std::shared_ptr<Database> m_database;
    KeyValueTable m_table;
};

} // namespace Kiosk
