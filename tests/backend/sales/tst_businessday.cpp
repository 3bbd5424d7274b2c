// SPDX-License-Identifier: MIT
#include "BusinessDayCalendar.h"

#include <QTest>

using namespace Kiosk;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

BusinessDayCalendar calendar(const QByteArray &zone, const char *start)
{
    return BusinessDayCalendar::create(zone, QTime::fromString(QString::fromLatin1(start), u"HH:mm")).value();
}

} // namespace

class TestBusinessDay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interval_data();
    void interval();
    void dayOf_data();
    void dayOf();
    void everyInstantInExactlyOneDay();
    void refused();
    void parseDayStart_data();
    void parseDayStart();
};

void TestBusinessDay::interval_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("minutes");

    const QByteArray berlin("Europe/Berlin");
    // Europe/Berlin 2026: clocks go 02:00 CET → 03:00 CEST on 29 March (01:00 UTC) and
    // 03:00 CEST → 02:00 CET on 25 October (01:00 UTC).
    QTest::addRow("ordinary winter day") << berlin << "04:00" << QDate(2026, 12, 1) << utc("2026-12-01T03:00:00")
                                         << utc("2026-12-02T03:00:00") << qint64(24 * 60);
    QTest::addRow("ordinary summer day") << berlin << "04:00" << QDate(2026, 7, 1) << utc("2026-07-01T02:00:00")
                                         << utc("2026-07-02T02:00:00") << qint64(24 * 60);
    QTest::addRow("04:00 day holding the spring jump")
        << berlin << "04:00" << QDate(2026, 3, 28) << utc("2026-03-28T03:00:00") << utc("2026-03-29T02:00:00")
        << qint64(23 * 60);
    QTest::addRow("04:00 day after the spring jump")
        << berlin << "04:00" << QDate(2026, 3, 29) << utc("2026-03-29T02:00:00") << utc("2026-03-30T02:00:00")
        << qint64(24 * 60);
    QTest::addRow("midnight day of the spring jump")
        << berlin << "00:00" << QDate(2026, 3, 29) << utc("2026-03-28T23:00:00") << utc("2026-03-29T22:00:00")
        << qint64(23 * 60);
    QTest::addRow("day start in the spring gap")
        << berlin << "02:30" << QDate(2026, 3, 29) << utc("2026-03-29T01:00:00") << utc("2026-03-30T00:30:00")
        << qint64(23 * 60 + 30);
    QTest::addRow("day before a gap start") << berlin << "02:30" << QDate(2026, 3, 28) << utc("2026-03-28T01:30:00")
                                            << utc("2026-03-29T01:00:00") << qint64(23 * 60 + 30);
    QTest::addRow("04:00 day holding the autumn fold")
        << berlin << "04:00" << QDate(2026, 10, 24) << utc("2026-10-24T02:00:00") << utc("2026-10-25T03:00:00")
        << qint64(25 * 60);
    QTest::addRow("midnight day of the autumn fold")
        << berlin << "00:00" << QDate(2026, 10, 25) << utc("2026-10-24T22:00:00") << utc("2026-10-25T23:00:00")
        << qint64(25 * 60);
    QTest::addRow("day start in the fold: first occurrence")
        << berlin << "02:30" << QDate(2026, 10, 25) << utc("2026-10-25T00:30:00") << utc("2026-10-26T01:30:00")
        << qint64(25 * 60);
    QTest::addRow("New York spring") << QByteArray("America/New_York") << "00:00" << QDate(2026, 3, 8)
                                     << utc("2026-03-08T05:00:00") << utc("2026-03-09T04:00:00") << qint64(23 * 60);
    QTest::addRow("Kolkata, half-hour offset")
        << QByteArray("Asia/Kolkata") << "04:00" << QDate(2026, 6, 1) << utc("2026-05-31T22:30:00")
        << utc("2026-06-01T22:30:00") << qint64(24 * 60);
    QTest::addRow("UTC") << QByteArray("UTC") << "06:00" << QDate(2026, 3, 29) << utc("2026-03-29T06:00:00")
                         << utc("2026-03-30T06:00:00") << qint64(24 * 60);
}

void TestBusinessDay::interval()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, start);
    QFETCH(QDate, date);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, minutes);

    const BusinessDayInterval day = calendar(zone, qPrintable(start)).interval(date);
    QCOMPARE(day.date, date);
    QCOMPARE(day.fromUtc, from);
    QCOMPARE(day.toUtc, to);
    QCOMPARE(day.seconds(), minutes * 60);
    QCOMPARE(day.fromUtc.timeSpec(), Qt::UTC);
}

