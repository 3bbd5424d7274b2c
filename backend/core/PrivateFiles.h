// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QString>

class QFileDevice;

namespace Kiosk {

/**
 * Files that hold customer data, payment references or the PIN hash (the order database and its
 * -wal/-shm, the simulator's state, the settings we write) are readable by their owner only:
 * 0600, in folders we create as 0700. Folders that already exist are left as they are (they may
 * be shared, like /tmp). One place for the rule, used by every writer of such a file.
 */
class PrivateFiles final
{
public:
    /** Creates `dir` and any missing parents as 0700. An existing folder is fine as it is. */
    static Status makeDir(const QString &dir);
    /**
     * Makes `path` a private file: creates it empty as 0600 when missing (its folder through
     * makeDir), else narrows its permissions to 0600.
     */
    static Status prepare(const QString &path);
    /** Narrows `path` to 0600 if it exists; a missing file is fine. */
    static Status restrictIfExists(const QString &path);
    /** Narrows an open file (e.g. a QSaveFile before commit(), so the renamed file is 0600). */
    static Status restrict(QFileDevice &file);
};

} // namespace Kiosk
