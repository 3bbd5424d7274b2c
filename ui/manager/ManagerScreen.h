// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QSettings;
class QTabWidget;

namespace Kiosk {
class OrderStore;
}

namespace Kiosk::Ui {

class OrderHistoryPage;
class SettingsPage;
class SecretStore;

/**
 * The manager's area: order history (filters, totals, details, CSV export) and settings
 * (Stripe mode and keys, shop and kiosk fields, PIN change). Show it only after
 * PinDialog::requestPin succeeded. Does not own the store or the settings; both must outlive it.
 */
class ManagerScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerScreen)

public:
    ManagerScreen(Kiosk::OrderStore *store, QSettings *settings, QWidget *parent = nullptr);
    ~ManagerScreen() override;

    [[nodiscard]] OrderHistoryPage *historyPage() const { return m_history; }
    [[nodiscard]] SettingsPage *settingsPage() const { return m_settingsPage; }

Q_SIGNALS:
    void closeRequested();
    /** Settings were saved; the app re-reads QSettings (and the keyring) to apply them. */
    void settingsChanged();

private:
    QTabWidget *m_tabs = nullptr;
    OrderHistoryPage *m_history = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    SecretStore *m_secrets = nullptr;
};

} // namespace Kiosk::Ui
