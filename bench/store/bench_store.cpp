// SPDX-License-Identifier: MIT
// Order store benchmark: fills a temporary database with a year of realistic orders, then times
// the manager's history screen (a page of 50 plus totals per currency plus the count) for the
// filters people use. Usage: bench_store [--orders N] [--runs R] [--keep PATH]
#include "OrderStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <tuple>

using namespace Kiosk;

namespace {

struct Weighted
{
    const char *value;
    int weight;
};

template <std::size_t N> const char *pick(QRandomGenerator &rng, const Weighted (&table)[N])
{
    int total = 0;
    for (const auto &w : table)
        total += w.weight;
    int r = rng.bounded(total);
    for (const auto &w : table) {
        if (r < w.weight)
            return w.value;
        r -= w.weight;
    }
    return table[0].value;
}

const Weighted kCurrencies[] = { { "EUR", 55 }, { "USD", 20 }, { "GBP", 15 }, { "CHF", 7 }, { "JPY", 3 } };
const Weighted kStatuses[] = { { "paid", 780 }, { "expired", 80 }, { "cancelled", 60 }, { "failed", 40 },
    { "awaiting_payment", 10 }, { "processing", 5 }, { "needs_review", 5 }, { "draft", 20 } };
const char *const kDrinks[] = { "Espresso", "Flat White", "Cappuccino", "Oat Latte", "Chai Latte", "Macchiato",
    "Green Tea", "Hot Chocolate", "Orange Juice", "Sparkling Water" };
const char *const kFood[] = { "Croissant", "Bagel", "Banana Bread", "Muesli Bowl", "Club Sandwich", "Cheesecake",
    "Blueberry Muffin", "Caesar Salad", "Tomato Soup", "Cinnamon Roll" };
const char *const kSizes[] = { "Small", "Regular", "Large" };
const char *const kFirst[] = { "anna", "ben", "carla", "david", "emma", "felix", "grace", "hugo", "ines", "jonas",
    "klara", "leon", "mia", "noah", "olivia", "paul", "quinn", "rosa", "sven", "tara" };
const char *const kLast[] = { "smith", "muller", "garcia", "rossi", "novak", "jensen", "dubois", "silva", "kowalski",
    "brown", "weber", "martin", "lopez", "fischer", "meyer" };
const char *const kDomains[] = { "example.com", "mail.example.org", "post.example.net", "inbox.example.de" };

struct Product
{
    QString name;
    qint64 price;
};

QList<Product> catalog()
{
    QList<Product> products;
    int i = 0;
    for (const char *drink : kDrinks) {
        for (const char *size : kSizes)
            products.append(
                { QString::fromLatin1(size) + QLatin1Char(' ') + QString::fromLatin1(drink), 250 + 40 * (i++ % 9) });
    }
    for (const char *food : kFood)
        products.append({ QString::fromLatin1(food), 300 + 55 * (i++ % 11) });
    return products;
}

Order makeOrder(QRandomGenerator &rng, const QList<Product> &products, const QDateTime &at, int seq)
{
    Order o;
    o.createdAt = at;
    o.updatedAt = at.addSecs(90);
    o.kioskId = QStringLiteral("K%1").arg(1 + seq % 4);
    o.number = o.kioskId + QStringLiteral("-%1").arg(seq / 4 + 1, 6, 10, QLatin1Char('0'));
    o.currency = QString::fromLatin1(pick(rng, kCurrencies));
    o.status = orderStatusFromString(QString::fromLatin1(pick(rng, kStatuses))).value_or(OrderStatus::Paid);
    const int lines = 1 + rng.bounded(5);
    for (int i = 0; i < lines; ++i) {
        const int index = rng.bounded(int(products.size()));
        const Product &p = products.at(index);
        OrderLine l;
        l.productId = QStringLiteral("prod_%1").arg(index);
        l.name = p.name;
        l.quantity = 1 + (rng.bounded(10) == 0 ? rng.bounded(4) : 0);
        l.unitAmount = p.price;
        l.lineTotal = l.unitAmount * l.quantity;
        o.amountSubtotal += l.lineTotal;
        o.lines.append(l);
    }
    o.amountTotal = o.amountSubtotal;
    if (rng.bounded(10) < 7) {
        o.customerEmail = QStringLiteral("%1.%2%3@%4")
                              .arg(QString::fromLatin1(kFirst[rng.bounded(int(std::size(kFirst)))]),
                                  QString::fromLatin1(kLast[rng.bounded(int(std::size(kLast)))]))
                              .arg(rng.bounded(200))
                              .arg(QString::fromLatin1(kDomains[rng.bounded(int(std::size(kDomains)))]));
    }
    if (o.status == OrderStatus::Paid)
        o.paidAt = at.addSecs(30 + rng.bounded(300));
    if (o.status != OrderStatus::Draft) {
        o.sessionId = QStringLiteral("cs_bench_%1").arg(seq);
        o.paymentIntent = o.status == OrderStatus::Paid ? QStringLiteral("pi_bench_%1").arg(seq) : QString();
    }
    return o;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats measure(int runs, const std::function<void()> &work)
{
    work(); // warm the page cache and statement caches once
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms.at(ms.size() / 2);
    s.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    s.max = ms.last();
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption ordersOpt(QStringLiteral("orders"), QStringLiteral("Orders to generate."), QStringLiteral("n"),
        QStringLiteral("1000000"));
    QCommandLineOption runsOpt(
        QStringLiteral("runs"), QStringLiteral("Runs per query."), QStringLiteral("n"), QStringLiteral("50"));
    QCommandLineOption keepOpt(QStringLiteral("keep"),
        QStringLiteral("Use (and keep) this database file; generate only if it is new."), QStringLiteral("path"));
    QCommandLineOption dbOpt(QStringLiteral("db"),
        QStringLiteral("Use (and keep) this database: an SQLite file or postgresql://user@host:port/dbname; "
                       "generate only if it holds no orders."),
        QStringLiteral("location"));
    parser.addOptions({ ordersOpt, runsOpt, keepOpt, dbOpt });
    parser.process(app);
    const int total = parser.value(ordersOpt).toInt();
    const int runs = parser.value(runsOpt).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(dbOpt) ? parser.value(dbOpt)
        : parser.isSet(keepOpt)              ? parser.value(keepOpt)
                                             : dir.filePath(QStringLiteral("bench-orders.sqlite"));
    auto opened = OrderStore::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    OrderStore &store = *opened.value();
    const Result<qint64> existing = store.count({});
    if (!existing) {
        std::fprintf(stderr, "%s\n", qPrintable(existing.error().toString()));
        return 1;
    }
    const bool generate = existing.value() == 0;

    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const qint64 yearSecs = 365LL * 86400;
    if (generate) {
        QRandomGenerator rng(42);
        const QList<Product> products = catalog();
        QElapsedTimer t;
        t.start();
        constexpr int kBatch = 20000;
        for (int done = 0; done < total;) {
            QList<Order> batch;
            const int n = std::min(kBatch, total - done);
            batch.reserve(n);
            for (int i = 0; i < n; ++i, ++done) {
                const qint64 offset = yearSecs * done / total + rng.bounded(int(yearSecs / total) + 1);
                batch.append(makeOrder(rng, products, start.addSecs(offset), done));
            }
            auto r = store.importOrders(batch);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                return 1;
            }
        }
        std::printf("generated %d orders in %.1f s (%.0f orders/s), file %.0f MB\n", total, t.elapsed() / 1000.0,
            total / (t.elapsed() / 1000.0), QFile::exists(path) ? QFile(path).size() / 1e6 : 0.0);
    } else {
        std::printf(
            "using existing %s with %lld orders\n", qPrintable(store.path()), static_cast<long long>(existing.value()));
    }

    struct Scenario
    {
        const char *name;
        HistoryFilter filter;
        int offset = 0;
    };
    const QDateTime midYear = start.addDays(180).addSecs(10 * 3600 + 1800);
    const QList<Scenario> scenarios {
        { "no filter", {} },
        { "no filter, page 5", {}, 200 },
        { "status paid", { {}, {}, { OrderStatus::Paid }, {} } },
        { "status failed|expired", { {}, {}, { OrderStatus::Failed, OrderStatus::Expired }, {} } },
        { "status needs_review", { {}, {}, { OrderStatus::NeedsReview }, {} } },
        { "date: one month", { midYear, midYear.addDays(30), {}, {} } },
        { "date: one day", { midYear, midYear.addDays(1), {}, {} } },
        { "text: email fragment", { {}, {}, {}, QStringLiteral("grace.novak1") } },
        { "text: order number", { {}, {}, {}, QStringLiteral("K3-123456") } },
        { "text: order-number prefix (K3-12)", { {}, {}, {}, QStringLiteral("K3-12") } },
        { "text: product name", { {}, {}, {}, QStringLiteral("blueberry") } },
        { "text: 2 characters", { {}, {}, {}, QStringLiteral("zz") } },
        { "text: 2 characters, e-mail prefix", { {}, {}, {}, QStringLiteral("an") } },
        { "text: e-mail domain", { {}, {}, {}, QStringLiteral("inbox.example.de") } },
        { "text: one product, one day", { midYear, midYear.addDays(1), {}, QStringLiteral("croissant") } },
        { "text: 3 product names (chai latte)", { {}, {}, {}, QStringLiteral("chai latte") } },
        { "combined: month+paid+product",
            { midYear, midYear.addDays(30), { OrderStatus::Paid }, QStringLiteral("cheesecake") } },
        { "combined: month+paid+email",
            { midYear, midYear.addDays(30), { OrderStatus::Paid }, QStringLiteral("mia.rossi") } },
    };
    std::printf("\n%-36s %9s %9s %9s %9s %9s %9s\n", "query (page 50 + totals + count)", "rows", "matches", "median",
        "p95", "max", "page p50");
    for (const Scenario &s : scenarios) {
        qsizetype rows = 0;
        qint64 matches = 0;
        const Stats all = measure(runs, [&] {
            store.clearCache(); // measure the real aggregate, not the reuse between runs
            auto page = store.history(s.filter, s.offset, 50);
            auto totals = store.totals(s.filter);
            auto count = store.count(s.filter);
            if (!page || !totals || !count)
                qFatal("query failed");
            rows = page->size();
            matches = count.value();
        });
        const Stats pageOnly = measure(runs, [&] {
            if (!store.history(s.filter, s.offset, 50))
                qFatal("query failed");
        });
        std::printf("%-36s %9lld %9lld %7.2fms %7.2fms %7.2fms %7.2fms\n", s.name, static_cast<long long>(rows),
            static_cast<long long>(matches), all.median, all.p95, all.max, pageOnly.median);
    }
    // The day report's reads (orders paid and refunds created in one day, every till): DayRecordsQuery.
    for (const auto &[name, from, to] : { std::tuple { "day report records: one day", midYear, midYear.addDays(1) },
             std::tuple { "day report records: one month", midYear, midYear.addDays(30) } }) {
        qsizetype orders = 0;
        const Stats day = measure(runs, [&, from = from, to = to] {
            auto records = store.dayRecords(from, to);
            if (!records)
                qFatal("query failed");
            orders = records->orders.size();
        });
        std::printf("%-36s %9lld %9s %7.2fms %7.2fms %7.2fms\n", name, static_cast<long long>(orders), "", day.median,
            day.p95, day.max);
    }
    return 0;
}
