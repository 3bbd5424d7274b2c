// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk {

/**
 * A failed Stripe call: the HTTP status and the fields of Stripe's `error` object, the
 * Request-Id, or `connectionError` when no response arrived. Never carries the secret key:
 * the client masks it out of every message it stores here.
 */
struct StripeError
{
    int httpStatus = 0;
    QString type;
    QString code;
    QString declineCode;
    QString message;
    QString param;
    QString requestId;
    bool connectionError = false;

    /** One line for logs: "HTTP 402 card_error/card_declined (generic_decline): ... [req_…]". */
    [[nodiscard]] QString toString() const;

    /** Builds the error from a non-2xx response body; a body that is not Stripe's JSON still
     *  yields a sensible message. `secret` is masked out of every field. */
    static StripeError fromResponse(
        int httpStatus, const QByteArray &body, const QString &requestId, const QString &secret);
    /** A connection-level failure (refused, reset, TLS, timeout). */
    static StripeError fromConnectionFailure(const QString &what, const QString &secret);
};

} // namespace Kiosk
