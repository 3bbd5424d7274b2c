// SPDX-License-Identifier: MIT
#include "KioskBackend.h"

#include "ApiReply.h"
#include "Catalog.h"
#include "Clock.h"
#include "Database.h"
#include "DayCloseStore.h"
#include "DayReportService.h"
#include "JsonApi.h"
#include "Log.h"
#include "OrderReader.h"
#include "OrderStore.h"
#include "PaymentCoordinator.h"
#include "PinVault.h"
#include "QtHttpTransport.h"
#include "RateLimitedTransport.h"
#include "RefundCoordinator.h"
#include "ReportApi.h"
#include "ReturnPage.h"
#include "Server.h"
#include "SettingsStore.h"
#include "ShopLeadership.h"
#include "StripeClient.h"
#include "WebhookEndpoint.h"

#include <QTimer>
#include <QTimeZone>
#include <QUrlQuery>

namespace Kiosk {

namespace {

const QByteArray kHtml = QByteArrayLiteral("text/html; charset=utf-8");

} // namespace

KioskBackend::KioskBackend(BackendOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

KioskBackend::~KioskBackend()
{
    // Commit and answer the webhooks still queued, then stop the server: its handler uses
    // everything else.
    if (m_webhook)
        m_webhook->flush();
    m_http.reset();
}

Result<std::unique_ptr<KioskBackend>> KioskBackend::create(BackendOptions options, QObject *parent)
{
    if (options.stripe.secretKey.isEmpty())
        return makeError(QStringLiteral("not_configured"), QStringLiteral("No Stripe secret key is configured."));
    if (!options.bindAddress.isLoopback() && options.apiToken.isEmpty())
        return makeError(QStringLiteral("token_required"),
            QStringLiteral("Listening on %1 (not loopback) requires an API token.")
                .arg(options.bindAddress.toString()));
    if (options.catalogPath.isEmpty())
        return makeError(QStringLiteral("not_configured"), QStringLiteral("No catalog file is configured."));
    Result<Catalog> catalog = Catalog::loadJsonFile(options.catalogPath);
    if (!catalog)
        return catalog.error();
    Result<BusinessDayCalendar> calendar = BusinessDayCalendar::create(
        options.shopTimeZone.isEmpty() ? QTimeZone::systemTimeZoneId() : options.shopTimeZone, options.dayStart);
    // Debian's default zone "Etc/UTC" is not in Qt's list of IANA ids: a system on UTC is UTC.
    const QTimeZone system = QTimeZone::systemTimeZone();
    if (!calendar && options.shopTimeZone.isEmpty() && !system.hasDaylightTime()
        && system.offsetFromUtc(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)) == 0)
        calendar = BusinessDayCalendar::create(QByteArrayLiteral("UTC"), options.dayStart);
    if (!calendar)
        return calendar.error();
    if (options.tax) {
        if (Status taxed = catalog->setTaxPolicy(*options.tax); !taxed)
            return makeError(QStringLiteral("invalid_tax"),
                QStringLiteral("The tax settings do not fit the catalog: ") + taxed.error().message);
    }
    Result<std::unique_ptr<OrderStore>> store = OrderStore::open(options.databasePath);
    if (!store)
        return store.error();

    std::unique_ptr<KioskBackend> b(new KioskBackend(std::move(options), parent));
    b->m_catalog = std::make_unique<Catalog>(std::move(catalog).value());
    b->m_store = std::move(store).value();
    b->m_reads = std::make_unique<OrderReader>(b->m_store->database()->reopenLocation(), b->m_options.reads);
    b->m_settings = std::make_unique<SettingsStore>(b->m_store->database());
    // Under Stripe's rate limit (25 requests/s in test mode, 100 live) whatever the sweep or
    // recovery asks; a simulator has no limit to keep.
    std::shared_ptr<HttpTransport> transport = std::make_shared<QtHttpTransport>();
    if (const auto limit = RequestRateLimiter::forStripe(b->m_options.stripe))
        transport = std::make_shared<RateLimitedTransport>(std::move(transport), Clock::system(), *limit);
    b->m_client = std::make_unique<StripeClient>(b->m_options.stripe, std::move(transport));
    b->m_payments = std::make_unique<PaymentCoordinator>(
        b->m_store.get(), b->m_client.get(), b->m_catalog.get(), b->m_options.payment);
    b->m_refunds = std::make_unique<RefundCoordinator>(b->m_store.get(), b->m_client.get());
    b->m_payments->setRefunds(b->m_refunds.get());
    // Discounts above the limit ask for the manager PIN: the same vault (and lockout) as the API's.
    b->m_pins = std::make_unique<PinVault>(b->m_settings.get());
    b->m_payments->setPinVault(b->m_pins.get());
    b->m_dayCloses = std::make_unique<DayCloseStore>(b->m_store->database());
    b->m_dayReports = std::make_unique<DayReportService>(
        *b->m_store, *b->m_dayCloses, b->m_client.get(), std::move(calendar).value());
    b->m_dayReports->setReader(b->m_reads.get());
    if (b->m_options.webhookSecret.isEmpty())
        qCWarning(lcWebhook) << "no webhook signing secret: every webhook will be refused";
    b->m_webhook
        = std::make_unique<WebhookEndpoint>(b->m_options.webhookSecret, b->m_payments.get(), b->m_options.webhook);
    if (b->m_options.enableJsonApi)
        b->m_api = std::make_unique<JsonApi>(b->m_store.get(), b->m_payments.get(), b->m_refunds.get(),
            b->m_catalog.get(), b->m_settings.get(), b->m_options.apiToken);
    if (b->m_api) {
        b->m_api->setReader(b->m_reads.get());
        b->m_reportApi = std::make_unique<ReportApi>(b->m_dayReports.get());
        b->m_api->setReportApi(b->m_reportApi.get());
    }
    KioskBackend *self = b.get();
    // Webhook bodies up to 1 MiB (Stripe's events are far smaller); everything else is small.
    Http::ServerOptions http = b->m_options.http;
    http.bodyLimits.prepend({ QByteArrayLiteral("/webhooks/stripe"), WebhookEndpoint::MaxBodyBytes });
    b->m_http = std::make_unique<Http::Server>(
        [self](const Http::Request &request, const Http::Responder &responder) {
            self->route(request, ApiReply(responder));
        },
        std::move(http));
    return b;
}

void KioskBackend::route(const Http::Request &request, const ApiReply &reply)
{
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
    const bool isPost = request.method == "POST";
    const bool isGet = request.method == "GET";
    if (path == QLatin1String("/webhooks/stripe")) {
        if (!isPost) {
            reply.error(
                405, QStringLiteral("method_not_allowed"), QStringLiteral("Stripe delivers webhooks with POST."));
            return;
        }
        // Answered once the batch holding it is committed (group commit, see WebhookEndpoint).
        m_webhook->submit(
            request.body, request.header("stripe-signature"), [reply](const WebhookEndpoint::Response &r) {
                Http::Response response = Http::Response::make(r.status, QByteArrayLiteral("application/json"), r.body);
                if (r.retryAfterSecs > 0)
                    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(r.retryAfterSecs));
                reply.send(response);
            });
        return;
    }
    if (isGet && (path == QLatin1String("/checkout/success") || path == QLatin1String("/checkout/cancel"))) {
        const QString sessionId = QUrlQuery(QString::fromUtf8(request.query))
                                      .queryItemValue(QStringLiteral("session_id"), QUrl::FullyDecoded);
        const Result<Order> order = m_store->orderBySession(sessionId);
        if (!order) {
            reply.send(404, kHtml, ReturnPage::notFound());
            return;
        }
        // Both pages are reachable without the API token: they only ask Stripe again (the one
        // decision settles what Stripe says), never cancel. Cancelling is the till's own act.
        reply.send(200, kHtml,
            path.endsWith(QLatin1String("success")) ? ReturnPage::success(order->number)
                                                    : ReturnPage::cancelled(order->number));
        m_payments->fulfil(sessionId, QStringLiteral("return_page"));
        return;
    }
    if (m_api && isGet && path == QLatin1String("/healthz")) {
        // Group-commit figures for the benchmark: batches committed and events in them so far.
        const WebhookEndpoint::Stats stats = m_webhook->stats();
        reply.json(200,
            QStringLiteral("{\"status\":\"ok\",\"webhook_batches\":%1,\"webhook_events\":%2,"
                           "\"webhook_largest_batch\":%3,\"webhook_overloaded\":%4}")
                .arg(stats.batches)
                .arg(stats.events)
                .arg(stats.largest)
                .arg(stats.overloaded)
                .toUtf8());
        return;
    }
    if (m_api && m_api->handle(request, reply))
        return;
    reply.error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint: %1").arg(path));
}

