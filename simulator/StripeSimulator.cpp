// SPDX-License-Identifier: MIT
#include "StripeSimulator.h"

#include "ApiError.h"
#include "ApiGateway.h"
#include "ApiResponse.h"
#include "BalanceTransactionResource.h"
#include "ChargeResource.h"
#include "CheckoutSessions.h"
#include "ControlApi.h"
#include "Coupons.h"
#include "EventsResource.h"
#include "HostedPage.h"
#include "PaymentEngine.h"
#include "PaymentIntentResource.h"
#include "PromotionCodes.h"
#include "RandomId.h"
#include "RefundResource.h"
#include "SimContext.h"
#include "StateFile.h"
#include "TaxRates.h"
#include "WebhookDispatcher.h"
#include "WebhookEndpointResource.h"

#include "Clock.h"
#include "Server.h"

#include <QTimer>
#include <QUrl>

namespace Kiosk::Sim {

using nlohmann::json;

/**
 * The wiring: who owns what, in construction order. Each part has its own file; this struct only
 * connects them (README "Code layout and adding a resource").
 */
struct StripeSimulator::Private
{
    Private(StripeSimulator *q, SimulatorOptions opts)
        : options(std::move(opts))
        , dispatcher(new WebhookDispatcher(clock, options.webhookRetryScheduleSecs, q))
        , sim(options, clock, *dispatcher)
        , gateway(
              options, clock, [this] { scheduleSave(); }, q)
        , ledger(sim)
        , charges(sim, ledger)
        , intents(sim, charges)
        , refunds(sim, charges, intents, ledger)
        , webhookEndpoints(sim, *dispatcher)
        , taxRates(sim)
        , coupons(sim)
        , promotionCodes(sim, coupons)
        , sessions(sim, intents, { taxRates, coupons, promotionCodes })
        , events(sim, [this] { sessions.sweepExpired(); })
        , engine(sim, sessions, intents, coupons, promotionCodes,
              [q](const std::string &id) { Q_EMIT q->sessionCompleted(QString::fromStdString(id)); })
        , page(sim, sessions, engine, { taxRates, coupons, promotionCodes })
        , control(*q, sim, sessions, engine, refunds, *dispatcher)
        , stateFile(options.statePath)
    {
        sim.onChanged = [this] { scheduleSave(); };
        sim.onEvent = [q](const std::string &id, const std::string &type) {
            Q_EMIT q->eventCreated(QString::fromStdString(id), QString::fromStdString(type));
        };
        sessions.addRoutes(gateway.router());
        taxRates.addRoutes(gateway.router());
        coupons.addRoutes(gateway.router());
        promotionCodes.addRoutes(gateway.router());
        events.addRoutes(gateway.router());
        intents.addRoutes(gateway.router());
        charges.addRoutes(gateway.router());
        ledger.addRoutes(gateway.router());
        refunds.addRoutes(gateway.router());
        webhookEndpoints.addRoutes(gateway.router());
        IdempotencyCache &idempotency = gateway.idempotency();
        stateFile.addSection({ "idempotency", "idempotency entry", [&idempotency] { return idempotency.toJson(); },
            &IdempotencyCache::wellFormed,
            [&idempotency](const json &records, int format) { idempotency.load(records, format); } });
        stateFile.addSection(events.stateSection());
        stateFile.addSection(taxRates.stateSection());
        stateFile.addSection(coupons.stateSection());
        stateFile.addSection(promotionCodes.stateSection());
        stateFile.addSection(sessions.stateSection());
        stateFile.addSection(ledger.stateSection());
        stateFile.addSection(charges.stateSection());
        stateFile.addSection(intents.stateSection());
        stateFile.addSection(refunds.stateSection());
        stateFile.addSection(webhookEndpoints.stateSection());
    }

    void handle(const Http::Request &request, const Http::Responder &connection);
    qint64 apiPosts = 0; ///< POST /v1 requests received (tests: "nothing was asked of Stripe")
    void scheduleSave()
    {
        if (stateFile.enabled() && saveTimer && !saveTimer->isActive())
            saveTimer->start();
    }

