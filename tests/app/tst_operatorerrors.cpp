// SPDX-License-Identifier: MIT
// checkout-kiosk-server and checkout-kiosk started with a secret in the wrong place: the error
// names the problem and never repeats the secret.
#include "Log.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

namespace {

// Built from parts so that no key-shaped literal is committed.
QString fake(const char *prefix, const char *core)
{
    return QLatin1String(prefix) + QLatin1String(core);
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromLatin1(a));
    return out;
}

/** What must never be printed: the secret without the prefix and last four maskSecret() keeps. */
QString coreOf(const QString &secret)
{
    return secret.chopped(4).mid(secret.lastIndexOf(QLatin1Char('_')) + 1);
}

} // namespace

class TestOperatorErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteIfName_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::addRow("option name") << QStringLiteral("stripe-key") << QStringLiteral("\"stripe-key\"");
        QTest::addRow("typo") << QStringLiteral("prot") << QStringLiteral("\"prot\"");
        QTest::addRow("underscore") << QStringLiteral("stripe_key") << QStringLiteral("\"stripe_key\"");
        QTest::addRow("secret key") << fake("sk_live_", "abcdefghijklmnop")
                                    << QStringLiteral("<24 characters, not shown>");
        QTest::addRow("short key") << fake("sk_", "x") << QStringLiteral("<4 characters, not shown>");
        QTest::addRow("webhook secret") << fake("whsec_", "abcdefgh") << QStringLiteral("<14 characters, not shown>");
        QTest::addRow("hex token") << QStringLiteral("0123456789abcdef")
                                   << QStringLiteral("<16 characters, not shown>");
        QTest::addRow("digits inside") << QStringLiteral("abc1") << QStringLiteral("<4 characters, not shown>");
        QTest::addRow("long word") << QString(33, QLatin1Char('a')) << QStringLiteral("<33 characters, not shown>");
        QTest::addRow("empty") << QString() << QStringLiteral("<0 characters, not shown>");
    }
    void quoteIfName()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        QCOMPARE(Kiosk::quoteIfName(word), expected);
    }

    void secretInTheWrongPlaceIsNotEchoed_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments"); // {SECRET} and {FILE} are replaced
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("fileContent"); // {SECRET} is replaced
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");

        const QString sk = fake("sk_test_", "51HiddenServerKey0000abcd");
        const QString live = fake("sk_live_", "51HiddenLiveKey00000wxyz");
        const QString rk = fake("rk_live_", "51HiddenRestricted00rstu");
        const QString whsec = fake("whsec_", "HiddenSigningSecret0000efgh");
        const QString token = QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const QString server = QStringLiteral(KIOSK_SERVER_BIN);
        const QString unexpected = QStringLiteral("Unexpected argument <");

        QTest::addRow("server --stripe-key K K") << server << args({ "--stripe-key", "{SECRET}", "{SECRET}" })
                                                 << QString() << QByteArray() << sk << unexpected;
        QTest::addRow("server --api-token T T") << server << args({ "--api-token", "{SECRET}", "{SECRET}" })
                                                << QString() << QByteArray() << token << unexpected;
        QTest::addRow("server --webhook-secret W W") << server << args({ "--webhook-secret", "{SECRET}", "{SECRET}" })
                                                     << QString() << QByteArray() << whsec << unexpected;
        QTest::addRow("server --host <key>") << server << args({ "--host", "{SECRET}" }) << QString() << QByteArray()
                                             << live << QStringLiteral("--host must be an IP address");
        QTest::addRow("server --host <token>") << server << args({ "--host", "{SECRET}" }) << QString() << QByteArray()
                                               << token << QStringLiteral("--host must be an IP address");
        QTest::addRow("server --<key>") << server << args({ "--{SECRET}" }) << QString() << QByteArray() << live
                                        << QStringLiteral("Unknown option <");
        QTest::addRow("server -<key>") << server << args({ "-{SECRET}" }) << QString() << QByteArray() << rk
                                       << QStringLiteral("Unknown option <");
        QTest::addRow("server --port=<token>") << server << args({ "--port={SECRET}" }) << QString() << QByteArray()
                                               << token << QStringLiteral("--port must be a whole number");
        QTest::addRow("server INI key") << server << args({ "--config", "{FILE}" }) << QStringLiteral("server.ini")
                                        << QByteArray("[stripe]\n{SECRET}=1\n") << live
                                        << QStringLiteral("unknown key <");
        QTest::addRow("server INI token key")
            << server << args({ "--config", "{FILE}" }) << QStringLiteral("server.ini") << QByteArray("{SECRET}=1\n")
            << token << QStringLiteral("unknown key <");
        QTest::addRow("server JSON key") << server << args({ "--config", "{FILE}" }) << QStringLiteral("server.json")
                                         << QByteArray("{\"{SECRET}\": \"x\"}") << rk
                                         << QStringLiteral("unknown key <");
        QTest::addRow("server JSON key of the wrong type")
            << server << args({ "--config", "{FILE}" }) << QStringLiteral("server.json")
            << QByteArray("{\"{SECRET}\": [1]}") << whsec << QStringLiteral("must be a string or an integer");
        QTest::addRow("server --config <key>") << server << args({ "--config", "{SECRET}" }) << QString()
                                               << QByteArray() << sk << QStringLiteral("does not exist");
