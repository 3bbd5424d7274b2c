// SPDX-License-Identifier: MIT
// `checkout-kiosk-server pin set | clear` as an operator runs it: the PIN read twice from stdin
// (not a terminal here), the kiosk's rules for real keys, stored hashed, never printed.
#include "Database.h"
#include "PinVault.h"
#include "SettingsStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runPin(const QString &db, const QString &verb, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(KIOSK_SERVER_BIN), { QStringLiteral("pin"), verb, QStringLiteral("--db"), db });
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestPinCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatTheKioskWouldRefuse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("named");
        QTest::addRow("different") << QByteArray("24681357\n24681358\n") << QStringLiteral("different");
        QTest::addRow("once only") << QByteArray("24681357\n") << QStringLiteral("twice");
        QTest::addRow("nothing") << QByteArray() << QStringLiteral("twice");
        QTest::addRow("short for real keys") << QByteArray("2468\n2468\n") << QStringLiteral("at least 6 digits");
        QTest::addRow("a run") << QByteArray("123456\n123456\n") << QStringLiteral("run of digits");
        QTest::addRow("not digits") << QByteArray("abcdefg\nabcdefg\n") << QStringLiteral("digits");
        QTest::addRow("a long line") << QByteArray(QByteArray(200, '7') + "\n" + QByteArray(200, '7') + "\n")
                                     << QStringLiteral("at most 64");
    }

    void refusesWhatTheKioskWouldRefuse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("server.sqlite"));
        const Run run = runPin(db, QStringLiteral("set"), input);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(!QFile::exists(db)); // read before the database is touched: nothing changed
    }

    void setsAndClearsThePin()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("server.sqlite"));
        const QString pin = QStringLiteral("24681357");
        const Run set = runPin(db, QStringLiteral("set"), pin.toUtf8() + "\n" + pin.toUtf8() + "\r\n");
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY(!set.out.contains(pin) && !set.err.contains(pin));
        {
            auto database = Kiosk::Database::open(db);
            QVERIFY(database.ok());
            Kiosk::SettingsStore settings(database.value());
            Kiosk::PinVault vault(&settings);
            QVERIFY(vault.isSet());
            QVERIFY(vault.guardsRealKeys());
            QCOMPARE(vault.verify(pin), Kiosk::PinVault::Verdict::Ok);
            QCOMPARE(vault.verify(QStringLiteral("86421357")), Kiosk::PinVault::Verdict::Wrong);
            // Stored hashed: the PIN is nowhere in the settings.
            QVERIFY(!settings.value(QStringLiteral("security/pin.hash")).value().contains(pin));
        }
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(pin.toUtf8()));
        file.close();

        const Run cleared = runPin(db, QStringLiteral("clear"), {});
        QVERIFY2(cleared.code == 0, qPrintable(cleared.err));
        auto database = Kiosk::Database::open(db);
        QVERIFY(database.ok());
        Kiosk::SettingsStore settings(database.value());
        Kiosk::PinVault vault(&settings);
        QVERIFY(!vault.isSet());
        QCOMPARE(vault.verify(pin), Kiosk::PinVault::Verdict::Wrong);
    }

    void badUsageSaysHow()
    {
        QTemporaryDir dir;
        const Run run = runPin(dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("show"), {});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("usage: checkout-kiosk-server pin set | clear")));
    }
};

QTEST_GUILESS_MAIN(TestPinCommand)
#include "tst_pincommand.moc"
