// SPDX-License-Identifier: MIT
#pragma once

#include "BackendOptions.h"
#include "Result.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace Kiosk {

/**
 * The settings of checkout-kiosk-server, resolved with the precedence command line >
 * environment (STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_BASE, KIOSK_API_TOKEN) >
 * config file (--config FILE: JSON object when the name ends in .json, otherwise INI; same key
 * names as the long options, e.g. "stripe-key", "port"). Errors name the bad option or key,
 * never a secret value.
 */
struct ServerConfig
{
    BackendOptions backend;
    bool useSimulator = false; ///< no key anywhere: run the embedded simulator
    quint16 simulatorPort = 0;
    bool showHelp = false;
    QString helpText;

    /** The SQLite file used without --db: the user's data directory/orders.sqlite. */
    [[nodiscard]] static QString defaultDatabasePath();

    static Result<ServerConfig> resolve(
        const QStringList &arguments, const QProcessEnvironment &environment, const QString &defaultCatalog);
};

} // namespace Kiosk
