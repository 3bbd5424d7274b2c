// SPDX-License-Identifier: MIT
#include "ProcessStats.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>

#include <unistd.h>

namespace Kiosk::Ui {

namespace {

// /proc files report size 0, so they are read whole rather than by testing atEnd(); a cap keeps
// a surprising file from costing much.
constexpr qint64 kMaxProcFileBytes = 64 * 1024;

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(kMaxProcFileBytes);
}

/** The fields of /proc/<pid>/stat after the ")" that closes the command name (state is [0]). */
QList<QByteArray> statFields(const QByteArray &stat)
{
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    return stat.mid(close + 2).split(' ');
}

/** Adds one process's Rss and Pss (KiB) from smaps_rollup; false if it is gone or unreadable. */
bool addProcess(qint64 pid, ProcessStats::Memory &sum)
{
    const QByteArray rollup = readProcFile(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    qint64 rss = -1;
    qint64 pss = -1;
    for (const QByteArray &line : rollup.split('\n')) {
        if (line.startsWith("Rss:"))
            rss = line.mid(4).trimmed().split(' ').value(0).toLongLong();
        else if (line.startsWith("Pss:"))
            pss = line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    if (rss < 0 || pss < 0)
        return false;
    sum.rssKb = qMax<qint64>(sum.rssKb, 0) + rss;
    sum.pssKb = qMax<qint64>(sum.pssKb, 0) + pss;
    ++sum.processes;
    return true;
}

} // namespace

ProcessStats::Memory ProcessStats::self()
{
    Memory memory;
    addProcess(getpid(), memory);
    return memory;
}

ProcessStats::Memory ProcessStats::tree()
{
    // Parent of every process we may look at; children are found by walking down from us.
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QList<QByteArray> fields = statFields(readProcFile(QStringLiteral("/proc/%1/stat").arg(pid)));
        if (fields.size() > 1)
            children.insert(fields.at(1).toLongLong(), pid);
    }
    Memory memory;
    QList<qint64> pending { qint64(getpid()) };
    while (!pending.isEmpty()) {
        const qint64 pid = pending.takeLast();
        addProcess(pid, memory); // a process that just exited simply does not count
        pending.append(children.values(pid));
    }
    return memory;
}

qint64 ProcessStats::msSinceProcessStart()
{
    // Field 22 (starttime, clock ticks after boot) is the 20th after the command name.
    const QList<QByteArray> fields = statFields(readProcFile(QStringLiteral("/proc/self/stat")));
    const QByteArray uptime = readProcFile(QStringLiteral("/proc/uptime"));
    if (fields.size() < 20 || uptime.isEmpty())
        return -1;
    const qint64 startTicks = fields.value(19).toLongLong();
    const double upSecs = uptime.split(' ').value(0).toDouble();
    const long ticks = sysconf(_SC_CLK_TCK);
    if (ticks <= 0)
        return -1;
    return qint64(upSecs * 1000.0) - startTicks * 1000 / ticks;
}

} // namespace Kiosk::Ui
