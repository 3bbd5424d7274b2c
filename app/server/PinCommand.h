// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

#include <cstdio>

namespace Kiosk {

/**
 * `checkout-kiosk-server pin set | clear [--db …] [--config …]`: the manager PIN the tills send
 * (X-Manager-PIN). `set` reads the new PIN twice, from the terminal without echo or, when stdin
 * is not a terminal, as two lines of stdin; it needs as many digits as the kiosk asks with real
 * Stripe keys (PinVault::kMinLengthForRealKeys) and is stored hashed by PinVault, with any
 * lockout lifted. `clear` removes it: no till reaches the manager endpoints until one is set.
 * The PIN is never printed. The database options are the server's own (ServerConfig).
 */
class PinCommand final
{
public:
    PinCommand() = delete;

    /** Longest line read as a PIN; longer input is refused. */
    static constexpr int kMaxLineLength = 64;

    /** True when the arguments ask for this command (the first one is "pin"). */
    [[nodiscard]] static bool matches(const QStringList &arguments);
    /** Runs it; the exit code (0 done, 1 failed, 2 bad usage). */
    static int run(const QStringList &arguments, const QProcessEnvironment &environment, const QString &defaultCatalog,
        std::FILE *in, std::FILE *out, std::FILE *err);
};

} // namespace Kiosk
