// SPDX-License-Identifier: MIT
#include "InputChecks.h"

#include <QRegularExpression>
#include <QUrl>

namespace Kiosk::Sim {

std::optional<std::string> InputChecks::stringParam(const nlohmann::json &params, const char *key)
{
    if (!params.is_object())
        return std::nullopt;
    const auto it = params.find(key);
    if (it == params.end() || !it->is_string() || it->get_ref<const std::string &>().empty())
        return std::nullopt;
    return it->get<std::string>();
}

qint64 InputChecks::integer(const std::string &text)
{
    return QString::fromStdString(text).toLongLong();
}

bool InputChecks::isEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

bool InputChecks::isWebUrl(const std::string &text)
{
    const QUrl url(QString::fromStdString(text), QUrl::TolerantMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

bool InputChecks::isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace Kiosk::Sim
