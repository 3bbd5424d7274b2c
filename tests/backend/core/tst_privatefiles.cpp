// SPDX-License-Identifier: MIT
#include "OrderStore.h"
#include "PrivateFiles.h"
#include "SimulatorOptions.h"
#include "StripeSimulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

/** The permission bits of a path as an octal number (0600), or -1 when it does not exist. */
int modeOf(const QString &path)
{
    struct stat st
    { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

bool chmodTo(const QString &path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)) == 0;
}

qint64 createOrder(Kiosk::OrderStore *store)
{
    Kiosk::OrderStore::NewOrder n;
    n.currency = QStringLiteral("USD");
    n.customerEmail = QStringLiteral("pat@example.com");
    n.lines = { Kiosk::OrderLine { QStringLiteral("p"), QStringLiteral("S"), QStringLiteral("Item"), 1, 450, 450 } };
    const auto created = store->createOrder(n);
    return created.ok() ? created.value().id : 0;
}

} // namespace

class TestPrivateFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // What a desktop session usually has: without the fix, new files come out 0644.
        ::umask(022);
    }

    void newDatabaseIsOwnerOnly_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QStringList>("createdFolders");
        QTest::addRow("in an existing folder") << QStringLiteral("orders.sqlite") << QStringList();
        QTest::addRow("in new folders") << QStringLiteral("kiosk/data/orders.sqlite")
                                        << QStringList { QStringLiteral("kiosk"), QStringLiteral("kiosk/data") };
    }
    void newDatabaseIsOwnerOnly()
    {
        QFETCH(QString, relative);
        QFETCH(QStringList, createdFolders);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(chmodTo(dir.path(), 0755));
        const QString path = dir.filePath(relative);
        {
            auto opened = Kiosk::OrderStore::openSqlite(path);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
            QVERIFY(createOrder(opened.value().get()) > 0); // the -wal and -shm exist while open
            for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QCOMPARE(QString::number(modeOf(path + suffix), 8), QStringLiteral("600"));
        }
        for (const QString &folder : std::as_const(createdFolders))
            QCOMPARE(QString::number(modeOf(dir.filePath(folder)), 8), QStringLiteral("700"));
        // A folder that was there already is not ours to change.
        QCOMPARE(QString::number(modeOf(dir.path()), 8), QStringLiteral("755"));
    }

    void existingDatabaseIsNarrowed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
        {
            auto opened = Kiosk::OrderStore::openSqlite(path);
            QVERIFY(opened.ok());
            QVERIFY(createOrder(opened.value().get()) > 0);
        }
        // As an older version left it.
        QVERIFY(chmodTo(path, 0644));
        auto reopened = Kiosk::OrderStore::openSqlite(path);
        QVERIFY(reopened.ok());
        QVERIFY(createOrder(reopened.value().get()) > 0);
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QCOMPARE(QString::number(modeOf(path + suffix), 8), QStringLiteral("600"));
    }

    void simulatorStateIsOwnerOnly_data()
    {
        QTest::addColumn<int>("existingMode"); // -1: no file yet
        QTest::addRow("new state file") << -1;
        QTest::addRow("state file left 0644") << 0644;
    }
    void simulatorStateIsOwnerOnly()
    {
        QFETCH(int, existingMode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Kiosk::Sim::SimulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        if (existingMode >= 0) {
            {
                Kiosk::Sim::StripeSimulator first(options);
                QVERIFY(first.saveState().ok());
            }
            QVERIFY(chmodTo(options.statePath, existingMode));
        }
        Kiosk::Sim::StripeSimulator simulator(options);
        QVERIFY(simulator.saveState().ok());
        QCOMPARE(QString::number(modeOf(options.statePath), 8), QStringLiteral("600"));
    }

    void settingsFileStaysOwnerOnly()
    {
        // SettingsPage prepares its file, then QSettings rewrites it: the mode must survive.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("config/kiosk.ini"));
        QVERIFY(Kiosk::PrivateFiles::prepare(path).ok());
        for (int i = 0; i < 2; ++i) {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("kiosk/id"), QStringLiteral("K%1").arg(i));
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QCOMPARE(QString::number(modeOf(path), 8), QStringLiteral("600"));
        QCOMPARE(QString::number(modeOf(dir.filePath(QStringLiteral("config"))), 8), QStringLiteral("700"));
        QCOMPARE(
            QSettings(path, QSettings::IniFormat).value(QStringLiteral("kiosk/id")).toString(), QStringLiteral("K1"));
    }

    void restrictNarrowsASaveFileBeforeCommit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("export.json"));
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(Kiosk::PrivateFiles::restrict(file).ok());
        file.write("{}");
        QVERIFY(file.commit());
        QCOMPARE(QString::number(modeOf(path), 8), QStringLiteral("600"));
    }

    void makeDirRefusesAFileInTheWay()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!Kiosk::PrivateFiles::makeDir(blocker).ok());
        QVERIFY(!Kiosk::PrivateFiles::makeDir(blocker + QStringLiteral("/sub")).ok());
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
