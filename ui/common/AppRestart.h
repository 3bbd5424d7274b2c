// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

namespace Kiosk::Ui {

/**
 * "Restart now" after a setting that is read at start-up changed. request() ends the event
 * loop; main() then tears the kiosk down (database, webhook port, the single-instance lock) and
 * relaunch()es the program with the same arguments, so the new process never races the old one
 * for the lock or the port. GUI thread only.
 */
class AppRestart final
{
public:
    /** Asks for a restart and quits the application's event loop. */
    static void request();
    [[nodiscard]] static bool requested();
    /** Starts this program again, detached, with the arguments it was started with. */
    static Kiosk::Status relaunch();
};

} // namespace Kiosk::Ui
