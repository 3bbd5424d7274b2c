// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace Kiosk::Ui {

/**
 * Keeps desktop surfaces off a customer's screen: while installed, a file dialog or print dialog
 * (whoever opens it) is never shown; it is rejected before it reaches the screen and counted.
 * Native dialogs are switched off for the application so every one of them is a widget the guard
 * sees. A self-service kiosk installs it on the application for its whole life.
 */
class DesktopSurfaceGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopSurfaceGuard)

public:
    explicit DesktopSurfaceGuard(QObject *parent = nullptr);
    ~DesktopSurfaceGuard() override;

    /** How many dialogs were kept off the screen. */
    [[nodiscard]] int blockedCount() const { return m_blocked; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_blocked = 0;
};

} // namespace Kiosk::Ui
