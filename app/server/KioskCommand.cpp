// SPDX-License-Identifier: MIT
#include "KioskCommand.h"

#include "Database.h"
#include "KioskRegistry.h"
#include "PrintLine.h"
#include "PrivateFiles.h"
#include "ServerConfig.h"

#include <QFileInfo>

namespace Kiosk {

namespace {

const char kUsage[] = "usage: checkout-kiosk-server kiosks add ID | list | revoke ID [--db path|url] [--config file]";

} // namespace

bool KioskCommand::matches(const QStringList &arguments)
{
    return arguments.size() >= 2 && arguments.at(1) == QLatin1String("kiosks");
}

int KioskCommand::run(const QStringList &arguments, const QProcessEnvironment &environment,
    const QString &defaultCatalog, std::FILE *out, std::FILE *err)
{
    auto fail = [err](const QString &message, int code) {
        printLine(err, QStringLiteral("checkout-kiosk-server kiosks: ") + message);
        return code;
    };
    const QString verb = arguments.value(2);
    const bool needsId = verb == QLatin1String("add") || verb == QLatin1String("revoke");
    if (!needsId && verb != QLatin1String("list"))
        return fail(QString::fromLatin1(kUsage), 2);
    const int optionsFrom = needsId ? 4 : 3;
    const QString id = needsId ? arguments.value(3) : QString();
    if (needsId && (id.isEmpty() || id.startsWith(QLatin1Char('-'))))
        return fail(QString::fromLatin1(kUsage), 2);
    if (needsId) {
        if (const Status valid = KioskRegistry::checkKioskId(id); !valid)
            return fail(valid.error().message, 2);
    }
    // The rest are the server's own options (--db, --config, ...), resolved the same way.
    const QStringList rest = QStringList { arguments.first() } + arguments.mid(optionsFrom);
    Result<ServerConfig> config = ServerConfig::resolve(rest, environment, defaultCatalog);
    if (!config)
        return fail(config.error().message, 2);
    QString location = config->backend.databasePath;
    if (location.isEmpty())
        location = ServerConfig::defaultDatabasePath();
    if (!Database::isPostgresUrl(location)) {
        if (const Status dir = PrivateFiles::makeDir(QFileInfo(location).absolutePath()); !dir)
            return fail(dir.error().message, 1);
    }
    Result<std::shared_ptr<Database>> database = Database::open(location);
    if (!database)
        return fail(database.error().message, 1);
    KioskRegistry registry(database.value());
    if (verb == QLatin1String("add")) {
        const Result<QByteArray> token = registry.add(id);
        if (!token)
            return fail(token.error().message, 1);
        printLine(out,
            QStringLiteral("Kiosk %1 registered. Its token is shown only this once (the server keeps a hash); "
                           "start the till with --kiosk-token:")
                .arg(id));
        printLine(out, QString::fromLatin1(token.value()));
        return 0;
    }
    if (verb == QLatin1String("revoke")) {
        if (const Status revoked = registry.revoke(id); !revoked)
            return fail(revoked.error().message, 1);
        printLine(out, QStringLiteral("Kiosk %1 revoked: its token is refused from now on.").arg(id));
        return 0;
    }
    const Result<QList<KioskRecord>> kiosks = registry.list();
    if (!kiosks)
        return fail(kiosks.error().message, 1);
    if (kiosks->isEmpty())
        printLine(out, QStringLiteral("No kiosks registered (add one with: checkout-kiosk-server kiosks add ID)."));
    for (const KioskRecord &k : kiosks.value()) {
        printLine(out,
            QStringLiteral("%1\tadded %2\t%3")
                .arg(k.kioskId, k.createdAt.toString(Qt::ISODate),
                    k.revokedAt.isValid() ? QStringLiteral("revoked %1").arg(k.revokedAt.toString(Qt::ISODate))
                                          : QStringLiteral("active")));
    }
    return 0;
}

} // namespace Kiosk
