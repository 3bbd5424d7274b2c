// SPDX-License-Identifier: MIT
#include "InactivityWatch.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace Kiosk::Ui {

InactivityWatch::Phase InactivityWatch::phaseAt(qint64 idleFor, int idleSecs, int askSecs)
{
    if (idleSecs <= 0 || idleFor < idleSecs)
        return Phase::Idle;
    if (idleFor < qint64(idleSecs) + qMax(0, askSecs))
        return Phase::Asking;
    return Phase::TimedOut;
}

InactivityWatch::InactivityWatch(const Kiosk::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(500);
    connect(m_poll, &QTimer::timeout, this, &InactivityWatch::poll);
}

InactivityWatch::~InactivityWatch()
{
    disarm();
}

void InactivityWatch::arm(int idleSecs, int askSecs)
{
    if (!m_armed)
        QCoreApplication::instance()->installEventFilter(this);
    m_armed = true;
    m_idleSecs = idleSecs;
    m_askSecs = askSecs;
    m_lastInput = m_clock.now();
    m_phase = Phase::Idle;
    m_shownLeft = -1;
    m_poll->start();
}

void InactivityWatch::disarm()
{
    if (m_armed && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_armed = false;
    m_phase = Phase::Idle;
    m_poll->stop();
}

int InactivityWatch::secondsLeft() const
{
    const qint64 idleFor = m_lastInput.secsTo(m_clock.now());
    return int(qBound(qint64(0), qint64(m_idleSecs) + m_askSecs - idleFor, qint64(m_askSecs)));
}

void InactivityWatch::noteActivity()
{
    if (!m_armed || m_phase == Phase::TimedOut)
        return;
    m_lastInput = m_clock.now();
    if (m_phase == Phase::Asking) {
        m_phase = Phase::Idle;
        m_shownLeft = -1;
        Q_EMIT resumed();
    }
}

void InactivityWatch::poll()
{
    if (!m_armed || m_phase == Phase::TimedOut)
        return;
    const Phase next = phaseAt(m_lastInput.secsTo(m_clock.now()), m_idleSecs, m_askSecs);
    if (next == Phase::Idle)
        return;
    if (next == Phase::TimedOut) {
        disarm();
        m_phase = Phase::TimedOut;
        Q_EMIT timedOut();
        return;
    }
    const int left = secondsLeft();
    if (m_phase == Phase::Idle) {
        m_phase = Phase::Asking;
        m_shownLeft = left;
        Q_EMIT stillThereAsked(left);
    } else if (left != m_shownLeft) {
        m_shownLeft = left;
        Q_EMIT countdownChanged(left);
    }
}

bool InactivityWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Kiosk::Ui
