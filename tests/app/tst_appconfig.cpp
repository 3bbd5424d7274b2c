// SPDX-License-Identifier: MIT
// Where the kiosk's Stripe secrets come from: command line > environment > --secrets-file, and
// a secrets file is refused unless only its owner (the user running the kiosk) can read it.
#include "AppConfig.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using Kiosk::Ui::AppConfig;
using Kiosk::Ui::KeySource;

namespace {
// Split so that no whole key-shaped string sits in the source.
const QString kFileKey = QStringLiteral("sk_test_") + QStringLiteral("51FromTheFile000000aaaa");
const QString kEnvKey = QStringLiteral("sk_test_") + QStringLiteral("51FromTheEnvironment0bbbb");
const QString kArgKey = QStringLiteral("sk_test_") + QStringLiteral("51FromTheCommandLine0cccc");
const QString kFileWebhook = QStringLiteral("whsec_") + QStringLiteral("FromTheFile0000dddd");
} // namespace

class TestAppConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void secretsComeFromTheStrongestPlace_data()
    {
        QTest::addColumn<bool>("file");
        QTest::addColumn<bool>("environment");
        QTest::addColumn<bool>("commandLine");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("from");
        QTest::addRow("none: demo") << false << false << false << QString() << int(KeySource::From::None);
        QTest::addRow("file") << true << false << false << kFileKey << int(KeySource::From::SecretsFile);
        QTest::addRow("environment over file") << true << true << false << kEnvKey << int(KeySource::From::Environment);
        QTest::addRow("command line over both") << true << true << true << kArgKey << int(KeySource::From::CommandLine);
    }
    void secretsComeFromTheStrongestPlace()
    {
        QFETCH(bool, file);
        QFETCH(bool, environment);
        QFETCH(bool, commandLine);
        QFETCH(QString, key);
        QFETCH(int, from);
        QStringList arguments = baseArguments();
        QProcessEnvironment env;
        if (file) {
            const QString path = writeSecrets(QByteArray("# the till's secrets\n\nCHECKOUT_KIOSK_STRIPE_SECRET_KEY = ")
                    + kFileKey.toUtf8() + "\nCHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET=" + kFileWebhook.toUtf8() + "\n",
                QFile::ReadOwner | QFile::WriteOwner);
            arguments << QStringLiteral("--secrets-file") << path;
        }
        if (environment)
            env.insert(AppConfig::secretKeyVariable(), kEnvKey);
        if (commandLine)
            arguments << QStringLiteral("--stripe-key") << kArgKey;
        // The names of other programs' variables are not the kiosk's.
        env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QStringLiteral("sk_test_") + QStringLiteral("notforthekiosk"));
        const auto config = AppConfig::resolve(arguments, env);
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().message));
        QCOMPARE(config->secretKey, key);
        QCOMPARE(int(config->secretKeySource.from), from);
        QCOMPARE(config->demo, key.isEmpty());
        if (!key.isEmpty()) {
            QCOMPARE(config->secretKeySource.masked, QStringLiteral("sk_test_\u2026") + key.right(4));
            QVERIFY(!config->secretKeySource.masked.contains(key.mid(8, 10)));
        }
        if (file) {
            // The webhook secret came from the file alone.
            QCOMPARE(config->webhookSecret, kFileWebhook.toUtf8());
            QCOMPARE(int(config->webhookSecretSource.from), int(KeySource::From::SecretsFile));
            QCOMPARE(config->webhookSecretSource.file, m_dir->filePath(QStringLiteral("secrets")));
        }
    }

    void secretsFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "CHECKOUT_KIOSK_STRIPE_SECRET_KEY=" + kFileKey.toUtf8() + "\n";
        const int owner = int(QFile::ReadOwner | QFile::WriteOwner);
        QTest::addRow("readable by the group")
            << good << (owner | int(QFile::ReadGroup)) << QStringLiteral("readable by its owner only");
        QTest::addRow("readable by everyone") << good << (owner | int(QFile::ReadGroup | QFile::ReadOther))
                                              << QStringLiteral("readable by its owner only");
        QTest::addRow("executable") << good << (owner | int(QFile::ExeOwner))
                                    << QStringLiteral("readable by its owner only");
        QTest::addRow("unknown line") << QByteArray("STRIPE_SECRET_KEY=") + kFileKey.toUtf8() << owner
                                      << QStringLiteral("line 1: expected CHECKOUT_KIOSK_STRIPE_SECRET_KEY=");
        QTest::addRow("too large") << QByteArray(5000, '#') << owner << QStringLiteral("at most 4 KiB");
        QTest::addRow("missing") << QByteArray() << -1 << QStringLiteral("does not exist");
    }
    void secretsFileIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, permissions);
        QFETCH(QString, expected);
        const QString path = permissions < 0 ? m_dir->filePath(QStringLiteral("none"))
                                             : writeSecrets(content, QFile::Permissions(permissions));
        const auto config
            = AppConfig::resolve(baseArguments() << QStringLiteral("--secrets-file") << path, QProcessEnvironment());
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
        QVERIFY2(!config.error().message.contains(QStringLiteral("51FromTheFile")), qPrintable(config.error().message));
    }

    void languageIsOneTheKioskSpeaks_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("ok");
        QTest::addRow("de") << QStringLiteral("de") << true;
        QTest::addRow("ES") << QStringLiteral("ES") << true;
        QTest::addRow("it") << QStringLiteral("it") << false;
    }
    void languageIsOneTheKioskSpeaks()
    {
        QFETCH(QString, code);
        QFETCH(bool, ok);
        const auto config
            = AppConfig::resolve(baseArguments() << QStringLiteral("--lang") << code, QProcessEnvironment());
        QCOMPARE(config.ok(), ok);
        if (ok)
            QCOMPARE(config->language, code.toLower());
    }

private:
    QStringList baseArguments() const
    {
        return { QStringLiteral("checkout-kiosk"), QStringLiteral("--settings"),
            m_dir->filePath(QStringLiteral("kiosk.ini")) };
    }
    QString writeSecrets(const QByteArray &content, QFile::Permissions permissions)
    {
        const QString path = m_dir->filePath(QStringLiteral("secrets"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            return {};
        file.close();
        QFile::setPermissions(path, permissions);
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
