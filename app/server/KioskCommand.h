// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

#include <cstdio>

namespace Kiosk {

/**
 * `checkout-kiosk-server kiosks add ID | list | revoke ID [--db …] [--config …]`: the shop
 * server's tills. `add` prints the till's new token once (only its hash is stored); `list`
 * shows every till with when it was added and revoked; `revoke` refuses its token from then on,
 * also to a server that is running. The database options are the server's own (ServerConfig).
 */
class KioskCommand final
{
public:
    KioskCommand() = delete;

    /** True when the arguments ask for this command (the first one is "kiosks"). */
    [[nodiscard]] static bool matches(const QStringList &arguments);
    /** Runs it; the exit code (0 done, 1 failed, 2 bad usage). */
    static int run(const QStringList &arguments, const QProcessEnvironment &environment, const QString &defaultCatalog,
        std::FILE *out, std::FILE *err);
};

} // namespace Kiosk
