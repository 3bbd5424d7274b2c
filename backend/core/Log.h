// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Logging categories of the backend. Never log a secret: mask keys with Kiosk::maskSecret().
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcStripe)
Q_DECLARE_LOGGING_CATEGORY(lcWebhook)
Q_DECLARE_LOGGING_CATEGORY(lcPayment)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)

namespace Kiosk {
/** "sk_test_…1234": keeps the prefix up to the second underscore and the last four characters. */
QString maskSecret(const QString &secret);
} // namespace Kiosk
