// SPDX-License-Identifier: MIT
#include "StripeReconciliation.h"

#include <QTest>

using namespace Kiosk;

namespace {

/** Both sides of a small day that agree, before an injection breaks one thing. */
struct Day
{
    QList<ReportOrder> orders;
    QList<ReportRefund> refunds;
    QList<StripePayment> payments;
    QList<StripeRefund> stripeRefunds;
    QList<StripeBalanceTransaction> balance;
};

ReportOrder order(
    const char *number, const char *status, Tender tender, qint64 amount, const char *session, const char *intent)
{
    ReportOrder o;
    o.orderNumber = QString::fromLatin1(number);
    o.status = QString::fromLatin1(status);
    o.tender = tender;
    o.currency = QStringLiteral("EUR");
    o.amountTotal = amount;
    o.stripeSessionId = QString::fromLatin1(session);
    o.paymentIntentId = QString::fromLatin1(intent);
    return o;
}

ReportRefund localRefund(const char *number, qint64 amount, RefundRecord::Status status, const char *stripeId)
{
    ReportRefund r;
    r.orderNumber = QString::fromLatin1(number);
    r.currency = QStringLiteral("EUR");
    r.amount = amount;
    r.status = status;
    r.stripeRefundId = QString::fromLatin1(stripeId);
    return r;
}

Day agreeingDay()
{
    Day d;
    d.orders = { order("K-1", "paid", Tender::Card, 1190, "cs_1", "pi_1"),
        order("K-2", "partially_refunded", Tender::Card, 2997, "cs_2", "pi_2"),
        order("K-3", "paid", Tender::Cash, 500, "", ""), order("K-9", "cancelled", Tender::Card, 800, "cs_9", "") };
    d.refunds = { localRefund("K-2", 1000, RefundRecord::Status::Succeeded, "re_1"),
        localRefund("K-1", 400, RefundRecord::Status::Failed, "") };
    d.payments
        = { { QStringLiteral("cs_1"), QStringLiteral("pi_1"), QStringLiteral("ch_1"), QStringLiteral("eur"), 1190 },
              { QStringLiteral("cs_2"), QStringLiteral("pi_2"), QStringLiteral("ch_2"), QStringLiteral("eur"), 2997 } };
    d.stripeRefunds = { { QStringLiteral("re_1"), QStringLiteral("pi_2"), QStringLiteral("ch_2"), QStringLiteral("eur"),
        1000, QStringLiteral("succeeded") } };
    d.balance = {
        { QStringLiteral("txn_1"), QStringLiteral("ch_1"), QStringLiteral("charge"), QStringLiteral("eur"), 1190, 42,
            1148 },
        { QStringLiteral("txn_2"), QStringLiteral("ch_2"), QStringLiteral("charge"), QStringLiteral("eur"), 2997, 67,
            2930 },
        { QStringLiteral("txn_3"), QStringLiteral("re_1"), QStringLiteral("refund"), QStringLiteral("eur"), -1000, 0,
            -1000 },
        { QStringLiteral("txn_4"), QString(), QStringLiteral("payout"), QStringLiteral("eur"), -3000, 0, -3000 },
    };
    return d;
}

void inject(Day &d, const QString &what)
{
    if (what == QLatin1String("payment from another integration"))
        d.payments.append({ QString(), QStringLiteral("pi_x"), QStringLiteral("ch_x"), QStringLiteral("eur"), 5000 });
    if (what == QLatin1String("paid here, never at Stripe"))
        d.orders.append(order("K-4", "paid", Tender::Card, 800, "cs_4", ""));
    if (what == QLatin1String("amount differs"))
        d.payments[0].amount = 1191;
    if (what == QLatin1String("currency differs"))
        d.payments[0].currency = QStringLiteral("usd");
    if (what == QLatin1String("refund made in the Dashboard"))
        d.stripeRefunds.append({ QStringLiteral("re_2"), QStringLiteral("pi_1"), QStringLiteral("ch_1"),
            QStringLiteral("eur"), 300, QStringLiteral("succeeded") });
    if (what == QLatin1String("refund recorded here only"))
        d.refunds.append(localRefund("K-1", 200, RefundRecord::Status::Succeeded, "re_3"));
    if (what == QLatin1String("refund failed at Stripe"))
        d.stripeRefunds[0].status = QStringLiteral("failed");
    if (what == QLatin1String("refund failed here, succeeded at Stripe"))
        d.refunds[0].status = RefundRecord::Status::Failed;
    if (what == QLatin1String("refund amount differs"))
        d.stripeRefunds[0].amount = 900;
    if (what == QLatin1String("session matched twice"))
        d.payments.append(d.payments[0]);
    if (what == QLatin1String("matched by payment intent"))
        d.payments[1].sessionId.clear();
    if (what == QLatin1String("needs_review order paid at Stripe"))
        d.orders[0].status = QStringLiteral("needs_review");
    if (what == QLatin1String("needs_review order not at Stripe")) {
        d.orders.append(order("K-5", "needs_review", Tender::Card, 800, "cs_5", ""));
    }
    if (what == QLatin1String("pending refund with an id Stripe lacks"))
        d.refunds.append(localRefund("K-1", 100, RefundRecord::Status::Pending, "re_4"));
    if (what == QLatin1String("pending refund not yet sent"))
        d.refunds.append(localRefund("K-1", 100, RefundRecord::Status::Pending, ""));
}

QStringList discrepancyText(const StripeReconciliation &r)
{
    QStringList lines;
    for (const Discrepancy &d : r.discrepancies)
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 (here %6, Stripe %7)")
                         .arg(d.currency, Discrepancy::kindName(d.kind), d.orderNumber, d.stripeId)
                         .arg(d.amount)
                         .arg(d.localAmount)
                         .arg(d.stripeAmount));
    return lines;
}

} // namespace

