// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

namespace Kiosk {

/**
 * The one source of "now" for the backend and the simulator, so tests can move time instead of
 * sleeping. Clock::system() is the wall clock; tests pass a MockClock (tests/support).
 * Thread-safe for reading.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /** Current time in UTC. */
    [[nodiscard]] virtual QDateTime now() const = 0;
    /** Current Unix time in seconds. */
    [[nodiscard]] qint64 nowSecs() const { return now().toSecsSinceEpoch(); }

    /** The process-wide wall clock. */
    static const Clock &system();
};

/** A clock whose time is set and advanced by hand (tests, the simulator's control endpoint). */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(std::move(start))
    { }
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &t) { m_now = t; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

/** Wall clock plus an offset that can only grow: what the simulator uses for /_sim/clock/advance. */
class OffsetClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offset); }
    void advance(qint64 seconds) { m_offset += seconds; }
    [[nodiscard]] qint64 offset() const { return m_offset; }

private:
    qint64 m_offset = 0;
};

} // namespace Kiosk
