// SPDX-License-Identifier: MIT
// The one decision that marks an order paid, pinned down row by row: every way a session can
// differ from its order, every order status, cancel requests and event types.
#include "CheckoutSession.h"
#include "PaymentCoordinator.h"

#include <QTest>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::OrderStatus)

namespace {

const QString kSession = QStringLiteral("cs_test_decision");
const QString kInstallation = QStringLiteral("0123456789abcdef");

Order order(OrderStatus status, bool cancelRequested)
{
    Order o;
    o.id = 7;
    o.number = QStringLiteral("K1-000007");
    o.status = status;
    o.currency = QStringLiteral("EUR");
    o.amountSubtotal = 1250;
    o.amountTotal = 1250;
    o.sessionId = kSession;
    o.installationId = kInstallation;
    if (cancelRequested)
        o.cancelRequestedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    return o;
}

CheckoutSession session(const QString &status, const QString &paymentStatus, qint64 amount, const QString &currency)
{
    CheckoutSession s;
    s.id = kSession;
    s.status = status;
    s.paymentStatus = paymentStatus;
    if (amount >= 0)
        s.amountTotal = amount;
    s.currency = currency;
    s.metadata.insert(QStringLiteral("installation_id"), kInstallation);
    return s;
}

} // namespace

class TestPaymentDecision final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<OrderStatus>("orderStatus");
        QTest::addColumn<bool>("cancelRequested");
        QTest::addColumn<QString>("sessionStatus");
        QTest::addColumn<QString>("paymentStatus");
        QTest::addColumn<qint64>("amount"); // -1: Stripe sent none
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("event"); // empty: retrieved from Stripe
        QTest::addColumn<QString>("expected"); // empty: no change

        const auto A = OrderStatus::AwaitingPayment;
        const QString completed = QStringLiteral("checkout.session.completed");
        const QString asyncOk = QStringLiteral("checkout.session.async_payment_succeeded");
        const QString asyncFailed = QStringLiteral("checkout.session.async_payment_failed");
        const QString expired = QStringLiteral("checkout.session.expired");
        const QString eur = QStringLiteral("eur");
        const QString complete = QStringLiteral("complete");
        const QString paid = QStringLiteral("paid");
        const QString unpaid = QStringLiteral("unpaid");
        const QString none;

        QTest::addRow("paid, exact amount")
            << A << false << complete << paid << qint64(1250) << eur << none << QStringLiteral("paid");
        QTest::addRow("paid, by webhook")
            << A << false << complete << paid << qint64(1250) << eur << completed << QStringLiteral("paid");
        QTest::addRow("paid, upper-case currency") << A << false << complete << paid << qint64(1250)
                                                   << QStringLiteral("EUR") << none << QStringLiteral("paid");
        QTest::addRow("underpaid by 1") << A << false << complete << paid << qint64(1249) << eur << none
                                        << QStringLiteral("needs_review");
        QTest::addRow("overpaid by 1") << A << false << complete << paid << qint64(1251) << eur << none
                                       << QStringLiteral("needs_review");
        QTest::addRow("no amount") << A << false << complete << paid << qint64(-1) << eur << none
                                   << QStringLiteral("needs_review");
        QTest::addRow("wrong currency") << A << false << complete << paid << qint64(1250) << QStringLiteral("usd")
                                        << none << QStringLiteral("needs_review");
        QTest::addRow("no currency") << A << false << complete << paid << qint64(1250) << QString() << none
                                     << QStringLiteral("needs_review");
        QTest::addRow("open, unpaid") << A << false << QStringLiteral("open") << unpaid << qint64(1250) << eur << none
                                      << QString();
        QTest::addRow("complete, unpaid")
            << A << false << complete << unpaid << qint64(1250) << eur << completed << QStringLiteral("processing");
        QTest::addRow("complete, unpaid, wrong amount")
            << A << false << complete << unpaid << qint64(1249) << eur << none << QStringLiteral("needs_review");
        QTest::addRow("no_payment_required") << A << false << complete << QStringLiteral("no_payment_required")
                                             << qint64(1250) << eur << none << QStringLiteral("needs_review");
        QTest::addRow("expired") << A << false << QStringLiteral("expired") << unpaid << qint64(1250) << eur << expired
                                 << QStringLiteral("expired");
        QTest::addRow("processing, async succeeded") << OrderStatus::Processing << false << complete << paid
                                                     << qint64(1250) << eur << asyncOk << QStringLiteral("paid");
        QTest::addRow("processing, async failed") << OrderStatus::Processing << false << complete << unpaid
                                                  << qint64(1250) << eur << asyncFailed << QStringLiteral("failed");
        QTest::addRow("processing, still unpaid")
            << OrderStatus::Processing << false << complete << unpaid << qint64(1250) << eur << none << QString();
        QTest::addRow("an event type we do not act on") << A << false << complete << paid << qint64(1250) << eur
                                                        << QStringLiteral("checkout.session.updated") << QString();
        // Cancel requested: an expired session is the cancel, a paid one is the buyer's win.
        QTest::addRow("cancel requested, expired") << A << true << QStringLiteral("expired") << unpaid << qint64(1250)
                                                   << eur << expired << QStringLiteral("cancelled");
        QTest::addRow("cancel requested, draft, expired")
            << OrderStatus::Draft << true << QStringLiteral("expired") << unpaid << qint64(1250) << eur << none
            << QStringLiteral("cancelled");
        QTest::addRow("cancel requested, paid")
            << A << true << complete << paid << qint64(1250) << eur << completed << QStringLiteral("paid");
        QTest::addRow("cancel requested, underpaid")
            << A << true << complete << paid << qint64(1249) << eur << completed << QStringLiteral("needs_review");
        QTest::addRow("cancel requested, open")
            << A << true << QStringLiteral("open") << unpaid << qint64(1250) << eur << none << QString();
        // Finished orders never move, whatever Stripe says.
        for (const OrderStatus finished : { OrderStatus::Paid, OrderStatus::Cancelled, OrderStatus::Expired,
                 OrderStatus::Failed, OrderStatus::NeedsReview }) {
            const QByteArray name = toString(finished).toUtf8();
            QTest::addRow("%s, paid session", name.constData())
                << finished << false << complete << paid << qint64(1250) << eur << completed << QString();
            QTest::addRow("%s, underpaid session", name.constData())
                << finished << false << complete << paid << qint64(1249) << eur << completed << QString();
            QTest::addRow("%s, expired session", name.constData())
                << finished << true << QStringLiteral("expired") << unpaid << qint64(1250) << eur << expired
                << QString();
            QTest::addRow("%s, async failed", name.constData())
                << finished << false << complete << unpaid << qint64(1250) << eur << asyncFailed << QString();
        }
    }

    void decide()
    {
        QFETCH(OrderStatus, orderStatus);
        QFETCH(bool, cancelRequested);
        QFETCH(QString, sessionStatus);
        QFETCH(QString, paymentStatus);
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        QFETCH(QString, event);
        QFETCH(QString, expected);
        const Order o = order(orderStatus, cancelRequested);
        const auto decision
            = PaymentCoordinator::decide(o, session(sessionStatus, paymentStatus, amount, currency), event);
        QCOMPARE(decision.to ? toString(*decision.to) : QString(), expected);
        if (decision.to == OrderStatus::NeedsReview)
            QVERIFY(!decision.reason.isEmpty()); // a person reads why
    }

    void onlyItsOwnSessionMovesAnOrder_data()
    {
        QTest::addColumn<QString>("sessionId");
        QTest::addColumn<QString>("installation");
        QTest::addColumn<QString>("orderInstallation");
        QTest::addColumn<bool>("applies");
        QTest::addRow("its session") << kSession << kInstallation << kInstallation << true;
        QTest::addRow("another session") << QStringLiteral("cs_test_other") << kInstallation << kInstallation << false;
        QTest::addRow("another installation")
            << kSession << QStringLiteral("fedcba9876543210") << kInstallation << false;
        QTest::addRow("no installation in the session") << kSession << QString() << kInstallation << false;
        QTest::addRow("an order from before installation ids") << kSession << QString() << QString() << true;
        QTest::addRow("an installation's session, a legacy order") << kSession << kInstallation << QString() << false;
    }

    void onlyItsOwnSessionMovesAnOrder()
    {
        QFETCH(QString, sessionId);
        QFETCH(QString, installation);
        QFETCH(QString, orderInstallation);
        QFETCH(bool, applies);
        Order o = order(OrderStatus::AwaitingPayment, false);
        o.installationId = orderInstallation;
        CheckoutSession s = session(QStringLiteral("complete"), QStringLiteral("paid"), 1250, QStringLiteral("eur"));
        s.id = sessionId;
        s.metadata.insert(QStringLiteral("installation_id"), installation);
        if (installation.isEmpty())
            s.metadata.remove(QStringLiteral("installation_id"));
        for (const QString &event : { QString(), QStringLiteral("checkout.session.completed"),
                 QStringLiteral("checkout.session.async_payment_failed") }) {
            const auto decision = PaymentCoordinator::decide(o, s, event);
            QCOMPARE(decision.to.has_value(), applies);
        }
    }

    void taxIsCheckedWithTheTotal_data()
    {
        QTest::addColumn<qint64>("orderTax");
        QTest::addColumn<qint64>("stripeTax"); // -1: no total_details
        QTest::addColumn<QString>("expected");
        QTest::addRow("same tax") << qint64(200) << qint64(200) << QStringLiteral("paid");
        QTest::addRow("no tax either side") << qint64(0) << qint64(0) << QStringLiteral("paid");
        QTest::addRow("no tax, no total_details") << qint64(0) << qint64(-1) << QStringLiteral("paid");
        QTest::addRow("Stripe one cent more tax, same total")
            << qint64(200) << qint64(201) << QStringLiteral("needs_review");
        QTest::addRow("Stripe one cent less tax") << qint64(200) << qint64(199) << QStringLiteral("needs_review");
        QTest::addRow("Stripe charged no tax") << qint64(200) << qint64(0) << QStringLiteral("needs_review");
        QTest::addRow("taxed order, no total_details") << qint64(200) << qint64(-1) << QStringLiteral("needs_review");
        QTest::addRow("Stripe taxed an untaxed order") << qint64(0) << qint64(5) << QStringLiteral("needs_review");
    }

    void taxIsCheckedWithTheTotal()
    {
        QFETCH(qint64, orderTax);
        QFETCH(qint64, stripeTax);
        QFETCH(QString, expected);
        Order o = order(OrderStatus::AwaitingPayment, false);
        o.amountTax = orderTax; // inclusive: the total is the same either way
        CheckoutSession s = session(QStringLiteral("complete"), QStringLiteral("paid"), 1250, QStringLiteral("eur"));
        if (stripeTax >= 0)
            s.totalAmountTax = stripeTax;
        const auto decision = PaymentCoordinator::decide(o, s, QStringLiteral("checkout.session.completed"));
        QVERIFY(decision.to);
        QCOMPARE(toString(*decision.to), expected);
        if (expected == QLatin1String("needs_review"))
            QVERIFY2(decision.reason.contains(QStringLiteral("tax")), qPrintable(decision.reason));
    }

    void discountIsCheckedWithTheTotal_data()
    {
        QTest::addColumn<qint64>("orderDiscount");
        QTest::addColumn<qint64>("stripeDiscount"); // -1: no total_details
        QTest::addColumn<QString>("expected");
        QTest::addRow("same discount") << qint64(125) << qint64(125) << QStringLiteral("paid");
        QTest::addRow("no discount, no total_details") << qint64(0) << qint64(-1) << QStringLiteral("paid");
        QTest::addRow("Stripe one cent more, same total")
            << qint64(125) << qint64(126) << QStringLiteral("needs_review");
        QTest::addRow("Stripe gave none") << qint64(125) << qint64(0) << QStringLiteral("needs_review");
        QTest::addRow("discounted order, no total_details")
            << qint64(125) << qint64(-1) << QStringLiteral("needs_review");
        QTest::addRow("Stripe discounted an undiscounted order")
            << qint64(0) << qint64(10) << QStringLiteral("needs_review");
    }

    void discountIsCheckedWithTheTotal()
    {
        QFETCH(qint64, orderDiscount);
        QFETCH(qint64, stripeDiscount);
        QFETCH(QString, expected);
        Order o = order(OrderStatus::AwaitingPayment, false);
        o.amountDiscount = orderDiscount; // the totals agree: only the discount can differ
        CheckoutSession s = session(QStringLiteral("complete"), QStringLiteral("paid"), 1250, QStringLiteral("eur"));
        if (stripeDiscount >= 0) {
            s.totalAmountDiscount = stripeDiscount;
            s.totalAmountTax = 0;
        }
        const auto decision = PaymentCoordinator::decide(o, s, QStringLiteral("checkout.session.completed"));
        QVERIFY(decision.to);
        QCOMPARE(toString(*decision.to), expected);
        if (expected == QLatin1String("needs_review"))
            QVERIFY2(decision.reason.contains(QStringLiteral("discount")), qPrintable(decision.reason));
    }
};

QTEST_GUILESS_MAIN(TestPaymentDecision)
#include "tst_paymentdecision.moc"
