// SPDX-License-Identifier: MIT
#include "PinCommand.h"

#include "Database.h"
#include "PinVault.h"
#include "PrintLine.h"
#include "PrivateFiles.h"
#include "ServerConfig.h"
#include "SettingsStore.h"

#include <QFileInfo>

#include <optional>

#include <termios.h>
#include <unistd.h>

namespace Kiosk {

namespace {

const char kUsage[] = "usage: checkout-kiosk-server pin set | clear [--db path|url] [--config file]";

/** Turns the terminal's echo off while it lives (nothing when `in` is not a terminal). */
class EchoOff final
{
public:
    explicit EchoOff(std::FILE *in)
        : m_fd(fileno(in))
    {
        if (!isatty(m_fd) || tcgetattr(m_fd, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_saved {};
    bool m_active = false;
};

/** One line of at most kMaxLineLength characters without its line end; nullopt at the end of
 *  input or for a longer line. */
std::optional<QString> readLine(std::FILE *in)
{
    char buffer[PinCommand::kMaxLineLength + 2];
    if (!std::fgets(buffer, sizeof buffer, in))
        return std::nullopt;
    QByteArray line(buffer);
    if (!line.endsWith('\n') && !std::feof(in)) {
        // Too long: drop the rest of the line so nothing of it is read as the next answer.
        for (int c = std::fgetc(in); c != EOF && c != '\n'; c = std::fgetc(in)) { }
        return std::nullopt;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

bool PinCommand::matches(const QStringList &arguments)
{
    return arguments.size() >= 2 && arguments.at(1) == QLatin1String("pin");
}

int PinCommand::run(const QStringList &arguments, const QProcessEnvironment &environment, const QString &defaultCatalog,
    std::FILE *in, std::FILE *out, std::FILE *err)
{
    auto fail = [err](const QString &message, int code) {
        printLine(err, QStringLiteral("checkout-kiosk-server pin: ") + message);
        return code;
    };
    const QString verb = arguments.value(2);
    if (verb != QLatin1String("set") && verb != QLatin1String("clear"))
        return fail(QString::fromLatin1(kUsage), 2);
    const QStringList rest = QStringList { arguments.first() } + arguments.mid(3);
    Result<ServerConfig> config = ServerConfig::resolve(rest, environment, defaultCatalog);
    if (!config)
        return fail(config.error().message, 2);

    QString pin;
    if (verb == QLatin1String("set")) {
        // Read before the database is touched: a mistyped PIN changes nothing.
        const bool terminal = isatty(fileno(in));
        std::optional<QString> first;
        std::optional<QString> second;
        {
            const EchoOff quiet(in);
            if (terminal)
                std::fputs("New manager PIN: ", err);
            first = readLine(in);
            if (terminal)
                std::fputs("\nThe same PIN again: ", err);
            if (first)
                second = readLine(in);
            if (terminal)
                std::fputs("\n", err);
        }
        if (!first || !second)
            return fail(
                QStringLiteral("Give the new PIN twice (at most %1 characters a line).").arg(kMaxLineLength), 1);
        if (*first != *second)
            return fail(QStringLiteral("The two PINs were different; nothing was changed."), 1);
        if (const Status rules = PinVault::checkPinRules(*first, PinVault::kMinLengthForRealKeys); !rules)
            return fail(rules.error().message
                    + QStringLiteral(" The server guards real payments: at least %1 digits.")
                          .arg(PinVault::kMinLengthForRealKeys),
                1);
        pin = *first;
    }

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
    SettingsStore settings(database.value());
    PinVault vault(&settings, database.value()->clock());
    if (verb == QLatin1String("clear")) {
        if (const Status cleared = vault.clear(); !cleared)
            return fail(cleared.error().message, 1);
        printLine(out, QStringLiteral("Manager PIN cleared: no till reaches the manager screens until one is set."));
        return 0;
    }
    if (const Status set = vault.setPin(pin); !set)
        return fail(set.error().message, 1);
    printLine(out, QStringLiteral("Manager PIN set (stored hashed); any lockout is lifted."));
    return 0;
}

} // namespace Kiosk
