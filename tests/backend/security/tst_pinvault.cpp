// SPDX-License-Identifier: MIT
#include "Clock.h"
#include "Database.h"
#include "OrderStore.h"
#include "PinVault.h"
#include "SettingsStore.h"

#include <QTemporaryDir>
#include <QTest>

using Kiosk::PinVault;
using Verdict = Kiosk::PinVault::Verdict;

class TestPinVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("orders-%1.sqlite").arg(++m_counter));
        reopen();
        m_clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    }
    void cleanup() { m_settings.reset(); }

    void firstRunHasNoPin()
    {
        PinVault vault(m_settings.get(), m_clock);
        QVERIFY(!vault.isSet());
        QVERIFY(vault.isDefaultPin());
        QCOMPARE(vault.verify(PinVault::demoDefaultPin()), Verdict::Wrong);
        QCOMPARE(vault.verify(QStringLiteral("0000")), Verdict::Wrong);
    }

    void pinLivesApartFromTheOrders()
    {
        PinVault vault(m_settings.get(), m_clock);
        QVERIFY(vault.setPin(QStringLiteral("482910")).ok());
        auto database = Kiosk::Database::openSqlite(m_path);
        QVERIFY(database.ok());
        auto orders = Kiosk::OrderStore::open(database.value());
        QVERIFY(orders.ok());
        QCOMPARE(orders.value()->value(QStringLiteral("security/pin.hash")).value(), QString());
        QVERIFY(storedHash().startsWith(QStringLiteral("pbkdf2-sha256$")));
    }

    void setAndVerify()
    {
        PinVault vault(m_settings.get(), m_clock);
        QVERIFY(vault.setPin(QStringLiteral("482910")).ok());
        QVERIFY(vault.isSet());
        QVERIFY(!vault.isDefaultPin());
        QCOMPARE(vault.verify(QStringLiteral("482910")), Verdict::Ok);
        QCOMPARE(vault.verify(QStringLiteral("482911")), Verdict::Wrong);
        QCOMPARE(vault.verify(QStringLiteral("48291")), Verdict::Wrong);
        QCOMPARE(vault.verify(QString()), Verdict::Wrong);
        QCOMPARE(vault.triesLeft(), 2);
    }

    void demoDefaultIsReported()
    {
        PinVault vault(m_settings.get(), m_clock);
        QCOMPARE(PinVault::demoDefaultPin(), QStringLiteral("1234"));
        QVERIFY(vault.setDemoPin().ok());
        QVERIFY(vault.isDefaultPin());
        QCOMPARE(vault.verify(QStringLiteral("1234")), Verdict::Ok);
        // Only demo mode's first start sets it: as a chosen PIN it is a trivial run.
        QCOMPARE(vault.setPin(PinVault::demoDefaultPin()).error().code, QStringLiteral("weak_pin"));
        QVERIFY(vault.setPin(QStringLiteral("9867")).ok());
        QVERIFY(!vault.isDefaultPin());
        QCOMPARE(vault.verify(QStringLiteral("1234")), Verdict::Wrong);
    }

    void pinRules_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const QString invalid = QStringLiteral("invalid_pin");
        const QString weak = QStringLiteral("weak_pin");
        QTest::addRow("four digits") << QStringLiteral("4071") << QString();
        QTest::addRow("twelve digits") << QStringLiteral("928374650192") << QString();
        QTest::addRow("steps of two") << QStringLiteral("2468") << QString();
        QTest::addRow("run broken at the end") << QStringLiteral("12346") << QString();
        QTest::addRow("repeat broken at the end") << QStringLiteral("11112") << QString();
        QTest::addRow("two digits alternating") << QStringLiteral("1212") << QString();
        QTest::addRow("three digits") << QStringLiteral("123") << invalid;
        QTest::addRow("thirteen digits") << QStringLiteral("1234567890123") << invalid;
        QTest::addRow("empty") << QString() << invalid;
        QTest::addRow("letter") << QStringLiteral("12a4") << invalid;
        QTest::addRow("leading space") << QStringLiteral(" 1234") << invalid;
        QTest::addRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << invalid;
        QTest::addRow("fullwidth digits") << QStringLiteral("\uff11\uff12\uff13\uff14") << invalid;
        QTest::addRow("0000") << QStringLiteral("0000") << weak;
        QTest::addRow("1111") << QStringLiteral("1111") << weak;
        QTest::addRow("twelve nines") << QStringLiteral("999999999999") << weak;
        QTest::addRow("1234, the demo PIN") << QStringLiteral("1234") << weak;
        QTest::addRow("0123") << QStringLiteral("0123") << weak;
        QTest::addRow("6789") << QStringLiteral("6789") << weak;
        QTest::addRow("123456") << QStringLiteral("123456") << weak;
        QTest::addRow("4321") << QStringLiteral("4321") << weak;
        QTest::addRow("9876") << QStringLiteral("9876") << weak;
        QTest::addRow("654321") << QStringLiteral("654321") << weak;
        QTest::addRow("7890 wraps") << QStringLiteral("7890") << weak;
        QTest::addRow("0987 wraps") << QStringLiteral("0987") << weak;
        QTest::addRow("twelve in a row") << QStringLiteral("012345678901") << weak;
    }
    void pinRules()
    {
        QFETCH(QString, pin);
        QFETCH(QString, refusal);
        PinVault vault(m_settings.get(), m_clock);
        QVERIFY(vault.setPin(QStringLiteral("5137")).ok());
        const Kiosk::Status s = vault.setPin(pin);
        QCOMPARE(s.ok(), refusal.isEmpty());
        if (s.ok()) {
            QCOMPARE(vault.verify(pin), Verdict::Ok);
        } else {
            QCOMPARE(s.error().code, refusal);
            QVERIFY(s.error().message.contains(QStringLiteral("digit")));
            // A rejected PIN changes nothing: the old one still opens the vault.
            QCOMPARE(vault.verify(QStringLiteral("5137")), Verdict::Ok);
        }
    }

    void realKeysNeedSixDigits_data()
    {
        QTest::addColumn<QString>("pin"); // "demo": setDemoPin(), empty: none set
        QTest::addColumn<bool>("guards");
        QTest::addRow("no PIN") << QString() << false;
        QTest::addRow("demo PIN") << QStringLiteral("demo") << false;
        QTest::addRow("four digits") << QStringLiteral("2468") << false;
        QTest::addRow("five digits") << QStringLiteral("24680") << false;
        QTest::addRow("six digits") << QStringLiteral("246801") << true;
        QTest::addRow("eight digits") << QStringLiteral("31415926") << true;
    }
    void realKeysNeedSixDigits()
    {
        QFETCH(QString, pin);
        QFETCH(bool, guards);
        PinVault vault(m_settings.get(), m_clock);
        if (pin == QLatin1String("demo"))
            QVERIFY(vault.setDemoPin().ok());
        else if (!pin.isEmpty())
            QVERIFY(vault.setPin(pin).ok());
        QCOMPARE(vault.guardsRealKeys(), guards);
        // The answer is stored with the PIN: a restart gives the same.
        reopen();
        QCOMPARE(PinVault(m_settings.get(), m_clock).guardsRealKeys(), guards);
        // And the dialogs ask for six digits when it matters.
        QCOMPARE(PinVault::checkPinRules(QStringLiteral("24680"), PinVault::kMinLengthForRealKeys).ok(), false);
        QVERIFY(PinVault::checkPinRules(QStringLiteral("246801"), PinVault::kMinLengthForRealKeys).ok());
    }

    void aPinFromBeforeTheRuleGuardsNoRealKey()
    {
        // Its length is unknown (only the hash is stored), so it is treated as too short.
        PinVault vault(m_settings.get(), m_clock);
        QVERIFY(vault.setPin(QStringLiteral("31415926")).ok());
        QVERIFY(m_settings->setValue(QStringLiteral("security/pin.guardsRealKeys"), QString()).ok());
        QVERIFY(!vault.guardsRealKeys());
        QVERIFY(vault.setDemoPin().ok());
        QVERIFY(!vault.guardsRealKeys());
    }

    void storesASaltedHashNotThePin()
    {
        PinVault vault(m_settings.get(), m_clock);
        QVERIFY(vault.setPin(QStringLiteral("271828")).ok());
        const QString first = storedHash();
        QVERIFY(!first.contains(QStringLiteral("271828")));
        const QStringList parts = first.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QVERIFY2(parts.at(1).toInt() >= 200000, qPrintable(parts.at(1)));
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);

        // Same PIN again: a fresh salt, so a different hash.
        QVERIFY(vault.setPin(QStringLiteral("271828")).ok());
        const QString second = storedHash();
        QVERIFY(second != first);
        QVERIFY(second.split(QLatin1Char('$')).at(2) != parts.at(2));
        QCOMPARE(vault.verify(QStringLiteral("271828")), Verdict::Ok);
    }

    void fiveWrongTriesLockOut()
    {
        {
            PinVault vault(m_settings.get(), m_clock);
            QVERIFY(vault.setPin(QStringLiteral("2468")).ok());
            for (int i = 0; i < 4; ++i)
                QCOMPARE(vault.verify(QStringLiteral("1111")), Verdict::Wrong);
            QCOMPARE(vault.triesLeft(), 1);
            QCOMPARE(vault.verify(QStringLiteral("1111")), Verdict::LockedOut);
            QCOMPARE(vault.lockedForSecs(), 300);
            // While locked even the right PIN is refused.
            QCOMPARE(vault.verify(QStringLiteral("2468")), Verdict::LockedOut);
        }
        // A restart (new store connection, new vault) does not lift the lockout.
        reopen();
        PinVault vault(m_settings.get(), m_clock);
        m_clock.advance(299);
        QCOMPARE(vault.lockedForSecs(), 1);
        QCOMPARE(vault.verify(QStringLiteral("2468")), Verdict::LockedOut);
        m_clock.advance(1);
        QCOMPARE(vault.lockedForSecs(), 0);
        QCOMPARE(vault.verify(QStringLiteral("2468")), Verdict::Ok);
        QCOMPARE(vault.triesLeft(), 5);
    }

    void lockoutDoublesAfterTheFirst()
    {
        PinVault vault(m_settings.get(), m_clock);
        QVERIFY(vault.setPin(QStringLiteral("2468")).ok());
        for (const qint64 expected : { 300, 600, 1200 }) {
            for (int i = 0; i < 4; ++i)
                QCOMPARE(vault.verify(QStringLiteral("0000")), Verdict::Wrong);
            QCOMPARE(vault.verify(QStringLiteral("0000")), Verdict::LockedOut);
            QCOMPARE(vault.lockedForSecs(), expected);
            m_clock.advance(expected);
        }
        // The right PIN resets the escalation.
        QCOMPARE(vault.verify(QStringLiteral("2468")), Verdict::Ok);
        for (int i = 0; i < 5; ++i)
            (void)vault.verify(QStringLiteral("0000"));
        QCOMPARE(vault.lockedForSecs(), 300);
    }

    void rightPinResetsTheWrongCount()
    {
        PinVault vault(m_settings.get(), m_clock);
        QVERIFY(vault.setPin(QStringLiteral("2468")).ok());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(vault.verify(QStringLiteral("1357")), Verdict::Wrong);
        QCOMPARE(vault.verify(QStringLiteral("2468")), Verdict::Ok);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(vault.verify(QStringLiteral("1357")), Verdict::Wrong);
        QCOMPARE(vault.lockedForSecs(), 0);
    }

    void clockSetBackDoesNotStretchTheLockout()
    {
        PinVault vault(m_settings.get(), m_clock);
        QVERIFY(vault.setPin(QStringLiteral("2468")).ok());
        for (int i = 0; i < 5; ++i)
            (void)vault.verify(QStringLiteral("0000"));
        m_clock.advance(-86400);
        QCOMPARE(vault.lockedForSecs(), 300);
    }

private:
    void reopen()
    {
        m_settings.reset();
        auto opened = Kiosk::Database::openSqlite(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        m_settings = std::make_unique<Kiosk::SettingsStore>(std::move(opened).value());
    }
    QString storedHash() const { return m_settings->value(QStringLiteral("security/pin.hash")).value(); }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    Kiosk::ManualClock m_clock;
    std::unique_ptr<Kiosk::SettingsStore> m_settings;
};

QTEST_GUILESS_MAIN(TestPinVault)
#include "tst_pinvault.moc"
