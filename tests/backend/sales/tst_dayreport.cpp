// SPDX-License-Identifier: MIT
#include "DayReport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Kiosk;

namespace {

using Orders = QList<ReportOrder>;
using Refunds = QList<ReportRefund>;

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

ReportOrder sale(const char *number, const char *status, Tender tender, const char *currency, qint64 total,
    const char *paidAt, RateAmounts tax = {}, qint64 discount = 0)
{
    ReportOrder o;
    o.orderNumber = QString::fromLatin1(number);
    o.status = QString::fromLatin1(status);
    o.tender = tender;
    o.currency = QString::fromLatin1(currency);
    o.amountTotal = total;
    o.amountDiscount = discount;
    o.tax = std::move(tax);
    o.paidAt = utc(paidAt);
    return o;
}

ReportRefund refund(const char *number, Tender tender, const char *currency, qint64 amount, RefundRecord::Status status,
    const char *created, RateAmounts tax = {})
{
    ReportRefund r;
    r.orderNumber = QString::fromLatin1(number);
    r.tender = tender;
    r.currency = QString::fromLatin1(currency);
    r.amount = amount;
    r.status = status;
    r.created = utc(created);
    r.tax = std::move(tax);
    return r;
}

RateAmount rate(const char *id, qint64 amount)
{
    return RateAmount { QString::fromLatin1(id), amount };
}

QString ratesText(const RateAmounts &list)
{
    QStringList parts;
    for (const RateAmount &r : list)
        parts.append(r.rate + QLatin1Char(':') + QString::number(r.amount));
    return parts.join(QLatin1Char(','));
}

QStringList reportText(const DayReport &report)
{
    QStringList lines;
    for (const CurrencyDayTotals &t : report.currencies)
        lines.append(QStringLiteral("%1 sales=%2 gross=%3 discounts=%4 refunds=%5(%6) net=%7 card=%8 cash=%9 tax=%10 "
                                    "salesTax=%11 refundedTax=%12 pending=%13 review=%14/%15")
                         .arg(t.currency)
                         .arg(t.salesCount)
                         .arg(t.gross)
                         .arg(t.discounts)
                         .arg(t.refunds)
                         .arg(t.refundsCount)
                         .arg(t.net)
                         .arg(t.card)
                         .arg(t.cash)
                         .arg(ratesText(t.tax), ratesText(t.salesTax), ratesText(t.refundedTax))
                         .arg(t.pendingRefunds)
                         .arg(t.needsReviewCount)
                         .arg(t.needsReviewAmount));
    return lines;
}

BusinessDayInterval december1()
{
    return BusinessDayCalendar::create("Europe/Berlin", QTime(4, 0)).value().interval(QDate(2026, 12, 1));
}

constexpr auto Card = Tender::Card;
constexpr auto Cash = Tender::Cash;
constexpr auto Succeeded = RefundRecord::Status::Succeeded;
constexpr auto Pending = RefundRecord::Status::Pending;
constexpr auto Failed = RefundRecord::Status::Failed;

} // namespace

class TestDayReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregate_data();
    void aggregate();
    void refused();
    void generatedDaysAddUp();
};

