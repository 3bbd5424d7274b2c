// SPDX-License-Identifier: MIT
#pragma once

#include "OrderStore.h"
#include "SettingsStore.h"

#include <QTemporaryDir>

#include <memory>

namespace Kiosk::Test {

/**
 * A real SQLite OrderStore (and its SettingsStore) in a temporary directory plus helpers to fill it. History orders are
 * generated deterministically so a test can compute what it expects:
 * order i (0-based) is created at start + i minutes, status statusFor(i), currency currencyFor(i),
 * one line "productFor(i)" of amountFor(i) minor units, customer "customer<i>@example.com".
 */
class ManagerFixture final
{
public:
    ManagerFixture();
    [[nodiscard]] bool isValid() const { return m_store != nullptr; }
    [[nodiscard]] Kiosk::OrderStore *store() const { return m_store.get(); }
    /** The settings (PIN) in the same database. */
    [[nodiscard]] Kiosk::SettingsStore *settings() const { return m_settings.get(); }
    [[nodiscard]] QString dir() const { return m_dir.path(); }

    static QDateTime start() { return QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC); }
    static Kiosk::OrderStatus statusFor(int i);
    static QString currencyFor(int i);
    static qint64 amountFor(int i);
    static QString productFor(int i);
    static QString numberFor(int i);

    /** Imports orders 0..count-1 in one transaction; false with a warning on failure. */
    bool importHistory(int count);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Kiosk::OrderStore> m_store;
    std::unique_ptr<Kiosk::SettingsStore> m_settings;
};

} // namespace Kiosk::Test
