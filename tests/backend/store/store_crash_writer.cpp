// SPDX-License-Identifier: MIT
// Helper for tst_orderstore_crash: writes orders, sessions, events and status changes into the
// database given as argument as fast as it can, printing one line per committed step, until it
// is killed. Exits non-zero if the store reports an error it should not.
#include "OrderStore.h"
#include "RecordEvent.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace Kiosk;

namespace {

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.toString()));
    return 2;
}

using Kiosk::Test::recordOne;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: store_crash_writer DATABASE-FILE-OR-URL SEED\n");
        return 1;
    }
    auto opened = OrderStore::open(args.at(1));
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    OrderStore &store = *opened.value();
    QRandomGenerator rng(args.at(2).toUInt());
    const QStringList products { QStringLiteral("Flat White"), QStringLiteral("Bagel"), QStringLiteral("Green Tea"),
        QStringLiteral("Müsli Bowl"), QStringLiteral("Orange Juice") };
    const QStringList currencies { QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("JPY") };
    QTextStream out(stdout);
    int eventSerial = 0;
    const QString runTag = args.at(2);

    for (;;) {
        OrderStore::NewOrder n;
        n.currency = currencies.at(rng.bounded(currencies.size()));
        const int lines = 1 + rng.bounded(5);
        for (int i = 0; i < lines; ++i) {
            OrderLine l;
            l.productId = QStringLiteral("prod_%1").arg(i);
            l.name = products.at(rng.bounded(products.size()));
            l.quantity = 1 + rng.bounded(4);
            l.unitAmount = 50 + rng.bounded(2000);
            n.lines.append(l);
        }
        n.customerEmail = QStringLiteral("buyer%1@example.com").arg(rng.bounded(1000));
        auto created = store.createOrder(n);
        if (!created)
            return fail(QStringLiteral("create"), created.error());
        const qint64 id = created->id;
        out << "created " << id << Qt::endl;

        if (auto st = store.setSession(id, QStringLiteral("cs_%1_%2").arg(runTag).arg(id), QString(), QDateTime()); !st)
            return fail(QStringLiteral("session"), st.error());
        auto awaiting
            = store.transition(id, OrderStatus::AwaitingPayment, { QStringLiteral("writer"), {}, {}, {}, {} });
        if (!awaiting)
            return fail(QStringLiteral("awaiting"), awaiting.error());
        out << "status " << id << " awaiting_payment" << Qt::endl;

        // An outcome through an event (as a webhook would), sometimes via processing, sometimes
        // followed by a late illegal one that must leave the order alone.
        const int pick = rng.bounded(6);
        const OrderStatus outcomes[] = { OrderStatus::Paid, OrderStatus::Paid, OrderStatus::Expired,
            OrderStatus::Cancelled, OrderStatus::Failed, OrderStatus::NeedsReview };
        if (rng.bounded(3) == 0) {
            PaymentEvent processing { QStringLiteral("evt_%1_%2").arg(runTag).arg(++eventSerial),
                QStringLiteral("checkout.session.completed"), {}, id, QByteArrayLiteral("{}") };
            auto r
                = recordOne(store, processing, OrderStatus::Processing, { QStringLiteral("webhook"), {}, {}, {}, {} });
            if (!r)
                return fail(QStringLiteral("processing"), r.error());
            out << "status " << id << " processing" << Qt::endl;
        }
        PaymentEvent outcome { QStringLiteral("evt_%1_%2").arg(runTag).arg(++eventSerial),
            QStringLiteral("checkout.session.async"), {}, id, QByteArrayLiteral("{\"x\":1}") };
        auto r = recordOne(store, outcome, outcomes[pick], { QStringLiteral("webhook"), {}, {}, {}, {} });
        if (!r)
            return fail(QStringLiteral("outcome"), r.error());
        out << "status " << id << ' ' << toString(store.order(id)->status) << Qt::endl;
        // Stripe delivering the same event twice, and an unrelated event with no order.
        auto again = recordOne(store, outcome, OrderStatus::Failed);
        if (!again || again.value() != OrderStore::EventOutcome::Duplicate)
            return fail(QStringLiteral("duplicate"),
                again ? makeError(QStringLiteral("x"), QStringLiteral("not duplicate")) : again.error());
        PaymentEvent orphan { QStringLiteral("evt_%1_%2").arg(runTag).arg(++eventSerial),
            QStringLiteral("charge.refunded"), {}, 0, {} };
        if (auto o = recordOne(store, orphan); !o)
            return fail(QStringLiteral("orphan"), o.error());
    }
}
