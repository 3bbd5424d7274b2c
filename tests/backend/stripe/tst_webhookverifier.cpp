// SPDX-License-Identifier: MIT
#include "Clock.h"
#include "WebhookSigner.h"
#include "WebhookVerifier.h"

#include <QtTest>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::WebhookFailure)

namespace {
const QByteArray kSecret = QByteArrayLiteral("whsec_test_0123456789abcdef");
const qint64 kNow = 1767225600; // 2026-01-01T00:00:00Z
const QByteArray kBody = QByteArrayLiteral(
    "{\n  \"id\": \"evt_1\",\n  \"object\": \"event\",\n  \"type\": \"checkout.session.completed\",\n"
    "  \"api_version\": \"2026-10-28.endive\",\n  \"created\": 1767225600,\n  \"livemode\": false,\n"
    "  \"pending_webhooks\": 1,\n  \"request\": {\"id\": null, \"idempotency_key\": null},\n"
    "  \"data\": {\"object\": {\"id\": \"cs_test_1\", \"object\": \"checkout.session\", \"url\": null,\n"
    "    \"status\": \"complete\", \"payment_status\": \"paid\", \"amount_subtotal\": 1250, \"amount_total\": 1250,\n"
    "    \"currency\": \"eur\", \"created\": 1767225000, \"expires_at\": 1767311400, \"client_reference_id\": "
    "\"K1-000042\",\n"
    "    \"customer_email\": null, \"customer\": null, \"customer_details\": {\"email\": \"a@example.com\", \"name\": "
    "\"Zoë\"},\n"
    "    \"metadata\": {\"order\": \"K1-000042\"}, \"payment_intent\": \"pi_1\", \"livemode\": false, \"mode\": "
    "\"payment\",\n"
    "    \"success_url\": \"https://kiosk.local/ok?s={CHECKOUT_SESSION_ID}\", \"cancel_url\": "
    "\"https://kiosk.local/no\",\n"
    "    \"payment_method_types\": [\"card\"]}}\n}\n");

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

QByteArray sig(const QByteArray &body, qint64 t, const QByteArray &secret = kSecret)
{
    return WebhookSigner::computeSignature(body, secret, t);
}
} // namespace

class TestWebhookVerifier final : public QObject
{
    Q_OBJECT

private slots:
    void signerMatchesKnownVector()
    {
        // Independently computed: printf '1700000000.{}' | openssl dgst -sha256 -hmac whsec_abc
        QCOMPARE(WebhookSigner::computeSignature("{}", "whsec_abc", 1700000000),
            QByteArrayLiteral("bad9ac117e973d721c232d46744158d75e3f1b44e36771e13d01b9e6a580bc72"));
        const QByteArray header = WebhookSigner::signatureHeader("{}", "whsec_abc", 1700000000);
        QVERIFY(header.startsWith("t=1700000000,v1="));
        QCOMPARE(header.mid(16), WebhookSigner::computeSignature("{}", "whsec_abc", 1700000000));
        QCOMPARE(header.mid(16), header.mid(16).toLower());
    }

    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<Kiosk::WebhookFailure>("failure");

