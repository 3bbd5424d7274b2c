// SPDX-License-Identifier: MIT
// One leader per shop: the replica holding the shop's advisory lock runs the sweep and recovery;
// another takes over, on its next try by the injected clock, once the leader's session is gone.
#include "Clock.h"
#include "Database.h"
#include "ShopLeadership.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;

class TestShopLeadership final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_location;

    static std::shared_ptr<Database> open(const QString &location)
    {
        auto db = Database::open(location);
        return db ? std::move(db).value() : nullptr;
    }

private slots:
    void init()
    {
        KIOSK_REQUIRE_TEST_DATABASE();
        m_location = Test::TestDatabase::fresh(m_dir.filePath(QStringLiteral("leader%1.sqlite").arg(++m_files)));
    }

    void oneLeaderAndATakeOverWhenItsSessionDies()
    {
        const auto a = open(m_location);
        const auto b = open(m_location);
        QVERIFY(a && b);
        ManualClock clock;
        const ShopLeadership::Options byHand { 3000, 0 };
        ShopLeadership first(*a, clock, byHand);
        QVERIFY(first.isLeader());
        if (!Test::TestDatabase::isPostgres()) {
            // One process on its own file: every server leads.
            QVERIFY(ShopLeadership(*b, clock, byHand).isLeader());
            return;
        }
        ShopLeadership second(*b, clock, byHand);
        QVERIFY(!second.isLeader());
        QSignalSpy tookOver(&second, &ShopLeadership::leadershipChanged);

        // The leader's session ends as with kill -9: PostgreSQL drops it and its lock.
        QSqlQuery q(a->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = "
                                      "%1")
                           .arg(ShopLeadership::kLockKey & 0xffffffff))
            && q.next());
        const qint64 leaderPid = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(leaderPid)));
        QTRY_VERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(leaderPid))
            && q.next() && q.value(0).toInt() == 0);

        second.tick(); // not due yet: the follower waits retryMs between tries
        QVERIFY(!second.isLeader());
        clock.advance(3);
        second.tick();
        QVERIFY(second.isLeader());
        QCOMPARE(tookOver.size(), 1);
        QCOMPARE(tookOver.first().at(0).toBool(), true);

        // The old leader notices its lost session on its next check and steps down.
        QSignalSpy steppedDown(&first, &ShopLeadership::leadershipChanged);
        first.tick();
        QVERIFY(!first.isLeader());
        QCOMPARE(steppedDown.size(), 1);
        // ... and stays a follower while the new leader lives.
        clock.advance(3);
        first.tick();
        QVERIFY(!first.isLeader());
    }
};

QTEST_GUILESS_MAIN(TestShopLeadership)
#include "tst_shopleadership.moc"