class TestReconciliation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discrepancies_data();
    void discrepancies();
    void totals();
    void everyKindAtOnce();
};

void TestReconciliation::discrepancies_data()
{
    QTest::addColumn<QString>("injection");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("nothing wrong") << QString() << QStringList {};
    QTest::addRow("payment from another integration")
        << "payment from another integration"
        << QStringList { QStringLiteral("EUR paid_at_stripe_not_here  pi_x 5000 (here 0, Stripe 5000)") };
    QTest::addRow("paid here, never at Stripe")
        << "paid here, never at Stripe"
        << QStringList { QStringLiteral("EUR paid_here_not_at_stripe K-4 cs_4 800 (here 800, Stripe 0)") };
    QTest::addRow("amount differs") << "amount differs"
                                    << QStringList { QStringLiteral(
                                           "EUR amount_differs K-1 cs_1 1 (here 1190, Stripe 1191)") };
    QTest::addRow("currency differs") << "currency differs"
                                      << QStringList { QStringLiteral(
                                             "USD currency_differs K-1 cs_1 1190 (here 1190, Stripe 1190)") };
    QTest::addRow("refund made in the Dashboard")
        << "refund made in the Dashboard"
        << QStringList { QStringLiteral("EUR refund_missing_here K-1 re_2 300 (here 0, Stripe 300)") };
    QTest::addRow("refund recorded here only")
        << "refund recorded here only"
        << QStringList { QStringLiteral("EUR refund_missing_at_stripe K-1 re_3 200 (here 200, Stripe 0)") };
    QTest::addRow("refund failed at Stripe")
        << "refund failed at Stripe"
        << QStringList { QStringLiteral("EUR refund_missing_at_stripe K-2 re_1 1000 (here 1000, Stripe 0)") };
    QTest::addRow("refund failed here, succeeded at Stripe")
        << "refund failed here, succeeded at Stripe"
        << QStringList { QStringLiteral("EUR refund_missing_here K-2 re_1 1000 (here 0, Stripe 1000)") };
    QTest::addRow("refund amount differs")
        << "refund amount differs"
        << QStringList { QStringLiteral("EUR refund_amount_differs K-2 re_1 -100 (here 1000, Stripe 900)") };
    QTest::addRow("session matched twice")
        << "session matched twice"
        << QStringList { QStringLiteral("EUR paid_at_stripe_not_here  cs_1 1190 (here 0, Stripe 1190)") };
    QTest::addRow("matched by payment intent") << "matched by payment intent" << QStringList {};
    QTest::addRow("needs_review order paid at Stripe") << "needs_review order paid at Stripe" << QStringList {};
    QTest::addRow("needs_review order not at Stripe") << "needs_review order not at Stripe" << QStringList {};
    QTest::addRow("pending refund with an id Stripe lacks")
        << "pending refund with an id Stripe lacks"
        << QStringList { QStringLiteral("EUR refund_missing_at_stripe K-1 re_4 100 (here 100, Stripe 0)") };
    QTest::addRow("pending refund not yet sent") << "pending refund not yet sent" << QStringList {};
}

