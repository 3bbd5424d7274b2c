// SPDX-License-Identifier: MIT
#include "Log.h"

Q_LOGGING_CATEGORY(lcStore, "kiosk.store")
Q_LOGGING_CATEGORY(lcStripe, "kiosk.stripe")
Q_LOGGING_CATEGORY(lcWebhook, "kiosk.webhook")
Q_LOGGING_CATEGORY(lcPayment, "kiosk.payment")
Q_LOGGING_CATEGORY(lcCatalog, "kiosk.catalog")

namespace Kiosk {

QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QString();
    const int firstUnderscore = secret.indexOf(QLatin1Char('_'));
    const int secondUnderscore = firstUnderscore >= 0 ? secret.indexOf(QLatin1Char('_'), firstUnderscore + 1) : -1;
    const QString prefix
        = secondUnderscore > 0 && secondUnderscore < 12 ? secret.left(secondUnderscore + 1) : QString();
    const QString tail = secret.size() >= 12 ? secret.right(4) : QString();
    return prefix + QStringLiteral("…") + tail;
}

} // namespace Kiosk
