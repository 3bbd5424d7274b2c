// SPDX-License-Identifier: MIT
#include "ShopLeadership.h"

#include "Clock.h"
#include "Database.h"
#include "Log.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace Kiosk {

ShopLeadership::ShopLeadership(const Database &database, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_location(database.reopenLocation())
    , m_postgres(Database::isPostgresUrl(database.reopenLocation()))
    , m_clock(clock)
    , m_options(options)
{
    if (!m_postgres) {
        m_leader = true; // one process on its own file
        return;
    }
    attempt();
    if (m_options.tickMs > 0) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &ShopLeadership::tick);
        m_timer->start(m_options.tickMs);
    }
}

ShopLeadership::~ShopLeadership() = default;

void ShopLeadership::tick()
{
    if (!m_postgres)
        return;
    if (m_clock.now().toMSecsSinceEpoch() - m_lastAttemptMs < m_options.retryMs)
        return;
    attempt();
}

void ShopLeadership::attempt()
{
    m_lastAttemptMs = m_clock.now().toMSecsSinceEpoch();
    if (m_leader) {
        // The lock lives as long as the session: a working connection still holds it.
        QSqlQuery q(m_connection->connection());
        if (q.exec(QStringLiteral("SELECT 1")))
            return;
        qCWarning(lcPayment).noquote() << "leader connection lost, stepping down -" << q.lastError().text();
        m_connection.reset();
        setLeader(false);
        return;
    }
    if (!m_connection) {
        auto opened = Database::open(m_location);
        if (!opened) {
            qCWarning(lcPayment).noquote() << "leadership:" << opened.error().toString();
            return;
        }
        m_connection = std::move(opened).value();
    }
    QSqlQuery q(m_connection->connection());
    if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kLockKey)) || !q.next()) {
        qCWarning(lcPayment).noquote() << "leadership: could not ask for the lock -" << q.lastError().text();
        m_connection.reset(); // a fresh connection next time
        return;
    }
    if (q.value(0).toBool())
        setLeader(true);
}

void ShopLeadership::setLeader(bool leader)
{
    if (leader == m_leader)
        return;
    m_leader = leader;
    qCInfo(lcPayment) << (leader ? "this server now runs the shop's sweep and recovery (leader)"
                                 : "this server no longer leads the shop");
    Q_EMIT leadershipChanged(leader);
}

} // namespace Kiosk
