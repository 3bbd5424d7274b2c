// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk::Test {

/** Absolute path of a file in the source tree (KIOSK_SOURCE_DIR, set by kiosk_add_test). */
QString sourcePath(const QString &relative);
/** Absolute path inside the build tree (KIOSK_BINARY_DIR). */
QString binaryPath(const QString &relative);

} // namespace Kiosk::Test
