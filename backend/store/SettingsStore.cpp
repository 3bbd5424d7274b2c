// SPDX-License-Identifier: MIT
#include "SettingsStore.h"

#include "Database.h"

namespace Kiosk {

SettingsStore::SettingsStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
    , m_table(*m_database, QStringLiteral("settings"))
{ }

Result<QString> SettingsStore::value(const QString &key, const QString &defaultValue) const
{
    return m_table.value(key, defaultValue);
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    return m_table.setValue(key, value);
}

} // namespace Kiosk