void TestDayReport::aggregate_data()
{
    QTest::addColumn<Orders>("orders");
    QTest::addColumn<Refunds>("refunds");
    QTest::addColumn<QStringList>("expected");

    // Business day 2026-12-01 in Berlin from 04:00: [03:00Z, 2026-12-02 03:00Z).
    const Orders orders {
        sale("K-1", "paid", Card, "EUR", 1190, "2026-12-01T10:00:00", { rate("incl-19", 190) }),
        sale("K-2", "refunded", Cash, "EUR", 2997, "2026-12-01T12:00:00", { rate("incl-7", 196) }, 100),
        sale("K-3", "paid", Card, "EUR", 500, "2026-12-01T02:59:59", { rate("incl-19", 80) }),
        sale("K-4", "cancelled", Card, "EUR", 900, "2026-12-01T11:00:00"),
        sale("K-5", "needs_review", Card, "EUR", 700, "2026-12-01T11:30:00"),
        sale("K-6", "partially_refunded", Card, "usd", 606, "2026-12-02T02:59:59", { rate("excl-15", 79) }),
        sale("K-7", "paid", Card, "EUR", 450, "2026-12-02T03:00:00"),
        sale("K-8", "expired", Card, "EUR", 450, "2026-12-01T15:00:00"),
        sale("K-9", "failed", Card, "EUR", 450, "2026-12-01T15:00:00"),
    };
    const Refunds refunds {
        refund("K-2", Cash, "EUR", 2997, Succeeded, "2026-12-01T13:00:00", { rate("incl-7", 196) }),
        refund("K-3", Card, "EUR", 500, Succeeded, "2026-12-01T11:00:00", { rate("incl-19", 80) }),
        refund("K-1", Card, "EUR", 300, Pending, "2026-12-01T14:00:00", { rate("incl-19", 48) }),
        refund("K-1", Card, "EUR", 1000, Failed, "2026-12-01T14:05:00"),
        refund("K-1", Card, "EUR", 100, Succeeded, "2026-12-02T03:00:00"),
        refund("K-6", Card, "USD", 106, Succeeded, "2026-12-01T20:00:00", { rate("excl-15", 14) }),
    };
    QTest::addRow("a day with everything")
        << orders << refunds
        << QStringList {
               QStringLiteral("EUR sales=2 gross=4187 discounts=100 refunds=3497(2) net=690 card=690 cash=0 "
                              "tax=incl-19:110,incl-7:0 salesTax=incl-19:190,incl-7:196 "
                              "refundedTax=incl-19:80,incl-7:196 pending=300 review=1/700"),
               QStringLiteral("USD sales=1 gross=606 discounts=0 refunds=106(1) net=500 card=500 cash=0 "
                              "tax=excl-15:65 salesTax=excl-15:79 refundedTax=excl-15:14 pending=0 review=0/0"),
           };
    QTest::addRow("empty day") << Orders { orders[2], orders[6] } << Refunds { refunds[4] } << QStringList {};
    QTest::addRow("only a refund of yesterday's sale")
        << Orders {} << Refunds { refunds[1] }
        << QStringList { QStringLiteral("EUR sales=0 gross=0 discounts=0 refunds=500(1) net=-500 card=-500 cash=0 "
                                        "tax=incl-19:-80 salesTax= refundedTax=incl-19:80 pending=0 review=0/0") };
    QTest::addRow("cash only") << Orders { orders[1] } << Refunds {}
                               << QStringList { QStringLiteral(
                                      "EUR sales=1 gross=2997 discounts=100 refunds=0(0) net=2997 card=0 cash=2997 "
                                      "tax=incl-7:196 salesTax=incl-7:196 refundedTax= pending=0 review=0/0") };
    QTest::addRow("zero-decimal and three-decimal apart")
        << Orders { sale("J-1", "paid", Card, "JPY", 2179, "2026-12-01T09:00:00", { rate("excl-10", 180) }),
               sale("W-1", "paid", Cash, "KWD", 1310, "2026-12-01T09:00:00", { rate("excl-5", 60) }) }
        << Refunds {}
        << QStringList {
               QStringLiteral("JPY sales=1 gross=2179 discounts=0 refunds=0(0) net=2179 card=2179 cash=0 "
                              "tax=excl-10:180 salesTax=excl-10:180 refundedTax= pending=0 review=0/0"),
               QStringLiteral("KWD sales=1 gross=1310 discounts=0 refunds=0(0) net=1310 card=0 cash=1310 "
                              "tax=excl-5:60 salesTax=excl-5:60 refundedTax= pending=0 review=0/0"),
           };
}

