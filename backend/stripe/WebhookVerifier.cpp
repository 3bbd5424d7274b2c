// SPDX-License-Identifier: MIT
#include "WebhookVerifier.h"

#include "Log.h"
#include "WebhookSigner.h"

#include <openssl/crypto.h>

#include <optional>

namespace Kiosk {

namespace {

struct ParsedHeader
{
    std::optional<qint64> timestamp;
    bool timestampMalformed = false;
    QList<QByteArray> signatures;
};

// JavaScript's parseInt(text, 10) for the values it can represent exactly: leading white space
// skipped, an optional sign, then digits up to the first non-digit. No digits at all (NaN in
// JS) or more than 15 of them (no longer an exact JS number) is refused.
std::optional<qint64> parseTimestamp(const QByteArray &text)
{
    qsizetype i = 0;
    while (i < text.size()
        && (text.at(i) == ' ' || text.at(i) == '\t' || text.at(i) == '\n' || text.at(i) == '\r' || text.at(i) == '\v'
            || text.at(i) == '\f'))
        ++i;
    bool negative = false;
    if (i < text.size() && (text.at(i) == '+' || text.at(i) == '-')) {
        negative = text.at(i) == '-';
        ++i;
    }
    const qsizetype firstDigit = i;
    qint64 value = 0;
    while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9') {
        if (i - firstDigit >= 15)
            return std::nullopt;
        value = value * 10 + (text.at(i) - '0');
        ++i;
    }
    if (i == firstDigit)
        return std::nullopt;
    return negative ? -value : value;
}

// Mirrors Webhooks.js parseHeader: split on ',' then on '=', no trimming, the last t wins,
// only the scheme "v1" is collected.
ParsedHeader parseHeader(const QByteArray &header)
{
    ParsedHeader parsed;
    const QList<QByteArray> items = header.split(',');
    for (const QByteArray &item : items) {
        const QList<QByteArray> kv = item.split('=');
        const QByteArray &key = kv.at(0);
        const std::optional<QByteArray> value = kv.size() > 1 ? std::optional<QByteArray>(kv.at(1)) : std::nullopt;
        if (key == "t") {
            parsed.timestamp = value ? parseTimestamp(*value) : std::nullopt;
            parsed.timestampMalformed = !parsed.timestamp.has_value();
        } else if (key == "v1") {
            parsed.signatures.append(value.value_or(QByteArray()));
        }
    }
    return parsed;
}

WebhookError failure(WebhookFailure kind, const QString &message)
{
    return WebhookError { kind, message };
}

} // namespace

WebhookVerifier::WebhookVerifier(QByteArray secret, const Clock &clock, qint64 toleranceSecs, qsizetype maxBodyBytes)
    : m_secret(std::move(secret))
    , m_clock(clock)
    , m_toleranceSecs(toleranceSecs)
    , m_maxBodyBytes(maxBodyBytes)
{ }

Result<void, WebhookError> WebhookVerifier::verify(const QByteArray &body, const QByteArray &signatureHeader) const
{
    return verify(body, signatureHeader, m_clock.nowSecs());
}

Result<StripeEvent, WebhookError> WebhookVerifier::constructEvent(
    const QByteArray &body, const QByteArray &signatureHeader) const
{
    return constructEvent(body, signatureHeader, m_clock.nowSecs());
}

Result<void, WebhookError> WebhookVerifier::verify(
    const QByteArray &body, const QByteArray &signatureHeader, qint64 nowSecs) const
{
    if (signatureHeader.isEmpty())
        return failure(WebhookFailure::NoHeader, QStringLiteral("no Stripe-Signature header"));
    if (body.size() > m_maxBodyBytes)
        return failure(WebhookFailure::BodyTooLarge,
            QStringLiteral("webhook body of %1 bytes exceeds the limit of %2").arg(body.size()).arg(m_maxBodyBytes));
    const ParsedHeader header = parseHeader(signatureHeader);
    if (!header.timestamp)
        return failure(WebhookFailure::UnparsableHeader,
            header.timestampMalformed
                ? QStringLiteral("Stripe-Signature has a timestamp that is not a number")
                : QStringLiteral("unable to extract timestamp and signatures from Stripe-Signature"));
    if (header.signatures.isEmpty())
        return failure(WebhookFailure::NoV1Signature, QStringLiteral("no v1 signature in Stripe-Signature"));
    if (m_secret.isEmpty())
        return failure(WebhookFailure::NoMatch, QStringLiteral("no webhook signing secret is configured"));

    const QByteArray expected = WebhookSigner::computeSignature(body, m_secret, *header.timestamp);
    bool matched = false;
    for (const QByteArray &candidate : header.signatures) {
        // Every candidate is compared, matched or not, so timing says nothing about which one hit.
        if (candidate.size() == expected.size()
            && CRYPTO_memcmp(candidate.constData(), expected.constData(), static_cast<size_t>(expected.size())) == 0)
            matched = true;
    }
    if (!matched)
        return failure(WebhookFailure::NoMatch,
            QStringLiteral("no signature matches the payload; is the raw body passed "
                           "through unchanged and the signing secret right?"));
    const qint64 age = nowSecs - *header.timestamp;
    if (m_toleranceSecs > 0 && age > m_toleranceSecs)
        return failure(WebhookFailure::OutsideTolerance,
            QStringLiteral("timestamp is %1 s old, outside the tolerance of %2 s").arg(age).arg(m_toleranceSecs));
    return {};
}

Result<StripeEvent, WebhookError> WebhookVerifier::constructEvent(
    const QByteArray &body, const QByteArray &signatureHeader, qint64 nowSecs) const
{
    if (Result<void, WebhookError> verified = verify(body, signatureHeader, nowSecs); !verified)
        return verified.error();
    Result<StripeEvent> event = StripeEvent::fromJson(body);
    if (!event)
        return failure(WebhookFailure::BadPayload, event.error().message);
    return std::move(event).value();
}

} // namespace Kiosk
