// SPDX-License-Identifier: MIT
#include "PinVault.h"

#include "SettingsStore.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>

namespace Kiosk {

namespace {

const QString kHashKey = QStringLiteral("security/pin.hash");
const QString kDefaultKey = QStringLiteral("security/pin.isDefault");
const QString kRealKeysKey = QStringLiteral("security/pin.guardsRealKeys");
const QString kFailuresKey = QStringLiteral("security/pin.failures");
const QString kLockedUntilKey = QStringLiteral("security/pin.lockedUntil");
const QString kLockoutsKey = QStringLiteral("security/pin.lockouts");
const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

struct StoredHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    const QByteArray secret = pin.toUtf8();
    QByteArray out(kHashBytes, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), static_cast<int>(secret.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<int>(salt.size()), iterations,
        EVP_sha256(), kHashBytes, reinterpret_cast<unsigned char *>(out.data()));
    return ok == 1 ? out : QByteArray();
}

std::optional<StoredHash> parseStored(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return std::nullopt;
    bool ok = false;
    StoredHash h;
    h.iterations = parts.at(1).toInt(&ok);
    h.salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    h.hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (!ok || h.iterations <= 0 || h.salt.size() != kSaltBytes || h.hash.size() != kHashBytes)
        return std::nullopt;
    return h;
}

qint64 readInt(const SettingsStore *store, const QString &key)
{
    const auto v = store->value(key, QStringLiteral("0"));
    return v.ok() ? v.value().toLongLong() : 0;
}

} // namespace

PinVault::PinVault(SettingsStore *store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
    Q_ASSERT(store);
}

QString PinVault::demoDefaultPin()
{
    return QStringLiteral("1234");
}

Status PinVault::checkPinRules(const QString &pin, int minLength)
{
    minLength = std::clamp(minLength, kMinLength, kMaxLength);
    if (pin.size() < minLength || pin.size() > kMaxLength)
        return makeError(QStringLiteral("invalid_pin"),
            QStringLiteral("The PIN must have %1 to %2 digits.").arg(minLength).arg(kMaxLength));
    const bool digitsOnly
        = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    if (!digitsOnly)
        return makeError(QStringLiteral("invalid_pin"), QStringLiteral("The PIN may contain only the digits 0 to 9."));
    // Every step from one digit to the next, modulo 10: all 0 is a repeated digit, all +1 or all
    // -1 a straight run (wrapping, so 7890 and 0987 count too).
    const auto stepAt = [&pin](int i) { return (pin.at(i).unicode() - pin.at(i - 1).unicode() + 10) % 10; };
    const int first = stepAt(1);
    bool sameStep = true;
    for (int i = 2; i < pin.size() && sameStep; ++i)
        sameStep = stepAt(i) == first;
    if (sameStep && first == 0)
        return makeError(
            QStringLiteral("weak_pin"), QStringLiteral("The PIN must not be one digit repeated, like 0000."));
    if (sameStep && (first == 1 || first == 9))
        return makeError(
            QStringLiteral("weak_pin"), QStringLiteral("The PIN must not be a run of digits, like 1234 or 9876."));
    return {};
}

bool PinVault::isSet() const
{
    const auto stored = m_store->value(kHashKey);
    return stored.ok() && parseStored(stored.value()).has_value();
}

Status PinVault::setPin(const QString &newPin)
{
    if (Status rules = checkPinRules(newPin); !rules)
        return rules;
    return store(newPin, false);
}

Status PinVault::clear()
{
    // The hash first: once it is gone no PIN opens anything, whatever the flags still say.
    for (const auto &[key, value] :
        { std::pair { kHashKey, QString() }, std::pair { kRealKeysKey, QStringLiteral("0") },
            std::pair { kDefaultKey, QStringLiteral("0") }, std::pair { kFailuresKey, QStringLiteral("0") },
            std::pair { kLockedUntilKey, QStringLiteral("0") }, std::pair { kLockoutsKey, QStringLiteral("0") } }) {
        if (Status s = m_store->setValue(key, value); !s)
            return s;
    }
    return {};
}

Status PinVault::setDemoPin()
{
    return store(demoDefaultPin(), true);
}

