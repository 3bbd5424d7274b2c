// SPDX-License-Identifier: MIT
// End of day against the real simulator: a generated day of kiosk sales with one injected
// discrepancy of each kind (paid at Stripe through another integration, paid here but not at
// Stripe, a refund whose amounts differ, a refund Stripe does not have), each found with its
// order number and Stripe id through GET /api/reports/day; a till's report; closing the day once,
// a second close refused, a correction a new entry; Stripe unreachable answers 502 with the local
// figures.
#include "Cart.h"
#include "Catalog.h"
#include "Clock.h"
#include "DayReportService.h"
#include "KioskBackend.h"
#include "OrderStore.h"
#include "PaymentCoordinator.h"
#include "StripeClient.h"
#include "StripeSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;

namespace {

const QByteArray kWebhookSecret = QByteArrayLiteral("whsec_dayreport_test_secret");
const QByteArray kToken = QByteArrayLiteral("day-report-token");
const QString kKey = QStringLiteral("sk_test_dayreport00000000000001234");
constexpr int kWaitMs = 15000;

const char kCatalogJson[] = "{\"currency\": \"EUR\", \"products\": ["
                            "{\"id\": \"tea\", \"sku\": \"TEA-1\", \"name\": \"Green tea\", \"category\": \"Drinks\", "
                            "\"price\": \"4.50\"},"
                            "{\"id\": \"cake\", \"sku\": \"CAKE-1\", \"name\": \"Cheesecake\", \"category\": \"Food\", "
                            "\"price\": \"3.25\"}]}";

struct HttpResult
{
    int status = 0;
    QByteArray body;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

HttpResult request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(qApp);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kWaitMs);
    HttpResult r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return r;
}

QUrl withPath(QUrl base, const QString &path)
{
    const int q = path.indexOf(QLatin1Char('?'));
    base.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        base.setQuery(path.mid(q + 1));
    return base;
}

/** The discrepancies of the report object of `currency`. */
QJsonArray discrepanciesOf(const QJsonObject &report, const QString &currency = QStringLiteral("eur"))
{
    for (const QJsonValue &v : report.value(QStringLiteral("reports")).toArray()) {
        if (v[QLatin1String("currency")].toString() == currency)
            return v[QLatin1String("discrepancies")].toArray();
    }
    return {};
}

QJsonObject currencyReport(const QJsonObject &report, const QString &currency = QStringLiteral("eur"))
{
    for (const QJsonValue &v : report.value(QStringLiteral("reports")).toArray()) {
        if (v[QLatin1String("currency")].toString() == currency)
            return v.toObject();
    }
    return {};
}

bool hasDiscrepancy(
    const QJsonArray &list, const QString &kind, const QString &orderNumber, const QString &stripeId, qint64 amount)
{
    for (const QJsonValue &v : list) {
        if (v[QLatin1String("kind")].toString() == kind && v[QLatin1String("order_number")].toString() == orderNumber
            && v[QLatin1String("stripe_id")].toString() == stripeId && v[QLatin1String("amount")].toInteger() == amount)
            return true;
    }
    return false;
}

} // namespace

