// SPDX-License-Identifier: MIT
#pragma once

#include "BackendOptions.h"
#include "Result.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QTimer;

namespace Kiosk {

namespace Http {
class Server;
struct Request;
} // namespace Http
class ApiReply;
class Catalog;
class DayCloseStore;
class DayReportService;
class JsonApi;
class OrderReader;
class OrderStore;
class SettingsStore;
class ShopLeadership;
class PaymentCoordinator;
class PinVault;
class RefundCoordinator;
class ReportApi;
class StripeClient;
class WebhookEndpoint;

/**
 * Builds and owns the backend of one kiosk: the order store, the Stripe client, the payment
 * coordinator, the catalog, and one loopback HTTP server that serves the webhook endpoint
 * (POST /webhooks/stripe), the Checkout return pages (/checkout/success, /checkout/cancel) and,
 * if enabled, the JSON API (/api/..., /healthz). Never links the simulator: the executables
 * start one and point options.stripe.apiBase at it. Lives on the thread that created it.
 */
class KioskBackend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskBackend)

public:
    ~KioskBackend() override;

    /** Opens the store and catalog and builds everything; nothing listens yet. Errors name the
     *  problem (bad catalog, database, missing key or token) without the secret key. */
    static Result<std::unique_ptr<KioskBackend>> create(BackendOptions options, QObject *parent = nullptr);

    /** Listens, then runs recover(), the refunds' resume() and sweepEvents(), and sweeps (and
     *  resumes pending refunds) every sweepIntervalMs: all of that only while this server leads
     *  the shop (ShopLeadership; always on SQLite), and again whenever it becomes the leader. */
    Status start();
    /** Whether this server runs the shop's sweep and recovery (false before start()). */
    [[nodiscard]] bool isLeader() const;

    OrderStore &store();
    /** The manager's reads, on their own thread and connection (never the payment thread's). */
    OrderReader &reads();
    /** The PIN's and other settings' table, in the same database as the orders. */
    SettingsStore &settings();
    PaymentCoordinator &payments();
    RefundCoordinator &refunds();
    const Catalog &catalog();
    StripeClient &stripe();
    /** End of day: the business day's report reconciled with Stripe, and closing it. */
    DayReportService &dayReports();

    /** http://127.0.0.1:PORT/webhooks/stripe (the bound address and port). */
    [[nodiscard]] QUrl webhookUrl() const;
    /** http://127.0.0.1:PORT: success_url/cancel_url base and the JSON API base. */
    [[nodiscard]] QUrl returnBaseUrl() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    /** True with an sk_test_ key (the simulator hands out sk_test_ keys as well). */
    [[nodiscard]] bool isTestMode() const;

private:
    explicit KioskBackend(BackendOptions options, QObject *parent);
    void route(const Http::Request &request, const ApiReply &reply);
    void recoverAndSweep();

    BackendOptions m_options;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OrderReader> m_reads;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<StripeClient> m_client;
    std::unique_ptr<PaymentCoordinator> m_payments;
    std::unique_ptr<RefundCoordinator> m_refunds;
    std::unique_ptr<PinVault> m_pins;
    std::unique_ptr<DayCloseStore> m_dayCloses;
    std::unique_ptr<DayReportService> m_dayReports;
    std::unique_ptr<ReportApi> m_reportApi;
    std::unique_ptr<WebhookEndpoint> m_webhook;
    std::unique_ptr<JsonApi> m_api;
    std::unique_ptr<Http::Server> m_http;
    QTimer *m_sweepTimer = nullptr;
    ShopLeadership *m_leadership = nullptr;
    quint16 m_port = 0;
};

} // namespace Kiosk
