// SPDX-License-Identifier: MIT
#include "ProcessStats.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace Kiosk::Ui {

qint64 ProcessStats::residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0, so read them whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 ProcessStats::msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    // Field 22 (starttime, clock ticks after boot) follows the ")" that closes the command name.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const qint64 startTicks = fields.value(19).toLongLong();
    const double upSecs = uptime.readAll().split(' ').value(0).toDouble();
    const long ticks = sysconf(_SC_CLK_TCK);
    if (ticks <= 0)
        return -1;
    return qint64(upSecs * 1000.0) - startTicks * 1000 / ticks;
}

} // namespace Kiosk::Ui
