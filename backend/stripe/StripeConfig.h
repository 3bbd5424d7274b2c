// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace Kiosk {

/**
 * How to reach Stripe. The defaults are stripe-node 23's: API version 2026-10-28.endive, 80 s
 * timeout, 2 network retries with backoff min(0.5 s * 2^(n-1), 5 s) * jitter[0.5, 1], at least
 * 0.5 s. Tests shrink the delays; apiBase points at the simulator in demo mode.
 */
struct StripeConfig
{
    QString secretKey;
    QUrl apiBase { QStringLiteral("https://api.stripe.com") };
    QString apiVersion = QStringLiteral("2026-10-28.endive");
    int timeoutMs = 80000;
    int maxNetworkRetries = 2;
    int initialRetryDelayMs = 500;
    int maxRetryDelayMs = 5000;
};

} // namespace Kiosk