class TestDayReportFlow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    /** The store's clock once the day is over (outlives the backend). */
    ManualClock m_tomorrow { QDateTime::currentDateTimeUtc() };
    std::unique_ptr<Sim::StripeSimulator> m_sim;
    std::unique_ptr<KioskBackend> m_backend;

    QUrl api(const QString &path) const
    {
        QUrl base = m_backend->returnBaseUrl();
        return withPath(base, path);
    }
    HttpResult get(const QString &path) const
    {
        return request("GET", api(path), {}, { { "Authorization", "Bearer " + kToken } });
    }
    HttpResult post(const QString &path, const QJsonObject &body) const
    {
        return request("POST", api(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
            { { "Authorization", "Bearer " + kToken } });
    }

    /** A sale through the kiosk, paid on the simulator with a good card; the paid order. */
    std::optional<Order> sale(const QList<QPair<QString, int>> &items)
    {
        Cart cart(&m_backend->catalog());
        for (const auto &[id, qty] : items) {
            if (!cart.addProduct(id, qty))
                return std::nullopt;
        }
        std::optional<Result<Order>> out;
        m_backend->payments().startCheckout(cart, {}, this, [&](Result<Order> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs) || !out->ok())
            return std::nullopt;
        const Order order = out->value();
        if (!pay(order.sessionId))
            return std::nullopt;
        if (!QTest::qWaitFor(
                [&] {
                    const Result<Order> o = m_backend->store().order(order.id);
                    return o && o->status == OrderStatus::Paid && !o->paymentIntent.isEmpty();
                },
                kWaitMs))
            return std::nullopt;
        return m_backend->store().order(order.id).value();
    }

    bool pay(const QString &sessionId) const
    {
        const QJsonObject body { { QStringLiteral("card"), QStringLiteral("4242424242424242") },
            { QStringLiteral("email"), QStringLiteral("buyer@example.com") } };
        return request("POST", withPath(m_sim->baseUrl(), QStringLiteral("/_sim/sessions/%1/pay").arg(sessionId)),
                   QJsonDocument(body).toJson(QJsonDocument::Compact))
                   .status
            == 200;
    }

    /** A Checkout Session made and paid through another integration on the same account:
     *  its payment intent. */
    QString foreignPayment(qint64 amount) const
    {
        const QByteArray form = "mode=payment&line_items%5B0%5D%5Bprice_data%5D%5Bcurrency%5D=eur"
                                "&line_items%5B0%5D%5Bprice_data%5D%5Bunit_amount%5D="
            + QByteArray::number(amount)
            + "&line_items%5B0%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bname%5D=Web+shop+order"
              "&line_items%5B0%5D%5Bquantity%5D=1&success_url=https%3A%2F%2Fshop.example%2Fok"
              "&cancel_url=https%3A%2F%2Fshop.example%2Fcancel";
        const HttpResult created = stripe("POST", QStringLiteral("/v1/checkout/sessions"), form);
        const QString session = created.json().value(QStringLiteral("id")).toString();
        if (session.isEmpty() || !pay(session))
            return {};
        return stripe("GET", QStringLiteral("/v1/checkout/sessions/%1").arg(session))
            .json()
            .value(QStringLiteral("payment_intent"))
            .toString();
    }

    HttpResult stripe(const QByteArray &method, const QString &path, const QByteArray &form = {}) const
    {
        return request(method, withPath(m_sim->baseUrl(), path), form,
            { { "Authorization", "Bearer " + kKey.toLatin1() },
                { "Content-Type", "application/x-www-form-urlencoded" } });
    }

    /** An order paid here now (another till, K2) that Stripe never saw. */
    Order ghostOrder(qint64 amount)
    {
        Order o;
        o.status = OrderStatus::Paid;
        o.currency = QStringLiteral("EUR");
        o.createdAt = QDateTime::currentDateTimeUtc();
        o.updatedAt = o.createdAt;
        o.paidAt = o.createdAt;
        o.kioskId = QStringLiteral("K2");
        o.sessionId = QStringLiteral("cs_test_ghost%1").arg(amount);
        o.paymentIntent = QStringLiteral("pi_ghost%1").arg(amount);
        o.amountSubtotal = amount;
        o.amountTotal = amount;
        OrderLine l;
        l.productId = QStringLiteral("tea");
        l.name = QStringLiteral("Green tea");
        l.quantity = 1;
        l.unitAmount = amount;
        l.lineTotal = amount;
        o.lines = { l };
        const Result<QList<qint64>> ids = m_backend->store().importOrders({ o });
        return ids ? m_backend->store().order(ids.value().constFirst()).value() : Order {};
    }

    QDate today() const { return m_backend->dayReports().today(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile catalog(m_dir.filePath(QStringLiteral("catalog.json")));
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write(kCatalogJson);
        catalog.close();
        m_sim = std::make_unique<Sim::StripeSimulator>(Sim::SimulatorOptions {});
        QVERIFY(m_sim->start().ok());
        // A sale close to midnight UTC would fall into the next day halfway through.
        const QTime now = QDateTime::currentDateTimeUtc().time();
        if (now > QTime(23, 57))
            QTest::qWait(QTime(23, 59, 59).msecsTo(now) * -1 + 2000);

        BackendOptions o;
        o.databasePath = m_dir.filePath(QStringLiteral("orders.sqlite"));
        o.catalogPath = m_dir.filePath(QStringLiteral("catalog.json"));
        o.stripe.secretKey = kKey;
        o.stripe.apiBase = m_sim->baseUrl();
        o.stripe.initialRetryDelayMs = 10;
        o.stripe.maxRetryDelayMs = 50;
        o.stripe.maxNetworkRetries = 1;
        o.webhookSecret = kWebhookSecret;
        o.enableJsonApi = true;
        o.apiToken = kToken;
        o.shopTimeZone = QByteArrayLiteral("UTC");
        o.dayStart = QTime(0, 0);
        auto created = KioskBackend::create(o);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        m_backend = std::move(created).value();
        QVERIFY(m_backend->start().ok());
        m_sim->addWebhookEndpoint({ m_backend->webhookUrl(), kWebhookSecret });
    }

    void findsEachKindOfDiscrepancy();
    void aTillSeesItsOwnRecords();
    void badInputIsRefused();
    void closingFreezesTheDayOnce();
    void stripeUnreachableIs502WithTheLocalFigures();
};

void TestDayReportFlow::findsEachKindOfDiscrepancy()
{
    // A generated day: sales of one or two products in varied quantities.
    QList<Order> sales;
    for (int i = 0; i < 4; ++i) {
        QList<QPair<QString, int>> items { { QStringLiteral("tea"), 1 + i % 3 } };
        if (i % 2)
            items.append({ QStringLiteral("cake"), i });
        const std::optional<Order> paid = sale(items);
        QVERIFY(paid);
        sales.append(*paid);
    }
    qint64 gross = 0;
    for (const Order &o : sales)
        gross += o.amountTotal;

    // Injected: paid at Stripe through another integration on the same account.
    const QString foreignIntent = foreignPayment(1234);
    QVERIFY(foreignIntent.startsWith(QLatin1String("pi_")));
    // Paid here but not at Stripe.
    const Order ghost = ghostOrder(777);
    QVERIFY(!ghost.number.isEmpty());
    // A refund at Stripe of sale 0 for 100, which the kiosk learns by webhook…
    const HttpResult refunded = stripe("POST", QStringLiteral("/v1/refunds"),
        "payment_intent=" + sales.at(0).paymentIntent.toLatin1() + "&amount=100");
    QCOMPARE(refunded.status, 200);
    const QString refundId = refunded.json().value(QStringLiteral("id")).toString();
    QVERIFY(refundId.startsWith(QLatin1String("re_")));
    // …which the kiosk records for 150 (a local bug the report must show, not fix).
    OrderRefund differs;
    differs.orderId = sales.at(0).id;
    differs.amount = 150;
    differs.currency = QStringLiteral("EUR");
    differs.status = RefundRecord::Status::Succeeded;
    differs.stripeRefundId = refundId;
    differs.madeElsewhere = true;
    differs.taxRecorded = false;
    QVERIFY(m_backend->store().recordRefund(differs).ok());
    // A refund recorded here as succeeded that Stripe does not have.
    OrderRefund missing;
    missing.orderId = sales.at(1).id;
    missing.amount = 50;
    missing.currency = QStringLiteral("EUR");
    missing.status = RefundRecord::Status::Succeeded;
    missing.stripeRefundId = QStringLiteral("re_ghost");
    missing.madeElsewhere = true;
    missing.taxRecorded = false;
    QVERIFY(m_backend->store().recordRefund(missing).ok());
    // Stripe's webhook for the refund of sale 0 then says 100 where the record says 150: the
    // refund flow sends that order to needs_review, and the report lists it there, not as a sale.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const Result<Order> o = m_backend->store().order(sales.at(0).id);
            return o && o->status == OrderStatus::NeedsReview;
        },
        kWaitMs));
    const qint64 reviewed = sales.at(0).amountTotal;

    const HttpResult day = get(QStringLiteral("/api/reports/day?date=%1").arg(today().toString(Qt::ISODate)));
    QCOMPARE(day.status, 200);
    const QJsonObject report = day.json();
    QCOMPARE(report.value(QStringLiteral("closed")).toBool(true), false);
    const QJsonObject eur = currencyReport(report);
    QCOMPARE(eur.value(QStringLiteral("sales_count")).toInt(), 4);
    QCOMPARE(eur.value(QStringLiteral("gross")).toInteger(), gross - reviewed + 777);
    QCOMPARE(eur.value(QStringLiteral("needs_review"))[QLatin1String("count")].toInt(), 1);
    QCOMPARE(eur.value(QStringLiteral("needs_review"))[QLatin1String("amount")].toInteger(), reviewed);
    QCOMPARE(eur.value(QStringLiteral("refunds")).toInteger(), 150 + 50);
    QCOMPARE(eur.value(QStringLiteral("net")).toInteger(), gross - reviewed + 777 - 200);
    QCOMPARE(eur.value(QStringLiteral("tenders"))[QLatin1String("card")].toInteger(), gross - reviewed + 777 - 200);
    const QJsonObject stripeSide = eur.value(QStringLiteral("stripe")).toObject();
    QCOMPARE(stripeSide.value(QStringLiteral("gross")).toInteger(), gross + 1234);
    QCOMPARE(stripeSide.value(QStringLiteral("refunds")).toInteger(), 100);
    QVERIFY(stripeSide.value(QStringLiteral("fees")).toInteger() > 0);
    QCOMPARE(stripeSide.value(QStringLiteral("net")).toInteger(),
        gross + 1234 - 100 - stripeSide.value(QStringLiteral("fees")).toInteger());

    const QJsonArray found = discrepanciesOf(report);
    QVERIFY2(hasDiscrepancy(found, QStringLiteral("paid_at_stripe_not_here"), QString(), foreignIntent, 1234),
        day.body.constData());
    QVERIFY2(hasDiscrepancy(found, QStringLiteral("paid_here_not_at_stripe"), ghost.number, ghost.sessionId, 777),
        day.body.constData());
    QVERIFY2(hasDiscrepancy(found, QStringLiteral("refund_amount_differs"), sales.at(0).number, refundId, -50),
        day.body.constData());
    QVERIFY2(hasDiscrepancy(
                 found, QStringLiteral("refund_missing_at_stripe"), sales.at(1).number, QStringLiteral("re_ghost"), 50),
        day.body.constData());
    QCOMPARE(found.size(), 4); // the four kiosk sales matched
}

