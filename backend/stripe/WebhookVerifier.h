// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "Result.h"
#include "StripeEvent.h"

#include <QByteArray>
#include <QString>

namespace Kiosk {

/** Why a webhook delivery was refused; each failure is distinct so callers can count them. */
enum class WebhookFailure {
    NoHeader, // Stripe-Signature missing or empty
    UnparsableHeader, // no usable t=<unix seconds>
    NoV1Signature, // no v1= entry (v0 and others are ignored)
    NoMatch, // no v1 matches the HMAC of "<t>.<body>"
    OutsideTolerance, // now - t > tolerance
    BodyTooLarge, // body over the size limit; not even hashed
    BadPayload, // signature fine, but the body is not a Stripe event
};

struct WebhookError
{
    WebhookFailure failure;
    QString message;
};

/**
 * Verifies `Stripe-Signature` with the verdicts of stripe-node's Webhooks.js: the header is
 * split on ',' and '=' without trimming, only v1 counts, any matching v1 is enough (secret
 * rolling), hex must be lower-case, future timestamps are accepted, tolerance 0 disables the
 * age check, the secret is used byte for byte. Comparison is constant-time (CRYPTO_memcmp).
 * t is read like JS parseInt ("t= 12abc" is 12). Deliberate difference: where stripe-node gets
 * NaN ("t=abc", which it then signs as "NaN." and never ages out) or an inexact number (over 15
 * digits), this refuses with UnparsableHeader. Stateless after construction; the overloads taking
 * `nowSecs` never read the clock and are safe to use from several threads at once.
 */
class WebhookVerifier final
{
public:
    explicit WebhookVerifier(QByteArray secret, const Clock &clock = Clock::system(), qint64 toleranceSecs = 300,
        qsizetype maxBodyBytes = 1024 * 1024);

    [[nodiscard]] Result<void, WebhookError> verify(const QByteArray &body, const QByteArray &signatureHeader) const;
    /** verify(), then parse: the JSON is never looked at unless the raw bytes verified. */
    [[nodiscard]] Result<StripeEvent, WebhookError> constructEvent(
        const QByteArray &body, const QByteArray &signatureHeader) const;
    /** The same, aged against `nowSecs` (the time the delivery was received) instead of the
     *  clock: what a worker thread uses, so the clock is only ever read on its own thread. */
    [[nodiscard]] Result<void, WebhookError> verify(
        const QByteArray &body, const QByteArray &signatureHeader, qint64 nowSecs) const;
    [[nodiscard]] Result<StripeEvent, WebhookError> constructEvent(
        const QByteArray &body, const QByteArray &signatureHeader, qint64 nowSecs) const;

private:
    QByteArray m_secret;
    const Clock &m_clock;
    qint64 m_toleranceSecs;
    qsizetype m_maxBodyBytes;
};

} // namespace Kiosk
