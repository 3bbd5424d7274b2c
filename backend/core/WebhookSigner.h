// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Kiosk {

/**
 * Produces a `Stripe-Signature` header exactly as Stripe does: "t=<unix>,v1=<lowercase hex
 * HMAC-SHA256(secret, "<t>.<payload>")>", keyed with the whole "whsec_…" string as bytes.
 * Used by the simulator when it delivers webhooks, and by tests. Stateless and thread-safe.
 */
class WebhookSigner final
{
public:
    /** Lower-case hex HMAC-SHA256 of "<timestamp>.<payload>". */
    static QByteArray computeSignature(const QByteArray &payload, const QByteArray &secret, qint64 timestamp);
    /** The full header value "t=…,v1=…". */
    static QByteArray signatureHeader(const QByteArray &payload, const QByteArray &secret, qint64 timestamp);
};

} // namespace Kiosk
