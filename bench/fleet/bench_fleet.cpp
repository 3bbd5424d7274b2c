// SPDX-License-Identifier: MIT
// Fleet benchmark (issue 12 §5): N HeadlessTills, each selling once a second, against one or two
// checkout-kiosk-server processes on one database, backed by a stripe-sim that delivers every
// webhook to every server and pays every session. Reports the checkout's latency (sell → order
// awaiting payment, as the till sees it) and the notification's (the simulator's answer to the
// payment, after which it delivers the webhook, → the till announcing Paid). One machine, one
// clock (the monotonic one: these are latencies, not business time). See README.md.
#include "HeadlessTill.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Kiosk;

namespace {

const QString kKey = QStringLiteral("sk_test_fleetbench00000000000000042");
const QString kSecret = QStringLiteral("whsec_fleetbench_0123456789abcdef");

/** Starts `program` and waits for "`prefix` http://…" on its standard output. */
QUrl startChild(QProcess &p, const QString &program, const QStringList &args, const QString &prefix)
{
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    const QRegularExpression re(QRegularExpression::escape(prefix) + QStringLiteral(" (http://\\S+)"));
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30'000 && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
        if (const auto m = re.match(QString::fromUtf8(out)); m.hasMatch())
            return QUrl(m.captured(1));
    }
    std::fprintf(stderr, "%s did not start: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return {};
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<qsizetype>(p * double(v.size() - 1) + 0.5);
    return v.at(std::min(i, v.size() - 1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Headless tills selling against checkout-kiosk-server."));
    cli.addHelpOption();
    const QCommandLineOption tillsOpt(
        QStringLiteral("tills"), QStringLiteral("Tills (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Selling time (default 20)."),
        QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption replicasOpt(QStringLiteral("replicas"),
        QStringLiteral("Servers on the database (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption dbOpt(QStringLiteral("db"),
        QStringLiteral("postgresql://… (default: an SQLite file in a temporary directory)."),
        QStringLiteral("location"));
    const QCommandLineOption serverOpt(
        QStringLiteral("server"), QStringLiteral("checkout-kiosk-server binary."), QStringLiteral("path"));
    const QCommandLineOption simOpt(
        QStringLiteral("sim"), QStringLiteral("stripe-sim binary."), QStringLiteral("path"));
    const QCommandLineOption catalogOpt(
        QStringLiteral("catalog"), QStringLiteral("Catalog JSON."), QStringLiteral("path"));
    cli.addOptions({ tillsOpt, secondsOpt, replicasOpt, dbOpt, serverOpt, simOpt, catalogOpt });
    cli.process(app);
    const int tills = std::clamp(cli.value(tillsOpt).toInt(), 1, 200);
    const int seconds = std::clamp(cli.value(secondsOpt).toInt(), 1, 3600);
    const int replicas = std::clamp(cli.value(replicasOpt).toInt(), 1, 4);
    QTemporaryDir dir;
    const QString db = cli.isSet(dbOpt) ? cli.value(dbOpt) : dir.filePath(QStringLiteral("fleet.sqlite"));
    if (replicas > 1 && !db.startsWith(QLatin1String("postgresql://"))) {
        std::fprintf(stderr, "--replicas needs --db postgresql://…\n");
        return 2;
    }
    const QString serverBin = cli.value(serverOpt);

    QProcess sim;
    const QUrl simUrl = startChild(sim, cli.value(simOpt), { QStringLiteral("--port"), QStringLiteral("0") },
        QStringLiteral("stripe-sim listening on"));
    if (!simUrl.isValid())
        return 1;
    // One till token each (printed once by `kiosks add`, on a line of its own).
    QList<QByteArray> tokens;
    for (int i = 1; i <= tills; ++i) {
        QProcess add;
        add.start(serverBin,
            { QStringLiteral("kiosks"), QStringLiteral("add"), QStringLiteral("T%1").arg(i), QStringLiteral("--db"),
                db });
        add.waitForFinished(30'000);
        const QList<QByteArray> lines = add.readAllStandardOutput().split('\n');
        const auto token
            = std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("kt_"); });
        if (token == lines.end()) {
            std::fprintf(stderr, "kiosks add failed: %s\n", add.readAllStandardError().constData());
            return 1;
        }
        tokens.append(token->trimmed());
    }
    std::vector<std::unique_ptr<QProcess>> servers;
    QList<QUrl> serverUrls;
    QNetworkAccessManager network;
    const auto post = [&network](const QUrl &url, const QByteArray &body) {
        QNetworkRequest r(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return network.post(r, body);
    };
    for (int i = 0; i < replicas; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false;*.debug=false"));
            return env;
        }());
        const QUrl url = startChild(*p, serverBin,
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--catalog"),
                cli.value(catalogOpt), QStringLiteral("--stripe-key"), kKey, QStringLiteral("--api-base"),
                simUrl.toString(), QStringLiteral("--webhook-secret"), kSecret },
            QStringLiteral("checkout-kiosk-server listening on"));
        if (!url.isValid())
            return 1;
        // The simulator delivers every event to every server.
        QNetworkReply *subscribed = post(QUrl(simUrl.toString() + QStringLiteral("/_sim/webhooks")),
            QJsonDocument(
                QJsonObject { { QStringLiteral("url"), QString(url.toString() + QStringLiteral("/webhooks/stripe")) },
                    { QStringLiteral("secret"), kSecret } })
                .toJson(QJsonDocument::Compact));
        QObject::connect(subscribed, &QNetworkReply::finished, subscribed, &QObject::deleteLater);
        servers.push_back(std::move(p));
        serverUrls.append(url);
    }

    struct Sale
    {
        qint64 soldAt = 0;
        qint64 paidAnsweredAt = -1; ///< the simulator answered the payment (its webhooks follow)
        qint64 announcedAt = -1; ///< the till announced Paid
    };
    QElapsedTimer clock;
    clock.start();
    QList<double> checkoutMs, notifyMs;
    QHash<QString, Sale> sales; // by "till/order id"
    int sold = 0, failed = 0, paid = 0;
    std::vector<std::unique_ptr<HeadlessTill>> fleet;
    int started = 0;
    const auto noteNotify = [&](const Sale &s) {
        if (s.paidAnsweredAt >= 0 && s.announcedAt >= 0)
            notifyMs.append(double(std::max<qint64>(0, s.announcedAt - s.paidAnsweredAt)) / 1e6);
    };
    for (int i = 0; i < tills; ++i) {
        RemoteOptions options;
        options.server = serverUrls.at(i % serverUrls.size());
        options.token = tokens.at(i);
        auto till = std::make_unique<HeadlessTill>(options);
        HeadlessTill *t = till.get();
        QObject::connect(t, &HeadlessTill::settled, t, [&, i](const Order &order) {
            Sale &s = sales[QStringLiteral("%1/%2").arg(i).arg(order.id)];
            if (order.status != OrderStatus::Paid || s.announcedAt >= 0)
                return;
            s.announcedAt = clock.nsecsElapsed();
            ++paid;
            noteNotify(s);
        });
        t->start([&](Status st) {
            if (!st)
                std::fprintf(stderr, "till start failed: %s\n", qPrintable(st.error().toString()));
            ++started;
        });
        fleet.push_back(std::move(till));
    }
    while (started < tills)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    const qint64 endAt = qint64(seconds) * 1'000'000'000;
    std::vector<std::unique_ptr<QTimer>> timers;
    for (int i = 0; i < tills; ++i) {
        auto timer = std::make_unique<QTimer>();
        timer->setInterval(1000);
        HeadlessTill *t = fleet.at(std::size_t(i)).get();
        QObject::connect(timer.get(), &QTimer::timeout, t, [&, i, t, tm = timer.get()] {
            if (clock.nsecsElapsed() >= endAt) {
                tm->stop();
                return;
            }
            const qint64 soldAt = clock.nsecsElapsed();
            ++sold;
            CheckoutRequest request;
            request.lines = { { QStringLiteral("caf-002"), 1 } };
            t->sell(request, [&, i, soldAt](Result<Order> created) {
                if (!created) {
                    ++failed;
                    return;
                }
                const qint64 now = clock.nsecsElapsed();
                checkoutMs.append(double(now - soldAt) / 1e6);
                const QString key = QStringLiteral("%1/%2").arg(i).arg(created->id);
                sales[key].soldAt = soldAt;
                QNetworkReply *pay
                    = post(QUrl(simUrl.toString() + QStringLiteral("/_sim/sessions/%1/pay").arg(created->sessionId)),
                        QByteArrayLiteral("{\"card\":\"4242424242424242\",\"email\":\"buyer@example.com\"}"));
                QObject::connect(pay, &QNetworkReply::finished, pay, [&, key, pay] {
                    pay->deleteLater();
                    Sale &s = sales[key];
                    s.paidAnsweredAt = clock.nsecsElapsed();
                    noteNotify(s);
                });
            });
        });
        // Spread over the second, as tills in a shop would be.
        QTimer::singleShot(1000 * i / tills, timer.get(), [tm = timer.get()] { tm->start(); });
        timers.push_back(std::move(timer));
    }
    while (clock.nsecsElapsed() < endAt + 10'000'000'000LL && (clock.nsecsElapsed() < endAt || paid + failed < sold))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    std::printf("| %d | %d | %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |\n", tills, replicas,
        db.startsWith(QLatin1String("postgresql://")) ? "PostgreSQL" : "SQLite", sold, paid, sold - paid,
        percentile(checkoutMs, 0.5), percentile(checkoutMs, 0.99), percentile(notifyMs, 0.5),
        percentile(notifyMs, 0.99));
    fleet.clear();
    for (auto &p : servers) {
        p->terminate();
        p->waitForFinished(10'000);
    }
    sim.terminate();
    sim.waitForFinished(10'000);
    return 0;
}
