// SPDX-License-Identifier: MIT
// Kills a writer process (store_crash_writer) with SIGKILL at varied moments and checks after
// each kill that the database is intact, consistent and still holds everything the writer had
// reported as committed. On SQLite and (KIOSK_TEST_DB=postgresql) on PostgreSQL, where the kill
// drops the writer's connection in the middle of its transactions.
#include "OrderStore.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace Kiosk;

namespace {

constexpr qint64 kDayMs = 86400000;

/** One short-lived connection for the checks, independent of OrderStore. */
class RawDatabase final
{
public:
    explicit RawDatabase(const QString &location)
        : m_db(Test::TestDatabase::connect(location, QStringLiteral("crash-check")))
    { }
    ~RawDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("crash-check"));
    }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    QSqlQuery query(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q;
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = query(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private:
    QSqlDatabase m_db;
};

} // namespace

class TestOrderStoreCrash final : public QObject
{
    Q_OBJECT

private:
    void checkInvariants(const QString &location, const std::map<qint64, QString> &acknowledged)
    {
        RawDatabase db(location);
        if (!Test::TestDatabase::isPostgres()) {
            // PostgreSQL checks its foreign keys on every write and has no file to tear.
            QSqlQuery q = db.query(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(!q.next());
            QVERIFY(!db.query(QStringLiteral("PRAGMA foreign_key_check")).next());
        }

        // Every order's lines add up to its subtotal (and it has lines).
        QCOMPARE(db.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM orders o WHERE o.amount_subtotal <> "
                     "COALESCE((SELECT SUM(line_total) FROM order_lines l WHERE l.order_id = o.id), -1)")),
            qint64(0));
        // Every paid order has paid_at and a timeline ending in paid.
        QCOMPARE(db.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM orders o WHERE o.status = 'paid' AND (o.paid_at IS NULL OR "
                     "COALESCE((SELECT to_status FROM status_history h WHERE h.order_id = o.id ORDER BY h.id DESC "
                     "LIMIT 1), '') <> 'paid')")),
            qint64(0));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status <> 'paid' AND paid_at IS NOT NULL")),
            qint64(0));
        // No event points at a missing order.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM payment_events e WHERE e.order_id IS NOT NULL AND NOT "
                                          "EXISTS (SELECT 1 FROM orders o WHERE o.id = e.order_id)")),
            qint64(0));
        // Every order is searchable by its number, and no search term outlives its order.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_terms t "
                                          "WHERE t.kind = 0 AND t.term = lower(o.number) AND t.order_id = o.id)")),
            qint64(0));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM order_terms t WHERE NOT EXISTS (SELECT 1 FROM orders o "
                                          "WHERE o.id = t.order_id)")),
            qint64(0));
        // The per-product totals equal a recount: each order once per distinct product name.
        const QString recount = QStringLiteral(
            "SELECT l.name_id, o.created_at / 86400000, o.status, o.currency, SUM(o.amount_total), COUNT(*) FROM "
            "orders "
            "o JOIN (SELECT DISTINCT order_id, name_id FROM order_lines) l ON l.order_id = o.id GROUP BY 1, 2, 3, 4");
        const QString kept = QStringLiteral("SELECT name_id, day, status, currency, amount, orders FROM "
                                            "order_product_totals WHERE orders <> 0");
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2) AS missing").arg(recount, kept)), qint64(0));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM (%2 EXCEPT %1) AS extra").arg(recount, kept)), qint64(0));

        // Each timeline is a legal chain from draft to the order's current status.
        std::map<qint64, OrderStatus> current;
        {
            QSqlQuery q = db.query(QStringLiteral("SELECT id, status FROM orders"));
            while (q.next())
                current[q.value(0).toLongLong()] = orderStatusFromString(q.value(1).toString()).value();
        }
        std::map<qint64, OrderStatus> walked;
        {
            QSqlQuery q = db.query(QStringLiteral("SELECT order_id, from_status, to_status FROM status_history "
                                                  "ORDER BY order_id, id"));
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                const auto from = orderStatusFromString(q.value(1).toString());
                const auto to = orderStatusFromString(q.value(2).toString());
                QVERIFY(from && to);
                const OrderStatus expectedFrom = walked.count(id) ? walked[id] : OrderStatus::Draft;
                QCOMPARE(int(*from), int(expectedFrom));
                QVERIFY2(*from != *to && OrderStateMachine::canTransition(*from, *to),
                    qPrintable(QStringLiteral("order %1: %2 -> %3").arg(id).arg(toString(*from), toString(*to))));
                walked[id] = *to;
            }
        }
        for (const auto &[id, status] : current) {
            const OrderStatus end = walked.count(id) ? walked[id] : OrderStatus::Draft;
            QVERIFY2(end == status,
                qPrintable(QStringLiteral("order %1 timeline ends in %2, order is %3")
                               .arg(id)
                               .arg(toString(end), toString(status))));
        }

        // The per-day totals agree with the orders.
        std::map<std::tuple<qint64, QString, QString>, std::pair<qint64, qint64>> fromOrders;
        {
            QSqlQuery q = db.query(QStringLiteral("SELECT created_at, status, currency, amount_total FROM orders"));
            while (q.next()) {
                auto &slot
                    = fromOrders[{ q.value(0).toLongLong() / kDayMs, q.value(1).toString(), q.value(2).toString() }];
                slot.first += q.value(3).toLongLong();
                slot.second += 1;
            }
        }
        std::map<std::tuple<qint64, QString, QString>, std::pair<qint64, qint64>> summary;
        {
            QSqlQuery q = db.query(QStringLiteral("SELECT day, status, currency, amount, orders FROM order_totals "
                                                  "WHERE orders <> 0 OR amount <> 0"));
            while (q.next())
                summary[{ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() }]
                    = { q.value(3).toLongLong(), q.value(4).toLongLong() };
        }
        QVERIFY(fromOrders == summary);

        // What the writer reported as committed is there: acknowledged means durable.
        for (const auto &[id, status] : acknowledged) {
            QVERIFY2(current.count(id), qPrintable(QStringLiteral("acknowledged order %1 is missing").arg(id)));
            if (status == QLatin1String("draft"))
                continue;
            QSqlQuery q = db.query(QStringLiteral("SELECT COUNT(*) FROM status_history WHERE order_id = %1 AND "
                                                  "to_status = '%2'")
                                       .arg(id)
                                       .arg(status));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toLongLong() == 1,
                qPrintable(QStringLiteral("acknowledged %1 of order %2 is missing").arg(status).arg(id)));
        }
    }

