// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace Kiosk {
class Clock;
}

namespace Kiosk::Ui {

/**
 * The walk-away guard of a self-service kiosk. While armed it watches every input event of the
 * application (taps, touches, keys, wheel, on-screen keyboard input, the web page's too); after
 * idleSecs without any it asks "Are you still there?" (stillThereAsked, then countdownChanged
 * each second) and after askSecs more it gives up (timedOut, once). Any input while asking
 * resumes (resumed) and starts the idle time again.
 *
 * Time comes from the injected Clock only; an internal timer merely calls poll() twice a second,
 * so a test with a ManualClock advances the clock and calls poll() instead of waiting. The clock
 * must outlive the watch.
 */
class InactivityWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InactivityWatch)

public:
    enum class Phase { Idle, Asking, TimedOut };
    Q_ENUM(Phase)

    /** What to show after idleFor seconds without input. Pure; limits of 0 or less never ask. */
    [[nodiscard]] static Phase phaseAt(qint64 idleFor, int idleSecs, int askSecs);

    explicit InactivityWatch(const Kiosk::Clock &clock, QObject *parent = nullptr);
    ~InactivityWatch() override;

    /** Arms the watch (again) with these limits; the idle time starts now. */
    void arm(int idleSecs, int askSecs);
    /** Disarms: nothing is asked until arm() is called again. */
    void disarm();
    [[nodiscard]] bool isArmed() const { return m_armed; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    /** Seconds left of the "Are you still there?" countdown while asking. */
    [[nodiscard]] int secondsLeft() const;

    /** Input happened: the idle time starts again (and a question is answered). */
    void noteActivity();
    /** Looks at the clock and moves to the phase it calls for. */
    void poll();

Q_SIGNALS:
    void stillThereAsked(int secondsLeft);
    void countdownChanged(int secondsLeft);
    void resumed();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Kiosk::Clock &m_clock;
    QTimer *m_poll = nullptr;
    QDateTime m_lastInput;
    int m_idleSecs = 0;
    int m_askSecs = 0;
    int m_shownLeft = -1;
    bool m_armed = false;
    Phase m_phase = Phase::Idle;
};

} // namespace Kiosk::Ui
