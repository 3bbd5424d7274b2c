// SPDX-License-Identifier: MIT
#pragma once

#include "FaultConfig.h"
#include "WebhookEndpointConfig.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Kiosk::Sim {

/** How a StripeSimulator listens, whom it notifies and what it keeps. */
struct SimulatorOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0 picks a free port
    QList<WebhookEndpointConfig> webhooks;
    QString apiKey; ///< empty: accept any well-formed sk_test_ key
    QString statePath; ///< empty: state lives in memory only
    QString merchantName = QStringLiteral("Checkout Kiosk Demo Café");
    QList<int> webhookRetryScheduleSecs { 5, 30, 120, 600 };
    FaultConfig faults; ///< faults active from the start
};

} // namespace Kiosk::Sim
