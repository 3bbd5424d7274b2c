// SPDX-License-Identifier: MIT
// The remote manager service against a fake shop server: the PIN on every call, history pages,
// totals, details, refunds and the CSV export written here from the server's pages.
#include "FakeShopServer.h"
#include "RemoteManagerService.h"
#include "ServerConnection.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;
using Kiosk::Test::FakeShopServer;

namespace {

const QByteArray kToken = "kt_live_manager0000111122223333";
const QString kPin = QStringLiteral("246810");

RemoteOptions optionsFor(const FakeShopServer &server)
{
    RemoteOptions o;
    o.server = server.url();
    o.token = kToken;
    o.requestTimeoutMs = 3000;
    return o;
}

template <typename T> struct Waiter
{
    std::optional<Result<T>> result;
    ManagerService::Reply<T> reply()
    {
        return [this](Result<T> r) { result = std::move(r); };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 10000);
    }
};

/** Checks `pin` with the server; the verdict (or -1 when the check failed). */
int checkPin(RemoteManagerService &manager, const QString &pin, ManagerPinCheck *out = nullptr)
{
    Waiter<ManagerPinCheck> check;
    QObject context;
    manager.checkManagerPin(pin, &context, check.reply());
    if (!check.wait() || !check.result->ok())
        return -1;
    if (out)
        *out = check.result->value();
    return int(check.result->value().verdict);
}

bool openSession(RemoteManagerService &manager, const QString &pin)
{
    return checkPin(manager, pin) == int(ManagerPinCheck::Verdict::Ok);
}

} // namespace

class TestRemoteManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void needsThePin()
    {
        FakeShopServer server(kToken, kPin);
        QVERIFY(server.listen());
        ServerConnection connection(optionsFor(server));
        RemoteManagerService manager(connection);
        Waiter<qint64> count;
        manager.countOrders({}, this, count.reply());
        QVERIFY(!count.result);
        QVERIFY(count.wait());
        QCOMPARE(count.result->error().code, QStringLiteral("pin_required"));
        QVERIFY(server.requests.isEmpty()); // nothing asked without a PIN

        // A wrong PIN: the server says so and how many tries are left; no session.
        ManagerPinCheck verdict;
        QCOMPARE(checkPin(manager, QStringLiteral("999999"), &verdict), int(ManagerPinCheck::Verdict::Wrong));
        QCOMPARE(verdict.triesLeft, 4);
        QCOMPARE(server.requests.last().path, QByteArray("/api/manager/session"));
        QCOMPARE(server.requests.last().headers.value("x-manager-pin"), QByteArray("999999"));
        QVERIFY(!manager.hasManagerSession());
        Waiter<qint64> still;
        manager.countOrders({}, this, still.reply());
        QVERIFY(still.wait());
        QCOMPARE(still.result->error().code, QStringLiteral("pin_required"));

        // The right one opens a session: the PIN goes with every call until it ends.
        QVERIFY(openSession(manager, kPin));
        Waiter<qint64> counted;
        manager.countOrders({}, this, counted.reply());
        QVERIFY(counted.wait());
        QVERIFY(counted.result->ok());
        QCOMPARE(server.requests.last().headers.value("x-manager-pin"), kPin.toUtf8());
        manager.endManagerSession();
        QVERIFY(!manager.hasManagerSession());
        const qsizetype asked = server.requests.size();
        Waiter<qint64> ended;
        manager.countOrders({}, this, ended.reply());
        QVERIFY(ended.wait());
        QCOMPARE(ended.result->error().code, QStringLiteral("pin_required"));
        QCOMPARE(server.requests.size(), asked);
    }

    void theServersLockoutSaysWhenToTryAgain()
    {
        FakeShopServer server(kToken, kPin);
        server.lockAfterWrongPins = 2;
        server.retryAfterSecs = 42;
        QVERIFY(server.listen());
        ServerConnection connection(optionsFor(server));
        RemoteManagerService manager(connection);
        QCOMPARE(checkPin(manager, QStringLiteral("111111")), int(ManagerPinCheck::Verdict::Wrong));
        QCOMPARE(checkPin(manager, QStringLiteral("111111")), int(ManagerPinCheck::Verdict::Wrong));
        ManagerPinCheck verdict;
        QCOMPARE(checkPin(manager, kPin, &verdict), int(ManagerPinCheck::Verdict::LockedOut));
        QCOMPARE(verdict.retryAfterSecs, 42);
        QVERIFY(!manager.hasManagerSession());
        // A server that cannot be reached is an error, not a wrong PIN.
        server.stop();
        Waiter<ManagerPinCheck> unreachable;
        manager.checkManagerPin(kPin, this, unreachable.reply());
        QVERIFY(unreachable.wait());
        QCOMPARE(unreachable.result->error().code, QStringLiteral("server_unreachable"));
    }

    void readsHistoryTotalsAndDetails()
    {
        FakeShopServer server(kToken, kPin);
        QVERIFY(server.listen());
        for (int i = 0; i < 5; ++i)
            server.addOrder(QStringLiteral("paid"), 100 + i);
        ServerConnection connection(optionsFor(server));
        RemoteManagerService manager(connection);
        QVERIFY(openSession(manager, kPin));

        Waiter<qint64> count;
        manager.countOrders({}, this, count.reply());
        QVERIFY(count.wait());
        QCOMPARE(count.result->value(), 5);

        Waiter<QList<Order>> page;
        manager.historyPage({}, 1, 2, this, page.reply());
        QVERIFY(page.wait());
        QVERIFY(page.result->ok());
        QCOMPARE(page.result->value().size(), 2);
        QCOMPARE(page.result->value().first().id, 4); // newest first, from offset 1
        QCOMPARE(server.requests.last().query, QByteArray("offset=1&limit=2"));

        Waiter<QList<CurrencyTotal>> totals;
        manager.totals({}, this, totals.reply());
        QVERIFY(totals.wait());
        QCOMPARE(totals.result->value().first().currency, QStringLiteral("EUR"));
        QCOMPARE(totals.result->value().first().amount, 510);

        Waiter<OrderDetails> details;
        manager.orderDetails(2, this, details.reply());
        QVERIFY(details.wait());
        QVERIFY(details.result->ok());
        QCOMPARE(details.result->value().order.id, 2);
        QCOMPARE(details.result->value().statusHistory.size(), 1);
        QCOMPARE(details.result->value().events.first().type, QStringLiteral("checkout.session.completed"));

        Waiter<OrderDetails> missing;
        manager.orderDetails(99, this, missing.reply());
        QVERIFY(missing.wait());
        QCOMPARE(missing.result->error().code, QStringLiteral("not_found"));
    }

    void refundsOnTheServer()
    {
        FakeShopServer server(kToken, kPin);
        QVERIFY(server.listen());
        const qint64 id = server.addOrder(QStringLiteral("paid"), 700);
        ServerConnection connection(optionsFor(server));
        RemoteManagerService manager(connection);
        QVERIFY(openSession(manager, kPin));
        QSignalSpy changed(&manager, &ManagerService::ordersChanged);

        RefundOrderRequest request;
        request.kind = RefundOrderRequest::Kind::Amount;
        request.amount = 250;
        // The confirmation's preview comes from the server and changes nothing there.
        Waiter<RefundPlan> plan;
        manager.planRefund(id, request, this, plan.reply());
        QVERIFY(plan.wait());
        QVERIFY2(plan.result->ok(), qPrintable(plan.result->ok() ? QString() : plan.result->error().toString()));
        QCOMPARE(plan.result->value().amount, 250);
        QCOMPARE(plan.result->value().currency.code, QStringLiteral("EUR"));
        QCOMPARE(plan.result->value().remainingAfter, 450);
        QCOMPARE(server.requestsFor("/api/orders/" + QByteArray::number(id) + "/refunds/plan").first().body,
            QByteArray(R"({"amount":250})"));
        QCOMPARE(changed.size(), 0);
        RefundOrderRequest tooMuch = request;
        tooMuch.amount = 701;
        Waiter<RefundPlan> refused;
        manager.planRefund(id, tooMuch, this, refused.reply());
        QVERIFY(refused.wait());
        QCOMPARE(refused.result->error().code, QStringLiteral("amount_above_remaining"));

        Waiter<OrderRefund> refund;
        manager.refundOrder(id, request, this, refund.reply());
        QVERIFY(refund.wait());
        QVERIFY(refund.result->ok());
        QCOMPARE(refund.result->value().amount, 250);
        QCOMPARE(toString(refund.result->value().status), toString(RefundRecord::Status::Succeeded));
        const auto posted = server.requestsFor("/api/orders/" + QByteArray::number(id) + "/refunds");
        QCOMPARE(posted.size(), 1);
        QCOMPARE(posted.first().body, QByteArray(R"({"amount":250})"));
        QVERIFY(posted.first().headers.value("idempotency-key").startsWith("refund-"));
        QCOMPARE(changed.size(), 1);

        request.amount = 0;
        Waiter<OrderRefund> zero;
        manager.refundOrder(id, request, this, zero.reply());
        QVERIFY(zero.wait());
        QCOMPARE(zero.result->error().code, QStringLiteral("invalid_amount"));
        QCOMPARE(server.requestsFor("/api/orders/" + QByteArray::number(id) + "/refunds").size(), 1);
    }

    void exportsCsvFromPages()
    {
        FakeShopServer server(kToken, kPin);
        QVERIFY(server.listen());
        const int orders = RemoteManagerService::kExportPageSize + 20;
        for (int i = 0; i < orders; ++i)
            server.addOrder(QStringLiteral("paid"), 100);
        ServerConnection connection(optionsFor(server));
        RemoteManagerService manager(connection);
        QVERIFY(openSession(manager, kPin));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.csv"));
        QList<qint64> progress;
        Waiter<qint64> done;
        manager.startCsvExport(
            {}, QDateTime::currentDateTimeUtc(), path, this, [&](qint64 written, qint64) { progress.append(written); },
            done.reply());
        QVERIFY(done.wait());
        QVERIFY2(done.result->ok(), qPrintable(done.result->ok() ? QString() : done.result->error().message));
        QCOMPARE(done.result->value(), orders);
        QCOMPARE(progress, (QList<qint64> { RemoteManagerService::kExportPageSize, orders }));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), orders + 2); // header, rows, the empty piece after the last CRLF
        QVERIFY(lines.first().startsWith("order_number,created_at_utc,status"));
        QVERIFY(lines.at(1).startsWith(QByteArray(QByteArray("S1-000") + QByteArray::number(orders))));
        QVERIFY(lines.at(1).contains(",EUR,1.00,1.00,"));
    }

    void failedOrCancelledExportLeavesNoFile()
    {
        FakeShopServer server(kToken, kPin);
        QVERIFY(server.listen());
        for (int i = 0; i < RemoteManagerService::kExportPageSize + 1; ++i)
            server.addOrder(QStringLiteral("paid"), 100);
        ServerConnection connection(optionsFor(server));
        RemoteManagerService manager(connection);
        QVERIFY(openSession(manager, kPin));
        QTemporaryDir dir;

        const QString cancelledPath = dir.filePath(QStringLiteral("cancelled.csv"));
        Waiter<qint64> cancelled;
        const qint64 id = manager.startCsvExport({}, {}, cancelledPath, this, {}, cancelled.reply());
        manager.cancelCsvExport(id);
        QVERIFY(cancelled.wait());
        QCOMPARE(cancelled.result->error().code, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(cancelledPath));

        const QString failedPath = dir.filePath(QStringLiteral("failed.csv"));
        server.canned.insert("GET /api/orders", { 200, "{\"orders\":[" });
        Waiter<qint64> failed;
        manager.startCsvExport({}, {}, failedPath, this, {}, failed.reply());
        QVERIFY(failed.wait());
        QCOMPARE(failed.result->error().code, QStringLiteral("export_failed"));
        QVERIFY(!QFile::exists(failedPath));
        QVERIFY(dir.isValid());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {});
    }
};

QTEST_GUILESS_MAIN(TestRemoteManager)
#include "tst_remotemanager.moc"