private Q_SLOTS:
    void initTestCase() { KIOSK_REQUIRE_TEST_DATABASE(); }

    void survivesKillsAtRandomMoments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = Test::TestDatabase::fresh(dir.filePath(QStringLiteral("crash.sqlite")));
        QVERIFY(!path.isEmpty());
        QRandomGenerator rng(20260322);
        std::map<qint64, QString> acknowledged;
        qint64 ordersBefore = 0;

        for (int round = 0; round < 10; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(KIOSK_CRASH_WRITER), { path, QString::number(round) });
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

            // Let it commit a varied amount of work (1 to ~400 steps), then kill it mid-stride.
            const int steps = 1 + rng.bounded(400);
            int seen = 0;
            QByteArray pending;
            const auto consume = [&]() {
                pending += writer.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    const QList<QByteArray> words = pending.left(nl).split(' ');
                    pending.remove(0, nl + 1);
                    ++seen;
                    if (words.size() >= 2 && words.at(0) == "created")
                        acknowledged[words.at(1).toLongLong()] = QStringLiteral("draft");
                    else if (words.size() >= 3 && words.at(0) == "status")
                        acknowledged[words.at(1).toLongLong()] = QString::fromLatin1(words.at(2));
                }
            };
            while (seen < steps && writer.state() == QProcess::Running) {
                if (!writer.waitForReadyRead(30000))
                    break;
                consume();
            }
            QVERIFY2(writer.state() == QProcess::Running,
                qPrintable(QStringLiteral("writer stopped by itself: ")
                    + QString::fromLocal8Bit(writer.readAllStandardError())));
            writer.kill();
            QVERIFY(writer.waitForFinished(30000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            consume(); // lines printed before the kill were committed too

            checkInvariants(path, acknowledged);
            if (QTest::currentTestFailed())
                return;

            // The store opens again and sees more orders than before the round.
            auto reopened = OrderStore::open(path);
            QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().toString()));
            const qint64 orders = reopened.value()->count({}).value();
            QVERIFY(orders > ordersBefore);
            ordersBefore = orders;
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderStoreCrash)
#include "tst_orderstore_crash.moc"
