// SPDX-License-Identifier: MIT
// The one refund decision, row by row, and event sequences (duplicated, reordered, missing)
// applied through it: every order of the same events ends in the same place.
#include "RefundDecision.h"

#include <QtTest>

#include <algorithm>
#include <numeric>

using namespace Kiosk;
using RS = RefundRecord::Status;

namespace {

const QString kInstallation = QStringLiteral("inst_a");
const QString kIntent = QStringLiteral("pi_1");

Order paidOrder(OrderStatus status = OrderStatus::Paid, qint64 total = 1000)
{
    Order o;
    o.id = 1;
    o.number = QStringLiteral("K1-000001");
    o.status = status;
    o.currency = QStringLiteral("EUR");
    o.amountTotal = total;
    o.paymentIntent = kIntent;
    o.installationId = kInstallation;
    return o;
}

// "7:250:pending:re_1" (stripe id optional), ";"-separated.
QList<OrderRefund> records(const QString &text)
{
    QList<OrderRefund> out;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = item.split(QLatin1Char(':'));
        OrderRefund r;
        r.id = f.at(0).toLongLong();
        r.orderId = 1;
        r.amount = f.at(1).toLongLong();
        r.currency = QStringLiteral("EUR");
        r.status = *refundStatusFromString(f.at(2));
        r.stripeRefundId = f.value(3);
        out.append(r);
    }
    return out;
}

// "re_1:250:succeeded" + optional ":7" (metadata refund_id of our installation) or ":7@inst_b".
Refund stripeRefund(const QString &text)
{
    const QStringList f = text.split(QLatin1Char(':'));
    Refund r;
    r.id = f.at(0);
    r.object = QStringLiteral("refund");
    r.amount = f.at(1).toLongLong();
    r.currency = QStringLiteral("eur");
    r.status = f.at(2);
    r.paymentIntent = kIntent;
    if (r.status == QLatin1String("failed"))
        r.failureReason = QStringLiteral("insufficient_funds");
    if (f.size() > 3) {
        const QStringList tag = f.at(3).split(QLatin1Char('@'));
        r.metadata.insert(QStringLiteral("refund_id"), tag.at(0));
        r.metadata.insert(QStringLiteral("installation_id"), tag.size() > 1 ? tag.at(1) : kInstallation);
    }
    return r;
}

QString statusText(const std::optional<RS> &s)
{
    return s ? toString(*s) : QStringLiteral("-");
}

QString statusText(const std::optional<OrderStatus> &s)
{
    return s ? toString(*s) : QStringLiteral("-");
}

/** What the store will do with an outcome (slice B), for the sequence tests. */
void apply(Order &order, QList<OrderRefund> &refunds, const RefundDecision::Outcome &out, const Refund &stripe)
{
    if (out.adopt) {
        OrderRefund r;
        r.id = refunds.size() + 100;
        r.amount = stripe.amount;
        r.currency = order.currency;
        r.status = *out.refundTo;
        r.stripeRefundId = stripe.id;
        r.madeElsewhere = true;
        refunds.append(r);
    } else if (out.match >= 0) {
        if (out.refundTo)
            refunds[out.match].status = *out.refundTo;
        if (!out.stripeRefundId.isEmpty())
            refunds[out.match].stripeRefundId = out.stripeRefundId;
    }
    if (out.orderTo) {
        QVERIFY2(OrderStateMachine::canTransition(order.status, *out.orderTo),
            qPrintable(toString(order.status) + QStringLiteral(" -> ") + toString(*out.orderTo)));
        order.status = *out.orderTo;
        order.statusReason = out.reason;
    }
}

struct Step
{
    QString type; // refund.created | refund.updated | refund.failed | answer
    QString refund; // as stripeRefund()
};

Step step(const char *type, const char *refund)
{
    return { QString::fromLatin1(type), QString::fromLatin1(refund) };
}

} // namespace

Q_DECLARE_METATYPE(Step)

