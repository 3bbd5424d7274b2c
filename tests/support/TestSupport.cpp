// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include <QDir>

namespace Kiosk::Test {

namespace {
QString fromEnv(const char *name)
{
    return QDir::cleanPath(qEnvironmentVariable(name));
}
} // namespace

QString sourcePath(const QString &relative)
{
    return QDir(fromEnv("KIOSK_SOURCE_DIR")).filePath(relative);
}

QString binaryPath(const QString &relative)
{
    return QDir(fromEnv("KIOSK_BINARY_DIR")).filePath(relative);
}

} // namespace Kiosk::Test
