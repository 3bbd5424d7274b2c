// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QString>

namespace Kiosk {

class OrderStore;

/**
 * Guards the manager screens with a PIN. The PIN is never stored: only a PBKDF2-HMAC-SHA256 hash
 * with a random 16-byte salt and its iteration count, in the OrderStore key/value table. Five wrong
 * tries lock the vault for five minutes; each further lockout doubles (up to a day). The lockout
 * is persisted, so restarting the kiosk does not reset it.
 *
 * Does not own the store, which must outlive the vault. Same threading as OrderStore.
 * Errors (bad PIN format, store failure) come back as Status.
 */
class PinVault final
{
public:
    explicit PinVault(OrderStore *store, const Clock &clock = Clock::system());

    static constexpr int kMinLength = 4;
    static constexpr int kMaxLength = 12;
    static constexpr int kIterations = 210'000;
    static constexpr int kMaxTries = 5;
    static constexpr qint64 kFirstLockoutSecs = 5 * 60;
    static constexpr qint64 kMaxLockoutSecs = 24 * 60 * 60;

    /** A PIN has been set (first run: not yet). */
    [[nodiscard]] bool isSet() const;
    /** Replaces the PIN: 4–12 ASCII digits, else an "invalid_pin" error and nothing changes.
     *  Clears any lockout. */
    Status setPin(const QString &newPin);

    enum class Verdict { Ok, Wrong, LockedOut };
    /** Checks a PIN in constant time. While locked out the PIN is not even looked at.
     *  A vault without a PIN answers Wrong. */
    Verdict verify(const QString &pin);
    /** Seconds until the lockout ends, 0 when not locked. */
    [[nodiscard]] qint64 lockedForSecs() const;
    /** Wrong tries left before the next lockout. */
    [[nodiscard]] int triesLeft() const;

    /** True while the PIN is the documented demo default (or none was set yet): the app must
     *  force a change before real Stripe keys are used. */
    [[nodiscard]] bool isDefaultPin() const;
    /** "1234", the demo PIN documented in the README. Never acceptable with real keys. */
    static QString demoDefaultPin();
    /** 4–12 ASCII digits. */
    static Status checkPinRules(const QString &pin);

private:
    OrderStore *m_store;
    const Clock &m_clock;
};

} // namespace Kiosk
