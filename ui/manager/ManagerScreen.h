// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QSettings;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Kiosk {
class Clock;
class DayReportService;
class ManagerService;
class PinVault;
} // namespace Kiosk

namespace Kiosk::Ui {

class DayReportPage;
class OrderHistoryPage;
class SettingsPage;
class SecretStore;

/**
 * The manager's area: order history (filters, totals, details, CSV export) and settings
 * (Stripe mode and keys, shop and kiosk fields, PIN change). Show it only after
 * PinDialog::requestPin succeeded. Does not own the manager service, the PIN vault or the
 * settings; all must outlive it.
 *
 * Locks itself: after lockAfterSecs without a key, click, touch or wheel anywhere in the app
 * (settings key "manager/lockAfterSecs", default 120; 0 never) it closes any dialog it opened and
 * emits locked() and closeRequested(), so coming back needs the PIN again.
 */
class ManagerScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerScreen)

public:
    ManagerScreen(
        Kiosk::ManagerService *service, Kiosk::PinVault *vault, QSettings *settings, QWidget *parent = nullptr);
    ~ManagerScreen() override;

    [[nodiscard]] OrderHistoryPage *historyPage() const { return m_history; }
    [[nodiscard]] SettingsPage *settingsPage() const { return m_settingsPage; }
    /** Adds the "Day report" tab over `service` (once; it must outlive the screen). */
    void addDayReportPage(Kiosk::DayReportService *service);
    [[nodiscard]] DayReportPage *dayReportPage() const { return m_dayReport; }

    /** The clock idle time is measured on and the history's "today" comes from
     *  (Clock::system() by default); must outlive the screen. */
    void setClock(const Kiosk::Clock *clock);
    void setLockAfterSecs(int secs) { m_lockAfterSecs = qMax(0, secs); }
    [[nodiscard]] int lockAfterSecs() const { return m_lockAfterSecs; }
    /** Locks when idle for lockAfterSecs; runs every second while the screen is shown. */
    void checkIdle();

Q_SIGNALS:
    void closeRequested();
    /** Settings were saved; the app re-reads QSettings (and the keyring) to apply them. */
    void settingsChanged();
    /** Idle too long: the screen asks to be closed and needs the PIN again. */
    void locked();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();

    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_close = nullptr;
    OrderHistoryPage *m_history = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    DayReportPage *m_dayReport = nullptr;
    SecretStore *m_secrets = nullptr;
    const Kiosk::Clock *m_clock = nullptr;
    QTimer *m_idleTimer = nullptr;
    int m_lockAfterSecs = 120;
    qint64 m_lastInputSecs = 0;
};

} // namespace Kiosk::Ui