#ifdef KIOSK_APP_BIN
        const QString kiosk = QStringLiteral(KIOSK_APP_BIN);
        QTest::addRow("kiosk --stripe-key K K") << kiosk << args({ "--stripe-key", "{SECRET}", "{SECRET}" })
                                                << QString() << QByteArray() << sk << unexpected;
        QTest::addRow("kiosk --webhook-secret W W") << kiosk << args({ "--webhook-secret", "{SECRET}", "{SECRET}" })
                                                    << QString() << QByteArray() << whsec << unexpected;
        QTest::addRow("kiosk -<key>") << kiosk << args({ "-{SECRET}" }) << QString() << QByteArray() << live
                                      << QStringLiteral("Unknown option <");
        const QString tillToken = QStringLiteral("kt_0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        QTest::addRow("kiosk --kiosk-token T T") << kiosk << args({ "--kiosk-token", "{SECRET}", "{SECRET}" })
                                                 << QString() << QByteArray() << tillToken << unexpected;
        QTest::addRow("kiosk --kiosk-token without --server")
            << kiosk << args({ "--kiosk-token", "{SECRET}" }) << QString() << QByteArray() << tillToken
            << QStringLiteral("A kiosk token needs --server.");
        QTest::addRow("kiosk --server with a Stripe key")
            << kiosk
            << args({ "--server", "http://127.0.0.1:9", "--kiosk-token", "{SECRET}", "--stripe-key", "{SECRET}" })
            << QString() << QByteArray() << tillToken << QStringLiteral("takes no Stripe key");
        QTest::addRow("kiosk --server, token file open to others")
            << kiosk << args({ "--server", "http://127.0.0.1:9", "--kiosk-token-file", "{FILE}" })
            << QStringLiteral("token") << QByteArray("{SECRET}\n") << tillToken
            << QStringLiteral("must be readable by its owner only");
        QTest::addRow("kiosk --secrets-file open to others")
            << kiosk << args({ "--secrets-file", "{FILE}" }) << QStringLiteral("secrets")
            << QByteArray("CHECKOUT_KIOSK_STRIPE_SECRET_KEY={SECRET}\n") << live
            << QStringLiteral("must be readable by its owner only (chmod 600 or 400)");
        QTest::addRow("kiosk settings stripe/mode")
            << kiosk << args({ "--settings", "{FILE}" }) << QStringLiteral("kiosk.ini")
            << QByteArray("[stripe]\nmode={SECRET}\n") << live << QStringLiteral("stripe/mode must be");
#endif
    }

    void secretInTheWrongPlaceIsNotEchoed()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, fileContent);
        QFETCH(QString, secret);
        QFETCH(QString, expected);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(fileName);
        if (!fileName.isEmpty()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fileContent.replace("{SECRET}", secret.toUtf8()));
        }
        for (QString &argument : arguments)
            argument.replace(QLatin1String("{SECRET}"), secret).replace(QLatin1String("{FILE}"), file);

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "CHECKOUT_KIOSK_STRIPE_SECRET_KEY",
                 "CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", "KIOSK_API_TOKEN" })
            env.remove(QLatin1String(name));
        // Nothing may reach the user's own data if a row were accepted by mistake.
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(program, arguments);
        QVERIFY(p.waitForStarted(20000));
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished(5000);
            QFAIL("the program started instead of refusing its arguments");
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(out.contains(expected), qPrintable(out));
        QVERIFY2(!out.contains(coreOf(secret)), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestOperatorErrors)
#include "tst_operatorerrors.moc"
