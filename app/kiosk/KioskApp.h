// SPDX-License-Identifier: MIT
#pragma once

#include "AppConfig.h"
#include "KioskWindow.h"
#include "Result.h"

#include <QObject>

#include <memory>

class QSettings;

namespace Kiosk {
class KioskBackend;
class ManagerService;
class PinVault;
class ServerConnection;
class TillService;
namespace Sim {
class StripeSimulator;
}
} // namespace Kiosk

namespace Kiosk::Ui {

class DesktopSurfaceGuard;

/**
 * Builds and owns everything of one running kiosk, in order: settings, the embedded Stripe
 * simulator (demo mode, with a generated sk_test_ key and whsec_ secret), the backend (store,
 * catalog, payments, loopback HTTP server), the embedded till and manager services over it, the
 * PIN vault and the window, which sees only the services. In demo mode the
 * simulator's webhook endpoint is added once the backend listens. With --server it builds the
 * remote services over a ServerConnection instead (no backend, simulator or vault). Destroyed in
 * reverse order.
 */
class KioskApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskApp)

public:
    explicit KioskApp(AppConfig config, QObject *parent = nullptr);
    ~KioskApp() override;

    /** Builds and starts everything and shows the window. Errors never contain the key. */
    Status start();

    [[nodiscard]] const AppConfig &config() const { return m_config; }
    [[nodiscard]] KioskWindow *window() const { return m_window.get(); }
    [[nodiscard]] Kiosk::KioskBackend *backend() const { return m_backend.get(); }
    [[nodiscard]] Kiosk::TillService *tillService() const { return m_service.get(); }
    [[nodiscard]] Kiosk::ManagerService *managerService() const { return m_managerService.get(); }
    [[nodiscard]] Kiosk::Sim::StripeSimulator *simulator() const { return m_simulator.get(); }
    [[nodiscard]] Kiosk::PinVault *pinVault() const { return m_vault.get(); }

private:
    /** A till of a shop server: loads the catalog from it before the window is built. */
    Status startRemote();
    /** Language, theme and the window over the services; shows it. */
    Status showWindow(KioskWindowOptions windowOptions);

    AppConfig m_config;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Kiosk::Sim::StripeSimulator> m_simulator;
    std::unique_ptr<Kiosk::KioskBackend> m_backend;
    std::unique_ptr<Kiosk::ServerConnection> m_connection; ///< a till of a shop server only
    std::unique_ptr<Kiosk::TillService> m_service;
    std::unique_ptr<Kiosk::ManagerService> m_managerService;
    std::unique_ptr<Kiosk::PinVault> m_vault;
    std::unique_ptr<DesktopSurfaceGuard> m_surfaceGuard; ///< self-service only
    std::unique_ptr<KioskWindow> m_window;
};

} // namespace Kiosk::Ui
