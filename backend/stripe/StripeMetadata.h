// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Kiosk {

/** Stripe's limits on `metadata`, shared by every request that sends it: at most 50 keys of 1–40
 *  characters without square brackets, values of at most 500 characters. The error names the key. */
Result<void> validateStripeMetadata(const QList<QPair<QString, QString>> &metadata);

} // namespace Kiosk