namespace {

QString finalState(Order order, QList<OrderRefund> refunds, const QList<Step> &steps)
{
    for (const Step &step : steps) {
        const Refund r = stripeRefund(step.refund);
        apply(order, refunds,
            RefundDecision::decide(
                order, refunds, r, kInstallation, step.type == QLatin1String("answer") ? QString() : step.type),
            r);
    }
    QStringList parts { toString(order.status) };
    for (const OrderRefund &r : std::as_const(refunds))
        parts << QStringLiteral("%1=%2/%3").arg(r.stripeRefundId).arg(r.amount).arg(toString(r.status));
    std::sort(parts.begin() + 1, parts.end());
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestRefundDecision final : public QObject
{
    Q_OBJECT

private slots:
    void decide_data()
    {
        QTest::addColumn<OrderStatus>("orderStatus");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("stripe");
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<int>("match");
        QTest::addColumn<bool>("adopt");
        QTest::addColumn<QString>("refundTo");
        QTest::addColumn<QString>("orderTo");
        QTest::addColumn<QString>("reason"); // contained in the reason; empty: not checked

        const auto P = OrderStatus::Paid;
        const auto PR = OrderStatus::PartiallyRefunded;
        const auto R = OrderStatus::Refunded;
        // The call's answer (it carries the metadata the kiosk sent: refund_id, installation_id)
        QTest::addRow("answer succeeded, partial") << P << "7:250:pending"
                                                   << "re_1:250:succeeded:7"
                                                   << "" << 0 << false << "succeeded"
                                                   << "partially_refunded"
                                                   << "re_1";
        QTest::addRow("answer succeeded, whole") << P << "7:1000:pending"
                                                 << "re_1:1000:succeeded:7"
                                                 << "" << 0 << false << "succeeded"
                                                 << "refunded"
                                                 << "";
        QTest::addRow("answer pending keeps the order paid") << P << "7:250:pending"
                                                             << "re_1:250:pending:7"
                                                             << "" << 0 << false << "-"
                                                             << "-"
                                                             << "";
        QTest::addRow("requires_action is pending") << P << "7:250:pending"
                                                    << "re_1:250:requires_action:7"
                                                    << "" << 0 << false << "-"
                                                    << "-"
                                                    << "";
        QTest::addRow("second partial reaches the total") << PR << "6:400:succeeded:re_0;7:600:pending"
                                                          << "re_1:600:succeeded:7"
                                                          << "" << 1 << false << "succeeded"
                                                          << "refunded"
                                                          << "";
        // Webhooks for a record whose answer was lost: matched by metadata
        QTest::addRow("webhook before the answer, by metadata") << P << "7:250:pending"
                                                                << "re_1:250:succeeded:7"
                                                                << "refund.created" << 0 << false << "succeeded"
                                                                << "partially_refunded"
                                                                << "";
        QTest::addRow("metadata of another installation is not ours") << P << "7:250:pending"
                                                                      << "re_1:250:succeeded:7@inst_b"
                                                                      << "refund.created" << -1 << true << "succeeded"
                                                                      << "partially_refunded"
                                                                      << "";
        QTest::addRow("metadata naming a record that has another stripe id")
            << P << "7:250:succeeded:re_0"
            << "re_1:250:succeeded:7"
            << "refund.created" << -1 << true << "succeeded"
            << "partially_refunded"
            << "";
        // Duplicates and late events change nothing
        QTest::addRow("duplicate succeeded") << PR << "7:250:succeeded:re_1"
                                             << "re_1:250:succeeded"
                                             << "refund.created" << 0 << false << "-"
                                             << "-"
                                             << "";
        QTest::addRow("late pending after succeeded") << PR << "7:250:succeeded:re_1"
                                                      << "re_1:250:pending"
                                                      << "refund.created" << 0 << false << "-"
                                                      << "-"
                                                      << "";
        QTest::addRow("late succeeded after failed") << OrderStatus::NeedsReview << "7:250:failed:re_1"
                                                     << "re_1:250:succeeded"
                                                     << "refund.created" << 0 << false << "-"
                                                     << "-"
                                                     << "";
        QTest::addRow("canceled is final") << P << "7:250:canceled:re_1"
                                           << "re_1:250:succeeded"
                                           << "refund.updated" << 0 << false << "-"
                                           << "-"
                                           << "";
        // Failures
        QTest::addRow("pending fails") << P << "7:250:pending:re_1"
                                       << "re_1:250:failed"
                                       << "refund.failed" << 0 << false << "failed"
                                       << "needs_review"
                                       << "failed: insufficient_funds";
        QTest::addRow("refund.failed wins over a stale object") << P << "7:250:pending:re_1"
                                                                << "re_1:250:pending"
                                                                << "refund.failed" << 0 << false << "failed"
                                                                << "needs_review"
                                                                << "Refund re_1 of 2.50 EUR failed";
        QTest::addRow("succeeded then failed") << PR << "7:250:succeeded:re_1"
                                               << "re_1:250:failed"
                                               << "refund.updated" << 0 << false << "failed"
                                               << "needs_review"
                                               << "failed";
        QTest::addRow("fully refunded then failed") << R << "7:1000:succeeded:re_1"
                                                    << "re_1:1000:failed"
                                                    << "refund.failed" << 0 << false << "failed"
                                                    << "needs_review"
                                                    << "";
        QTest::addRow("duplicate refund.failed") << OrderStatus::NeedsReview << "7:250:failed:re_1"
                                                 << "re_1:250:failed"
                                                 << "refund.failed" << 0 << false << "-"
                                                 << "-"
                                                 << "";
        QTest::addRow("canceled pending gives the money back to nobody") << P << "7:250:pending:re_1"
                                                                         << "re_1:250:canceled"
                                                                         << "refund.updated" << 0 << false << "canceled"
                                                                         << "-"
                                                                         << "";
        // Made elsewhere (the Dashboard)
        QTest::addRow("dashboard refund appears") << P << ""
                                                  << "re_9:300:succeeded"
                                                  << "refund.created" << -1 << true << "succeeded"
                                                  << "partially_refunded"
                                                  << "re_9";
        QTest::addRow("dashboard refund of the rest") << PR << "7:700:succeeded:re_1"
                                                      << "re_9:300:succeeded"
                                                      << "refund.created" << -1 << true << "succeeded"
                                                      << "refunded"
                                                      << "";
        QTest::addRow("dashboard refund pending") << P << ""
                                                  << "re_9:300:pending"
                                                  << "refund.created" << -1 << true << "pending"
                                                  << "-"
                                                  << "";
        QTest::addRow("dashboard refund failed") << P << ""
                                                 << "re_9:300:failed"
                                                 << "refund.failed" << -1 << true << "failed"
                                                 << "needs_review"
                                                 << "re_9";
        QTest::addRow("refund before the order is known paid is recorded only")
            << OrderStatus::AwaitingPayment << ""
            << "re_9:300:succeeded"
            << "refund.created" << -1 << true << "succeeded"
            << "-"
            << "";
        QTest::addRow("needs_review orders stay for the manager") << OrderStatus::NeedsReview << "7:250:pending:re_1"
                                                                  << "re_1:250:succeeded"
                                                                  << "refund.updated" << 0 << false << "succeeded"
                                                                  << "-"
                                                                  << "";
        // Anomalies
        QTest::addRow("amount differs from the record") << P << "7:250:pending"
                                                        << "re_1:260:succeeded:7"
                                                        << "" << 0 << false << "succeeded"
                                                        << "needs_review"
                                                        << "is 2.60 EUR, but the kiosk asked for 2.50 EUR";
        QTest::addRow("refunded above the paid total") << R << "7:1000:succeeded:re_1"
                                                       << "re_9:1:succeeded"
                                                       << "refund.created" << -1 << true << "succeeded"
                                                       << "needs_review"
                                                       << "more than the 10.00 EUR paid";
    }

    void decide()
    {
        QFETCH(OrderStatus, orderStatus);
        QFETCH(QString, local);
        QFETCH(QString, stripe);
        QFETCH(QString, eventType);
        QFETCH(int, match);
        QFETCH(bool, adopt);
        QFETCH(QString, refundTo);
        QFETCH(QString, orderTo);
        QFETCH(QString, reason);
        const Order order = paidOrder(orderStatus);
        const RefundDecision::Outcome out
            = RefundDecision::decide(order, records(local), stripeRefund(stripe), kInstallation, eventType);
        QCOMPARE(out.match, match);
        QCOMPARE(out.adopt, adopt);
        QCOMPARE(statusText(out.refundTo), refundTo);
        QCOMPARE(statusText(out.orderTo), orderTo);
        if (!reason.isEmpty())
            QVERIFY2(out.reason.contains(reason), qPrintable(out.reason));
        if (out.orderTo)
            QVERIFY(OrderStateMachine::canTransition(order.status, *out.orderTo));
    }

    void refundOfAnotherPaymentChangesNothing()
    {
        Refund r = stripeRefund(QStringLiteral("re_1:250:succeeded:7"));
        r.paymentIntent = QStringLiteral("pi_other");
        const auto out
            = RefundDecision::decide(paidOrder(), records(QStringLiteral("7:250:pending")), r, kInstallation);
        QVERIFY(!out.changesAnything());
    }

    void chargeRefunded_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<qint64>("amountRefunded");
        QTest::addColumn<bool>("resync");
        QTest::addRow("agrees") << "7:250:succeeded:re_1" << qint64(250) << false;
        QTest::addRow("pending counts as Stripe counts it") << "7:250:pending" << qint64(250) << false;
        QTest::addRow("failed does not count") << "7:250:failed:re_1;8:100:succeeded:re_2" << qint64(100) << false;
        QTest::addRow("a refund we do not know of") << "7:250:succeeded:re_1" << qint64(550) << true;
        QTest::addRow("no records yet") << "" << qint64(1000) << true;
        QTest::addRow("we count more than Stripe") << "7:250:succeeded:re_1" << qint64(0) << true;
    }

    void chargeRefunded()
    {
        QFETCH(QString, local);
        QFETCH(qint64, amountRefunded);
        QFETCH(bool, resync);
        Charge c;
        c.id = QStringLiteral("ch_1");
        c.paymentIntent = kIntent;
        c.currency = QStringLiteral("eur");
        c.amount = 1000;
        c.amountRefunded = amountRefunded;
        const auto out = RefundDecision::decideCharge(paidOrder(), records(local), c);
        QCOMPARE(out.resync, resync);
        QVERIFY(!out.orderTo && !out.refundTo && !out.adopt); // the refunds themselves decide
        c.paymentIntent = QStringLiteral("pi_other");
        QVERIFY(!RefundDecision::decideCharge(paidOrder(), records(local), c).changesAnything());
    }

    void everyOrderOfTheEventsEndsTheSame_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<QList<Step>>("steps");
        QTest::addColumn<QString>("expected");
        QTest::addRow("answer, created, duplicate")
            << "7:250:pending"
            << QList<Step> { step("answer", "re_1:250:succeeded:7"), step("refund.created", "re_1:250:succeeded:7"),
                   step("refund.created", "re_1:250:succeeded:7") }
            << "partially_refunded re_1=250/succeeded";
        QTest::addRow("pending then failed, with duplicates")
            << "7:250:pending"
            << QList<Step> { step("answer", "re_1:250:pending:7"), step("refund.created", "re_1:250:pending:7"),
                   step("refund.updated", "re_1:250:failed:7"), step("refund.failed", "re_1:250:failed:7"),
                   step("refund.failed", "re_1:250:failed:7") }
            << "needs_review re_1=250/failed";
        QTest::addRow("two of ours and one from the dashboard")
            << "7:250:pending;8:450:pending"
            << QList<Step> { step("answer", "re_1:250:succeeded:7"), step("refund.created", "re_1:250:succeeded:7"),
                   step("refund.created", "re_2:450:succeeded:8"), step("refund.created", "re_9:300:succeeded"),
                   step("refund.created", "re_9:300:succeeded") }
            << "refunded re_1=250/succeeded re_2=450/succeeded re_9=300/succeeded";
    }

