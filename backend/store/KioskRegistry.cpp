// SPDX-License-Identifier: MIT
#include "KioskRegistry.h"

#include "Database.h"
#include "Sql.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

#include <openssl/crypto.h>

namespace Kiosk {

namespace {

constexpr int kTokenBytes = 32;

} // namespace

KioskRegistry::KioskRegistry(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Status KioskRegistry::checkKioskId(const QString &kioskId)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,%1}$").arg(kMaxIdLength));
    if (!valid.match(kioskId).hasMatch())
        return makeError(QStringLiteral("invalid_kiosk_id"),
            QStringLiteral("A kiosk id is 1 to %1 letters, digits, '-' or '_'.").arg(kMaxIdLength));
    return {};
}

QByteArray KioskRegistry::hashToken(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

Result<QByteArray> KioskRegistry::add(const QString &kioskId)
{
    if (const Status valid = checkKioskId(kioskId); !valid)
        return valid.error();
    QByteArray raw(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    const QByteArray token
        = QByteArrayLiteral("kt_") + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString hash = QString::fromLatin1(hashToken(token));
    QSqlQuery q(m_database->connection());
    if (!Sql::execBound(q, QStringLiteral("SELECT revoked_at FROM kiosks WHERE kiosk_id = ?"), { kioskId }))
        return Sql::error(q, QStringLiteral("Could not read the kiosks"));
    const bool exists = q.next();
    const bool revoked = exists && !q.value(0).isNull();
    q.finish();
    if (exists && !revoked)
        return makeError(QStringLiteral("kiosk_exists"),
            QStringLiteral("Kiosk %1 is already registered; revoke it first to issue a new token.").arg(kioskId));
    const bool written = exists
        ? Sql::execBound(q,
            QStringLiteral("UPDATE kiosks SET token_hash = ?, created_at = ?, revoked_at = NULL WHERE kiosk_id = ?"),
            { hash, m_database->nowMs(), kioskId })
        : Sql::execBound(q, QStringLiteral("INSERT INTO kiosks (kiosk_id, token_hash, created_at) VALUES (?, ?, ?)"),
            { kioskId, hash, m_database->nowMs() });
    if (!written)
        return Sql::error(q, QStringLiteral("Could not register kiosk %1").arg(kioskId));
    return token;
}

Result<QList<KioskRecord>> KioskRegistry::list() const
{
    QSqlQuery q(m_database->connection());
    if (!Sql::execBound(q, QStringLiteral("SELECT kiosk_id, created_at, revoked_at FROM kiosks ORDER BY kiosk_id"), {}))
        return Sql::error(q, QStringLiteral("Could not read the kiosks"));
    QList<KioskRecord> out;
    while (q.next())
        out.append({ q.value(0).toString(), Sql::fromMs(q.value(1)), Sql::fromMs(q.value(2)) });
    return out;
}

Status KioskRegistry::revoke(const QString &kioskId)
{
    QSqlQuery q(m_database->connection());
    if (!Sql::execBound(q, QStringLiteral("UPDATE kiosks SET revoked_at = COALESCE(revoked_at, ?) WHERE kiosk_id = ?"),
            { m_database->nowMs(), kioskId }))
        return Sql::error(q, QStringLiteral("Could not revoke kiosk %1").arg(kioskId));
    if (q.numRowsAffected() == 0)
        return makeError(QStringLiteral("not_found"), QStringLiteral("No kiosk %1 is registered.").arg(kioskId));
    return {};
}

Result<std::optional<QString>> KioskRegistry::kioskForToken(const QByteArray &token) const
{
    const QByteArray given = hashToken(token);
    QSqlQuery &q = m_database->cached(QStringLiteral("SELECT kiosk_id, token_hash, revoked_at FROM kiosks"));
    if (!Sql::execPrepared(q, {}))
        return Sql::error(q, QStringLiteral("Could not read the kiosks"));
    // Every row is compared, in constant time, whatever matched before: the answer's timing
    // says nothing about how close a guess came.
    std::optional<QString> found;
    while (q.next()) {
        const QByteArray stored = q.value(1).toString().toLatin1();
        const bool same = stored.size() == given.size()
            && CRYPTO_memcmp(stored.constData(), given.constData(), size_t(given.size())) == 0;
        if (same && q.value(2).isNull())
            found = q.value(0).toString();
    }
    q.finish();
    return found;
}

} // namespace Kiosk
