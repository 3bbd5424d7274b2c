// SPDX-License-Identifier: MIT
#pragma once

#include "WebhookVerifier.h"

#include <QByteArray>

namespace Kiosk {

class PaymentCoordinator;

/**
 * POST /webhooks/stripe, independent of the HTTP server so it can be driven directly. The raw
 * body is verified before it is parsed; a verified event is applied through
 * PaymentCoordinator::applyWebhookEvent() and answered 200 only after it is committed.
 * Answers: 200 {"received":true,"duplicate":bool}; 413 body over 1 MiB; 400 missing, forged or
 * stale signature or not an event (nothing recorded); 500 when the store failed (Stripe
 * retries). Every event type is recorded, including ones the kiosk does not act on, so
 * duplicates of them are recognised too.
 */
class WebhookEndpoint final
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
    };

    WebhookEndpoint(QByteArray secret, PaymentCoordinator *payments, const Clock &clock = Clock::system());

    [[nodiscard]] Response handle(const QByteArray &body, const QByteArray &signatureHeader) const;

    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

private:
    WebhookVerifier m_verifier;
    PaymentCoordinator *m_payments;
};

} // namespace Kiosk
