// SPDX-License-Identifier: MIT
#include "StripeError.h"

#include "JsonFieldReader.h"
#include "Log.h"

namespace Kiosk {

namespace {

QString jsonString(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return JsonFieldReader::toQString(it->get_ref<const std::string &>());
}

QString defaultTypeFor(int status)
{
    if (status == 402)
        return QStringLiteral("card_error");
    if (status >= 500)
        return QStringLiteral("api_error");
    return QStringLiteral("invalid_request_error");
}

} // namespace

QString StripeError::toString() const
{
    QString text;
    if (connectionError) {
        text = QStringLiteral("connection error: ") + message;
    } else {
        text = QStringLiteral("HTTP ") + QString::number(httpStatus);
        if (!type.isEmpty())
            text += QLatin1Char(' ') + type;
        if (!code.isEmpty())
            text += QLatin1Char('/') + code;
        if (!declineCode.isEmpty())
            text += QStringLiteral(" (") + declineCode + QLatin1Char(')');
        text += QStringLiteral(": ") + message;
        if (!param.isEmpty())
            text += QStringLiteral(" [param ") + param + QLatin1Char(']');
    }
    if (!requestId.isEmpty())
        text += QStringLiteral(" [") + requestId + QLatin1Char(']');
    // Fields are scrubbed when built; scrub again in case a caller filled them by hand.
    return scrubSecrets(text);
}

StripeError StripeError::fromResponse(
    int httpStatus, const QByteArray &body, const QString &requestId, const QString &secret)
{
    StripeError e;
    e.httpStatus = httpStatus;
    e.requestId = scrubSecrets(requestId, { secret });
    const nlohmann::json parsed = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    const bool stripeShaped
        = !parsed.is_discarded() && parsed.is_object() && parsed.contains("error") && parsed["error"].is_object();
    if (stripeShaped) {
        const nlohmann::json &error = parsed["error"];
        e.type = scrubSecrets(jsonString(error, "type"), { secret });
        e.code = scrubSecrets(jsonString(error, "code"), { secret });
        e.declineCode = scrubSecrets(jsonString(error, "decline_code"), { secret });
        e.message = scrubSecrets(jsonString(error, "message"), { secret });
        e.param = scrubSecrets(jsonString(error, "param"), { secret });
    }
    if (e.type.isEmpty())
        e.type = defaultTypeFor(httpStatus);
    if (e.message.isEmpty()) {
        QString excerpt = QString::fromUtf8(body.left(200)).simplified();
        e.message = QStringLiteral("Stripe answered HTTP ") + QString::number(httpStatus)
            + (stripeShaped ? QStringLiteral(" without an error message")
                            : QStringLiteral(" with a body that is not a Stripe error"))
            + (excerpt.isEmpty() ? QString() : QStringLiteral(": ") + scrubSecrets(excerpt, { secret }));
    }
    return e;
}

StripeError StripeError::fromConnectionFailure(const QString &what, const QString &secret)
{
    StripeError e;
    e.connectionError = true;
    e.type = QStringLiteral("api_connection_error");
    e.message = scrubSecrets(what, { secret });
    return e;
}

} // namespace Kiosk
