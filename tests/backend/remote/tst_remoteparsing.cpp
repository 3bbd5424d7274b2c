// SPDX-License-Identifier: MIT
// The remote till's pure parts: the shop server's order JSON, the event-stream parser, which
// snapshot is newer, the reconnect delay, the checkout body and the errors shown to people.
#include "ChangeStream.h"
#include "OrderFreshness.h"
#include "OrderJson.h"
#include "RemoteManagerService.h"
#include "RemoteTillService.h"
#include "ServerConnection.h"
#include "SseParser.h"

#include <QTest>

using namespace Kiosk;

Q_DECLARE_METATYPE(Kiosk::OrderStatus)
Q_DECLARE_METATYPE(Kiosk::OrderFreshness::Verdict)

namespace {

const QByteArray kOrder = R"({"order_id":7,"order_number":"S1-000007","status":"paid","status_reason":"",
"currency":"eur","amount_subtotal":590,"amount_total":590,"session_id":"cs_test_7","url":"http:\/\/x\/pay",
"expires_at":1796137200,"created_at":"2026-12-01T10:00:00Z","paid_at":"2026-12-01T10:01:00Z",
"customer_email":"","kiosk_id":"T1","payment_intent":"pi_1",
"lines":[{"sku":"FLAT-1","name":"Flat White","quantity":2,"unit_amount":295,"amount_total":590}]})";

QByteArray with(const char *field, const QByteArray &value)
{
    QByteArray text = kOrder;
    const QByteArray key = QByteArray("\"") + field + "\":";
    const qsizetype at = text.indexOf(key);
    Q_ASSERT(at >= 0);
    qsizetype end = at + key.size();
    int depth = 0;
    for (; end < text.size(); ++end) {
        const char c = text.at(end);
        if (c == '[' || c == '{')
            ++depth;
        else if (c == ']' || c == '}')
            --depth;
        if (depth < 0 || (depth == 0 && c == ','))
            break;
    }
    return text.left(at + key.size()) + value + text.mid(end);
}

Order order(OrderStatus status, const QString &updated = QString())
{
    Order o;
    o.id = 1;
    o.status = status;
    if (!updated.isEmpty())
        o.updatedAt = QDateTime::fromString(updated, Qt::ISODate);
    return o;
}

} // namespace

class TestRemoteParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAnOrder()
    {
        const auto parsed = OrderJson::parseOrder(kOrder);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const Order &o = parsed.value();
        QCOMPARE(o.id, 7);
        QCOMPARE(toString(o.status), toString(OrderStatus::Paid));
        QCOMPARE(o.currency, QStringLiteral("EUR"));
        QCOMPARE(o.amountTotal, 590);
        QCOMPARE(o.lines.size(), 1);
        QCOMPARE(o.lines.first().quantity, 2);
        QCOMPARE(o.expiresAt.toSecsSinceEpoch(), 1796137200);
        QCOMPARE(o.paidAt, QDateTime(QDate(2026, 12, 1), QTime(10, 1), Qt::UTC));
    }

    void refusesBadOrders_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{\"order_id\":");
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("no id") << QByteArray(R"({"status":"paid"})");
        QTest::newRow("id zero") << with("order_id", "0");
        QTest::newRow("id text") << with("order_id", "\"7\"");
        QTest::newRow("unknown status") << with("status", "\"sort_of_paid\"");
        QTest::newRow("no status") << QByteArray(R"({"order_id":7})");
        QTest::newRow("fractional amount") << with("amount_total", "5.9");
        QTest::newRow("amount as text") << with("amount_total", "\"590\"");
        QTest::newRow("negative amount") << with("amount_total", "-1");
        QTest::newRow("huge amount") << with("amount_total", "99999999999999999999");
        QTest::newRow("bad date") << with("created_at", "\"yesterday\"");
        QTest::newRow("lines not array") << with("lines", "{}");
        QTest::newRow("line quantity 0") << with(
            "lines", R"([{"sku":"A","name":"A","quantity":0,"unit_amount":1,"amount_total":0}])");
        QTest::newRow("line missing amount") << with("lines", R"([{"sku":"A","name":"A","quantity":1}])");
        QTest::newRow("too deep") << with("status_reason", QByteArray(100, '[') + QByteArray(100, ']'));
        QTest::newRow("refunded above total")
            << QByteArray(kOrder).replace("\"payment_intent\"", "\"amount_refunded\":591,\"payment_intent\"");
        QTest::newRow("long number") << with("order_number", '"' + QByteArray(100, 'x') + '"');
        QTest::newRow("discount not an object")
            << QByteArray(kOrder).replace("\"payment_intent\"", "\"discount\":\"10\",\"payment_intent\"");
        QTest::newRow("discount above the subtotal")
            << QByteArray(kOrder).replace("\"payment_intent\"", "\"amount_discount\":591,\"payment_intent\"");
        QTest::newRow("line discount above the line") << with(
            "lines", R"([{"sku":"A","name":"A","quantity":1,"unit_amount":1,"amount_total":1,"amount_discount":2}])");
    }
    void refusesBadOrders()
    {
        QFETCH(QByteArray, json);
        const auto parsed = OrderJson::parseOrder(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("invalid_response"));
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void readsTheDiscount()
    {
        const auto parsed = OrderJson::parseOrder(R"({"order_id":3,"status":"paid","amount_subtotal":1000,
            "amount_total":900,"amount_discount":100,"discount":{"kind":"percent_off","value":"10","amount":100},
            "lines":[{"sku":"A","name":"A","quantity":1,"unit_amount":1000,"amount_total":1000,"amount_discount":100}]})");
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->amountDiscount, qint64(100));
        QCOMPARE(parsed->discountKind, QStringLiteral("percent_off"));
        QCOMPARE(parsed->discountValue, QStringLiteral("10"));
        QCOMPARE(parsed->lines.first().amountDiscount, qint64(100));
    }

    void readsTheShortCheckoutAnswer()
    {
        const auto parsed = OrderJson::parseOrder(R"({"order_id":3,"order_number":"S1-000003","session_id":"cs_3",
            "url":"http:\/\/x\/pay","expires_at":1796137200,"amount_total":350,"currency":"eur","status":"awaiting_payment"})");
        QVERIFY(parsed.ok());
        QCOMPARE(toString(parsed.value().status), toString(OrderStatus::AwaitingPayment));
        QVERIFY(parsed.value().lines.isEmpty());
    }

    void readsPagesAndDetails()
    {
        const auto page = OrderJson::parsePage("{\"orders\":[" + kOrder + "],\"count\":41,\"offset\":0,\"limit\":1,"
            + R"("totals":[{"currency":"eur","amount":1000,"orders":2}]})");
        QVERIFY(page.ok());
        QCOMPARE(page.value().count, 41);
        QCOMPARE(page.value().orders.size(), 1);
        QCOMPARE(page.value().totals.first().currency, QStringLiteral("EUR"));
        QVERIFY(!OrderJson::parsePage(R"({"count":1})").ok());
        QVERIFY(!OrderJson::parsePage(R"({"orders":[{"order_id":1,"status":"nope"}],"count":1})").ok());

        const auto details = OrderJson::parseDetails("{\"order\":" + kOrder
            + R"(,"status_history":[{"from":"awaiting_payment","to":"paid","at":"2026-12-01T10:01:00Z","source":"webhook"}],
            "events":[{"event_id":"evt_1","type":"checkout.session.completed","received_at":"2026-12-01T10:01:00Z"}],
            "refunds":[{"id":4,"order_id":7,"amount":100,"currency":"eur","status":"pending","lines":[{"line":1,"quantity":1}]}]})");
        QVERIFY2(details.ok(), qPrintable(details.ok() ? QString() : details.error().message));
        QCOMPARE(toString(details.value().statusHistory.first().to), toString(OrderStatus::Paid));
        QCOMPARE(details.value().events.first().eventId, QStringLiteral("evt_1"));
        QCOMPARE(details.value().refunds.first().amount, 100);
        QCOMPARE(details.value().refunds.first().lines.first().line, 1);
        QVERIFY(!OrderJson::parseDetails(R"({"status_history":[]})").ok());
        QVERIFY(!OrderJson::parseRefund(R"({"id":1,"amount":100,"status":"maybe"})").ok());
        QVERIFY(!OrderJson::parseRefund(R"({"id":1,"amount":1.5,"status":"pending"})").ok());
    }

    void parsesEventStreams_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QList<QByteArray>>("events"); // "id|event|data"
        QTest::newRow("one event") << QList<QByteArray> { "id: 1\nevent: order\ndata: {}\n\n" }
                                   << QList<QByteArray> { "1|order|{}" };
        QTest::newRow("split anywhere") << QList<QByteArray> { "i", "d: 2\nev", "ent: order\nda", "ta: {\"a\"", ":1}\n",
            "\n" } << QList<QByteArray> { "2|order|{\"a\":1}" };
        QTest::newRow("crlf") << QList<QByteArray> { "id: 3\r\nevent: order\r\ndata: x\r\n\r\n" }
                              << QList<QByteArray> { "3|order|x" };
        QTest::newRow("crlf split between cr and lf")
            << QList<QByteArray> { "id: 3\r", "\ndata: x\r", "\n\r", "\n" } << QList<QByteArray> { "3|message|x" };
        QTest::newRow("keepalive comments ignored") << QList<QByteArray> { ": keepalive\n\n: keepalive\n",
            "id: 4\ndata: y\n\n" } << QList<QByteArray> { "4|message|y" };
        QTest::newRow("multi-line data") << QList<QByteArray> { "data: a\ndata: b\n\n" }
                                         << QList<QByteArray> { "|message|a\nb" };
        QTest::newRow("no data, no event") << QList<QByteArray> { "id: 9\nevent: order\n\n" } << QList<QByteArray> {};
        QTest::newRow("unfinished event waits") << QList<QByteArray> { "id: 5\ndata: z\n" } << QList<QByteArray> {};
        QTest::newRow("two events, id persists") << QList<QByteArray> { "id: 6\ndata: a\n\ndata: b\n\n" }
                                                 << QList<QByteArray> { "6|message|a", "6|message|b" };
        QTest::newRow("no space after colon")
            << QList<QByteArray> { "id:7\nevent:order\ndata:q\n\n" } << QList<QByteArray> { "7|order|q" };
    }
    void parsesEventStreams()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QList<QByteArray>, events);
        SseParser parser(1024);
        QList<QByteArray> seen;
        for (const QByteArray &chunk : chunks) {
            const auto out = parser.feed(chunk);
            QVERIFY(out.ok());
            for (const SseEvent &e : out.value())
                seen.append(e.id + '|' + e.event + '|' + e.data);
        }
        QCOMPARE(seen, events);
    }

    void boundsEventStreams_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::newRow("one long line") << QList<QByteArray> { "data: " + QByteArray(2000, 'x') };
        QTest::newRow("long line in pieces") << QList<QByteArray>(40, QByteArray(50, 'x'));
        QTest::newRow("many data lines") << QList<QByteArray>(40, "data: " + QByteArray(40, 'x') + '\n');
    }
    void boundsEventStreams()
    {
        QFETCH(QList<QByteArray>, chunks);
        SseParser parser(1024);
        bool failed = false;
        for (const QByteArray &chunk : chunks) {
            const auto out = parser.feed(chunk);
            if (!out.ok()) {
                QCOMPARE(out.error().code, QStringLiteral("event_too_large"));
                failed = true;
                break;
            }
        }
        QVERIFY(failed);
        QVERIFY(!parser.feed("\n\n").ok()); // unusable after the overflow: the stream is dropped
    }

    void comparesSnapshots_data()
    {
        QTest::addColumn<Kiosk::OrderStatus>("known");
        QTest::addColumn<QString>("knownUpdated");
        QTest::addColumn<Kiosk::OrderStatus>("incoming");
        QTest::addColumn<QString>("incomingUpdated");
        QTest::addColumn<Kiosk::OrderFreshness::Verdict>("verdict");
        using V = OrderFreshness::Verdict;
        using S = OrderStatus;
        const QString t1 = QStringLiteral("2026-12-01T10:00:00Z"), t2 = QStringLiteral("2026-12-01T10:00:05Z");
        QTest::newRow("awaiting → paid") << S::AwaitingPayment << t2 << S::Paid << t1 << V::Newer;
        QTest::newRow("paid → awaiting (stale poll)") << S::Paid << t1 << S::AwaitingPayment << t2 << V::Older;
        QTest::newRow("paid → cancelled") << S::Paid << QString() << S::Cancelled << QString() << V::Older;
        QTest::newRow("cancelled → paid") << S::Cancelled << QString() << S::Paid << QString() << V::Older;
        QTest::newRow("expired → failed") << S::Expired << QString() << S::Failed << QString() << V::Older;
        QTest::newRow("processing → paid") << S::Processing << QString() << S::Paid << QString() << V::Newer;
        QTest::newRow("paid → processing") << S::Paid << QString() << S::Processing << QString() << V::Older;
        QTest::newRow("needs_review → paid") << S::NeedsReview << QString() << S::Paid << QString() << V::Newer;
        QTest::newRow("paid → needs_review") << S::Paid << QString() << S::NeedsReview << QString() << V::Older;
        QTest::newRow("paid → partially_refunded")
            << S::Paid << QString() << S::PartiallyRefunded << QString() << V::Newer;
        QTest::newRow("refunded → paid") << S::Refunded << QString() << S::Paid << QString() << V::Older;
        QTest::newRow("cancelled → refunded") << S::Cancelled << QString() << S::Refunded << QString() << V::Older;
        QTest::newRow("same, later update") << S::AwaitingPayment << t1 << S::AwaitingPayment << t2 << V::Newer;
        QTest::newRow("same, earlier update") << S::AwaitingPayment << t2 << S::AwaitingPayment << t1 << V::Older;
        QTest::newRow("same, no times") << S::Paid << QString() << S::Paid << QString() << V::Same;
        QTest::newRow("same, same time") << S::Paid << t1 << S::Paid << t1 << V::Same;
        QTest::newRow("draft → awaiting") << S::Draft << QString() << S::AwaitingPayment << QString() << V::Newer;
    }
    void comparesSnapshots()
    {
        QFETCH(Kiosk::OrderStatus, known);
        QFETCH(QString, knownUpdated);
        QFETCH(Kiosk::OrderStatus, incoming);
        QFETCH(QString, incomingUpdated);
        QFETCH(Kiosk::OrderFreshness::Verdict, verdict);
        QCOMPARE(
            int(OrderFreshness::compare(order(known, knownUpdated), order(incoming, incomingUpdated))), int(verdict));
    }

    void backsOff_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("delay");
        QTest::newRow("first") << 0 << 500;
        QTest::newRow("second") << 1 << 1000;
        QTest::newRow("fifth") << 4 << 8000;
        QTest::newRow("capped") << 5 << 15000;
        QTest::newRow("far") << 1000 << 15000;
    }
    void backsOff()
    {
        QFETCH(int, failures);
        QFETCH(int, delay);
        QCOMPARE(ChangeStream::reconnectDelayMs(failures, 500, 15000), delay);
    }

    void buildsTheCheckoutBody()
    {
        const auto catalog = Catalog::fromJson(R"({"currency":"EUR","products":[
            {"id":"p-flat","sku":"FLAT-1","name":"Flat White","category":"Coffee","price":"3.50","active":true},
            {"id":"p-old","sku":"OLD-1","name":"Old","category":"Coffee","price":"1.00","active":false}]})");
        QVERIFY(catalog.ok());
        CheckoutRequest request;
        request.lines = { { QStringLiteral("p-flat"), 2, {} } };
        request.customerEmail = QStringLiteral("  ada@example.com ");
        request.language = QStringLiteral("de");
        const auto body = RemoteTillService::checkoutBody(request, catalog.value());
        QVERIFY(body.ok());
        QCOMPARE(body.value(),
            QByteArray(
                R"({"customer_email":"ada@example.com","items":[{"quantity":2,"sku":"FLAT-1"}],"language":"de"})"));

        const auto code = [&](QList<CheckoutLine> lines) {
            CheckoutRequest r;
            r.lines = std::move(lines);
            const auto b = RemoteTillService::checkoutBody(r, catalog.value());
            return b.ok() ? QString() : b.error().code;
        };
        // A discount goes as exact text or integer minor units; the PIN goes in a header.
        request.discount.percentOff = QStringLiteral("12.5");
        QVERIFY(RemoteTillService::checkoutBody(request, catalog.value())
                    ->contains(R"("discount":{"percent_off":"12.5"})"));
        request.discount = {};
        request.discount.amountOff = 250;
        QVERIFY(
            RemoteTillService::checkoutBody(request, catalog.value())->contains(R"("discount":{"amount_off":250})"));

        QCOMPARE(code({}), QStringLiteral("empty_basket"));
        QCOMPARE(code({ { QStringLiteral("p-none"), 1, {} } }), QStringLiteral("unknown_product"));
        QCOMPARE(code({ { QStringLiteral("p-old"), 1, {} } }), QStringLiteral("unknown_product"));
        QCOMPARE(code({ { QStringLiteral("p-flat"), 0, {} } }), QStringLiteral("quantity_out_of_range"));
        QCOMPARE(code({ { QStringLiteral("p-flat"), 1000, {} } }), QStringLiteral("quantity_out_of_range"));
    }

    void phrasesServerErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("server's own") << 400
                                      << QByteArray(R"({"error":{"code":"unknown_sku","message":"No such sku."}})")
                                      << QStringLiteral("unknown_sku") << QStringLiteral("No such sku.");
        QTest::newRow("401 is ours, echo dropped")
            << 401 << QByteArray(R"({"error":{"code":"unauthorized","message":"Token tok_SECRET123 unknown"}})")
            << QStringLiteral("unauthorized")
            << QStringLiteral("The shop server did not accept this till's token. Ask the shop owner for a new one.");
        QTest::newRow("token scrubbed") << 400
                                        << QByteArray(R"({"error":{"code":"bad","message":"you sent tok_SECRET123"}})")
                                        << QStringLiteral("bad") << QStringLiteral("you sent …T123");
        QTest::newRow("not json") << 502 << QByteArray("<html>Bad gateway</html>") << QStringLiteral("http_502")
                                  << QStringLiteral("The shop server answered with an error (HTTP 502).");
        QTest::newRow("code not a code") << 400 << QByteArray(R"({"error":{"code":"<script>","message":"x"}})")
                                         << QStringLiteral("http_400") << QStringLiteral("x");
        QTest::newRow("403 without body") << 403 << QByteArray() << QStringLiteral("forbidden")
                                          << QStringLiteral("The shop server answered with an error (HTTP 403).");
        QTest::newRow("long message cut")
            << 400 << QByteArray(R"({"error":{"code":"c","message":")") + QByteArray(500, 'm') + QByteArray(R"("}})")
            << QStringLiteral("c") << QString(300, QLatin1Char('m'));
    }
    void phrasesServerErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Error e = ServerConnection::httpError(status, body, "tok_SECRET123");
        QCOMPARE(e.code, code);
        QCOMPARE(e.message, message);
    }

    void readsPinVerdicts_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // empty: a verdict
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("triesLeft");
        QTest::addColumn<qint64>("retryAfter");
        const int ok = int(ManagerPinCheck::Verdict::Ok);
        const int wrong = int(ManagerPinCheck::Verdict::Wrong);
        const int locked = int(ManagerPinCheck::Verdict::LockedOut);
        QTest::newRow("accepted") << 200 << QByteArray("{}") << QString() << ok << -1 << qint64(0);
        QTest::newRow("wrong, tries left")
            << 403 << QByteArray(R"({"error":{"code":"wrong_pin","message":"x","tries_left":3}})") << QString() << wrong
            << 3 << qint64(0);
        QTest::newRow("wrong, tries unsaid") << 403 << QByteArray(R"({"error":{"code":"wrong_pin","message":"x"}})")
                                             << QString() << wrong << -1 << qint64(0);
        QTest::newRow("no PIN sent") << 403 << QByteArray(R"({"error":{"code":"manager_required","message":"x"}})")
                                     << QString() << wrong << -1 << qint64(0);
        QTest::newRow("locked") << 403
                                << QByteArray(R"({"error":{"code":"pin_locked","message":"x","retry_after":290}})")
                                << QString() << locked << -1 << qint64(290);
        QTest::newRow("locked, a year") << 403
                                        << QByteArray(R"({"error":{"code":"pin_locked","retry_after":31536000}})")
                                        << QString() << locked << -1 << qint64(86400);
        QTest::newRow("locked, fractional") << 403 << QByteArray(R"({"error":{"code":"pin_locked","retry_after":2.5}})")
                                            << QString() << locked << -1 << qint64(60);
        QTest::newRow("locked, negative") << 403 << QByteArray(R"({"error":{"code":"pin_locked","retry_after":-5}})")
                                          << QString() << locked << -1 << qint64(60);
        QTest::newRow("other 403") << 403 << QByteArray("nope") << QStringLiteral("forbidden") << 0 << 0 << qint64(0);
        QTest::newRow("bad token") << 401 << QByteArray("{}") << QStringLiteral("unauthorized") << 0 << 0 << qint64(0);
        QTest::newRow("server error") << 500 << QByteArray("{}") << QStringLiteral("http_500") << 0 << 0 << qint64(0);
    }

    void readsPinVerdicts()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(int, verdict);
        QFETCH(int, triesLeft);
        QFETCH(qint64, retryAfter);
        const Result<ManagerPinCheck> check = RemoteManagerService::pinCheckFrom(status, body, "kt_secret");
        if (!error.isEmpty()) {
            QVERIFY(!check.ok());
            QCOMPARE(check.error().code, error);
            return;
        }
        QVERIFY(check.ok());
        QCOMPARE(int(check->verdict), verdict);
        QCOMPARE(check->triesLeft, triesLeft);
        QCOMPARE(check->retryAfterSecs, retryAfter);
    }

    void readsRefundPlans_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("amount"); // 0: refused
        const QByteArray good = R"({"currency":"eur","amount":450,"lines":[{"line":1,"quantity":1,"amount":450}],)"
                                R"("tax":[{"rate":"vat19","amount":72}],"capped_by_remainder":false,"lines_value":450,)"
                                R"("remaining_before":1225,"remaining_after":775})";
        QTest::newRow("plan") << good << qint64(450);
        QTest::newRow("fractional amount")
            << QByteArray(good).replace("\"amount\":450,\"lines\"", "\"amount\":4.5,\"lines\"") << qint64(0);
        QTest::newRow("unknown currency") << QByteArray(good).replace("eur", "xyz") << qint64(0);
        QTest::newRow("remaining grows") << QByteArray(good).replace("775", "2000") << qint64(0);
        QTest::newRow("no remaining") << QByteArray(R"({"currency":"eur","amount":450})") << qint64(0);
        QTest::newRow("not an object") << QByteArray("[]") << qint64(0);
    }

    void readsRefundPlans()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, amount);
        const Result<RefundPlan> plan = OrderJson::parseRefundPlan(json);
        if (amount == 0) {
            QVERIFY(!plan.ok());
            QCOMPARE(plan.error().code, QStringLiteral("invalid_response"));
            return;
        }
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->amount, amount);
        QCOMPARE(plan->currency.code, QStringLiteral("EUR"));
        QCOMPARE(plan->lines.size(), 1);
        QCOMPARE(plan->tax.size(), 1);
        QCOMPARE(plan->tax.first().amount, 72);
        QCOMPARE(plan->remainingAfter, 775);
    }

    void buildsManagerQueries()
    {
        HistoryFilter filter;
        filter.statuses = { OrderStatus::Paid, OrderStatus::Refunded };
        filter.from = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        filter.text = QStringLiteral(" a&b=c ");
        QUrl url(QStringLiteral("http://h/api/orders"));
        url.setQuery(RemoteManagerService::historyQuery(filter, 40, 9999));
        const QUrlQuery back(url.query(QUrl::FullyEncoded));
        QCOMPARE(back.queryItemValue(QStringLiteral("status")), QStringLiteral("paid,refunded"));
        QCOMPARE(back.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-12-01T00:00:00.000Z"));
        QCOMPARE(back.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), QStringLiteral("a&b=c"));
        QCOMPARE(back.queryItemValue(QStringLiteral("offset")), QStringLiteral("40"));
        QCOMPARE(back.queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));

        RefundOrderRequest refund;
        QCOMPARE(RemoteManagerService::refundBody(refund), QByteArray("{}"));
        refund.kind = RefundOrderRequest::Kind::Amount;
        refund.amount = 150;
        refund.reason = QStringLiteral("requested_by_customer");
        QCOMPARE(
            RemoteManagerService::refundBody(refund), QByteArray(R"({"amount":150,"reason":"requested_by_customer"})"));
        refund = {};
        refund.kind = RefundOrderRequest::Kind::Lines;
        refund.lines = { { 2, 1, 0 } };
        QCOMPARE(RemoteManagerService::refundBody(refund), QByteArray(R"({"lines":[{"line":2,"quantity":1}]})"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteParsing)
#include "tst_remoteparsing.moc"
