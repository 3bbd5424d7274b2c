// SPDX-License-Identifier: MIT
#include "PricingRule.h"
#include "RefundPlanner.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::RefundLine)
Q_DECLARE_METATYPE(Kiosk::RefundRecord)

namespace {

using Lines = QList<RefundLine>;
using Refunds = QList<RefundRecord>;

TaxRate incl(const char *percentage)
{
    const QString text = QString::fromLatin1(percentage);
    return TaxRate { QStringLiteral("incl-") + text, Percentage::parse(text, Percentage::Use::TaxRate).value(), true };
}

/** The fixtures, priced by the pricing rule as a paid order would have been. */
PaidOrder order(const QString &name)
{
    Currency eur = Currency::fromCode(u"EUR").value();
    QList<PricingLine> lines;
    Currency currency = eur;
    if (name == QLatin1String("cafe")) {
        // 999 x3 at 7 % (tax 196), 1190 at 19 % (190), 450 x2 at 19 % (144): 5087, tax 196 + 334.
        lines = { { 999, 3, { incl("7") } }, { 1190, 1, { incl("19") } }, { 450, 2, { incl("19") } } };
    } else if (name == QLatin1String("kwd")) {
        currency = Currency::fromCode(u"KWD").value();
        lines = { { 1250, 2, { TaxRate { QStringLiteral("excl-5"), Percentage::fromScaled(50000).value(), false } } } };
    } else if (name == QLatin1String("with free line")) {
        lines = { { 0, 1, {} }, { 1000, 1, { incl("19") } } };
    } else if (name == QLatin1String("no lines")) {
        PaidOrder o;
        o.currency = eur;
        o.paid = true;
        o.amountTotal = 2500;
        return o;
    }
    if (name == QLatin1String("unpaid")) {
        PaidOrder o = order(QStringLiteral("cafe"));
        o.paid = false;
        return o;
    }
    PaidOrder o = PaidOrder::fromPricedBasket(PricingRule::price(currency, lines).value());
    o.paid = true;
    return o;
}

RefundRecord refund(qint64 amount, RefundRecord::Status status, Lines lines = {}, RateAmounts tax = {})
{
    RefundRecord r;
    r.amount = amount;
    r.status = status;
    r.lines = std::move(lines);
    r.tax = std::move(tax);
    return r;
}

RefundRecord dashboardRefund(qint64 amount)
{
    RefundRecord r = refund(amount, RefundRecord::Status::Succeeded);
    r.taxRecorded = false;
    return r;
}

QString taxText(const RateAmounts &tax)
{
    QStringList parts;
    for (const RateAmount &t : tax)
        parts.append(t.rate + QLatin1Char('=') + QString::number(t.amount));
    return parts.join(QLatin1Char(' '));
}

QString linesText(const QList<RefundLine> &lines)
{
    QStringList parts;
    for (const RefundLine &l : lines)
        parts.append(QStringLiteral("%1x%2=%3").arg(l.line).arg(l.quantity).arg(l.amount));
    return parts.join(QLatin1Char(' '));
}

Result<RefundPlan> plan(
    const PaidOrder &o, const Refunds &prior, const QString &kind, const Lines &lines, qint64 amount)
{
    if (kind == QLatin1String("whole"))
        return RefundPlanner::wholeRemainder(o, prior);
    if (kind == QLatin1String("lines"))
        return RefundPlanner::lines(o, prior, lines);
    return RefundPlanner::amount(o, prior, amount);
}

constexpr auto Succeeded = RefundRecord::Status::Succeeded;
constexpr auto Pending = RefundRecord::Status::Pending;
constexpr auto Failed = RefundRecord::Status::Failed;
constexpr auto Canceled = RefundRecord::Status::Canceled;

} // namespace

class TestRefundPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data();
    void plans();
    void refused_data();
    void refused();
    void neverMoreThanPaid();
};

