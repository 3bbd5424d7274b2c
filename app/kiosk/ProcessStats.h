// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Kiosk::Ui {

/** Figures about this process for the start-up benchmark (Linux /proc; -1 when unknown). */
struct ProcessStats
{
    /** Memory of a set of processes, in KiB; -1 when /proc could not be read. */
    struct Memory
    {
        qint64 rssKb = -1; ///< resident set size: shared pages count once per process
        qint64 pssKb = -1; ///< proportional set size: shared pages split between their users
        int processes = 0;
    };

    /** This process alone. */
    static Memory self();
    /**
     * This process and all its descendants (WebEngine's zygote, renderers, GPU and utility
     * processes), from /proc/<pid>/smaps_rollup. PSS sums to what the tree really costs the
     * machine; RSS overcounts the libraries the processes share.
     */
    static Memory tree();
    /** Milliseconds since the kernel started this process (includes dynamic linking). */
    static qint64 msSinceProcessStart();
};

} // namespace Kiosk::Ui
