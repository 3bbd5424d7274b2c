// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>

#include <atomic>

namespace Kiosk {

/**
 * When the read running on a read connection must stop: armed by OrderReader for each read,
 * checked by the engine while a statement runs (SQLite's progress handler, see
 * SqlDialect::setUpReadConnection()). Monotonic time, not Kiosk::Clock: a time limit on work,
 * not business time. Thread-safe.
 */
class ReadDeadline final
{
public:
    void arm(int limitMs) { m_deadlineMs.store(QDeadlineTimer::current().deadline() + limitMs); }
    void disarm() { m_deadlineMs.store(0); }
    /** Stops the running read at its next check (shutting down). */
    void expireNow() { m_deadlineMs.store(1); }
    [[nodiscard]] bool expired() const
    {
        const qint64 at = m_deadlineMs.load();
        return at != 0 && QDeadlineTimer::current().deadline() >= at;
    }

private:
    std::atomic<qint64> m_deadlineMs { 0 };
};

} // namespace Kiosk