void TestRefundPlanner::plans_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<Refunds>("prior");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("tax");
    QTest::addColumn<QString>("refundedLines");
    QTest::addColumn<bool>("capped");
    QTest::addColumn<qint64>("remainingAfter");

    const QString cafe = QStringLiteral("cafe");
    const RateAmounts unitOneTax { { QStringLiteral("incl-7"), 65 } };

    QTest::addRow("whole order") << cafe << Refunds {} << "whole" << Lines {} << qint64(0) << qint64(5087)
                                 << "incl-7=196 incl-19=334"
                                 << "1x3=2997 2x1=1190 3x2=900" << false << qint64(0);
    QTest::addRow("one of three units") << cafe << Refunds {} << "lines" << Lines { { 1, 1, 0 } } << qint64(0)
                                        << qint64(999) << "incl-7=65 incl-19=0"
                                        << "1x1=999" << false << qint64(4088);
    QTest::addRow("the other two units") << cafe << Refunds { refund(999, Succeeded, { { 1, 1, 0 } }, unitOneTax) }
                                         << "lines" << Lines { { 1, 2, 0 } } << qint64(0) << qint64(1998)
                                         << "incl-7=131 incl-19=0"
                                         << "1x2=1998" << false << qint64(2090);
    QTest::addRow("the last unit takes the rounding")
        << cafe << Refunds { refund(1998, Succeeded, { { 1, 2, 0 } }, { { QStringLiteral("incl-7"), 131 } }) }
        << "lines" << Lines { { 1, 1, 0 } } << qint64(0) << qint64(999) << "incl-7=65 incl-19=0"
        << "1x1=999" << false << qint64(2090);
    QTest::addRow("two lines at once") << cafe << Refunds {} << "lines" << Lines { { 3, 1, 0 }, { 2, 1, 0 } }
                                       << qint64(0) << qint64(1640) << "incl-7=0 incl-19=262"
                                       << "3x1=450 2x1=1190" << false << qint64(3447);
    QTest::addRow("pending refunds count")
        << cafe << Refunds { refund(999, Pending, { { 1, 1, 0 } }, unitOneTax) } << "whole" << Lines {} << qint64(0)
        << qint64(4088) << "incl-7=131 incl-19=334"
        << "1x2=1998 2x1=1190 3x2=900" << false << qint64(0);
    QTest::addRow("failed and canceled refunds do not")
        << cafe << Refunds { refund(5087, Failed), refund(999, Canceled, { { 1, 1, 0 } }) } << "whole" << Lines {}
        << qint64(0) << qint64(5087) << "incl-7=196 incl-19=334"
        << "1x3=2997 2x1=1190 3x2=900" << false << qint64(0);

    // Amount refunds: tax in proportion, half up; all of it with the last amount.
    QTest::addRow("amount, tax in proportion")
        << cafe << Refunds {} << "amount" << Lines {} << qint64(1000) << qint64(1000) << "incl-7=39 incl-19=66"
        << QString() << false << qint64(4087);
    QTest::addRow("amount of the whole remainder")
        << cafe << Refunds { refund(999, Succeeded, { { 1, 1, 0 } }, unitOneTax) } << "amount" << Lines {}
        << qint64(4088) << qint64(4088) << "incl-7=131 incl-19=334" << QString() << false << qint64(0);
    QTest::addRow("one cent") << cafe << Refunds {} << "amount" << Lines {} << qint64(1) << qint64(1)
                              << "incl-7=0 incl-19=0" << QString() << false << qint64(5086);
    QTest::addRow("Dashboard refund gets tax by the amount rule")
        << cafe << Refunds { dashboardRefund(1000) } << "whole" << Lines {} << qint64(0) << qint64(4087)
        << "incl-7=157 incl-19=268"
        << "1x3=2997 2x1=1190 3x2=900" << true << qint64(0);

    // Lines after an amount refund: worth their value, capped at what is left.
    const RateAmounts after4500 { { QStringLiteral("incl-7"), 173 }, { QStringLiteral("incl-19"), 295 } };
    QTest::addRow("line after an amount refund, capped")
        << cafe << Refunds { refund(4500, Succeeded, {}, after4500) } << "lines" << Lines { { 2, 1, 0 } } << qint64(0)
        << qint64(587) << "incl-7=23 incl-19=39"
        << "2x1=1190" << true << qint64(0);
    QTest::addRow("line after a small amount refund, not capped")
        << cafe
        << Refunds { refund(
               1000, Succeeded, {}, { { QStringLiteral("incl-7"), 39 }, { QStringLiteral("incl-19"), 66 } }) }
        << "lines" << Lines { { 2, 1, 0 } } << qint64(0) << qint64(1190) << "incl-7=0 incl-19=190"
        << "2x1=1190" << false << qint64(2897);

    // Three-decimal currency: parts of a line are whole multiples of 10.
    QTest::addRow("KWD half a line") << "kwd" << Refunds {} << "lines" << Lines { { 1, 1, 0 } } << qint64(0)
                                     << qint64(1320) << "excl-5=70"
                                     << "1x1=1320" << false << qint64(1310);
    QTest::addRow("KWD amount") << "kwd" << Refunds {} << "amount" << Lines {} << qint64(1000) << qint64(1000)
                                << "excl-5=50" << QString() << false << qint64(1630);
    QTest::addRow("order without lines, amount") << "no lines" << Refunds {} << "amount" << Lines {} << qint64(500)
                                                 << qint64(500) << QString() << QString() << false << qint64(2000);
}

