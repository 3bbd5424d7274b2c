// SPDX-License-Identifier: MIT
#include "RefundRequest.h"

#include "FormEncoder.h"
#include "StripeMetadata.h"

#include <QRegularExpression>

namespace Kiosk {

QList<QPair<QString, QString>> RefundRequest::toParams() const
{
    QList<QPair<QString, QString>> p;
    if (!paymentIntent.isEmpty())
        p.append({ QStringLiteral("payment_intent"), paymentIntent });
    if (!charge.isEmpty())
        p.append({ QStringLiteral("charge"), charge });
    if (amount)
        p.append({ QStringLiteral("amount"), QString::number(*amount) });
    if (!reason.isEmpty())
        p.append({ QStringLiteral("reason"), reason });
    for (const auto &entry : FormEncoder::jsPropertyOrder(metadata))
        p.append({ QStringLiteral("metadata[") + entry.first + QLatin1Char(']'), entry.second });
    return p;
}

bool RefundRequest::isValidReason(const QString &reason)
{
    return reason == QLatin1String("duplicate") || reason == QLatin1String("fraudulent")
        || reason == QLatin1String("requested_by_customer");
}

Result<void> RefundRequest::validate() const
{
    const auto bad
        = [](const QString &message) { return Result<void>(makeError(QStringLiteral("invalid_request"), message)); };
    static const QRegularExpression id(QStringLiteral("^(pi|ch|py)_[A-Za-z0-9_]{1,250}$"));
    if (paymentIntent.isEmpty() == charge.isEmpty())
        return bad(QStringLiteral("a refund names exactly one of a payment intent and a charge"));
    if (!id.match(paymentIntent.isEmpty() ? charge : paymentIntent).hasMatch())
        return bad(QStringLiteral("the payment intent or charge of a refund is not a Stripe id"));
    if (amount && (*amount < 1 || *amount > 99999999))
        return bad(
            QStringLiteral("a refund amount must be 1 to 99999999 minor units, got ") + QString::number(*amount));
    if (!reason.isEmpty() && !isValidReason(reason))
        return bad(QStringLiteral("a refund reason is duplicate, fraudulent or requested_by_customer"));
    return validateStripeMetadata(metadata);
}

QList<QPair<QString, QString>> RefundListParams::toParams() const
{
    QList<QPair<QString, QString>> p;
    if (!charge.isEmpty())
        p.append({ QStringLiteral("charge"), charge });
    if (!paymentIntent.isEmpty())
        p.append({ QStringLiteral("payment_intent"), paymentIntent });
    if (limit > 0)
        p.append({ QStringLiteral("limit"), QString::number(limit) });
    if (!startingAfter.isEmpty())
        p.append({ QStringLiteral("starting_after"), startingAfter });
    return p;
}

} // namespace Kiosk