Status KioskBackend::start()
{
    if (m_port != 0)
        return {};
    const Result<quint16> port = m_http->listen(m_options.bindAddress, m_options.httpPort);
    if (!port)
        return port.error();
    m_port = port.value();
    m_payments->setReturnBaseUrl(returnBaseUrl());
    // Recovery and the events sweep run once per shop: in the replica that leads it (always this
    // one on SQLite); a follower takes over when the leader's session ends.
    m_leadership = new ShopLeadership(*m_store->database(), Clock::system(), {}, this);
    connect(m_leadership, &ShopLeadership::leadershipChanged, this, [this](bool leader) {
        if (leader)
            recoverAndSweep();
    });
    if (m_leadership->isLeader())
        recoverAndSweep();
    m_sweepTimer = new QTimer(this);
    connect(m_sweepTimer, &QTimer::timeout, this, [this] {
        if (!m_leadership->isLeader())
            return;
        m_payments->sweepEvents(this, [this](const Status &swept) {
            if (!swept)
                qCWarning(lcPayment) << "events sweep:" << swept.error().toString();
            // Refunds whose answer was lost (a transport error) are asked for again, same key.
            m_refunds->resume();
        });
    });
    m_sweepTimer->start(m_options.payment.sweepIntervalMs);
    return {};
}

