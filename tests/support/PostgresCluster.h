// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Kiosk::Test {

/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary directory, postgres listening
 * only on a unix socket inside it (no TCP port), trust authentication for the one role "kiosk",
 * stopped and deleted when the process ends. PostgreSQL refuses to run as root, so as root (CI)
 * the server runs as the "postgres" user through runuser and the directory is handed to it.
 * One per process (shared()); not thread-safe.
 */
class PostgresCluster final
{
public:
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    /** The process's cluster, started on first use; nullptr with reason() if it cannot run. */
    static PostgresCluster *shared();
    /** Why shared() is nullptr. binariesMissing(): the only case a test may skip for. */
    static QString reason();
    [[nodiscard]] static bool binariesMissing();

    /** A new, empty database: its postgresql:// URL (user kiosk, the socket directory as host). */
    QString createDatabase();

private:
    PostgresCluster() = default;
    bool start(QString &error);
    bool run(const QString &program, const QStringList &arguments, QString &error, int timeoutMs = 120000) const;
    [[nodiscard]] QString url(const QString &database) const;

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    QString m_socket;
    bool m_asPostgresUser = false;
    bool m_running = false;
    int m_databases = 0;
};

} // namespace Kiosk::Test
