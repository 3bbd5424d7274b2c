// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QString>

namespace Kiosk {

class SettingsStore;

/**
 * Guards the manager screens with a PIN. The PIN is never stored: only a PBKDF2-HMAC-SHA256 hash
 * with a random 16-byte salt and its iteration count, in the SettingsStore. Five wrong
 * tries lock the vault for five minutes; each further lockout doubles (up to a day). The lockout
 * is persisted, so restarting the kiosk does not reset it.
 *
 * Does not own the store, which must outlive the vault. Same threading as SettingsStore.
 * Errors (bad PIN format, store failure) come back as Status.
 */
class PinVault final
{
public:
    explicit PinVault(SettingsStore *store, const Clock &clock = Clock::system());

    static constexpr int kMinLength = 4;
    static constexpr int kMaxLength = 12;
    /** A 4-digit PIN falls to offline brute force of its hash in minutes: real keys need more. */
    static constexpr int kMinLengthForRealKeys = 6;
    static constexpr int kIterations = 210'000;
    static constexpr int kMaxTries = 5;
    static constexpr qint64 kFirstLockoutSecs = 5 * 60;
    static constexpr qint64 kMaxLockoutSecs = 24 * 60 * 60;

    /** A PIN has been set (first run: not yet). */
    [[nodiscard]] bool isSet() const;
    /** The clock its lockouts run on; the PIN dialog times out on the same one. */
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    /** Replaces the PIN if checkPinRules() accepts it, else its error and nothing changes.
     *  Clears any lockout. */
    Status setPin(const QString &newPin);
    /** Removes the PIN and its lockout: isSet() is false, every PIN is Wrong until a new one is
     *  set (`checkout-kiosk-server pin clear`). */
    Status clear();
    /** Sets the documented demo PIN (demo mode's first start only; setPin() refuses it). */
    Status setDemoPin();

    enum class Verdict { Ok, Wrong, LockedOut };
    /** Checks a PIN in constant time. While locked out the PIN is not even looked at.
     *  A vault without a PIN answers Wrong. */
    Verdict verify(const QString &pin);
    /** Seconds until the lockout ends, 0 when not locked. */
    [[nodiscard]] qint64 lockedForSecs() const;
    /** Wrong tries left before the next lockout. */
    [[nodiscard]] int triesLeft() const;

    /** True while the PIN is the documented demo default (or none was set yet). */
    [[nodiscard]] bool isDefaultPin() const;
    /** The PIN may guard real Stripe keys: set with setPin() and at least kMinLengthForRealKeys
     *  digits. False for the demo PIN and for PINs set before this rule (their length is unknown):
     *  the app forces a change before real keys are used. */
    [[nodiscard]] bool guardsRealKeys() const;
    /** "1234", the demo PIN documented in the README. Never acceptable with real keys. */
    static QString demoDefaultPin();
    /**
     * minLength (at least kMinLength) to kMaxLength ASCII digits ("invalid_pin"), and not trivial
     * ("weak_pin"): not one digit repeated (0000) and not a straight run up or down (1234, 9876,
     * 7890), the first codes anyone tries.
     */
    static Status checkPinRules(const QString &pin, int minLength = kMinLength);

private:
    Status store(const QString &pin, bool isDemoDefault);

    SettingsStore *m_store;
    const Clock &m_clock;
};

} // namespace Kiosk