void TestRefundPlanner::plans()
{
    QFETCH(QString, fixture);
    QFETCH(Refunds, prior);
    QFETCH(QString, kind);
    QFETCH(Lines, lines);
    QFETCH(qint64, amount);
    QFETCH(qint64, expected);
    QFETCH(QString, tax);
    QFETCH(QString, refundedLines);
    QFETCH(bool, capped);
    QFETCH(qint64, remainingAfter);

    const Result<RefundPlan> p = plan(order(fixture), prior, kind, lines, amount);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
    QCOMPARE(p->amount, expected);
    QCOMPARE(taxText(p->tax), tax);
    QCOMPARE(linesText(p->lines), refundedLines);
    QCOMPARE(p->cappedByRemainder, capped);
    QCOMPARE(p->remainingAfter, remainingAfter);
    QCOMPARE(p->remainingBefore - p->amount, remainingAfter);
    QCOMPARE(p->currency, order(fixture).currency);
}

void TestRefundPlanner::refused_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<Refunds>("prior");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");

    const QString cafe = QStringLiteral("cafe");
    QTest::addRow("more than the remainder") << cafe << Refunds { refund(1000, Succeeded) } << "amount" << Lines {}
                                             << qint64(4088) << QStringLiteral("amount_above_remaining")
                                             << QStringLiteral("A refund of 40.88 EUR is more than the 40.87 EUR left");
    QTest::addRow("more than paid") << cafe << Refunds {} << "amount" << Lines {} << qint64(5088)
                                    << QStringLiteral("amount_above_remaining") << QStringLiteral("50.87 EUR");
    QTest::addRow("nothing left") << cafe << Refunds { refund(5000, Succeeded), refund(87, Pending) } << "whole"
                                  << Lines {} << qint64(0) << QStringLiteral("nothing_left")
                                  << QStringLiteral("refunded in full (50.87 EUR)");
    QTest::addRow("nothing left for lines")
        << cafe << Refunds { refund(5087, Succeeded) } << "lines" << Lines { { 1, 1, 0 } } << qint64(0)
        << QStringLiteral("nothing_left") << QStringLiteral("in full");
    QTest::addRow("unpaid order") << "unpaid" << Refunds {} << "whole" << Lines {} << qint64(0)
                                  << QStringLiteral("order_not_paid") << QStringLiteral("not paid");
    QTest::addRow("unknown line") << cafe << Refunds {} << "lines" << Lines { { 4, 1, 0 } } << qint64(0)
                                  << QStringLiteral("unknown_line") << QStringLiteral("no line 4 (it has 3 line(s))");
    QTest::addRow("line of an order without lines")
        << "no lines" << Refunds {} << "lines" << Lines { { 1, 1, 0 } } << qint64(0) << QStringLiteral("unknown_line")
        << QStringLiteral("refund an amount instead");
    QTest::addRow("quantity above the line") << cafe << Refunds {} << "lines" << Lines { { 2, 2, 0 } } << qint64(0)
                                             << QStringLiteral("quantity_above_remaining")
                                             << QStringLiteral("Line 2: 2 to refund, but only 1 of 1 are left");
    QTest::addRow("quantity above what is left")
        << cafe << Refunds { refund(1998, Succeeded, { { 1, 2, 0 } }) } << "lines" << Lines { { 1, 2, 0 } } << qint64(0)
        << QStringLiteral("quantity_above_remaining") << QStringLiteral("only 1 of 3");
    QTest::addRow("quantity 0") << cafe << Refunds {} << "lines" << Lines { { 1, 0, 0 } } << qint64(0)
                                << QStringLiteral("invalid_quantity") << QStringLiteral("at least 1");
    QTest::addRow("no lines chosen") << cafe << Refunds {} << "lines" << Lines {} << qint64(0)
                                     << QStringLiteral("invalid_quantity") << QStringLiteral("No lines");
    QTest::addRow("line twice") << cafe << Refunds {} << "lines" << Lines { { 1, 1, 0 }, { 1, 1, 0 } } << qint64(0)
                                << QStringLiteral("duplicate_line") << QStringLiteral("Line 1");
    QTest::addRow("zero amount") << cafe << Refunds {} << "amount" << Lines {} << qint64(0)
                                 << QStringLiteral("invalid_amount") << QStringLiteral("positive");
    QTest::addRow("negative amount") << cafe << Refunds {} << "amount" << Lines {} << qint64(-250)
                                     << QStringLiteral("invalid_amount") << QStringLiteral("-2.50 EUR");
    QTest::addRow("KWD off step") << "kwd" << Refunds {} << "amount" << Lines {} << qint64(1005)
                                  << QStringLiteral("invalid_amount") << QStringLiteral("multiple of 0.010 KWD");
    QTest::addRow("a free line") << "with free line" << Refunds {} << "lines" << Lines { { 1, 1, 0 } } << qint64(0)
                                 << QStringLiteral("nothing_to_refund") << QStringLiteral("free");
    QTest::addRow("earlier refund of a line not there")
        << cafe << Refunds { refund(10, Succeeded, { { 9, 1, 0 } }) } << "amount" << Lines {} << qint64(10)
        << QStringLiteral("inconsistent_order") << QStringLiteral("line 9");
}

