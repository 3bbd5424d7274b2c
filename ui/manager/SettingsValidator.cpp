// SPDX-License-Identifier: MIT
#include "SettingsValidator.h"

#include "Currency.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace Kiosk::Ui {

namespace {
Kiosk::Error invalid(const QString &message)
{
    return Kiosk::makeError(QStringLiteral("invalid_setting"), message);
}
} // namespace

Kiosk::Status SettingsValidator::currency(const QString &code)
{
    if (!Kiosk::Currency::fromCode(code.trimmed()).ok())
        return invalid(
            tr("“%1” is not a currency the kiosk knows. Use an ISO code such as USD or EUR.").arg(code.trimmed()));
    return {};
}

Kiosk::Status SettingsValidator::catalogCurrency(const QString &code, const QString &catalogCurrency)
{
    const QString wanted = code.trimmed().toUpper();
    const QString catalog = catalogCurrency.trimmed().toUpper();
    if (catalog.isEmpty() || wanted == catalog)
        return {};
    return invalid(tr("The catalog\u2019s prices are in %1, so the shop cannot sell in %2. Keep %1, or load a "
                      "catalog priced in %2 first.")
                       .arg(catalog, wanted));
}

Kiosk::Status SettingsValidator::port(int port)
{
    // 0 lets the kiosk pick a free port on every start (the default; fine for the embedded simulator).
    if (port != 0 && (port < 1024 || port > 65535))
        return invalid(tr("The webhook port must be between 1024 and 65535, or Automatic."));
    return {};
}

Kiosk::Status SettingsValidator::apiBase(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.isRelative())
        return invalid(tr("The API address must be a full URL such as https://api.stripe.com."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("https"))
        return {};
    if (scheme == QStringLiteral("http")) {
        const QHostAddress address(url.host());
        if (url.host().compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0 || address.isLoopback())
            return {};
        return invalid(tr("The API address must use https (plain http is only allowed for this computer)."));
    }
    return invalid(tr("The API address must start with https://."));
}

Kiosk::Status SettingsValidator::secretKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^(sk|rk)_(test|live)_[A-Za-z0-9]{8,}$"));
    if (!pattern.match(key).hasMatch())
        return invalid(tr("A Stripe secret key starts with sk_test_ or sk_live_ followed by letters "
                          "and digits. Copy it again from the Stripe Dashboard."));
    return {};
}

Kiosk::Status SettingsValidator::webhookSecret(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^whsec_[A-Za-z0-9+/=]{8,}$"));
    if (!pattern.match(secret).hasMatch())
        return invalid(tr("A webhook signing secret starts with whsec_. Copy it again from the Stripe "
                          "Dashboard or the Stripe CLI."));
    return {};
}

Kiosk::Status SettingsValidator::kioskId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!pattern.match(id).hasMatch())
        return invalid(tr("The kiosk id must be 1 to 32 letters, digits, - or _."));
    return {};
}

Kiosk::Status SettingsValidator::resultDelay(int seconds)
{
    if (seconds < 1 || seconds > 600)
        return invalid(tr("The result screen delay must be between 1 and 600 seconds."));
    return {};
}

Kiosk::Status SettingsValidator::shopServer(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || !url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()
        || url.hasFragment())
        return invalid(tr("The shop server must be an address such as https://shop-server:8787 (no path, no user)."));
    return {};
}

Kiosk::Status SettingsValidator::tokenFile(const QString &path, bool serverSet)
{
    if (path.isEmpty())
        return serverSet ? invalid(tr("A till of a shop server needs the file with its token.")) : Kiosk::Status {};
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return invalid(tr("The token file must be given with its full path."));
    if (!info.exists() || !info.isFile())
        return invalid(tr("The token file %1 does not exist.").arg(path));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & others)
        return invalid(tr("The token file %1 must be readable by its owner only (chmod 600).").arg(path));
    return {};
}

} // namespace Kiosk::Ui
