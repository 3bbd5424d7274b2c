// SPDX-License-Identifier: MIT
#include "Clock.h"
#include "EmbeddedManagerService.h"
#include "ManagerFixture.h"
#include "ManagerScreen.h"
#include "OrderHistoryPage.h"
#include "PinDialog.h"
#include "PinVault.h"

#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using Kiosk::Test::ManagerFixture;
using Kiosk::Ui::ManagerScreen;

/**
 * The assembled manager screen. With KIOSK_SCREENSHOT_DIR set it also writes what it renders
 * (history, settings, PIN dialog) there as PNGs for a person to look at.
 */
class TestManagerScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_fixture.isValid());
        QVERIFY(m_fixture.importHistory(400));
    }

    void showsHistoryAndClosesOnRequest()
    {
        QSettings settings(m_fixture.dir() + QStringLiteral("/kiosk.ini"), QSettings::IniFormat);
        Kiosk::PinVault vault(m_fixture.settings());
        Kiosk::EmbeddedManagerService service(*m_fixture.store());
        ManagerScreen screen(&service, &vault, &settings);
        screen.resize(1280, 800);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QCOMPARE(screen.historyPage()->table()->model()->rowCount(), 400);
        auto *tabs = screen.findChild<QTabWidget *>(QStringLiteral("managerTabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Orders"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Settings"));
        grab(&screen, QStringLiteral("manager-history"));
        tabs->setCurrentIndex(1);
        grab(&screen, QStringLiteral("manager-settings"));

        QSignalSpy changed(&screen, &ManagerScreen::settingsChanged);
        QTest::mouseClick(screen.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);

        QSignalSpy close(&screen, &ManagerScreen::closeRequested);
        auto *back = screen.findChild<QPushButton *>(QStringLiteral("closeManagerButton"));
        QVERIFY(back->height() >= 48);
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(close.count(), 1);
    }

    void locksItselfWhenLeftAlone()
    {
        QSettings settings(m_fixture.dir() + QStringLiteral("/lock.ini"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("manager/lockAfterSecs"), 120);
        Kiosk::ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        Kiosk::PinVault vault(m_fixture.settings());
        Kiosk::EmbeddedManagerService service(*m_fixture.store());
        ManagerScreen screen(&service, &vault, &settings);
        QCOMPARE(screen.lockAfterSecs(), 120);
        screen.setClock(&clock);
        screen.resize(1024, 768);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QSignalSpy locked(&screen, &ManagerScreen::locked);
        QSignalSpy close(&screen, &ManagerScreen::closeRequested);

        clock.advance(119);
        screen.checkIdle();
        QCOMPARE(locked.count(), 0);
        // The manager is still working: a key press starts the two minutes again.
        QTest::keyClick(screen.historyPage()->table(), Qt::Key_Down);
        clock.advance(119);
        screen.checkIdle();
        QCOMPARE(locked.count(), 0);
        clock.advance(1);
        // The screen's own once-a-second check, not a direct call, does the locking.
        QVERIFY(locked.wait(3000));
        QCOMPARE(close.count(), 1);
    }

    void pinDialogScreenshots()
    {
        Kiosk::PinVault vault(m_fixture.settings());
        Kiosk::Ui::PinDialog create(
            vault, Kiosk::Ui::PinDialog::Mode::Create, QStringLiteral("Set a PIN to protect the manager screen"));
        create.show();
        grab(&create, QStringLiteral("pin-create"));
        for (const QChar digit : QStringLiteral("1111\n"))
            create.pressKey(digit);
        QCOMPARE(create.message(), QStringLiteral("The PIN must not be one digit repeated, like 0000."));
        grab(&create, QStringLiteral("pin-weak"));
        QVERIFY(vault.setPin(QStringLiteral("2468")).ok());
        Kiosk::Ui::PinDialog verify(vault, Kiosk::Ui::PinDialog::Mode::Verify, QStringLiteral("Manager access"));
        verify.show();
        for (int i = 0; i < 2; ++i) {
            verify.pressKey(QLatin1Char('1'));
            verify.pressKey(QLatin1Char('1'));
            verify.pressKey(QLatin1Char('1'));
            verify.pressKey(QLatin1Char('1'));
            verify.pressKey(QLatin1Char('\n'));
        }
        QVERIFY(verify.message().startsWith(QStringLiteral("Wrong PIN.")));
        grab(&verify, QStringLiteral("pin-wrong"));
    }

private:
    static void grab(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    ManagerFixture m_fixture;
};

QTEST_MAIN(TestManagerScreen)
#include "tst_managerscreen.moc"
