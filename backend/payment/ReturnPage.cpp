// SPDX-License-Identifier: MIT
#include "ReturnPage.h"

namespace Kiosk {

namespace {

QByteArray page(const QString &title, const QString &message, const QString &orderNumber)
{
    const QString order = orderNumber.isEmpty()
        ? QString()
        : QStringLiteral("<p class=\"order\">Order %1</p>").arg(orderNumber.toHtmlEscaped());
    return QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;display:flex;align-items:center;justify-content:center;"
                          "height:100vh;margin:0;background:#f6f8fa;color:#1a1f36}main{text-align:center}"
                          "h1{font-size:2.2em;margin:0 0 .4em}.order{color:#697386}</style></head>"
                          "<body><main><h1>%1</h1><p>%2</p>%3</main></body></html>")
        .arg(title.toHtmlEscaped(), message.toHtmlEscaped(), order)
        .toUtf8();
}

} // namespace

QByteArray ReturnPage::success(const QString &orderNumber)
{
    return page(QStringLiteral("Thank you \u2014 confirming your payment\u2026"),
        QStringLiteral("Please wait a moment while we confirm the payment with the bank."), orderNumber);
}

QByteArray ReturnPage::cancelled(const QString &orderNumber)
{
    return page(QStringLiteral("Payment not completed"),
        QStringLiteral("The payment was not finished on this page. Please return to the kiosk or ask at the counter."),
        orderNumber);
}

QByteArray ReturnPage::notFound()
{
    return page(
        QStringLiteral("Unknown payment"), QStringLiteral("This payment does not belong to this kiosk."), QString());
}

} // namespace Kiosk
