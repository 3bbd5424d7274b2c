// SPDX-License-Identifier: MIT
// Stripe-Signature parsing and verification (backend/stripe/WebhookVerifier), the first thing
// that looks at a webhook delivery, which anyone who can reach the port can send.
//
// Input (hand-written seeds, see README.md), lines separated by '\n', the last one keeps the rest:
//   raw:     <Stripe-Signature header>\n<body>
//   signed:  s\n<timestamp offset from now, seconds>\n<header prefix>\n<header suffix>\n<tamper>\n<body>
// In "signed" the harness signs the body itself at now + offset and wraps the genuine header in
// the fuzzed prefix and suffix; a non-empty tamper line changes one byte of the body before it is
// verified. Invariants: no crash, no exception, no undefined behaviour; a delivery is accepted
// only if its exact body was signed with the secret at a time inside the tolerance; a genuine,
// fresh header on an in-limit body is always accepted; an empty secret or another secret never
// verifies; constructEvent() agrees with verify() and with StripeEvent::fromJson().

#include "FuzzSupport.h"
#include "StripeEvent.h"
#include "WebhookSigner.h"
#include "WebhookVerifier.h"

#include <QDateTime>

namespace {

using Kiosk::WebhookFailure;
using Kiosk::WebhookVerifier;

constexpr qint64 kNow = 1800000000; // 2027-01-15
constexpr qint64 kTolerance = 300;
constexpr qsizetype kMaxBody = 2048; // small, so the size limit is reachable with short inputs
constexpr qint64 kMaxExactTimestamp = 999999999999999; // 15 digits: what the verifier reads

const QByteArray kSecret = QByteArrayLiteral("whsec_fuzz0123456789abcdefghijklmnopqrstuvwx");

const Kiosk::ManualClock &clock()
{
    static const Kiosk::ManualClock c(QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
    return c;
}

const WebhookVerifier &verifier()
{
    static const WebhookVerifier v(kSecret, clock(), kTolerance, kMaxBody);
    return v;
}

void checkAgreesWithConstructEvent(const QByteArray &body, const QByteArray &header, bool accepted)
{
    const auto event = verifier().constructEvent(body, header);
    if (!accepted) {
        FUZZ_CHECK(!event.ok(), "constructEvent refuses what verify refuses");
        FUZZ_CHECK(event.error().failure != WebhookFailure::BadPayload, "a refused signature is not a payload error");
        return;
    }
    const bool parses = Kiosk::StripeEvent::fromJson(body).ok();
    FUZZ_CHECK(event.ok() == parses, "constructEvent accepts a verified body exactly when it is an event");
    if (!event.ok())
        FUZZ_CHECK(event.error().failure == WebhookFailure::BadPayload, "a verified non-event is BadPayload");
}

void fuzzRaw(const QByteArray &header, const QByteArray &body)
{
    const auto verified = verifier().verify(body, header);
    // Only the holder of the secret can produce a matching v1; the fuzzer never sees it.
    FUZZ_CHECK(!verified.ok(), "a header the harness did not sign is refused");
    FUZZ_CHECK(!verified.error().message.isEmpty(), "a refusal says why");
    checkAgreesWithConstructEvent(body, header, false);
}

void fuzzSigned(const QList<QByteArray> &parts)
{
    const qint64 offset = qBound<qint64>(-2 * kMaxExactTimestamp, parts.at(1).toLongLong(), 2 * kMaxExactTimestamp);
    const qint64 timestamp = kNow + offset;
    const QByteArray &prefix = parts.at(2);
    const QByteArray &suffix = parts.at(3);
    const bool tamper = !parts.at(4).isEmpty();
    const QByteArray signedBody = parts.at(5);

    QByteArray body = signedBody;
    if (tamper) {
        if (body.isEmpty())
            body.append('x');
        else
            body[static_cast<qsizetype>(qHash(parts.at(4)) % static_cast<std::size_t>(body.size()))] ^= 0x01;
    }
    const QByteArray genuine = Kiosk::WebhookSigner::signatureHeader(signedBody, kSecret, timestamp);
    const QByteArray header = prefix + genuine + suffix;

    const auto verified = verifier().verify(body, header);
    const bool fresh = kNow - timestamp <= kTolerance;
    const bool readable = timestamp >= -kMaxExactTimestamp && timestamp <= kMaxExactTimestamp;
    if (verified.ok()) {
        FUZZ_CHECK(body == signedBody, "only the body that was signed is accepted");
        FUZZ_CHECK(fresh, "a signature older than the tolerance is refused");
        FUZZ_CHECK(body.size() <= kMaxBody, "a body over the limit is refused");
    } else {
        FUZZ_CHECK(!verified.error().message.isEmpty(), "a refusal says why");
    }
    if (prefix.isEmpty() && suffix.isEmpty() && !tamper && fresh && readable && body.size() <= kMaxBody)
        FUZZ_CHECK(verified.ok(), "a genuine, fresh signature is accepted");
    checkAgreesWithConstructEvent(body, header, verified.ok());

    // The same header means nothing to a verifier with another secret, or with none.
    static const WebhookVerifier other(kSecret + "x", clock(), kTolerance, kMaxBody);
    static const WebhookVerifier none(QByteArray(), clock(), kTolerance, kMaxBody);
    FUZZ_CHECK(!other.verify(body, header).ok(), "another secret never verifies");
    FUZZ_CHECK(!none.verify(body, header).ok(), "an empty secret never verifies");
    // Tolerance 0 disables the age check and nothing else.
    static const WebhookVerifier ageless(kSecret, clock(), 0, kMaxBody);
    const auto withoutAge = ageless.verify(body, header);
    if (withoutAge.ok())
        FUZZ_CHECK(body == signedBody && body.size() <= kMaxBody, "tolerance 0 still checks the signature");
    if (verified.ok())
        FUZZ_CHECK(withoutAge.ok(), "tolerance 0 accepts what a positive tolerance accepts");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Kiosk::Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = Kiosk::Fuzz::bytes(data, size);
    if (input.startsWith("s\n")) {
        fuzzSigned(Kiosk::Fuzz::splitLines(input, 6));
    } else {
        const QList<QByteArray> parts = Kiosk::Fuzz::splitLines(input, 2);
        fuzzRaw(parts.at(0), parts.at(1));
    }
    return 0;
}
