// SPDX-License-Identifier: MIT
#pragma once

#include "ApiReply.h"
#include "KioskRegistry.h"
#include "PinVault.h"
#include "Request.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Kiosk {

class Database;
class SettingsStore;

/** Who sent a JSON API request, as ApiAuth established it. */
struct ApiCaller
{
    enum class Role { Till, Manager };
    Role role = Role::Manager;
    /** The till's kiosk id (also when it acts as a manager through the PIN); empty otherwise. */
    QString kioskId;
    /** Who the audit log names: the kiosk id, "api-token", or "local" (no token configured). */
    QString actor;

    [[nodiscard]] bool isManager() const { return role == Role::Manager; }
};

/**
 * The JSON API's credentials (see docs in JsonApi.h): `Authorization: Bearer <token>` with the
 * server's API token (a manager), or a till's token from KioskRegistry (a till, scoped to its
 * own orders). A till becomes a manager for one request with `X-Manager-PIN`, checked by the
 * PinVault with its lockout. Without an API token configured (loopback only) a request without
 * a token is a manager ("local"); a token that is sent must still be valid. Tokens are compared
 * in constant time and never logged or repeated in an error. Same thread as the database.
 */
class ApiAuth final
{
public:
    ApiAuth(QByteArray apiToken, std::shared_ptr<Database> database, SettingsStore *settings);

    /** Longest Authorization header looked at; longer is refused without a lookup. */
    static constexpr int kMaxCredentialLength = 512;

    /** The caller, or "unauthorized" (401): a missing, unknown or revoked token. */
    [[nodiscard]] Result<ApiCaller> identify(const Http::Request &request) const;
    /**
     * The till as a manager for this request, or a 403 error: "manager_required" (no PIN sent),
     * "wrong_pin", "pin_locked" (too many wrong PINs; the message says for how long).
     */
    Result<ApiCaller> elevate(const ApiCaller &till, const Http::Request &request);
    /**
     * Answers elevate()'s error: 403 {"error":{"code","message"}}, with "tries_left" after a
     * wrong PIN, and "retry_after" (seconds) plus a Retry-After header during a lockout, so a
     * till can say when to try again.
     */
    void refuse(const Error &error, const ApiReply &reply) const;

private:
    QByteArray m_apiToken;
    KioskRegistry m_registry;
    PinVault m_vault;
};

} // namespace Kiosk
