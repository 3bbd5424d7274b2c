// SPDX-License-Identifier: MIT
#include "ApiAuth.h"

#include "Database.h"
#include "JsonText.h"
#include "Log.h"

#include <nlohmann/json.hpp>

#include <openssl/crypto.h>

namespace Kiosk {

namespace {

Error unauthorized()
{
    return makeError(QStringLiteral("unauthorized"), QStringLiteral("A valid bearer token is required."));
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    // Length is not secret (tokens have a fixed length); the content is.
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

ApiAuth::ApiAuth(QByteArray apiToken, std::shared_ptr<Database> database, SettingsStore *settings)
    : m_apiToken(std::move(apiToken))
    , m_registry(database)
    , m_vault(settings, database->clock())
{ }

Result<ApiCaller> ApiAuth::identify(const Http::Request &request) const
{
    if (!request.hasHeader("authorization")) {
        if (m_apiToken.isEmpty())
            return ApiCaller { ApiCaller::Role::Manager, {}, QStringLiteral("local") };
        return unauthorized();
    }
    const QByteArray given = request.header("authorization");
    if (given.size() > kMaxCredentialLength || !given.startsWith("Bearer "))
        return unauthorized();
    const QByteArray token = given.mid(7);
    if (!m_apiToken.isEmpty() && sameBytes(token, m_apiToken))
        return ApiCaller { ApiCaller::Role::Manager, {}, QStringLiteral("api-token") };
    const Result<std::optional<QString>> till = m_registry.kioskForToken(token);
    if (!till) {
        qCWarning(lcPayment) << "till credentials could not be read:" << till.error().toString();
        return unauthorized();
    }
    if (!till->has_value())
        return unauthorized();
    const QString kioskId = *till.value();
    return ApiCaller { ApiCaller::Role::Till, kioskId, kioskId };
}

Result<ApiCaller> ApiAuth::elevate(const ApiCaller &till, const Http::Request &request)
{
    if (till.isManager())
        return till;
    if (!request.hasHeader("x-manager-pin"))
        return makeError(QStringLiteral("manager_required"),
            QStringLiteral("This needs a manager: send the manager PIN in X-Manager-PIN."));
    const QString pin = QString::fromUtf8(request.header("x-manager-pin").left(PinVault::kMaxLength + 1));
    switch (m_vault.verify(pin)) {
    case PinVault::Verdict::Ok:
        return ApiCaller { ApiCaller::Role::Manager, till.kioskId, till.actor };
    case PinVault::Verdict::Wrong:
        return makeError(QStringLiteral("wrong_pin"),
            QStringLiteral("Wrong manager PIN (%1 tries left before a lockout).").arg(m_vault.triesLeft()));
    case PinVault::Verdict::LockedOut:
        break;
    }
    return makeError(QStringLiteral("pin_locked"),
        QStringLiteral("Too many wrong PINs: the manager PIN is locked for %1 more seconds.")
            .arg(m_vault.lockedForSecs()));
}

void ApiAuth::refuse(const Error &error, const ApiReply &reply) const
{
    nlohmann::json body = { { "code", error.code.toStdString() }, { "message", error.message.toStdString() } };
    Http::Response response;
    response.status = 403;
    if (error.code == QLatin1String("wrong_pin"))
        body["tries_left"] = m_vault.triesLeft();
    if (error.code == QLatin1String("pin_locked")) {
        const qint64 secs = std::max<qint64>(1, m_vault.lockedForSecs());
        body["retry_after"] = secs;
        response.setHeader("Retry-After", QByteArray::number(secs));
    }
    response.setHeader("Content-Type", QByteArrayLiteral("application/json"));
    response.body = JsonText::dump(nlohmann::json { { "error", body } });
    reply.send(response);
}

} // namespace Kiosk