void TestDayReportFlow::aTillSeesItsOwnRecords()
{
    const QString date = today().toString(Qt::ISODate);
    // K2 has only the order Stripe never saw; the foreign payment belongs to no till.
    const HttpResult k2 = get(QStringLiteral("/api/reports/day?date=%1&kiosk=K2").arg(date));
    QCOMPARE(k2.status, 200);
    QCOMPARE(k2.json().value(QStringLiteral("kiosk")).toString(), QStringLiteral("K2"));
    const QJsonObject eur = currencyReport(k2.json());
    QCOMPARE(eur.value(QStringLiteral("sales_count")).toInt(), 1);
    QCOMPARE(eur.value(QStringLiteral("gross")).toInteger(), 777);
    const QJsonArray found = discrepanciesOf(k2.json());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0)[QLatin1String("kind")].toString(), QStringLiteral("paid_here_not_at_stripe"));
    QCOMPARE(eur.value(QStringLiteral("stripe"))[QLatin1String("gross")].toInteger(), 0);

    const HttpResult k1 = get(QStringLiteral("/api/reports/day?date=%1&kiosk=K1").arg(date));
    QCOMPARE(k1.status, 200);
    const QJsonObject k1eur = currencyReport(k1.json());
    QCOMPARE(k1eur.value(QStringLiteral("sales_count")).toInt(), 3); // and sale 0 under needs_review
    for (const QJsonValue &d : discrepanciesOf(k1.json()))
        QVERIFY(d[QLatin1String("kind")].toString() != QLatin1String("paid_at_stripe_not_here"));
}

