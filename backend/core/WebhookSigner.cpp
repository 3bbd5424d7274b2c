// SPDX-License-Identifier: MIT
#include "WebhookSigner.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Kiosk {

QByteArray WebhookSigner::computeSignature(const QByteArray &payload, const QByteArray &secret, qint64 timestamp)
{
    QByteArray signedPayload = QByteArray::number(timestamp);
    signedPayload += '.';
    signedPayload += payload;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    // The whole "whsec_..." string is the key, exactly as bytes: Stripe does not base64-decode it.
    const unsigned char *ok = HMAC(EVP_sha256(), secret.constData(), static_cast<int>(secret.size()),
        reinterpret_cast<const unsigned char *>(signedPayload.constData()), static_cast<size_t>(signedPayload.size()),
        digest, &digestLength);
    if (!ok)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(digestLength)).toHex();
}

QByteArray WebhookSigner::signatureHeader(const QByteArray &payload, const QByteArray &secret, qint64 timestamp)
{
    QByteArray header = QByteArrayLiteral("t=");
    header += QByteArray::number(timestamp);
    header += ",v1=";
    header += computeSignature(payload, secret, timestamp);
    return header;
}

} // namespace Kiosk
