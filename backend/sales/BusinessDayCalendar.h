// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QTimeZone>

namespace Kiosk {

/** The UTC instants [fromUtc, toUtc) of one business day; 23 or 25 hours on DST days. */
struct BusinessDayInterval
{
    QDate date;
    QDateTime fromUtc;
    QDateTime toUtc;

    [[nodiscard]] qint64 seconds() const { return fromUtc.secsTo(toUtc); }
    [[nodiscard]] bool contains(const QDateTime &instant) const { return instant >= fromUtc && instant < toUtc; }
};

/**
 * The shop's business days: a time zone and a day start (04:00: sales until 03:59 belong to the
 * day before). Business day D runs from D at the day start, local time, to D + 1 at the day
 * start. A day start that does not exist on a date (inside a spring-forward gap) is the moment
 * the clocks jump; one that exists twice (a fall-back fold) is its first occurrence. dayOf() is
 * defined by the same intervals, so every instant is in exactly one day. Value type, pure: no
 * "now" (callers pass the instant from Kiosk::Clock).
 */
class BusinessDayCalendar
{
public:
    /** "unknown_time_zone" for an IANA id the system does not know, "invalid_day_start" for
     *  an invalid time. */
    static Result<BusinessDayCalendar> create(const QByteArray &timeZoneId, QTime dayStart);
    /** "04:00" or "4:00": a day start as the settings and the server's --day-start give it, whole
     *  minutes from 00:00 to 23:59; "invalid_day_start" otherwise. */
    static Result<QTime> parseDayStart(QStringView text);

    [[nodiscard]] BusinessDayInterval interval(QDate date) const;
    [[nodiscard]] QDate dayOf(const QDateTime &instant) const;
    [[nodiscard]] const QTimeZone &timeZone() const { return m_zone; }
    [[nodiscard]] QTime dayStart() const { return m_dayStart; }

private:
    BusinessDayCalendar(QTimeZone zone, QTime dayStart)
        : m_zone(std::move(zone))
        , m_dayStart(dayStart)
    { }
    [[nodiscard]] QDateTime startOf(QDate date) const;

    QTimeZone m_zone;
    QTime m_dayStart;
};

} // namespace Kiosk
