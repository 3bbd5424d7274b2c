// SPDX-License-Identifier: MIT
#include "CheckoutSessionRequest.h"

#include "FormEncoder.h"
#include "StripeMetadata.h"

namespace Kiosk {

QList<QPair<QString, QString>> CheckoutSessionRequest::toParams() const
{
    // Same key order as the JS object documented in the header.
    QList<QPair<QString, QString>> p;
    p.append({ QStringLiteral("mode"), QStringLiteral("payment") });
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        const QString item = QStringLiteral("line_items[") + QString::number(i) + QLatin1Char(']');
        const QString price = item + QStringLiteral("[price_data]");
        p.append({ price + QStringLiteral("[currency]"), currency });
        p.append({ price + QStringLiteral("[unit_amount]"), QString::number(line.unitAmount) });
        const QString product = price + QStringLiteral("[product_data]");
        p.append({ product + QStringLiteral("[name]"), line.name });
        if (!line.description.isEmpty())
            p.append({ product + QStringLiteral("[description]"), line.description });
        for (int k = 0; k < line.images.size(); ++k)
            p.append(
                { product + QStringLiteral("[images][") + QString::number(k) + QLatin1Char(']'), line.images.at(k) });
        p.append({ item + QStringLiteral("[quantity]"), QString::number(line.quantity) });
        for (int k = 0; k < line.taxRates.size(); ++k)
            p.append(
                { item + QStringLiteral("[tax_rates][") + QString::number(k) + QLatin1Char(']'), line.taxRates.at(k) });
    }
    p.append({ QStringLiteral("success_url"), successUrl });
    p.append({ QStringLiteral("cancel_url"), cancelUrl });
    if (!customerEmail.isEmpty())
        p.append({ QStringLiteral("customer_email"), customerEmail });
    if (!clientReferenceId.isEmpty())
        p.append({ QStringLiteral("client_reference_id"), clientReferenceId });
    if (!locale.isEmpty())
        p.append({ QStringLiteral("locale"), locale });
    for (const auto &entry : FormEncoder::jsPropertyOrder(metadata))
        p.append({ QStringLiteral("metadata[") + entry.first + QLatin1Char(']'), entry.second });
    for (const auto &entry : FormEncoder::jsPropertyOrder(paymentIntentMetadata))
        p.append({ QStringLiteral("payment_intent_data[metadata][") + entry.first + QLatin1Char(']'), entry.second });
    if (!receiptEmail.isEmpty())
        p.append({ QStringLiteral("payment_intent_data[receipt_email]"), receiptEmail });
    if (expiresAt)
        p.append({ QStringLiteral("expires_at"), QString::number(*expiresAt) });
    if (!coupon.isEmpty())
        p.append({ QStringLiteral("discounts[0][coupon]"), coupon });
    if (allowPromotionCodes)
        p.append({ QStringLiteral("allow_promotion_codes"), QStringLiteral("true") });
    return p;
}

Result<void> CheckoutSessionRequest::validate() const
{
    const auto bad
        = [](const QString &message) { return Result<void>(makeError(QStringLiteral("invalid_request"), message)); };
    if (currency.size() != 3 || currency != currency.toLower())
        return bad(QStringLiteral("currency must be a three-letter lower-case ISO code, got \"") + currency
            + QStringLiteral("\""));
    if (lines.isEmpty())
        return bad(QStringLiteral("a checkout needs at least one line item"));
    if (lines.size() > 100)
        return bad(QStringLiteral("a checkout takes at most 100 line items, got ") + QString::number(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        const QString where = QStringLiteral("line ") + QString::number(i + 1) + QStringLiteral(": ");
        if (line.name.trimmed().isEmpty())
            return bad(where + QStringLiteral("a product name is required"));
        if (line.unitAmount < 0)
            return bad(where + QStringLiteral("the unit amount must not be negative"));
        if (line.unitAmount > 99999999)
            return bad(where + QStringLiteral("the unit amount exceeds Stripe's maximum of 99999999 minor units"));
        if (line.quantity < 1)
            return bad(where + QStringLiteral("the quantity must be at least 1"));
        if (line.images.size() > 8)
            return bad(where + QStringLiteral("at most 8 images per product"));
        if (line.taxRates.size() > kMaxTaxRatesPerLine)
            return bad(where + QStringLiteral("at most %1 tax rates per line").arg(kMaxTaxRatesPerLine));
        for (const QString &rate : line.taxRates) {
            if (!rate.startsWith(QLatin1String("txr_")) || rate.size() > 255)
                return bad(where + QStringLiteral("\"%1\" is not a Stripe tax rate id").arg(rate.left(40)));
        }
    }
    if (successUrl.isEmpty() || cancelUrl.isEmpty())
        return bad(QStringLiteral("success and cancel URLs are required for the hosted page"));
    if (successUrl.size() > 5000 || cancelUrl.size() > 5000)
        return bad(QStringLiteral("success and cancel URLs must be at most 5000 characters"));
    if (clientReferenceId.size() > 200)
        return bad(QStringLiteral("the client reference id must be at most 200 characters"));
    if (!coupon.isEmpty() && allowPromotionCodes)
        return bad(QStringLiteral("a session takes a discount or promotion codes, not both"));
    if (!coupon.isEmpty()
        && (coupon.size() > 200 || coupon.contains(QLatin1Char('[')) || coupon.contains(QLatin1Char(']'))))
        return bad(QStringLiteral("\"%1\" is not a coupon id").arg(coupon.left(40)));
    if (Result<void> ok = validateStripeMetadata(metadata); !ok)
        return ok;
    return validateStripeMetadata(paymentIntentMetadata);
}

} // namespace Kiosk
