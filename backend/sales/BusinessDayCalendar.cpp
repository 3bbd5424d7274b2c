// SPDX-License-Identifier: MIT
#include "BusinessDayCalendar.h"

#include <algorithm>

namespace Kiosk {

Result<BusinessDayCalendar> BusinessDayCalendar::create(const QByteArray &timeZoneId, QTime dayStart)
{
    if (timeZoneId.isEmpty() || timeZoneId.size() > 64 || !QTimeZone::isTimeZoneIdAvailable(timeZoneId))
        return makeError(QStringLiteral("unknown_time_zone"),
            QStringLiteral("Unknown time zone \"%1\"; use an IANA name such as Europe/Berlin")
                .arg(QString::fromUtf8(timeZoneId.left(64))));
    QTimeZone zone(timeZoneId);
    if (!zone.isValid())
        return makeError(QStringLiteral("unknown_time_zone"),
            QStringLiteral("Unknown time zone \"%1\"").arg(QString::fromUtf8(timeZoneId)));
    if (!dayStart.isValid())
        return makeError(
            QStringLiteral("invalid_day_start"), QStringLiteral("The day start is not a valid time of day"));
    return BusinessDayCalendar(std::move(zone), dayStart);
}

Result<QTime> BusinessDayCalendar::parseDayStart(QStringView text)
{
    const QStringView t = text.trimmed();
    // The text is not repeated: a secret pasted into the wrong setting must not be printed.
    const auto bad = [] {
        return Result<QTime>(makeError(QStringLiteral("invalid_day_start"),
            QStringLiteral("The day start must be a time from 00:00 to 23:59, e.g. 04:00")));
    };
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon < 1 || colon > 2 || t.size() - colon - 1 != 2)
        return bad();
    int parts[2] = { 0, 0 };
    const QStringView digits[2] = { t.left(colon), t.mid(colon + 1) };
    for (int i = 0; i < 2; ++i) {
        for (const QChar c : digits[i]) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return bad();
            parts[i] = parts[i] * 10 + (c.unicode() - '0');
        }
    }
    if (parts[0] > 23 || parts[1] > 59)
        return bad();
    return QTime(parts[0], parts[1]);
}

QDateTime BusinessDayCalendar::startOf(QDate date) const
{
    // The wall-clock time read as if it were UTC; the real instant is that minus the offset in
    // force. Qt 6.4 leaves gaps and folds unspecified, so both are resolved here by hand.
    const QDateTime wall(date, m_dayStart, Qt::UTC);
    const int offsets[]
        = { m_zone.offsetFromUtc(wall.addDays(-1)), m_zone.offsetFromUtc(wall), m_zone.offsetFromUtc(wall.addDays(1)) };
    QDateTime earliest;
    QDateTime lowest;
    for (const int offset : offsets) {
        const QDateTime candidate = wall.addSecs(-offset);
        if (!lowest.isValid() || candidate < lowest)
            lowest = candidate;
        if (m_zone.offsetFromUtc(candidate) == offset && (!earliest.isValid() || candidate < earliest))
            earliest = candidate;
    }
    if (earliest.isValid())
        return earliest;
    // In a gap: the day starts when the clocks jump over the missing time.
    const QTimeZone::OffsetData jump = m_zone.nextTransition(lowest.addSecs(-1));
    return jump.atUtc.isValid() ? jump.atUtc.toUTC() : lowest;
}

BusinessDayInterval BusinessDayCalendar::interval(QDate date) const
{
    return BusinessDayInterval { date, startOf(date), startOf(date.addDays(1)) };
}

QDate BusinessDayCalendar::dayOf(const QDateTime &instant) const
{
    const QDateTime utc = instant.toUTC();
    QDate date = utc.toTimeZone(m_zone).date();
    // The local date is right or one off; the intervals decide.
    while (utc < startOf(date))
        date = date.addDays(-1);
    while (utc >= startOf(date.addDays(1)))
        date = date.addDays(1);
    return date;
}

} // namespace Kiosk
