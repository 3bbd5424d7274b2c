// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk {

/**
 * The Checkout Session `locale` for a kiosk language, so the hosted page speaks what the screen
 * speaks: a tag Stripe knows ("de", "en-GB", "pt-BR", …) in any case and with "_" or "-"
 * ("en_gb" → "en-GB"), else its language ("de_DE" → "de", "es-MX" → "es"); a language Stripe
 * does not offer, or an empty or malformed one, is "auto" (the browser's). Pure; the result is
 * always one of Stripe's enum values.
 */
[[nodiscard]] QString checkoutLocaleFor(const QString &language);

} // namespace Kiosk
