// SPDX-License-Identifier: MIT
#include "PostgresCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtDebug>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace Kiosk::Test {

namespace {

QString s_reason;
bool s_binariesMissing = false;

QString findBinDir()
{
    const QStringList candidates { QStringLiteral("/usr/lib/postgresql/15/bin"),
        QStringLiteral("/usr/lib/postgresql/16/bin"), QStringLiteral("/usr/lib/postgresql/17/bin") };
    for (const QString &dir : candidates) {
        if (QFile::exists(dir + QStringLiteral("/initdb")) && QFile::exists(dir + QStringLiteral("/pg_ctl")))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("pg_ctl")).isEmpty())
        return QFileInfo(initdb).canonicalPath();
    return QString();
}

} // namespace

PostgresCluster::~PostgresCluster()
{
    if (m_running) {
        QString error;
        if (!run(m_bin + QStringLiteral("/pg_ctl"),
                { QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                    QStringLiteral("stop") },
                error))
            qWarning().noquote() << "could not stop the test PostgreSQL:" << error;
    }
}

PostgresCluster *PostgresCluster::shared()
{
    static std::unique_ptr<PostgresCluster> cluster;
    static bool tried = false;
    if (!tried) {
        tried = true;
        std::unique_ptr<PostgresCluster> c(new PostgresCluster());
        QString error;
        if (c->start(error))
            cluster = std::move(c);
        else
            s_reason = error;
    }
    return cluster.get();
}

QString PostgresCluster::reason()
{
    return s_reason;
}

bool PostgresCluster::binariesMissing()
{
    return s_binariesMissing;
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments, QString &error, int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgresUser)
        p.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                + arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        error = QStringLiteral("%1 failed: %2").arg(QFileInfo(program).fileName(), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString &error)
{
    m_bin = findBinDir();
    if (m_bin.isEmpty()) {
        s_binariesMissing = true;
        error = QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) are not installed; "
                               "installer/install-deps.sh installs them");
        return false;
    }
    if (!m_dir.isValid()) {
        error = QStringLiteral("no temporary directory");
        return false;
    }
    if (::geteuid() == 0) {
        // The server refuses root: hand the directory to the postgres user and run as it.
        const passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            error = QStringLiteral("running as root and there is no \"postgres\" user to run the server as");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
            return false;
        }
        m_asPostgresUser = true;
    }
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_socket = m_dir.path();
    if (!run(m_bin + QStringLiteral("/initdb"),
            { QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("kiosk"),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--no-sync") },
            error))
        return false;
    // Unix socket in our directory only; no TCP port to collide with anything.
    const QString serverOptions = QStringLiteral("-k %1 -c listen_addresses= -c fsync=off").arg(m_socket);
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                QStringLiteral("-w"), QStringLiteral("-o"), serverOptions, QStringLiteral("start") },
            error))
        return false;
    m_running = true;
    return true;
}

QString PostgresCluster::url(const QString &database) const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(QStringLiteral("kiosk"));
    u.setHost(QStringLiteral("localhost"));
    u.setPath(QLatin1Char('/') + database);
    u.setQuery(QStringLiteral("host=") + QString::fromLatin1(QUrl::toPercentEncoding(m_socket)));
    return u.toString();
}

QString PostgresCluster::createDatabase()
{
    const QString name = QStringLiteral("kiosk_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_databases);
    const QString connection = QStringLiteral("postgres-cluster-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_socket);
        db.setUserName(QStringLiteral("kiosk"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!ok)
                qWarning().noquote() << "CREATE DATABASE failed:" << q.lastError().text();
        } else {
            qWarning().noquote() << "cannot reach the test PostgreSQL:" << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok ? url(name) : QString();
}

} // namespace Kiosk::Test