void KioskBackend::recoverAndSweep()
{
    m_payments->recover(this, [this](const Status &recovered) {
        if (!recovered)
            qCWarning(lcPayment) << "recovery:" << recovered.error().toString();
        m_refunds->resume(this, [this](const Status &resumed) {
            if (!resumed)
                qCWarning(lcPayment) << "refund recovery:" << resumed.error().toString();
            m_payments->sweepEvents(this, [](const Status &swept) {
                if (!swept)
                    qCWarning(lcPayment) << "events sweep:" << swept.error().toString();
            });
        });
    });
}

bool KioskBackend::isLeader() const
{
    return m_leadership && m_leadership->isLeader();
}

OrderStore &KioskBackend::store()
{
    return *m_store;
}

OrderReader &KioskBackend::reads()
{
    return *m_reads;
}

SettingsStore &KioskBackend::settings()
{
    return *m_settings;
}

PaymentCoordinator &KioskBackend::payments()
{
    return *m_payments;
}

RefundCoordinator &KioskBackend::refunds()
{
    return *m_refunds;
}

const Catalog &KioskBackend::catalog()
{
    return *m_catalog;
}

StripeClient &KioskBackend::stripe()
{
    return *m_client;
}

DayReportService &KioskBackend::dayReports()
{
    return *m_dayReports;
}

QUrl KioskBackend::returnBaseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    // The browser that follows Stripe's redirect runs on this machine.
    const QHostAddress a = m_options.bindAddress;
    const bool any = a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6;
    url.setHost(any || a.isLoopback() ? QStringLiteral("127.0.0.1") : a.toString());
    url.setPort(m_port);
    return url;
}

QUrl KioskBackend::webhookUrl() const
{
    QUrl url = returnBaseUrl();
    url.setPath(QStringLiteral("/webhooks/stripe"));
    return url;
}

bool KioskBackend::isTestMode() const
{
    return m_client->isTestMode();
}

} // namespace Kiosk