void TestDayReport::aggregate()
{
    QFETCH(Orders, orders);
    QFETCH(Refunds, refunds);
    QFETCH(QStringList, expected);

    const Result<DayReport> report = DayReport::aggregate(december1(), orders, refunds);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->date, QDate(2026, 12, 1));
    QCOMPARE(report->fromUtc, utc("2026-12-01T03:00:00"));
    QCOMPARE(report->toUtc, utc("2026-12-02T03:00:00"));
    QCOMPARE(reportText(report.value()), expected);
}

void TestDayReport::refused()
{
    const auto unknown
        = DayReport::aggregate(december1(), { sale("K-1", "paid", Card, "XXX", 100, "2026-12-01T10:00:00") }, {});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, QStringLiteral("unknown_currency"));
    QVERIFY(unknown.error().message.contains(QStringLiteral("K-1")));
    const auto negative
        = DayReport::aggregate(december1(), { sale("K-2", "paid", Card, "EUR", -100, "2026-12-01T10:00:00") }, {});
    QCOMPARE(negative.error().code, QStringLiteral("invalid_amount"));
    const qint64 huge = std::numeric_limits<qint64>::max();
    const auto overflow = DayReport::aggregate(december1(),
        { sale("K-3", "paid", Card, "EUR", huge, "2026-12-01T10:00:00"),
            sale("K-4", "paid", Card, "EUR", 1, "2026-12-01T10:00:00") },
        {});
    QCOMPARE(overflow.error().code, QStringLiteral("amount_too_large"));
}

void TestDayReport::generatedDaysAddUp()
{
    // Generated orders and refunds over a month that crosses the end of DST: every sale and
    // refund falls in exactly one business day, so the days add up to the month.
    const BusinessDayCalendar cal = BusinessDayCalendar::create("Europe/Berlin", QTime(4, 0)).value();
    QRandomGenerator random(5);
    Orders orders;
    Refunds refunds;
    const QDateTime start = utc("2026-10-10T00:00:00");
    qint64 gross = 0;
    qint64 refunded = 0;
    for (int i = 0; i < 3000; ++i) {
        ReportOrder o;
        o.orderNumber = QStringLiteral("K-%1").arg(i);
        o.status = i % 10 == 0 ? QStringLiteral("cancelled") : QStringLiteral("paid");
        o.tender = i % 3 == 0 ? Cash : Card;
        o.currency = QStringLiteral("EUR");
        o.amountTotal = 1 + random.bounded(100000);
        o.paidAt = start.addSecs(random.bounded(30 * 24 * 3600));
        o.tax = { rate("incl-19", o.amountTotal * 19 / 119) };
        if (o.tookMoney())
            gross += o.amountTotal;
        if (i % 7 == 0 && o.tookMoney()) {
            ReportRefund r;
            r.orderNumber = o.orderNumber;
            r.tender = o.tender;
            r.currency = o.currency;
            r.amount = o.amountTotal / 2;
            r.status = Succeeded;
            r.created = o.paidAt.addSecs(random.bounded(3 * 3600));
            refunded += r.amount;
            refunds.append(r);
        }
        orders.append(o);
    }
    qint64 grossSum = 0;
    qint64 refundSum = 0;
    qint64 cashAndCard = 0;
    for (QDate d(2026, 10, 9); d <= QDate(2026, 11, 10); d = d.addDays(1)) {
        const Result<DayReport> report = DayReport::aggregate(cal.interval(d), orders, refunds);
        QVERIFY(report.ok());
        for (const CurrencyDayTotals &t : report->currencies) {
            grossSum += t.gross;
            refundSum += t.refunds;
            cashAndCard += t.card + t.cash;
            QCOMPARE(t.net, t.gross - t.refunds);
            QCOMPARE(t.card + t.cash, t.net);
        }
    }
    QCOMPARE(grossSum, gross);
    QCOMPARE(refundSum, refunded);
    QCOMPARE(cashAndCard, gross - refunded);
}

QTEST_GUILESS_MAIN(TestDayReport)
#include "tst_dayreport.moc"
