// SPDX-License-Identifier: MIT
#include "TestDatabase.h"

#include "PostgresCluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>
#include <QUrl>
#include <QUrlQuery>

namespace Kiosk::Test {

bool TestDatabase::isPostgres()
{
    return qEnvironmentVariable("KIOSK_TEST_DB") == QLatin1String("postgresql");
}

QString TestDatabase::unavailable()
{
    if (!isPostgres())
        return QString();
    return PostgresCluster::shared() ? QString() : PostgresCluster::reason();
}

bool TestDatabase::binariesMissing()
{
    return isPostgres() && !PostgresCluster::shared() && PostgresCluster::binariesMissing();
}

QString TestDatabase::fresh(const QString &sqlitePath)
{
    if (!isPostgres())
        return sqlitePath;
    PostgresCluster *cluster = PostgresCluster::shared();
    return cluster ? cluster->createDatabase() : QString();
}

QSqlDatabase TestDatabase::connect(const QString &location, const QString &connectionName)
{
    QSqlDatabase db;
    if (location.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(location);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location);
    }
    if (!db.open())
        qWarning().noquote() << "cannot open" << connectionName << ":" << db.lastError().text();
    return db;
}

bool TestDatabase::exec(const QString &location, const QString &sql)
{
    const QString name = QStringLiteral("test-database-raw");
    bool ok = false;
    {
        QSqlDatabase db = connect(location, name);
        if (db.isOpen()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning().noquote() << "raw SQL failed:" << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace Kiosk::Test
