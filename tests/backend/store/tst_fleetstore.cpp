// SPDX-License-Identifier: MIT
// The shop server's tables on both engines: tills and their token hashes (never the token),
// revocation, the audit log, and the change sequence a till's feed catches up from.
#include "AuditLog.h"
#include "Database.h"
#include "KioskRegistry.h"
#include "OrderChangeLog.h"
#include "OrderStore.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;

class TestFleetStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<OrderStore> m_store;
    QString m_location;

    qint64 orderOf(const QString &kioskId)
    {
        OrderLine l { QStringLiteral("tea"), QStringLiteral("TEA"), QStringLiteral("Tea"), 1, 250, 0 };
        OrderStore::NewOrder o { QStringLiteral("EUR"), { l }, {}, kioskId, {} };
        const Result<Order> created = m_store->createOrder(o);
        return created ? created->id : 0;
    }

private slots:
    void init()
    {
        KIOSK_REQUIRE_TEST_DATABASE();
        m_location = Test::TestDatabase::fresh(m_dir.filePath(QStringLiteral("fleet%1.sqlite").arg(++m_files)));
        auto opened = OrderStore::open(m_location);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        m_store = std::move(opened).value();
    }
    void cleanup() { m_store.reset(); }

    void aTokenIsStoredOnlyAsItsHash()
    {
        KioskRegistry registry(m_store->database());
        const Result<QByteArray> token = registry.add(QStringLiteral("T1"));
        QVERIFY(token.ok());
        QVERIFY(token->startsWith("kt_"));
        QCOMPARE(token->size(), 3 + 43); // 256 bits, base64url
        QSqlQuery q(m_store->database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM kiosks")) && q.next());
        QCOMPARE(q.value(0).toString().toLatin1(), KioskRegistry::hashToken(token.value()));
        QVERIFY(!q.value(0).toString().contains(QString::fromLatin1(token->mid(3))));
        QCOMPARE(registry.kioskForToken(token.value()).value(), std::optional<QString>(QStringLiteral("T1")));
        // Two tills never get the same token.
        const Result<QByteArray> other = registry.add(QStringLiteral("T2"));
        QVERIFY(other.ok());
        QVERIFY(other.value() != token.value());
        QCOMPARE(registry.kioskForToken(other.value()).value(), std::optional<QString>(QStringLiteral("T2")));
    }

    void unknownAndRevokedTokensFindNoTill()
    {
        KioskRegistry registry(m_store->database());
        const QByteArray token = registry.add(QStringLiteral("T1")).value();
        QCOMPARE(registry.kioskForToken(token + "x").value(), std::nullopt);
        QCOMPARE(registry.kioskForToken(QByteArray()).value(), std::nullopt);
        QVERIFY(registry.revoke(QStringLiteral("T1")).ok());
        QCOMPARE(registry.kioskForToken(token).value(), std::nullopt);
        const QList<KioskRecord> listed = registry.list().value();
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first().revokedAt.isValid());
        QCOMPARE(registry.revoke(QStringLiteral("T9")).error().code, QStringLiteral("not_found"));
        // A revoked till gets a new token; the old one stays refused.
        const QByteArray again = registry.add(QStringLiteral("T1")).value();
        QCOMPARE(registry.kioskForToken(again).value(), std::optional<QString>(QStringLiteral("T1")));
        QCOMPARE(registry.kioskForToken(token).value(), std::nullopt);
    }

    void kioskIdsAreChecked_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addRow("plain") << QStringLiteral("T1") << true;
        QTest::addRow("dash underscore") << QStringLiteral("till-2_b") << true;
        QTest::addRow("32 chars") << QString(32, QLatin1Char('a')) << true;
        QTest::addRow("33 chars") << QString(33, QLatin1Char('a')) << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("space") << QStringLiteral("T 1") << false;
        QTest::addRow("quote") << QStringLiteral("T1'") << false;
        QTest::addRow("non-ascii") << QStringLiteral("Tü") << false;
    }
    void kioskIdsAreChecked()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        KioskRegistry registry(m_store->database());
        const Result<QByteArray> token = registry.add(id);
        QCOMPARE(token.ok(), valid);
        if (!valid)
            QCOMPARE(token.error().code, QStringLiteral("invalid_kiosk_id"));
        QCOMPARE(registry.list().value().size(), valid ? 1 : 0);
    }

    void anActiveTillIsNotReissued()
    {
        KioskRegistry registry(m_store->database());
        const QByteArray token = registry.add(QStringLiteral("T1")).value();
        QCOMPARE(registry.add(QStringLiteral("T1")).error().code, QStringLiteral("kiosk_exists"));
        QCOMPARE(registry.kioskForToken(token).value(), std::optional<QString>(QStringLiteral("T1")));
    }

    void theAuditLogKeepsWhoWhatWhenAndOutcome()
    {
        AuditLog audit(m_store->database());
        QVERIFY(audit.record(QStringLiteral("T1"), QStringLiteral("GET /api/orders"), 0, QStringLiteral("200")).ok());
        QVERIFY(audit
                    .record(QStringLiteral("api-token"), QStringLiteral("POST /api/orders/7/cancel"), 7,
                        QStringLiteral("404 not_found"))
                    .ok());
        const QList<AuditEntry> entries = audit.latest(10).value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).actor, QStringLiteral("T1"));
        QCOMPARE(entries.at(0).orderId, 0);
        QCOMPARE(entries.at(1).action, QStringLiteral("POST /api/orders/7/cancel"));
        QCOMPARE(entries.at(1).orderId, 7);
        QCOMPARE(entries.at(1).outcome, QStringLiteral("404 not_found"));
        QVERIFY(entries.at(1).at.isValid());
    }

    void theChangeSequenceIsDurableAndScoped()
    {
        OrderChangeLog changes(m_store->database());
        QCOMPARE(changes.latestCursor().value(), 0);
        const qint64 a = orderOf(QStringLiteral("T1"));
        const qint64 b = orderOf(QStringLiteral("T2"));
        TransitionDetails d { QStringLiteral("test"), {}, {}, {}, {} };
        QVERIFY(m_store->transition(a, OrderStatus::AwaitingPayment, d).ok());
        QVERIFY(m_store->transition(b, OrderStatus::AwaitingPayment, d).ok());
        QVERIFY(m_store->transition(a, OrderStatus::Paid, d).ok());
        // A no-op transition is no change.
        QVERIFY(m_store->transition(a, OrderStatus::Paid, d).ok());
        const QList<OrderChangeRef> all = changes.after(0, {}, 100).value();
        QCOMPARE(all.size(), 3);
        QVERIFY(all.at(0).cursor < all.at(1).cursor && all.at(1).cursor < all.at(2).cursor);
        QCOMPARE(changes.latestCursor().value(), all.last().cursor);
        const QList<OrderChangeRef> mine = changes.after(0, QStringLiteral("T1"), 100).value();
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).orderId, a);
        QCOMPARE(mine.at(1).orderId, a);
        // Catching up from a cursor, and the limit.
        QCOMPARE(changes.after(mine.at(0).cursor, QStringLiteral("T1"), 100).value().size(), 1);
        QCOMPARE(changes.after(0, {}, 2).value().size(), 2);
        QCOMPARE(changes.after(all.last().cursor, {}, 100).value().size(), 0);
        // Still there after a restart.
        m_store.reset();
        auto reopened = OrderStore::open(m_location);
        QVERIFY(reopened.ok());
        m_store = std::move(reopened).value();
        QCOMPARE(OrderChangeLog(m_store->database()).after(0, QStringLiteral("T2"), 100).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFleetStore)
#include "tst_fleetstore.moc"
