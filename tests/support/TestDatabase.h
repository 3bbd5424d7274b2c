// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Kiosk::Test {

/**
 * Which engine a store test runs on: SQLite by default, PostgreSQL when the environment has
 * KIOSK_TEST_DB=postgresql (ctest registers every store test twice, once that way). fresh()
 * gives a new, empty database for either; exec() runs raw SQL against one (to damage or downgrade
 * it in a test).
 */
class TestDatabase final
{
public:
    TestDatabase() = delete;

    [[nodiscard]] static bool isPostgres();
    /** "" when the engine can run, else why not (a test QSKIPs only when the binaries are missing
     *  and QFAILs otherwise; see skipOrFail()). */
    [[nodiscard]] static QString unavailable();
    [[nodiscard]] static bool binariesMissing();
    /** SQLite: sqlitePath; PostgreSQL: the URL of a new database in the test cluster. */
    [[nodiscard]] static QString fresh(const QString &sqlitePath);
    /** A second, raw connection to the database at location (file or URL), opened; the caller
     *  closes it and removes connectionName. */
    static QSqlDatabase connect(const QString &location, const QString &connectionName);
    /** Runs one statement on the database at location (file or URL) through its own connection. */
    static bool exec(const QString &location, const QString &sql);
};

} // namespace Kiosk::Test

/** In init()/initTestCase(): skip without PostgreSQL binaries, fail if the cluster does not start. */
#define KIOSK_REQUIRE_TEST_DATABASE()                                                                                  \
    do {                                                                                                               \
        if (const QString why = Kiosk::Test::TestDatabase::unavailable(); !why.isEmpty()) {                            \
            if (Kiosk::Test::TestDatabase::binariesMissing())                                                          \
                QSKIP(qPrintable(QStringLiteral("PostgreSQL not installed: ") + why));                                 \
            QFAIL(qPrintable(QStringLiteral("test PostgreSQL did not start: ") + why));                                \
        }                                                                                                              \
    } while (false)