void TestDayReportFlow::badInputIsRefused()
{
    for (const QString &date : { QStringLiteral(""), QStringLiteral("2026-02-30"), QStringLiteral("28.03.2026"),
             QStringLiteral("2026-3-28"), QStringLiteral("20260328"), QStringLiteral("2026-03-28T00:00") }) {
        const HttpResult r = get(QStringLiteral("/api/reports/day?date=") + date);
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.json().value(QStringLiteral("error"))[QLatin1String("code")].toString(), QStringLiteral("invalid_date"));
    }
    QCOMPARE(get(QStringLiteral("/api/reports/day?date=2026-03-28&kiosk=a%20b")).status, 400);
    const HttpResult noToken = request("GET", api(QStringLiteral("/api/reports/day?date=2026-03-28")));
    QCOMPARE(noToken.status, 401);
    QCOMPARE(post(QStringLiteral("/api/reports/day/close"),
                 { { QStringLiteral("date"), QStringLiteral("2026-03-28") }, { QStringLiteral("cash_counted"), 19.5 } })
                 .status,
        400);
    QCOMPARE(post(QStringLiteral("/api/reports/day/close"),
                 { { QStringLiteral("date"), QStringLiteral("2026-03-28") },
                     { QStringLiteral("cash_counted"), QStringLiteral("1950") } })
                 .status,
        400);
    QCOMPARE(post(QStringLiteral("/api/reports/day/close"), { { QStringLiteral("cash_counted"), 0 } }).status, 400);
    QCOMPARE(get(QStringLiteral("/api/reports/day/close")).status, 405);
    const HttpResult closed = get(QStringLiteral("/api/reports/closed"));
    QCOMPARE(closed.status, 200);
    QVERIFY(closed.json().value(QStringLiteral("closed")).toArray().isEmpty());
}

