// SPDX-License-Identifier: MIT
#include "Order.h"

#include <QTest>

#include <set>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::OrderStatus)

namespace {

using S = OrderStatus;

// The specification, written out pair by pair: everything not listed here (apart from staying
// in the same state) must be refused.
const QList<QPair<S, S>> kLegal = {
    { S::Draft, S::AwaitingPayment },
    { S::Draft, S::Failed },
    { S::Draft, S::Cancelled },
    { S::AwaitingPayment, S::Processing },
    { S::AwaitingPayment, S::Paid },
    { S::AwaitingPayment, S::Cancelled },
    { S::AwaitingPayment, S::Expired },
    { S::AwaitingPayment, S::Failed },
    { S::AwaitingPayment, S::NeedsReview },
    { S::Processing, S::Paid },
    { S::Processing, S::Failed },
    { S::Processing, S::NeedsReview },
    { S::NeedsReview, S::Paid },
    { S::NeedsReview, S::Cancelled },
    { S::NeedsReview, S::PartiallyRefunded },
    { S::NeedsReview, S::Refunded },
    // Only refunds move a paid order on; a failed one sends it to review.
    { S::Paid, S::PartiallyRefunded },
    { S::Paid, S::Refunded },
    { S::Paid, S::NeedsReview },
    { S::PartiallyRefunded, S::Refunded },
    { S::PartiallyRefunded, S::NeedsReview },
    { S::Refunded, S::NeedsReview },
};

} // namespace

class TestOrderStateMachine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPair_data()
    {
        QTest::addColumn<OrderStatus>("from");
        QTest::addColumn<OrderStatus>("to");
        QTest::addColumn<bool>("legal");
        for (const S from : allOrderStatuses()) {
            for (const S to : allOrderStatuses()) {
                const bool legal = from == to || kLegal.contains({ from, to });
                QTest::addRow("%s->%s", qPrintable(toString(from)), qPrintable(toString(to))) << from << to << legal;
            }
        }
    }
    void everyPair()
    {
        QFETCH(OrderStatus, from);
        QFETCH(OrderStatus, to);
        QFETCH(bool, legal);
        QCOMPARE(OrderStateMachine::canTransition(from, to), legal);
        const Status st = OrderStateMachine::check(from, to);
        QCOMPARE(st.ok(), legal);
        if (!legal) {
            QCOMPARE(st.error().code, QStringLiteral("illegal_transition"));
            QVERIFY2(st.error().message.contains(toString(from)), qPrintable(st.error().message));
            QVERIFY2(st.error().message.contains(toString(to)), qPrintable(st.error().message));
        }
    }

    void terminalStatesNeverMove_data()
    {
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<bool>("terminal");
        for (const S s : allOrderStatuses()) {
            const bool terminal = s == S::Paid || s == S::PartiallyRefunded || s == S::Refunded || s == S::Cancelled
                || s == S::Expired || s == S::Failed;
            QTest::addRow("%s", qPrintable(toString(s))) << s << terminal;
        }
    }
    void terminalStatesNeverMove()
    {
        QFETCH(OrderStatus, status);
        QFETCH(bool, terminal);
        QCOMPARE(OrderStateMachine::isTerminal(status), terminal);
        if (!terminal)
            return;
        // A settled payment never moves back into the payment flow; only refunds (and a
        // failed refund's review) move a paid order on.
        const QList<S> refundMoves { S::PartiallyRefunded, S::Refunded, S::NeedsReview };
        const bool tookMoney = status == S::Paid || status == S::PartiallyRefunded || status == S::Refunded;
        for (const S to : allOrderStatuses()) {
            if (to != status && !(tookMoney && refundMoves.contains(to)))
                QVERIFY2(!OrderStateMachine::canTransition(status, to), qPrintable(toString(to)));
        }
    }

    void onlyNeedsReviewWaitsForAPerson()
    {
        for (const S s : allOrderStatuses())
            QCOMPARE(OrderStateMachine::needsHuman(s), s == S::NeedsReview);
    }

    void namesRoundTrip_data()
    {
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("display");
        QTest::addRow("draft") << S::Draft << QStringLiteral("draft") << QStringLiteral("Draft");
        QTest::addRow("awaiting") << S::AwaitingPayment << QStringLiteral("awaiting_payment")
                                  << QStringLiteral("Awaiting payment");
        QTest::addRow("processing") << S::Processing << QStringLiteral("processing") << QStringLiteral("Processing");
        QTest::addRow("paid") << S::Paid << QStringLiteral("paid") << QStringLiteral("Paid");
        QTest::addRow("cancelled") << S::Cancelled << QStringLiteral("cancelled") << QStringLiteral("Cancelled");
        QTest::addRow("expired") << S::Expired << QStringLiteral("expired") << QStringLiteral("Expired");
        QTest::addRow("failed") << S::Failed << QStringLiteral("failed") << QStringLiteral("Failed");
        QTest::addRow("needs_review") << S::NeedsReview << QStringLiteral("needs_review")
                                      << QStringLiteral("Needs review");
        QTest::addRow("partially_refunded")
            << S::PartiallyRefunded << QStringLiteral("partially_refunded") << QStringLiteral("Partially refunded");
        QTest::addRow("refunded") << S::Refunded << QStringLiteral("refunded") << QStringLiteral("Refunded");
    }
    void namesRoundTrip()
    {
        QFETCH(OrderStatus, status);
        QFETCH(QString, wire);
        QFETCH(QString, display);
        QCOMPARE(toString(status), wire);
        QCOMPARE(displayName(status), display);
        QCOMPARE(orderStatusFromString(wire), std::optional<OrderStatus>(status));
    }

    void unknownNamesAreRejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("upper") << QStringLiteral("PAID");
        QTest::addRow("display") << QStringLiteral("Awaiting payment");
        QTest::addRow("other") << QStringLiteral("refund");
    }
    void unknownNamesAreRejected()
    {
        QFETCH(QString, text);
        QVERIFY(!orderStatusFromString(text).has_value());
    }

    void allStatusesListedOnce()
    {
        const QList<S> all = allOrderStatuses();
        QCOMPARE(all.size(), 10);
        QCOMPARE(std::set<S>(all.cbegin(), all.cend()).size(), std::size_t(10));
    }
};

QTEST_GUILESS_MAIN(TestOrderStateMachine)
#include "tst_orderstatemachine.moc"