void TestRefundPlanner::refused()
{
    QFETCH(QString, fixture);
    QFETCH(Refunds, prior);
    QFETCH(QString, kind);
    QFETCH(Lines, lines);
    QFETCH(qint64, amount);
    QFETCH(QString, code);
    QFETCH(QString, says);

    const Result<RefundPlan> p = plan(order(fixture), prior, kind, lines, amount);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, code);
    QVERIFY2(p.error().message.contains(says), qPrintable(p.error().message));
}

void TestRefundPlanner::neverMoreThanPaid()
{
    // Random sequences of line, amount and whole refunds on random baskets: the refunded total
    // never exceeds the paid total, no rate's tax goes beyond what was paid, and an order
    // refunded in full has given back exactly its total and its tax.
    QRandomGenerator random(11);
    const Currency currencies[] = { Currency::fromCode(u"EUR").value(), Currency::fromCode(u"JPY").value(),
        Currency::fromCode(u"KWD").value() };
    const TaxRate rates[] = { incl("19"), incl("7"), incl("5.5") };
    for (int round = 0; round < 500; ++round) {
        const Currency &currency = currencies[random.bounded(3)];
        QList<PricingLine> basket;
        for (int n = 1 + random.bounded(5); n > 0; --n)
            basket.append({ (1 + random.bounded(5000)) * currency.amountStep, 1 + random.bounded(6),
                { rates[random.bounded(3)] } });
        const BasketDiscount discount = random.bounded(2) == 0
            ? BasketDiscount::none()
            : BasketDiscount::percent(Percentage::fromScaled(1 + random.bounded(500000)).value());
        PaidOrder o = PaidOrder::fromPricedBasket(PricingRule::price(currency, basket, discount).value());
        o.paid = true;
        QHash<QString, qint64> paidTax;
        for (const PaidLine &l : o.lines)
            for (const RateAmount &t : l.taxes)
                paidTax[t.rate] += t.amount;

        Refunds done;
        qint64 refunded = 0;
        for (int step = 0; step < 8; ++step) {
            Result<RefundPlan> p = makeError(QString(), QString());
            switch (random.bounded(3)) {
            case 0: {
                const PaidLine &l = o.lines[random.bounded(int(o.lines.size()))];
                p = RefundPlanner::lines(o, done, { { l.number, 1 + random.bounded(int(l.quantity)), 0 } });
                break;
            }
            case 1:
                p = RefundPlanner::amount(o, done, (1 + random.bounded(2000)) * currency.amountStep);
                break;
            default:
                if (step == 7)
                    p = RefundPlanner::wholeRemainder(o, done);
            }
            if (!p.ok())
                continue;
            QVERIFY(p->amount > 0);
            refunded += p->amount;
            QVERIFY2(refunded <= o.amountTotal, qPrintable(QString::number(refunded)));
            done.append(refund(p->amount, random.bounded(2) ? Succeeded : Pending, p->lines, p->tax));
        }
        const Result<RefundPlan> rest = RefundPlanner::wholeRemainder(o, done);
        if (rest.ok()) {
            refunded += rest->amount;
            done.append(refund(rest->amount, Succeeded, rest->lines, rest->tax));
        }
        QCOMPARE(refunded, o.amountTotal);
        QHash<QString, qint64> refundedTax;
        for (const RefundRecord &r : done)
            for (const RateAmount &t : r.tax) {
                QVERIFY(t.amount >= 0);
                refundedTax[t.rate] += t.amount;
            }
        for (auto it = paidTax.cbegin(); it != paidTax.cend(); ++it)
            QCOMPARE(refundedTax.value(it.key()), it.value());
        QCOMPARE(RefundPlanner::wholeRemainder(o, done).error().code, QStringLiteral("nothing_left"));
    }
}

QTEST_GUILESS_MAIN(TestRefundPlanner)
#include "tst_refundplanner.moc"
