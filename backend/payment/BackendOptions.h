// SPDX-License-Identifier: MIT
#pragma once

#include "OrderReader.h"
#include "PaymentSettings.h"
#include "ServerOptions.h"
#include "StripeConfig.h"
#include "TaxPolicy.h"
#include "WebhookLimits.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QTime>

#include <optional>

namespace Kiosk {

/**
 * Everything KioskBackend::create() needs. An empty databasePath means the default location;
 * httpPort 0 picks a free port. Binding anything other than loopback with the JSON API on
 * requires apiToken (create() refuses otherwise).
 */
struct BackendOptions
{
    QString databasePath;
    StripeConfig stripe;
    QByteArray webhookSecret;
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 httpPort = 0;
    QByteArray apiToken;
    QString catalogPath;
    /** The shop's tax rates from the settings, over those of the catalog file; unset: the
     *  catalog's (none when it has no "tax" object). */
    std::optional<TaxPolicy> tax;
    PaymentSettings payment;
    bool enableJsonApi = false;
    /** The shop's business day for the day report: IANA time zone (empty: the system's) and
     *  the day start (sales before it belong to the day before). */
    QByteArray shopTimeZone;
    QTime dayStart = QTime(4, 0);
    /** The manager's reads (history, details, day report): their queue and time limit. */
    OrderReadLimits reads;
    /** How many webhook deliveries may wait before they are answered 503 (WebhookEndpoint). */
    WebhookLimits webhook;
    /** Connection cap, timeouts and size limits of the HTTP server (the webhook route's body
     *  limit, 1 MiB, is added by KioskBackend). 128 KiB per connection lets a request target of
     *  tens of kilobytes reach the JSON API, which refuses an over-long parameter with its own
     *  400 parameter_too_long; a header of megabytes is still 431 before it is read. */
    Http::ServerOptions http = [] {
        Http::ServerOptions o;
        o.connectionMemoryBytes = 128 * 1024;
        return o;
    }();
};

} // namespace Kiosk
