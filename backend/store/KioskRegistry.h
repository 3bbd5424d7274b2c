// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Kiosk {

class Database;

/** One till known to the shop server (never its token). */
struct KioskRecord
{
    QString kioskId;
    QDateTime createdAt; ///< UTC
    QDateTime revokedAt; ///< invalid while the till may connect
};

/**
 * The shop server's tills and their credentials (table `kiosks`). A till's token is made here
 * from the system's CSPRNG, handed out once by add() and never stored: only its SHA-256 hash
 * is. kioskForToken() compares the hash against every till's in constant time. Same thread as
 * the database; errors come back as Result.
 */
class KioskRegistry final
{
public:
    explicit KioskRegistry(std::shared_ptr<Database> database);

    static constexpr int kMaxIdLength = 32;
    /** 1 to kMaxIdLength letters, digits, '-' or '_' ("invalid_kiosk_id" otherwise): it becomes
     *  the prefix of the till's order numbers. */
    static Status checkKioskId(const QString &kioskId);
    /** Hex SHA-256 of a token: what is stored. */
    [[nodiscard]] static QByteArray hashToken(const QByteArray &token);

    /** Registers a till and returns its new token ("kt_" + 43 base64url characters, 256 random
     *  bits). A revoked till gets a new token; an active one is "kiosk_exists". */
    Result<QByteArray> add(const QString &kioskId);
    /** Every till, by id. */
    [[nodiscard]] Result<QList<KioskRecord>> list() const;
    /** "not_found" for an unknown id; revoking twice keeps the first time. */
    Status revoke(const QString &kioskId);
    /** The active till holding this token; nullopt for an unknown or revoked one. */
    [[nodiscard]] Result<std::optional<QString>> kioskForToken(const QByteArray &token) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace Kiosk