        const qint64 t = kNow - 10;
        const QByteArray good = "t=" + QByteArray::number(t) + ",v1=" + sig(kBody, t);
        QTest::addRow("valid") << kBody << good << true << WebhookFailure::NoMatch;
        QTest::addRow("no header") << kBody << QByteArray() << false << WebhookFailure::NoHeader;
        QTest::addRow("tampered body") << QByteArray(kBody).replace("1250", "0125") << good << false
                                       << WebhookFailure::NoMatch;
        QTest::addRow("one byte appended") << kBody + ' ' << good << false << WebhookFailure::NoMatch;
        QTest::addRow("stale by 301 s") << kBody
                                        << "t=" + QByteArray::number(kNow - 301) + ",v1=" + sig(kBody, kNow - 301)
                                        << false << WebhookFailure::OutsideTolerance;
        QTest::addRow("exactly 300 s old")
            << kBody << "t=" + QByteArray::number(kNow - 300) + ",v1=" + sig(kBody, kNow - 300) << true
            << WebhookFailure::NoMatch;
        QTest::addRow("future by an hour")
            << kBody << "t=" + QByteArray::number(kNow + 3600) + ",v1=" + sig(kBody, kNow + 3600) << true
            << WebhookFailure::NoMatch;
        QTest::addRow("two v1, second matches")
            << kBody << "t=" + QByteArray::number(t) + ",v1=" + sig(kBody, t, "whsec_old") + ",v1=" + sig(kBody, t)
            << true << WebhookFailure::NoMatch;
        QTest::addRow("two v1, none matches")
            << kBody
            << "t=" + QByteArray::number(t) + ",v1=" + sig(kBody, t, "whsec_old") + ",v1=" + sig(kBody, t, "whsec_x")
            << false << WebhookFailure::NoMatch;
        QTest::addRow("v0 only") << kBody << "t=" + QByteArray::number(t) + ",v0=" + sig(kBody, t) << false
                                 << WebhookFailure::NoV1Signature;
        QTest::addRow("v0 and v1") << kBody << "t=" + QByteArray::number(t) + ",v0=deadbeef,v1=" + sig(kBody, t) << true
                                   << WebhookFailure::NoMatch;
        QTest::addRow("space after comma") << kBody << "t=" + QByteArray::number(t) + ", v1=" + sig(kBody, t) << false
                                           << WebhookFailure::NoV1Signature;
        QTest::addRow("upper-case hex") << kBody << "t=" + QByteArray::number(t) + ",v1=" + sig(kBody, t).toUpper()
                                        << false << WebhookFailure::NoMatch;
        QTest::addRow("no timestamp") << kBody << "v1=" + sig(kBody, t) << false << WebhookFailure::UnparsableHeader;
        QTest::addRow("garbage") << kBody << QByteArray("nonsense") << false << WebhookFailure::UnparsableHeader;
        QTest::addRow("signed with another timestamp")
            << kBody << "t=" + QByteArray::number(t) + ",v1=" + sig(kBody, t - 1) << false << WebhookFailure::NoMatch;
        QTest::addRow("secret with trailing newline used as-is")
            << kBody << "t=" + QByteArray::number(t) + ",v1=" + sig(kBody, t, kSecret + '\n') << false
            << WebhookFailure::NoMatch;
        QTest::addRow("body over the limit")
            << QByteArray(2 * 1024 * 1024, 'x') << good << false << WebhookFailure::BodyTooLarge;
    }

    void verdicts()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QFETCH(bool, accepted);
        QFETCH(Kiosk::WebhookFailure, failure);

        const ManualClock clock(at(kNow));
        const WebhookVerifier verifier(kSecret, clock);
        const Result<void, WebhookError> result = verifier.verify(body, header);
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            QCOMPARE(result.error().failure, failure);
            QVERIFY(!result.error().message.isEmpty());
            QVERIFY(!result.error().message.contains(QString::fromLatin1(kSecret)));
        }
    }

    void secretWithNewlineVerifiesItsOwnSignatures()
    {
        const ManualClock clock(at(kNow));
        const QByteArray secret = kSecret + '\n';
        const WebhookVerifier verifier(secret, clock);
        QVERIFY(verifier.verify(kBody, WebhookSigner::signatureHeader(kBody, secret, kNow)).ok());
        QVERIFY(
            !WebhookVerifier(kSecret, clock).verify(kBody, WebhookSigner::signatureHeader(kBody, secret, kNow)).ok());
    }

    void toleranceFollowsTheClock()
    {
        ManualClock clock(at(kNow));
        const WebhookVerifier verifier(kSecret, clock);
        const QByteArray header = WebhookSigner::signatureHeader(kBody, kSecret, kNow);
        QVERIFY(verifier.verify(kBody, header).ok());
        clock.advance(300);
        QVERIFY(verifier.verify(kBody, header).ok());
        clock.advance(1);
        QCOMPARE(verifier.verify(kBody, header).error().failure, WebhookFailure::OutsideTolerance);
        const WebhookVerifier noTolerance(kSecret, clock, 0);
        QVERIFY(noTolerance.verify(kBody, header).ok());
    }

    void constructEventParsesOnlyVerifiedBodies()
    {
        const ManualClock clock(at(kNow));
        const WebhookVerifier verifier(kSecret, clock);
        const Result<StripeEvent, WebhookError> event
            = verifier.constructEvent(kBody, WebhookSigner::signatureHeader(kBody, kSecret, kNow));
        QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().message));
        QCOMPARE(event->id, QStringLiteral("evt_1"));
        QCOMPARE(event->type, QStringLiteral("checkout.session.completed"));
        QVERIFY(event->session.has_value());
        QCOMPARE(event->session->id, QStringLiteral("cs_test_1"));
        QCOMPARE(event->session->amountTotal, std::optional<qint64>(1250));
        QCOMPARE(event->session->customerDetails->name, QStringLiteral("Zoë"));

        // Garbage that is signed correctly is refused as a payload, not crashed on.
        const QByteArray junk = "{\"id\": 5}";
        const Result<StripeEvent, WebhookError> bad
            = verifier.constructEvent(junk, WebhookSigner::signatureHeader(junk, kSecret, kNow));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().failure, WebhookFailure::BadPayload);

        // Unsigned JSON is never parsed, even when well-formed.
        const Result<StripeEvent, WebhookError> unsigned_ = verifier.constructEvent(kBody, "t=1,v1=00");
        QCOMPARE(unsigned_.error().failure, WebhookFailure::NoMatch);
    }
};

QTEST_GUILESS_MAIN(TestWebhookVerifier)
#include "tst_webhookverifier.moc"
