// SPDX-License-Identifier: MIT
#include "Clock.h"
#include "ManagerFixture.h"
#include "PinDialog.h"
#include "PinVault.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using Kiosk::PinVault;
using Kiosk::Test::ManagerFixture;
using Kiosk::Ui::PinDialog;

class TestPinDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ManagerFixture>();
        QVERIFY(m_fixture->isValid());
        m_vault = std::make_unique<PinVault>(m_fixture->settings(), m_clock);
    }
    void cleanup()
    {
        m_vault.reset();
        m_fixture.reset();
    }

    void timesOutWhenLeftAlone()
    {
        QVERIFY(m_vault->setPin(QStringLiteral("2468")).ok());
        PinDialog dialog(*m_vault, PinDialog::Mode::Verify, QStringLiteral("Open the manager screen"));
        QCOMPARE(dialog.idleTimeoutSecs(), 60);
        dialog.show();
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        tap(dialog, QStringLiteral("24"));
        m_clock.advance(59);
        dialog.checkIdle();
        QVERIFY(dialog.isVisible());
        tap(dialog, QStringLiteral("6")); // typing counts as being there
        m_clock.advance(59);
        dialog.checkIdle();
        QVERIFY(dialog.isVisible());
        m_clock.advance(1);
        QVERIFY(rejected.wait(3000)); // its own once-a-second check
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void rightPinOnTheKeypadAccepts()
    {
        QVERIFY(m_vault->setPin(QStringLiteral("2468")).ok());
        PinDialog dialog(*m_vault, PinDialog::Mode::Verify, QStringLiteral("Open the manager screen"));
        dialog.show();
        QCOMPARE(
            dialog.findChild<QLabel *>(QStringLiteral("pinPrompt"))->text(), QStringLiteral("Enter the manager PIN"));
        tap(dialog, QStringLiteral("2469"));
        tapKey(dialog, QStringLiteral("keyErase"));
        tap(dialog, QStringLiteral("8"));
        tapKey(dialog, QStringLiteral("keyOk"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void wrongPinSaysHowManyTriesAreLeft()
    {
        QVERIFY(m_vault->setPin(QStringLiteral("2468")).ok());
        PinDialog dialog(*m_vault, PinDialog::Mode::Verify, QString());
        dialog.show();
        tap(dialog, QStringLiteral("1111"));
        tapKey(dialog, QStringLiteral("keyOk"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.message(), QStringLiteral("Wrong PIN. 4 tries left before the PIN is locked."));
        // The field is cleared for the next try.
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"))->text(), QString());
        // The keyboard works as well as the keypad.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit")), QStringLiteral("12ab34"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"))->text(), QStringLiteral("1234"));
    }

    void lockoutIsShownAndEnds()
    {
        QVERIFY(m_vault->setPin(QStringLiteral("2468")).ok());
        {
            PinDialog dialog(*m_vault, PinDialog::Mode::Verify, QString());
            dialog.show();
            for (int i = 0; i < 5; ++i) {
                tap(dialog, QStringLiteral("0000"));
                tapKey(dialog, QStringLiteral("keyOk"));
            }
            QCOMPARE(dialog.message(), QStringLiteral("Too many wrong PINs. Try again in 5:00."));
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("key5"))->isEnabled());
            QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"))->isEnabled());
        }
        // Closing and reopening the dialog does not help.
        m_clock.advance(61);
        PinDialog dialog(*m_vault, PinDialog::Mode::Verify, QString());
        dialog.show();
        QCOMPARE(dialog.message(), QStringLiteral("Too many wrong PINs. Try again in 3:59."));
        tap(dialog, QStringLiteral("2468"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"))->text(), QString());
        // When the time is up the keypad comes back by itself.
        m_clock.advance(240);
        QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("key5"))->isEnabled());
        QCOMPARE(dialog.message(), QStringLiteral("You can try again now."));
        tap(dialog, QStringLiteral("2468"));
        tapKey(dialog, QStringLiteral("keyOk"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void firstRunSetsAPinTwice()
    {
        QVERIFY(!m_vault->isSet());
        PinDialog dialog(*m_vault, PinDialog::Mode::Create, QStringLiteral("Set a manager PIN"));
        dialog.show();
        auto *prompt = dialog.findChild<QLabel *>(QStringLiteral("pinPrompt"));
        QCOMPARE(prompt->text(), QStringLiteral("Choose a new PIN"));
        tap(dialog, QStringLiteral("12"));
        tapKey(dialog, QStringLiteral("keyOk"));
        QCOMPARE(dialog.message(), QStringLiteral("The PIN must have 4 to 12 digits."));
        tap(dialog, QStringLiteral("1357"));
        tapKey(dialog, QStringLiteral("keyOk"));
        QCOMPARE(prompt->text(), QStringLiteral("Enter the new PIN again"));
        tap(dialog, QStringLiteral("1358"));
        tapKey(dialog, QStringLiteral("keyOk"));
        QCOMPARE(dialog.message(), QStringLiteral("The two PINs were different. Choose the new PIN again."));
        QCOMPARE(prompt->text(), QStringLiteral("Choose a new PIN"));
        QVERIFY(!m_vault->isSet());
        tap(dialog, QStringLiteral("1357"));
        tapKey(dialog, QStringLiteral("keyOk"));
        tap(dialog, QStringLiteral("1357"));
        tapKey(dialog, QStringLiteral("keyOk"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_vault->verify(QStringLiteral("1357")), PinVault::Verdict::Ok);
    }

    void changeAsksTheCurrentPinFirst()
    {
        QVERIFY(m_vault->setDemoPin().ok());
        PinDialog dialog(*m_vault, PinDialog::Mode::Change, QString());
        dialog.show();
        auto *prompt = dialog.findChild<QLabel *>(QStringLiteral("pinPrompt"));
        QCOMPARE(prompt->text(), QStringLiteral("Enter the current PIN"));
        tap(dialog, QStringLiteral("4321"));
        tapKey(dialog, QStringLiteral("keyOk"));
        QVERIFY(dialog.message().startsWith(QStringLiteral("Wrong PIN.")));
        QCOMPARE(prompt->text(), QStringLiteral("Enter the current PIN"));
        tap(dialog, QStringLiteral("1234"));
        tapKey(dialog, QStringLiteral("keyOk"));
        QCOMPARE(prompt->text(), QStringLiteral("Choose a new PIN"));
        for (int i = 0; i < 2; ++i) {
            tap(dialog, QStringLiteral("90817263"));
            tapKey(dialog, QStringLiteral("keyOk"));
        }
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!m_vault->isDefaultPin());
        QCOMPARE(m_vault->verify(QStringLiteral("90817263")), PinVault::Verdict::Ok);
    }

    void weakNewPinsAreRefused_data()
    {
        QTest::addColumn<bool>("change"); // else first run (Create)
        QTest::addColumn<int>("minimumLength");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("message");
        const QString repeated = QStringLiteral("The PIN must not be one digit repeated, like 0000.");
        const QString run = QStringLiteral("The PIN must not be a run of digits, like 1234 or 9876.");
        QTest::addRow("create 1111") << false << 0 << QStringLiteral("1111") << repeated;
        QTest::addRow("create 1234") << false << 0 << QStringLiteral("1234") << run;
        QTest::addRow("create 9876") << false << 0 << QStringLiteral("9876") << run;
        QTest::addRow("change to 000000") << true << 0 << QStringLiteral("000000") << repeated;
        QTest::addRow("change to 345678") << true << 0 << QStringLiteral("345678") << run;
        QTest::addRow("real keys, 5 digits")
            << true << 6 << QStringLiteral("24680") << QStringLiteral("The PIN must have 6 to 12 digits.");
        QTest::addRow("real keys, 6 in a row") << true << 6 << QStringLiteral("567890") << run;
    }
    void weakNewPinsAreRefused()
    {
        QFETCH(bool, change);
        QFETCH(int, minimumLength);
        QFETCH(QString, pin);
        QFETCH(QString, message);
        if (change)
            QVERIFY(m_vault->setPin(QStringLiteral("2468")).ok());
        PinDialog dialog(
            *m_vault, change ? PinDialog::Mode::Change : PinDialog::Mode::Create, QString(), nullptr, minimumLength);
        dialog.show();
        auto *prompt = dialog.findChild<QLabel *>(QStringLiteral("pinPrompt"));
        if (change) {
            tap(dialog, QStringLiteral("2468"));
            tapKey(dialog, QStringLiteral("keyOk"));
        }
        QCOMPARE(prompt->text(), QStringLiteral("Choose a new PIN"));
        tap(dialog, pin);
        tapKey(dialog, QStringLiteral("keyOk"));
        // Refused at once, before it is typed twice; the old PIN (or none) stays.
        QCOMPARE(dialog.message(), message);
        QCOMPARE(prompt->text(), QStringLiteral("Choose a new PIN"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"))->text(), QString());
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_vault->isSet(), change);
        if (change)
            QCOMPARE(m_vault->verify(QStringLiteral("2468")), PinVault::Verdict::Ok);
        // A good one is then taken.
        const QString good = QStringLiteral("90817263").left(std::max(minimumLength, 4));
        for (int i = 0; i < 2; ++i) {
            tap(dialog, good);
            tapKey(dialog, QStringLiteral("keyOk"));
        }
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_vault->verify(good), PinVault::Verdict::Ok);
    }

    void firstRunForRealKeysAsksForSixDigits()
    {
        PinDialog dialog(*m_vault, PinDialog::Mode::Create, QStringLiteral("Real Stripe keys"), nullptr,
            PinVault::kMinLengthForRealKeys);
        dialog.show();
        QCOMPARE(dialog.message(), QStringLiteral("No manager PIN has been set yet. Choose 6 to 12 digits."));
    }

    void keysAreTouchSized()
    {
        QVERIFY(m_vault->setPin(QStringLiteral("2468")).ok());
        PinDialog dialog(*m_vault, PinDialog::Mode::Verify, QString());
        dialog.show();
        for (const QString &name : { QStringLiteral("key0"), QStringLiteral("key9"), QStringLiteral("keyOk"),
                 QStringLiteral("keyErase"), QStringLiteral("pinCancel") }) {
            auto *key = dialog.findChild<QPushButton *>(name);
            QVERIFY2(key, qPrintable(name));
            QVERIFY2(key->height() >= 48 && key->width() >= 48, qPrintable(name));
        }
    }

private:
    static void tapKey(PinDialog &dialog, const QString &name)
    {
        auto *key = dialog.findChild<QPushButton *>(name);
        QVERIFY2(key, qPrintable(name));
        QTest::mouseClick(key, Qt::LeftButton);
    }
    static void tap(PinDialog &dialog, const QString &digits)
    {
        for (const QChar d : digits)
            tapKey(dialog, QStringLiteral("key") + d);
    }

    Kiosk::ManualClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<ManagerFixture> m_fixture;
    std::unique_ptr<PinVault> m_vault;
};

QTEST_MAIN(TestPinDialog)
#include "tst_pindialog.moc"
