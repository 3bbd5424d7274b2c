// SPDX-License-Identifier: MIT
#include "Log.h"
#include "ManagerFixture.h"
#include "PinVault.h"
#include "SecretStore.h"
#include "SettingsPage.h"
#include "SettingsValidator.h"
#include "Theme.h"

#include <QApplication>

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using Kiosk::Test::ManagerFixture;
using Kiosk::Ui::SecretStore;
using Kiosk::Ui::SettingsPage;
using Kiosk::Ui::SettingsValidator;

namespace {
const QString kTestKey = QStringLiteral("sk_test_51AbCdEfGhIjKlMnOpQrStUv9876");
}

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No keyring in the test environment: keys can only come from the environment.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        ::umask(022); // what a desktop session usually has
    }
    void init()
    {
        m_fixture = std::make_unique<ManagerFixture>();
        QVERIFY(m_fixture->isValid());
        m_settings = std::make_unique<QSettings>(m_fixture->dir() + QStringLiteral("/kiosk.ini"), QSettings::IniFormat);
        m_secrets = std::make_unique<SecretStore>();
        m_vault = std::make_unique<Kiosk::PinVault>(m_fixture->settings());
    }
    void cleanup()
    {
        m_settings.reset();
        m_secrets.reset();
        m_vault.reset();
        m_fixture.reset();
    }

    void validator_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addRow("usd") << "currency"
                             << "USD" << true;
        QTest::addRow("lower-case jpy") << "currency"
                                        << "jpy" << true;
        QTest::addRow("unknown currency") << "currency"
                                          << "XYZ" << false;
        QTest::addRow("empty currency") << "currency"
                                        << "" << false;
        QTest::addRow("port 4242") << "port"
                                   << "4242" << true;
        QTest::addRow("port 80") << "port"
                                 << "80" << false;
        QTest::addRow("port automatic") << "port"
                                        << "0" << true;
        QTest::addRow("port 65536") << "port"
                                    << "65536" << false;
        QTest::addRow("stripe api") << "apiBase"
                                    << "https://api.stripe.com" << true;
        QTest::addRow("empty api") << "apiBase"
                                   << "" << true;
        QTest::addRow("loopback http") << "apiBase"
                                       << "http://127.0.0.1:12111" << true;
        QTest::addRow("localhost http") << "apiBase"
                                        << "http://localhost:12111" << true;
        QTest::addRow("ipv6 loopback") << "apiBase"
                                       << "http://[::1]:12111" << true;
        QTest::addRow("remote http") << "apiBase"
                                     << "http://stripe.example.com" << false;
        QTest::addRow("not a url") << "apiBase"
                                   << "api.stripe.com" << false;
        QTest::addRow("ftp") << "apiBase"
                             << "ftp://api.stripe.com" << false;
        QTest::addRow("test key") << "secretKey" << kTestKey << true;
        QTest::addRow("live key") << "secretKey"
                                  << "sk_live_"
                                     "51AbCdEfGhIjKl"
                                  << true;
        QTest::addRow("publishable key") << "secretKey"
                                         << "pk_test_51AbCdEfGhIjKl" << false;
        QTest::addRow("key with space") << "secretKey"
                                        << "sk_test_51AbCd EfGhIjKl" << false;
        QTest::addRow("webhook secret") << "webhookSecret"
                                        << "whsec_abcdefgh12345678" << true;
        QTest::addRow("webhook wrong prefix") << "webhookSecret"
                                              << "sk_test_abcdefgh" << false;
        QTest::addRow("kiosk id") << "kioskId"
                                  << "K1-front" << true;
        QTest::addRow("kiosk id with space") << "kioskId"
                                             << "front desk" << false;
        QTest::addRow("delay 5") << "resultDelay"
                                 << "5" << true;
        QTest::addRow("delay -1") << "resultDelay"
                                  << "-1" << false;
        QTest::addRow("delay 0") << "resultDelay"
                                 << "0" << false;
        QTest::addRow("shop server") << "shopServer"
                                     << "https://shop-server:8787" << true;
        QTest::addRow("no shop server") << "shopServer"
                                        << "" << true;
        QTest::addRow("shop server with path") << "shopServer"
                                               << "https://shop-server:8787/api" << false;
        QTest::addRow("shop server with user") << "shopServer"
                                               << "https://till:secret@shop-server" << false;
        QTest::addRow("shop server ftp") << "shopServer"
                                         << "ftp://shop-server" << false;
        QTest::addRow("shop server no scheme") << "shopServer"
                                               << "shop-server:8787" << false;
    }
    void validator()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        Kiosk::Status s;
        if (field == QStringLiteral("currency"))
            s = SettingsValidator::currency(value);
        else if (field == QStringLiteral("port"))
            s = SettingsValidator::port(value.toInt());
        else if (field == QStringLiteral("apiBase"))
            s = SettingsValidator::apiBase(value);
        else if (field == QStringLiteral("secretKey"))
            s = SettingsValidator::secretKey(value);
        else if (field == QStringLiteral("webhookSecret"))
            s = SettingsValidator::webhookSecret(value);
        else if (field == QStringLiteral("kioskId"))
            s = SettingsValidator::kioskId(value);
        else if (field == QStringLiteral("shopServer"))
            s = SettingsValidator::shopServer(value);
        else
            s = SettingsValidator::resultDelay(value.toInt());
        QCOMPARE(s.ok(), valid);
        if (!valid) {
            QVERIFY(!s.error().message.isEmpty());
            // An error about a key never repeats the key.
            if (field.endsWith(QStringLiteral("ecretKey")) || field == QStringLiteral("webhookSecret"))
                QVERIFY(!s.error().message.contains(value));
        }
    }

    void savesEveryFieldUnderItsKey()
    {
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        QSignalSpy saved(&page, &SettingsPage::saved);
        page.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(8443);
        page.findChild<QComboBox *>(QStringLiteral("currencyCombo"))->setCurrentText(QStringLiteral("eur"));
        page.findChild<QLineEdit *>(QStringLiteral("kioskIdEdit"))->setText(QStringLiteral("K7"));
        page.findChild<QLineEdit *>(QStringLiteral("cashierEdit"))->setText(QStringLiteral("Alex"));
        page.findChild<QSpinBox *>(QStringLiteral("resultDelaySpin"))->setValue(8);
        page.findChild<QLineEdit *>(QStringLiteral("apiBaseEdit"))->setText(QStringLiteral("http://127.0.0.1:12111"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(page.message(), QStringLiteral("Settings saved. Restart the kiosk to use them."));
        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("stripe/mode")).toString(), QStringLiteral("demo"));
        QCOMPARE(reread.value(QStringLiteral("stripe/apiBase")).toString(), QStringLiteral("http://127.0.0.1:12111"));
        QCOMPARE(reread.value(QStringLiteral("server/webhookPort")).toInt(), 8443);
        QCOMPARE(reread.value(QStringLiteral("shop/currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(reread.value(QStringLiteral("kiosk/id")).toString(), QStringLiteral("K7"));
        QCOMPARE(reread.value(QStringLiteral("kiosk/cashier")).toString(), QStringLiteral("Alex"));
        QCOMPARE(reread.value(QStringLiteral("kiosk/resultDelaySecs")).toInt(), 8);
        // Owner-only, like the database (the test runs with umask 022).
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(m_settings->fileName()).permissions() & others, QFileDevice::Permissions());
        QVERIFY(QFileInfo(m_settings->fileName()).permissions() & QFileDevice::ReadOwner);

        // A new page shows what was saved.
        SettingsPage again(m_vault.get(), m_settings.get(), m_secrets.get());
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 8443);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("currencyCombo"))->currentText(), QStringLiteral("EUR"));
    }

    void theShopServerAndItsTokenFileAreValidatedAndSaved()
    {
        QTemporaryDir dir;
        const QString token = dir.filePath(QStringLiteral("till.token"));
        QFile file(token);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kt_secret_token_value_0123456789");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        auto *server = page.findChild<QLineEdit *>(QStringLiteral("shopServerEdit"));
        auto *tokenFile = page.findChild<QLineEdit *>(QStringLiteral("tokenFileEdit"));
        QVERIFY(server && tokenFile);
        // A server without a token file, then a token file others can read: refused, nothing saved.
        server->setText(QStringLiteral("https://shop-server:8787"));
        // Each problem is said in red under its field.
        QVERIFY(!page.save());
        const QString missing = page.fieldError(QStringLiteral("tokenFileEdit"));
        QVERIFY2(missing.contains(QStringLiteral("token")), qPrintable(missing));
        tokenFile->setText(token);
        QVERIFY(!page.save());
        const QString open = page.fieldError(QStringLiteral("tokenFileEdit"));
        QVERIFY2(open.contains(QStringLiteral("chmod 600")), qPrintable(open));
        QVERIFY(!open.contains(QStringLiteral("kt_secret")));
        QVERIFY(!page.message().contains(QStringLiteral("kt_secret")));
        QVERIFY(m_settings->allKeys().isEmpty());
        // Owner-only: saved under the keys the kiosk reads at start (the token stays in its file).
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY2(page.save(), qPrintable(page.message()));
        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("shop/server")).toString(), QStringLiteral("https://shop-server:8787"));
        QCOMPARE(reread.value(QStringLiteral("shop/tokenFile")).toString(), token);
        QFile written(m_settings->fileName());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("kt_secret"));
        SettingsPage again(m_vault.get(), m_settings.get(), m_secrets.get());
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("shopServerEdit"))->text(),
            QStringLiteral("https://shop-server:8787"));
    }

    void invalidInputChangesNothing_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<QString>("expectedWord");
        QTest::addColumn<QString>("field");
        QTest::addRow("currency") << "XYZ" << 4242 << ""
                                  << "currency"
                                  << "currencyCombo";
        QTest::addRow("port") << "USD" << 80 << ""
                              << "port"
                              << "portSpin";
        QTest::addRow("http api") << "USD" << 4242 << "http://api.example.com"
                                  << "https"
                                  << "apiBaseEdit";
    }
    void invalidInputChangesNothing()
    {
        QFETCH(QString, currency);
        QFETCH(int, port);
        QFETCH(QString, apiBase);
        QFETCH(QString, expectedWord);
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        QSignalSpy saved(&page, &SettingsPage::saved);
        page.findChild<QComboBox *>(QStringLiteral("currencyCombo"))->setCurrentText(currency);
        page.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(port);
        page.findChild<QLineEdit *>(QStringLiteral("apiBaseEdit"))->setText(apiBase);
        QVERIFY(!page.save());
        QFETCH(QString, field);
        const QString error = page.fieldError(field);
        QVERIFY2(error.contains(expectedWord), qPrintable(error));
        QCOMPARE(page.message(), QStringLiteral("Nothing was saved: correct the field marked in red."));
        QCOMPARE(saved.count(), 0);
        QVERIFY(m_settings->allKeys().isEmpty());
    }

    void withoutKeyringTheKeyComesFromTheEnvironment()
    {
        QVERIFY(!m_secrets->isAvailable());
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        auto *mode = page.findChild<QComboBox *>(QStringLiteral("modeCombo"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("stripe")));
        const QString note = page.findChild<QLabel *>(QStringLiteral("keyringNote"))->text();
        QVERIFY2(note.contains(QStringLiteral("CHECKOUT_KIOSK_STRIPE_SECRET_KEY")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("--secrets-file")), qPrintable(note));
        QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("secretKeyEdit"))->isEnabled());
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("secretKeyState"))->text(), QStringLiteral("Not set"));
        QVERIFY(!page.save());
        QCOMPARE(page.fieldError(QStringLiteral("secretKeyEdit")), QStringLiteral("Stripe mode needs a secret key."));
        QVERIFY(m_settings->allKeys().isEmpty());
    }

    void realKeysNeedASixDigitPin_data()
    {
        QTest::addColumn<QString>("pin"); // "demo": the demo PIN
        QTest::addColumn<bool>("saved");
        QTest::addRow("demo PIN") << QStringLiteral("demo") << false;
        QTest::addRow("four digits") << QStringLiteral("2468") << false;
        QTest::addRow("five digits") << QStringLiteral("24680") << false;
        QTest::addRow("six digits") << QStringLiteral("246801") << true;
        QTest::addRow("eight digits") << QStringLiteral("31415926") << true;
    }
    void realKeysNeedASixDigitPin()
    {
        QFETCH(QString, pin);
        QFETCH(bool, saved);
        Kiosk::PinVault &vault = *m_vault;
        QVERIFY((pin == QLatin1String("demo") ? vault.setDemoPin() : vault.setPin(pin)).ok());
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        page.setKeySources(environmentKey(), {});
        auto *mode = page.findChild<QComboBox *>(QStringLiteral("modeCombo"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("stripe")));
        QCOMPARE(page.save(), saved);
        if (saved) {
            QCOMPARE(m_settings->value(QStringLiteral("stripe/mode")).toString(), QStringLiteral("stripe"));
        } else {
            QCOMPARE(page.message(),
                QStringLiteral("Real Stripe keys need a manager PIN of at least 6 digits, not the demo PIN: change the "
                               "PIN first."));
            QVERIFY(m_settings->allKeys().isEmpty());
        }
    }

    void realKeysAreOnlyShownMasked()
    {
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        page.setKeySources(environmentKey(), {});
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("secretKeyState"))->text(),
            QStringLiteral("In use from the environment: sk_test_…9876"));
        auto *mode = page.findChild<QComboBox *>(QStringLiteral("modeCombo"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("stripe")));
        QVERIFY(m_vault->setPin(QStringLiteral("31415926")).ok());
        QVERIFY(page.save());
        // The key itself is nowhere: not in the settings file, not in any label or field.
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("51AbCdEf"));
        const auto labels = page.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY2(!label->text().contains(QStringLiteral("51AbCdEf")), qPrintable(label->objectName()));
        const auto edits = page.findChildren<QLineEdit *>();
        for (const QLineEdit *edit : edits)
            QVERIFY(!edit->text().contains(QStringLiteral("51AbCdEf")));
    }

    void keySourceIsSaidNeverShown_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<QString>("expected");
        using From = Kiosk::Ui::KeySource::From;
        QTest::addRow("none") << int(From::None) << QStringLiteral("Not set");
        QTest::addRow("command line") << int(From::CommandLine)
                                      << QStringLiteral("In use from the command line: sk_test_…9876");
        QTest::addRow("environment") << int(From::Environment)
                                     << QStringLiteral("In use from the environment: sk_test_…9876");
        QTest::addRow("secrets file") << int(
            From::SecretsFile) << QStringLiteral("In use from the secrets file /etc/kiosk/secrets: sk_test_…9876");
        QTest::addRow("keyring") << int(From::Keyring) << QStringLiteral("In use from the keyring: sk_test_…9876");
    }
    void keySourceIsSaidNeverShown()
    {
        QFETCH(int, from);
        QFETCH(QString, expected);
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        Kiosk::Ui::KeySource source { Kiosk::Ui::KeySource::From(from), QStringLiteral("sk_test_…9876"),
            QStringLiteral("/etc/kiosk/secrets") };
        if (source.from == Kiosk::Ui::KeySource::From::None)
            source = {};
        page.setKeySources(source, {});
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("secretKeyState"))->text(), expected);
    }

    void errorStandsUnderItsFieldAndGetsTheFocus()
    {
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        page.resize(900, 300); // short: the kiosk id is below the fold
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *kioskId = page.findChild<QLineEdit *>(QStringLiteral("kioskIdEdit"));
        kioskId->setText(QStringLiteral("front desk"));
        page.findChild<QSpinBox *>(QStringLiteral("resultDelaySpin"))->setValue(1);
        QVERIFY(!page.save());
        auto *error = page.findChild<QLabel *>(QStringLiteral("kioskIdEditError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The kiosk id must be 1 to 32 letters, digits, - or _."));
        QCOMPARE(error->property("kind").toString(), QStringLiteral("error"));
        // Right under its own field, in view, and the field has the keyboard.
        const QPoint fieldBottom = kioskId->mapTo(&page, kioskId->rect().bottomLeft());
        const QPoint errorTop = error->mapTo(&page, QPoint(0, 0));
        QVERIFY2(errorTop.y() >= fieldBottom.y() && errorTop.y() - fieldBottom.y() < 30,
            qPrintable(QStringLiteral("%1 vs %2").arg(errorTop.y()).arg(fieldBottom.y())));
        QVERIFY(kioskId->visibleRegion().boundingRect().height() == kioskId->height());
        QVERIFY(!error->visibleRegion().isEmpty());
        QCOMPARE(page.focusWidget(), kioskId); // the keyboard goes there once the window is active
        // Fields that are fine show nothing; fixing the field clears its message.
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("portSpinError"))->isVisible());
        kioskId->setText(QStringLiteral("front-desk"));
        QVERIFY(page.save());
        QVERIFY(!error->isVisible());
        QCOMPARE(page.fieldError(QStringLiteral("kioskIdEdit")), QString());
    }

    void shopCurrencyMustBeTheCatalogs()
    {
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        page.setCatalogCurrency(QStringLiteral("EUR"));
        auto *currency = page.findChild<QComboBox *>(QStringLiteral("currencyCombo"));
        // Nothing saved yet: the catalog's currency is what the shop sells in.
        QCOMPARE(currency->currentText(), QStringLiteral("EUR"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("currencyNote"))
                    ->text()
                    .contains(QStringLiteral("Orders already taken keep their own currency")));
        currency->setCurrentText(QStringLiteral("USD"));
        QVERIFY(!page.save());
        QCOMPARE(page.fieldError(QStringLiteral("currencyCombo")),
            QStringLiteral("The catalog’s prices are in EUR, so the shop cannot sell in USD. Keep EUR, or load a "
                           "catalog priced in USD first."));
        QVERIFY(m_settings->allKeys().isEmpty());
        currency->setCurrentText(QStringLiteral("eur"));
        QVERIFY(page.save());
        QCOMPARE(m_settings->value(QStringLiteral("shop/currency")).toString(), QStringLiteral("EUR"));
    }

    void restartNowAfterAChange()
    {
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        int restarts = 0;
        page.setRestarter([&restarts] { ++restarts; });
        auto *restart = page.findChild<QPushButton *>(QStringLiteral("restartButton"));
        QVERIFY(page.save()); // nothing changed: nothing to restart for
        QVERIFY(!restart->isVisibleTo(&page));
        QCOMPARE(page.message(), QStringLiteral("Settings saved."));
        page.findChild<QSpinBox *>(QStringLiteral("resultDelaySpin"))->setValue(9);
        QVERIFY(page.save());
        QVERIFY(restart->isVisibleTo(&page));
        QCOMPARE(page.message(), QStringLiteral("Settings saved. Restart the kiosk to use them."));
        QCOMPARE(restart->text(), QStringLiteral("Restart now"));
        QTest::mouseClick(restart, Qt::LeftButton);
        QCOMPARE(restarts, 1);
    }

    void disabledFieldsLookDisabled()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        const Kiosk::Ui::Theme theme;
        theme.apply(*app);
        SettingsPage page(m_vault.get(), m_settings.get(), m_secrets.get());
        page.resize(900, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *mode = page.findChild<QComboBox *>(QStringLiteral("modeCombo"));
        auto *key = page.findChild<QLineEdit *>(QStringLiteral("secretKeyEdit"));
        auto *kioskId = page.findChild<QLineEdit *>(QStringLiteral("kioskIdEdit"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("stripe")));
        QVERIFY(!key->isEnabled()); // no keyring here
        // The fill inside the field, as a person sees it: grey when disabled, white when not.
        const auto fill = [](QLineEdit *edit) { return edit->grab().toImage().pixelColor(edit->width() - 8, 8); };
        QCOMPARE(fill(key).name(), theme.disabledBg.name());
        QCOMPARE(fill(kioskId).name(), theme.surface.name());
        app->setStyleSheet(QString());
    }

private:
    static Kiosk::Ui::KeySource environmentKey()
    {
        return { Kiosk::Ui::KeySource::From::Environment, Kiosk::maskSecret(kTestKey), {} };
    }

    std::unique_ptr<ManagerFixture> m_fixture;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Kiosk::PinVault> m_vault;
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