void TestReconciliation::discrepancies()
{
    QFETCH(QString, injection);
    QFETCH(QStringList, expected);

    Day d = agreeingDay();
    inject(d, injection);
    const Result<StripeReconciliation> r
        = StripeReconciliation::reconcile(d.orders, d.refunds, d.payments, d.stripeRefunds, d.balance);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QCOMPARE(discrepancyText(r.value()), expected);
}

void TestReconciliation::totals()
{
    const Day d = agreeingDay();
    const Result<StripeReconciliation> r
        = StripeReconciliation::reconcile(d.orders, d.refunds, d.payments, d.stripeRefunds, d.balance);
    QVERIFY(r.ok());
    QCOMPARE(r->currencies.size(), 1);
    const StripeCurrencyTotals &t = r->currencies[0];
    QCOMPARE(t.currency, QStringLiteral("EUR"));
    QCOMPARE(t.gross, qint64(4187));
    QCOMPARE(t.refunds, qint64(1000));
    QCOMPARE(t.fees, qint64(109));
    QCOMPARE(t.net, qint64(3078)); // the payout moves money to the bank: not part of the day's net
    QCOMPARE(t.matchedPayments, 2);
    QCOMPARE(t.matchedGross, qint64(4187));
    QCOMPARE(t.matchedRefunds, 1);
    QCOMPARE(t.matchedRefundAmount, qint64(1000));
}

void TestReconciliation::everyKindAtOnce()
{
    // Every kind injected into one day is found, each once, in a stable order.
    Day d = agreeingDay();
    for (const char *what : { "payment from another integration", "paid here, never at Stripe", "amount differs",
             "refund made in the Dashboard", "refund recorded here only", "refund amount differs" })
        inject(d, QString::fromLatin1(what));
    d.orders.append(order("K-6", "paid", Tender::Card, 700, "cs_6", "pi_6"));
    d.payments.append(
        { QStringLiteral("cs_6"), QStringLiteral("pi_6"), QStringLiteral("ch_6"), QStringLiteral("usd"), 700 });
    const Result<StripeReconciliation> r
        = StripeReconciliation::reconcile(d.orders, d.refunds, d.payments, d.stripeRefunds, d.balance);
    QVERIFY(r.ok());
    QCOMPARE(discrepancyText(r.value()),
        (QStringList { QStringLiteral("EUR paid_at_stripe_not_here  pi_x 5000 (here 0, Stripe 5000)"),
            QStringLiteral("EUR paid_here_not_at_stripe K-4 cs_4 800 (here 800, Stripe 0)"),
            QStringLiteral("EUR amount_differs K-1 cs_1 1 (here 1190, Stripe 1191)"),
            QStringLiteral("EUR refund_missing_here K-1 re_2 300 (here 0, Stripe 300)"),
            QStringLiteral("EUR refund_missing_at_stripe K-1 re_3 200 (here 200, Stripe 0)"),
            QStringLiteral("EUR refund_amount_differs K-2 re_1 -100 (here 1000, Stripe 900)"),
            QStringLiteral("USD currency_differs K-6 cs_6 700 (here 700, Stripe 700)") }));
    QCOMPARE(r->currencies.size(), 2);
    QCOMPARE(r->currencies[1].currency, QStringLiteral("USD"));
    QCOMPARE(r->currencies[0].matchedPayments, 2);
}

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