void TestDayReportFlow::closingFreezesTheDayOnce()
{
    const QDate day = today();
    const QString date = day.toString(Qt::ISODate);
    const QJsonObject close { { QStringLiteral("date"), date }, { QStringLiteral("cash_counted"), 0 } };
    // The day is still running.
    const HttpResult early = post(QStringLiteral("/api/reports/day/close"), close);
    QCOMPARE(early.status, 409);
    QCOMPARE(
        early.json().value(QStringLiteral("error"))[QLatin1String("code")].toString(), QStringLiteral("day_not_over"));

    // The next morning (the store's clock; Stripe's records keep their times).
    m_tomorrow.setNow(QDateTime(day.addDays(1), QTime(6, 0), Qt::UTC));
    m_backend->store().setClock(m_tomorrow);
    const HttpResult first = post(QStringLiteral("/api/reports/day/close"), close);
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json().value(QStringLiteral("closed")).toInteger(), 1);
    QCOMPARE(currencyReport(first.json()).value(QStringLiteral("closed")).toInteger(), 1);
    const qint64 frozenGross = currencyReport(first.json()).value(QStringLiteral("gross")).toInteger();

    // Closing again is refused, and nothing changes.
    const HttpResult again = post(QStringLiteral("/api/reports/day/close"), close);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QStringLiteral("error"))[QLatin1String("code")].toString(),
        QStringLiteral("day_already_closed"));

    // A late sale recorded for that day: the closed report stays as it was frozen…
    const Order late = ghostOrder(500);
    QVERIFY(!late.number.isEmpty());
    const HttpResult frozen = get(QStringLiteral("/api/reports/day?date=%1").arg(date));
    QCOMPARE(frozen.status, 200);
    QCOMPARE(frozen.json().value(QStringLiteral("closed")).toInteger(), 1);
    QCOMPARE(currencyReport(frozen.json()).value(QStringLiteral("gross")).toInteger(), frozenGross);
    QCOMPARE(frozen.json().value(QStringLiteral("cash_counted")).toInteger(), 0);

    // …and a correction is a new entry that names it.
    QJsonObject correction = close;
    correction.insert(QStringLiteral("corrects"), 1);
    correction.insert(QStringLiteral("cash_counted"), 2000);
    const HttpResult corrected = post(QStringLiteral("/api/reports/day/close"), correction);
    QCOMPARE(corrected.status, 201);
    QCOMPARE(corrected.json().value(QStringLiteral("closed")).toInteger(), 2);
    QCOMPARE(corrected.json().value(QStringLiteral("corrects")).toInteger(), 1);
    QCOMPARE(currencyReport(corrected.json()).value(QStringLiteral("gross")).toInteger(), frozenGross + 500);
    const QJsonArray list = get(QStringLiteral("/api/reports/closed")).json().value(QStringLiteral("closed")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)[QLatin1String("number")].toInteger(), 2);
    QCOMPARE(list.at(1)[QLatin1String("cash_counted")].toInteger(), 0);
    // Correcting the older entry is refused.
    const HttpResult stale = post(QStringLiteral("/api/reports/day/close"), correction);
    QCOMPARE(stale.status, 409);
    QCOMPARE(
        stale.json().value(QStringLiteral("error"))[QLatin1String("code")].toString(), QStringLiteral("not_latest"));
}

