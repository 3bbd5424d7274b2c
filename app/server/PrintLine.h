// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdio>

namespace Kiosk {

/** One line of a server command's output (kiosks, pin), written and flushed at once. */
inline void printLine(std::FILE *to, const QString &line)
{
    std::fputs(line.toUtf8().constData(), to);
    std::fputc('\n', to);
    std::fflush(to);
}

} // namespace Kiosk
