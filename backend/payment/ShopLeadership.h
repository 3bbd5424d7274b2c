// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <memory>

class QTimer;

namespace Kiosk {

class Clock;
class Database;

/**
 * Which replica of the shop server runs the shop's background work (events sweep, recovery,
 * refund resumption): the one holding PostgreSQL's session advisory lock of the shop, taken with
 * pg_try_advisory_lock on a connection of its own. The others try again every retryMs (by the
 * injected clock, checked on each tick()) and take over once the leader's session ends: a
 * leader killed with SIGKILL loses its connection and PostgreSQL releases the lock. A leader
 * whose connection fails steps down. SQLite (one process) is always the leader. Same thread as
 * its creator.
 */
class ShopLeadership final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopLeadership)

public:
    struct Options
    {
        qint64 retryMs = 3000; ///< a follower tries this often; a leader checks its connection
        int tickMs = 500; ///< how often the timer calls tick() (0: only by hand, in tests)
    };
    /** For the database's shop; tries at once. The clock must outlive it. */
    ShopLeadership(const Database &database, const Clock &clock, Options options, QObject *parent = nullptr);
    ~ShopLeadership() override;

    [[nodiscard]] bool isLeader() const { return m_leader; }
    /** Tries (follower) or checks (leader) when retryMs have passed since the last time. */
    void tick();

    /** The advisory lock key of the shop (one database is one shop). */
    static constexpr qint64 kLockKey = 4849271003;

Q_SIGNALS:
    void leadershipChanged(bool leader);

private:
    void attempt();
    void setLeader(bool leader);

    QString m_location;
    bool m_postgres = false;
    const Clock &m_clock;
    Options m_options;
    std::shared_ptr<Database> m_connection;
    bool m_leader = false;
    qint64 m_lastAttemptMs = 0;
    QTimer *m_timer = nullptr;
};

} // namespace Kiosk