void TestDayReportFlow::stripeUnreachableIs502WithTheLocalFigures()
{
    const QByteArray faults
        = "{\"fail_count\": 1000, \"fail_status\": 503, \"fail_path\": \"/v1/balance_transactions\"}";
    QCOMPARE(request("POST", withPath(m_sim->baseUrl(), QStringLiteral("/_sim/faults")), faults).status, 200);
    const QDate reportDay = QDateTime::currentDateTimeUtc().date().addDays(-1);
    const HttpResult r = get(QStringLiteral("/api/reports/day?date=%1").arg(reportDay.toString(Qt::ISODate)));
    QCOMPARE(r.status, 502);
    QCOMPARE(r.json().value(QStringLiteral("error"))[QLatin1String("code")].toString(),
        QStringLiteral("stripe_unavailable"));
    QVERIFY(r.json().value(QStringLiteral("reports")).isArray());
    QVERIFY(!r.json().value(QStringLiteral("stripe_error")).toString().isEmpty());
    QVERIFY(!r.body.contains(kKey.toLatin1()));
    // Nothing is closed without Stripe's side.
    const HttpResult close = post(QStringLiteral("/api/reports/day/close"),
        { { QStringLiteral("date"), reportDay.toString(Qt::ISODate) }, { QStringLiteral("cash_counted"), 0 } });
    QCOMPARE(close.status, 502);
    QCOMPARE(get(QStringLiteral("/api/reports/closed")).json().value(QStringLiteral("closed")).toArray().size(), 2);
    QCOMPARE(request("DELETE", withPath(m_sim->baseUrl(), QStringLiteral("/_sim/faults"))).status, 200);
}

QTEST_GUILESS_MAIN(TestDayReportFlow)
#include "tst_dayreportflow.moc"
