// SPDX-License-Identifier: MIT
#include "Database.h"

#include "Clock.h"
#include "Log.h"
#include "OrderSchema.h"
#include "PostgresDialect.h"
#include "PrivateFiles.h"
#include "Sql.h"
#include "SqliteDialect.h"
#include "StatementCache.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace Kiosk {

namespace {

std::atomic<quint64> s_connectionSerial { 0 };

} // namespace

struct Database::Private
{
    std::unique_ptr<SqlDialect> dialect;
    QString connectionName;
    QString location;
    QString reopenLocation;
    QSqlDatabase db;
    std::unique_ptr<StatementCache> statements;
    int schemaVersion = 0;
    const Clock *clock = &Clock::system();
};

Database::Database()
    : d(std::make_unique<Private>())
{ }

Database::~Database()
{
    d->statements.reset();
    if (d->db.isValid())
        d->db.close();
    d->db = QSqlDatabase();
    if (!d->connectionName.isEmpty())
        QSqlDatabase::removeDatabase(d->connectionName);
}

bool Database::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<std::shared_ptr<Database>> Database::open(const QString &location)
{
    return isPostgresUrl(location) ? openPostgres(location) : openSqlite(location);
}

Result<std::shared_ptr<Database>> Database::openPostgres(const QString &urlText)
{
    const QUrl url(urlText, QUrl::StrictMode);
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword) : QStringLiteral("postgresql://…");
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || dbName.isEmpty() || dbName.contains(QLatin1Char('/')))
        return makeError(QStringLiteral("invalid_database_url"),
            QStringLiteral("%1 is not a PostgreSQL URL of the form postgresql://user:password@host:port/dbname.")
                .arg(shown));
    std::shared_ptr<Database> database(new Database());
    Private &d = *database->d;
    d.dialect = std::make_unique<PostgresDialect>();
    d.location = shown;
    d.reopenLocation = urlText;
    d.connectionName = QStringLiteral("kiosk-database-%1").arg(++s_connectionSerial);
    d.db = QSqlDatabase::addDatabase(d.dialect->driverName(), d.connectionName);
    if (!d.db.isValid())
        return makeError(QStringLiteral("cannot_open"),
            QStringLiteral("Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed."));
    const QUrlQuery query(url);
    QString host = url.host();
    if (query.hasQueryItem(QStringLiteral("host")))
        host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (!host.isEmpty())
        d.db.setHostName(host);
    if (url.port() > 0)
        d.db.setPort(url.port());
    d.db.setDatabaseName(dbName);
    if (!url.userName().isEmpty())
        d.db.setUserName(url.userName(QUrl::FullyDecoded));
    // Empty: libpq looks in PGPASSWORD and ~/.pgpass itself.
    if (!url.password().isEmpty())
        d.db.setPassword(url.password(QUrl::FullyDecoded));
    QString options = d.dialect->connectOptions();
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        options += QStringLiteral(";sslmode=") + query.queryItemValue(QStringLiteral("sslmode"));
    d.db.setConnectOptions(options);
    if (!d.db.open()) {
        // libpq's message names host, port and user, never the password.
        qCWarning(lcStore).noquote() << "cannot connect to" << shown << "-" << d.db.lastError().text();
        return makeError(QStringLiteral("cannot_open"),
            QStringLiteral("Could not connect to the order database %1: %2")
                .arg(shown, d.db.lastError().databaseText().trimmed()));
    }
    if (auto st = database->prepare(OrderSchema(*d.dialect)); !st)
        return st.error();
    return database;
}

Result<std::shared_ptr<Database>> Database::openSqlite(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (dir.isEmpty())
            return makeError(QStringLiteral("no_data_dir"),
                QStringLiteral("There is no writable data folder for the order database."));
        file = dir + QStringLiteral("/orders.sqlite");
    }
    const QFileInfo info(file);
    if (!PrivateFiles::makeDir(info.absolutePath()))
        return makeError(QStringLiteral("cannot_open"),
            QStringLiteral("Could not create the folder %1 for the order database.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));

    std::shared_ptr<Database> database(new Database());
    Private &d = *database->d;
    d.dialect = std::make_unique<SqliteDialect>();
    d.location = info.absoluteFilePath();
    d.reopenLocation = d.location;
    d.connectionName = QStringLiteral("kiosk-database-%1").arg(++s_connectionSerial);

    OrderSchema schema(*d.dialect);
    if (auto st = schema.inspectExisting(d.location, d.connectionName + QStringLiteral("-probe")); !st)
        return st.error();
    // E-mails, payment intents and the PIN hash: owner-only. SQLite gives the -wal and -shm it
    // creates the database's mode; older ones are narrowed here too. A file system without modes
    // (or a file owned by someone else) is reported, not fatal: SQLite says if it cannot open it.
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const Status own = suffix.isEmpty() ? PrivateFiles::prepare(d.location)
                                            : PrivateFiles::restrictIfExists(d.location + suffix);
        if (!own)
            qCWarning(lcStore).noquote() << own.error().message;
    }

    d.db = QSqlDatabase::addDatabase(d.dialect->driverName(), d.connectionName);
    d.db.setDatabaseName(d.location);
    d.db.setConnectOptions(d.dialect->connectOptions());
    if (!d.db.open())
        return makeError(QStringLiteral("cannot_open"),
            QStringLiteral("Could not open the order database %1: %2")
                .arg(QDir::toNativeSeparators(d.location), d.db.lastError().text()));
    if (auto st = database->prepare(schema); !st)
        return st.error();
    return database;
}

Status Database::prepare(const OrderSchema &schema)
{
    for (const QString &statement : d->dialect->sessionSetup()) {
        QSqlQuery q(d->db);
        if (!q.exec(statement))
            return Sql::error(q, QStringLiteral("Could not set up the order database"));
    }
    auto version = schema.migrate(d->db);
    if (!version)
        return version.error();
    d->schemaVersion = version.value();
    d->statements = std::make_unique<StatementCache>(d->db);
    qCDebug(lcStore) << "order database" << d->location << "schema" << d->schemaVersion;
    return {};
}

QString Database::location() const
{
    return d->location;
}

QString Database::reopenLocation() const
{
    return d->reopenLocation;
}

int Database::schemaVersion() const
{
    return d->schemaVersion;
}

QSqlDatabase Database::connection() const
{
    return d->db;
}

const SqlDialect &Database::dialect() const
{
    return *d->dialect;
}

QSqlQuery &Database::cached(const QString &sql)
{
    return d->statements->get(sql);
}

void Database::setClock(const Clock &clock)
{
    d->clock = &clock;
}

const Clock &Database::clock() const
{
    return *d->clock;
}

qint64 Database::nowMs() const
{
    return d->clock->now().toMSecsSinceEpoch();
}

} // namespace Kiosk
