// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Kiosk::Ui {

/** Figures about this process for the start-up benchmark (Linux /proc; -1 when unknown). */
struct ProcessStats
{
    /** Resident set size in KiB. */
    static qint64 residentKb();
    /** Milliseconds since the kernel started this process (includes dynamic linking). */
    static qint64 msSinceProcessStart();
};

} // namespace Kiosk::Ui
