// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Kiosk {

/** What the manager service said about a typed PIN (ManagerService::checkManagerPin). */
struct ManagerPinCheck
{
    enum class Verdict { Ok, Wrong, LockedOut };
    Verdict verdict = Verdict::Wrong;
    /** Wrong: tries left before the next lockout; -1 when the checker did not say. */
    int triesLeft = -1;
    /** LockedOut: seconds until the next try is looked at. */
    qint64 retryAfterSecs = 0;
};

} // namespace Kiosk