void TestBusinessDay::dayOf_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QDate>("date");

    QTest::addRow("03:59:59 belongs to the day before") << "04:00" << utc("2026-12-01T02:59:59") << QDate(2026, 11, 30);
    QTest::addRow("04:00 opens the day") << "04:00" << utc("2026-12-01T03:00:00") << QDate(2026, 12, 1);
    QTest::addRow("late evening") << "04:00" << utc("2026-12-01T22:30:00") << QDate(2026, 12, 1);
    QTest::addRow("first 02:15 of the fold") << "02:30" << utc("2026-10-25T00:15:00") << QDate(2026, 10, 24);
    QTest::addRow("second 02:15 of the fold") << "02:30" << utc("2026-10-25T01:15:00") << QDate(2026, 10, 25);
    QTest::addRow("just before the gap") << "02:30" << utc("2026-03-29T00:59:59") << QDate(2026, 3, 28);
    QTest::addRow("the jump itself") << "02:30" << utc("2026-03-29T01:00:00") << QDate(2026, 3, 29);
    QTest::addRow("given in another zone")
        << "04:00" << QDateTime(QDate(2026, 12, 1), QTime(22, 0), QTimeZone("America/New_York")) << QDate(2026, 12, 2);
}

void TestBusinessDay::dayOf()
{
    QFETCH(QString, start);
    QFETCH(QDateTime, instant);
    QFETCH(QDate, date);
    QCOMPARE(calendar("Europe/Berlin", qPrintable(start)).dayOf(instant), date);
}

void TestBusinessDay::everyInstantInExactlyOneDay()
{
    // Over a year in 30-minute steps and for awkward day starts: the days tile time without
    // gaps or overlaps and dayOf() agrees with interval().
    for (const char *start : { "00:00", "02:30", "03:00", "04:00", "23:45" }) {
        const BusinessDayCalendar cal = calendar("Europe/Berlin", start);
        BusinessDayInterval previous = cal.interval(QDate(2025, 12, 31));
        for (QDate d(2026, 1, 1); d < QDate(2027, 1, 1); d = d.addDays(1)) {
            const BusinessDayInterval day = cal.interval(d);
            QCOMPARE(day.fromUtc, previous.toUtc);
            QVERIFY2(day.seconds() >= 23 * 3600 && day.seconds() <= 25 * 3600, qPrintable(d.toString(Qt::ISODate)));
            for (QDateTime t = day.fromUtc; t < day.toUtc; t = t.addSecs(30 * 60))
                QCOMPARE(cal.dayOf(t), d);
            QCOMPARE(cal.dayOf(day.toUtc.addSecs(-1)), d);
            previous = day;
        }
    }
}

void TestBusinessDay::refused()
{
    const auto mars = BusinessDayCalendar::create("Mars/Olympus_Mons", QTime(4, 0));
    QVERIFY(!mars.ok());
    QCOMPARE(mars.error().code, QStringLiteral("unknown_time_zone"));
    QVERIFY(mars.error().message.contains(QStringLiteral("Mars/Olympus_Mons")));
    QCOMPARE(BusinessDayCalendar::create({}, QTime(4, 0)).error().code, QStringLiteral("unknown_time_zone"));
    QCOMPARE(BusinessDayCalendar::create(QByteArray(10000, 'A'), QTime(4, 0)).error().code,
        QStringLiteral("unknown_time_zone"));
    QCOMPARE(BusinessDayCalendar::create("Europe/Berlin", QTime()).error().code, QStringLiteral("invalid_day_start"));
}

void TestBusinessDay::parseDayStart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("expected"); // invalid: refused
    QTest::addRow("04:00") << QStringLiteral("04:00") << QTime(4, 0);
    QTest::addRow("4:00") << QStringLiteral("4:00") << QTime(4, 0);
    QTest::addRow("midnight") << QStringLiteral("00:00") << QTime(0, 0);
    QTest::addRow("last minute") << QStringLiteral("23:59") << QTime(23, 59);
    QTest::addRow("spaces") << QStringLiteral(" 05:30 ") << QTime(5, 30);
    QTest::addRow("24:00") << QStringLiteral("24:00") << QTime();
    QTest::addRow("minute 60") << QStringLiteral("03:60") << QTime();
    QTest::addRow("no minutes") << QStringLiteral("4") << QTime();
    QTest::addRow("one minute digit") << QStringLiteral("4:0") << QTime();
    QTest::addRow("seconds") << QStringLiteral("04:00:00") << QTime();
    QTest::addRow("negative") << QStringLiteral("-1:00") << QTime();
    QTest::addRow("plus") << QStringLiteral("+4:00") << QTime();
    QTest::addRow("am") << QStringLiteral("4am") << QTime();
    QTest::addRow("arabic digits") << QStringLiteral("\u0664:\u0660\u0660") << QTime();
    QTest::addRow("empty") << QString() << QTime();
    QTest::addRow("three hour digits") << QStringLiteral("004:00") << QTime();
}

void TestBusinessDay::parseDayStart()
{
    QFETCH(QString, text);
    QFETCH(QTime, expected);
    const Result<QTime> parsed = BusinessDayCalendar::parseDayStart(text);
    if (!expected.isValid()) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("invalid_day_start"));
        QVERIFY2(parsed.error().message.contains(QStringLiteral("00:00 to 23:59")), qPrintable(parsed.error().message));
        return;
    }
    if (!parsed)
        QFAIL(qPrintable(parsed.error().message));
    QCOMPARE(parsed.value(), expected);
}

QTEST_GUILESS_MAIN(TestBusinessDay)
#include "tst_businessday.moc"
