// SPDX-License-Identifier: MIT
#include "StripeError.h"

#include "JsonFieldReader.h"
#include "Log.h"

#include <QRegularExpression>

namespace Kiosk {

namespace {

// Our own key is replaced by its masked form; anything else shaped like a Stripe secret or
// restricted key (an echo of a key we do not know, e.g. a mistyped one) is masked too.
QString scrub(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, maskSecret(secret));
    static const QRegularExpression keyLike(QStringLiteral("\\b(?:sk|rk|whsec)_(?:test_|live_)?[A-Za-z0-9]{6,}"));
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = keyLike.match(text, from)).hasMatch()) {
        const QString masked = maskSecret(match.captured(0));
        text.replace(match.capturedStart(0), match.capturedLength(0), masked);
        from = match.capturedStart(0) + masked.size();
    }
    return text;
}

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
    return scrub(text, QString());
}

StripeError StripeError::fromResponse(
    int httpStatus, const QByteArray &body, const QString &requestId, const QString &secret)
{
    StripeError e;
    e.httpStatus = httpStatus;
    e.requestId = scrub(requestId, secret);
    const nlohmann::json parsed = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    const bool stripeShaped
        = !parsed.is_discarded() && parsed.is_object() && parsed.contains("error") && parsed["error"].is_object();
    if (stripeShaped) {
        const nlohmann::json &error = parsed["error"];
        e.type = scrub(jsonString(error, "type"), secret);
        e.code = scrub(jsonString(error, "code"), secret);
        e.declineCode = scrub(jsonString(error, "decline_code"), secret);
        e.message = scrub(jsonString(error, "message"), secret);
        e.param = scrub(jsonString(error, "param"), secret);
    }
    if (e.type.isEmpty())
        e.type = defaultTypeFor(httpStatus);
    if (e.message.isEmpty()) {
        QString excerpt = QString::fromUtf8(body.left(200)).simplified();
        e.message = QStringLiteral("Stripe answered HTTP ") + QString::number(httpStatus)
            + (stripeShaped ? QStringLiteral(" without an error message")
                            : QStringLiteral(" with a body that is not a Stripe error"))
            + (excerpt.isEmpty() ? QString() : QStringLiteral(": ") + scrub(excerpt, secret));
    }
    return e;
}

StripeError StripeError::fromConnectionFailure(const QString &what, const QString &secret)
{
    StripeError e;
    e.connectionError = true;
    e.type = QStringLiteral("api_connection_error");
    e.message = scrub(what, secret);
    return e;
}

} // namespace Kiosk