    SimulatorOptions options;
    OffsetClock clock;
    WebhookDispatcher *dispatcher; // owned by the StripeSimulator (QObject child)
    SimContext sim;
    ApiGateway gateway;
    BalanceTransactionResource ledger;
    ChargeResource charges;
    PaymentIntentResource intents;
    RefundResource refunds;
    WebhookEndpointResource webhookEndpoints;
    TaxRates taxRates;
    Coupons coupons;
    PromotionCodes promotionCodes;
    CheckoutSessions sessions;
    EventsResource events;
    PaymentEngine engine;
    HostedPage page;
    ControlApi control;
    StateFile stateFile;
    Http::Server *server = nullptr;
    QTimer *expiryTimer = nullptr;
    QTimer *saveTimer = nullptr;
};

void StripeSimulator::Private::handle(const Http::Request &request, const Http::Responder &connection)
{
    const QByteArray requestId = QByteArray::fromStdString(RandomId::make("req_", 14));
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
    // The method is a known RFC 9110 token here: kiosk_http refused anything else (400 in
    // Stripe's shape, see the refusal renderer in the constructor), so it is safe to echo.
    if (path.startsWith(QLatin1String("/v1/"))) {
        if (request.method == "POST")
            ++apiPosts;
        gateway.handle(request, path, requestId, connection);
        return;
    }
    Http::Response response;
    if (path.startsWith(QLatin1String("/_sim/")))
        response = control.handle(request, path);
    else if (path.startsWith(QLatin1String("/c/pay/")) || path.startsWith(QLatin1String("/c/recover/")))
        response = page.handle(request, path);
    else if (path == QLatin1String("/") || path == QLatin1String("/health"))
        response = jsonResponse(200, json { { "ok", true }, { "simulator", "stripe-sim" } });
    else
        response = ApiError::noSuch("route", path.toStdString()).response();
    response.setHeader("Request-Id", requestId);
    connection.send(response);
}

StripeSimulator::StripeSimulator(SimulatorOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(options)))
{
    for (const WebhookEndpointConfig &endpoint : std::as_const(d->options.webhooks))
        d->dispatcher->addEndpoint(endpoint);
    connect(d->dispatcher, &WebhookDispatcher::delivered, this, [this](const QString &eventId, int endpoint) {
        if (d->sim.events.markDelivered(eventId.toStdString(), endpoint))
            d->scheduleSave();
    });
    Http::ServerOptions http;
    http.maxBodyBytes = 1024 * 1024;
    // The HTTP layer's own refusals (bad method, 413, 431, 501) in Stripe's error shape.
    http.refusal = [](int status, const QByteArray &, const QByteArray &message) {
        return ApiError::invalid(message.toStdString()).withStatus(status).response();
    };
    d->server = new Http::Server(
        [this](const Http::Request &request, const Http::Responder &connection) { d->handle(request, connection); },
        http, this);
    d->expiryTimer = new QTimer(this);
    d->expiryTimer->setInterval(1000);
    connect(d->expiryTimer, &QTimer::timeout, this, [this]() { d->sessions.sweepExpired(); });
    d->saveTimer = new QTimer(this);
    d->saveTimer->setSingleShot(true);
    d->saveTimer->setInterval(0);
    connect(d->saveTimer, &QTimer::timeout, this, [this]() { (void)saveState(); });
    setFaults(d->gateway.faults().config());
}

StripeSimulator::~StripeSimulator()
{
    (void)saveState();
}

Result<quint16> StripeSimulator::start()
{
    qint64 offset = 0;
    if (const Status loaded = d->stateFile.load(d->sim.maxClockAdvance() + d->clock.offset(), offset); !loaded.ok())
        return loaded.error();
    d->clock.advance(offset - d->clock.offset());
    auto port = d->server->listen(d->options.host, d->options.port);
    if (!port.ok())
        return port;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress host = d->options.host;
    url.setHost(host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::LocalHost
            ? QStringLiteral("127.0.0.1")
            : host.toString());
    url.setPort(port.value());
    d->sim.base = url;
    d->expiryTimer->start();
    d->sessions.sweepExpired();
    return port;
}

QUrl StripeSimulator::baseUrl() const
{
    return d->sim.base;
}

void StripeSimulator::addWebhookEndpoint(const WebhookEndpointConfig &endpoint)
{
    d->dispatcher->addEndpoint(endpoint);
}

void StripeSimulator::advanceClock(qint64 seconds)
{
    if (seconds <= 0 || seconds > d->sim.maxClockAdvance())
        return;
    d->clock.advance(seconds);
    d->sessions.sweepExpired();
    d->refunds.clockAdvanced();
    d->dispatcher->clockAdvanced();
    d->scheduleSave();
}

qint64 StripeSimulator::apiPostCount() const
{
    return d->apiPosts;
}

qint64 StripeSimulator::nowSecs() const
{
    return d->clock.nowSecs();
}

void StripeSimulator::setFaults(const FaultConfig &faults)
{
    d->gateway.faults().set(faults);
    d->dispatcher->setDuplicate(faults.webhookDuplicate);
    d->dispatcher->setDrop(faults.webhookDrop);
    d->dispatcher->setReorderBatch(faults.webhookReorder);
}

FaultConfig StripeSimulator::faults() const
{
    return d->gateway.faults().config();
}

void StripeSimulator::resetFaults()
{
    setFaults(FaultConfig());
}

Status StripeSimulator::saveState()
{
    return d->stateFile.save(d->clock.offset());
}

} // namespace Kiosk::Sim