Status PinVault::store(const QString &pin, bool isDemoDefault)
{
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return makeError(QStringLiteral("crypto_error"), QStringLiteral("No secure random numbers available."));
    const QByteArray hash = derive(pin, salt, kIterations);
    if (hash.isEmpty())
        return makeError(QStringLiteral("crypto_error"), QStringLiteral("Could not derive the PIN hash."));
    const QString stored = kScheme + QLatin1Char('$') + QString::number(kIterations) + QLatin1Char('$')
        + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(hash.toBase64());
    // The real-keys flag is cleared first and the hash written before the flags that describe
    // it, so a failure part way leaves either the old PIN in force or a PIN that guards no real key.
    if (Status s = m_store->setValue(kRealKeysKey, QStringLiteral("0")); !s)
        return s;
    if (Status s = m_store->setValue(kHashKey, stored); !s)
        return s;
    const bool realKeys = !isDemoDefault && pin.size() >= kMinLengthForRealKeys;
    for (const auto &[key, value] : { std::pair { kDefaultKey, QString::number(isDemoDefault ? 1 : 0) },
             std::pair { kFailuresKey, QStringLiteral("0") }, std::pair { kLockedUntilKey, QStringLiteral("0") },
             std::pair { kLockoutsKey, QStringLiteral("0") },
             std::pair { kRealKeysKey, QString::number(realKeys ? 1 : 0) } }) {
        if (Status s = m_store->setValue(key, value); !s)
            return s;
    }
    return {};
}

qint64 PinVault::lockedForSecs() const
{
    const qint64 until = readInt(m_store, kLockedUntilKey);
    const qint64 remaining = until - m_clock.nowSecs();
    if (remaining <= 0)
        return 0;
    // A wall clock set backwards must not stretch a lockout beyond its own length.
    const qint64 lockouts = std::max<qint64>(1, readInt(m_store, kLockoutsKey));
    qint64 longest = kFirstLockoutSecs;
    for (qint64 i = 1; i < lockouts && longest < kMaxLockoutSecs; ++i)
        longest *= 2;
    return std::min(remaining, std::min(longest, kMaxLockoutSecs));
}

int PinVault::triesLeft() const
{
    return static_cast<int>(std::max<qint64>(0, kMaxTries - readInt(m_store, kFailuresKey)));
}

PinVault::Verdict PinVault::verify(const QString &pin)
{
    if (lockedForSecs() > 0)
        return Verdict::LockedOut;
    const auto storedText = m_store->value(kHashKey);
    const auto stored = storedText.ok() ? parseStored(storedText.value()) : std::nullopt;
    if (!stored)
        return Verdict::Wrong;

    const QByteArray candidate = derive(pin, stored->salt, stored->iterations);
    const bool match = candidate.size() == stored->hash.size()
        && CRYPTO_memcmp(candidate.constData(), stored->hash.constData(), static_cast<size_t>(candidate.size())) == 0;
    if (match) {
        if (readInt(m_store, kFailuresKey) != 0 || readInt(m_store, kLockoutsKey) != 0) {
            (void)m_store->setValue(kFailuresKey, QStringLiteral("0"));
            (void)m_store->setValue(kLockoutsKey, QStringLiteral("0"));
            (void)m_store->setValue(kLockedUntilKey, QStringLiteral("0"));
        }
        return Verdict::Ok;
    }

    const qint64 failures = readInt(m_store, kFailuresKey) + 1;
    if (failures < kMaxTries) {
        (void)m_store->setValue(kFailuresKey, QString::number(failures));
        return Verdict::Wrong;
    }
    const qint64 lockouts = readInt(m_store, kLockoutsKey) + 1;
    qint64 duration = kFirstLockoutSecs;
    for (qint64 i = 1; i < lockouts && duration < kMaxLockoutSecs; ++i)
        duration *= 2;
    duration = std::min(duration, kMaxLockoutSecs);
    (void)m_store->setValue(kLockoutsKey, QString::number(lockouts));
    (void)m_store->setValue(kLockedUntilKey, QString::number(m_clock.nowSecs() + duration));
    (void)m_store->setValue(kFailuresKey, QStringLiteral("0"));
    return Verdict::LockedOut;
}

bool PinVault::isDefaultPin() const
{
    if (!isSet())
        return true;
    const auto flag = m_store->value(kDefaultKey, QStringLiteral("0"));
    return !flag.ok() || flag.value() != QStringLiteral("0");
}

bool PinVault::guardsRealKeys() const
{
    if (isDefaultPin())
        return false;
    const auto flag = m_store->value(kRealKeysKey, QStringLiteral("0"));
    return flag.ok() && flag.value() == QStringLiteral("1");
}

} // namespace Kiosk