    void everyOrderOfTheEventsEndsTheSame()
    {
        QFETCH(QString, local);
        QFETCH(QList<Step>, steps);
        QFETCH(QString, expected);
        QList<int> order(steps.size());
        std::iota(order.begin(), order.end(), 0);
        int permutations = 0;
        do {
            QList<Step> shuffled;
            for (int i : std::as_const(order))
                shuffled.append(steps.at(i));
            QCOMPARE(finalState(paidOrder(), records(local), shuffled), expected);
            ++permutations;
        } while (std::next_permutation(order.begin(), order.end()));
        QVERIFY(permutations > 1);
        // Missing events: any one left out that is not the last word on its refund (the events
        // sweep or the answer brings that one) changes nothing.
        for (int skip = 0; skip < steps.size(); ++skip) {
            const QString id = steps.at(skip).refund.section(QLatin1Char(':'), 0, 0);
            bool later = false;
            for (int k = skip + 1; k < steps.size(); ++k)
                later = later || steps.at(k).refund.section(QLatin1Char(':'), 0, 0) == id;
            if (!later)
                continue;
            QList<Step> partial = steps;
            partial.removeAt(skip);
            QCOMPARE(finalState(paidOrder(), records(local), partial), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestRefundDecision)
#include "tst_refunddecision.moc"
