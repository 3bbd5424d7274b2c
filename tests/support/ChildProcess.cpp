// SPDX-License-Identifier: MIT
#include "ChildProcess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <sys/resource.h>

namespace Kiosk::Test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResult http(
    const QByteArray &method, const QUrl &url, const QByteArray &body, const Headers &headers, int timeoutMs)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(QCoreApplication::instance());
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(timeoutMs);
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 1000);
    HttpResult r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return r;
}

QUrl at(const QUrl &base, const QString &pathAndQuery)
{
    QString b = base.toString();
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    return QUrl(b + pathAndQuery);
}

ChildProcess::ChildProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "CHECKOUT_KIOSK_STRIPE_SECRET_KEY",
             "CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", "KIOSK_API_TOKEN" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kiosk.*.debug=false"));
    m_process.setProcessEnvironment(env);
}

ChildProcess::~ChildProcess()
{
    kill();
}

QUrl ChildProcess::start(const QString &program, const QStringList &args, const QString &prefix, int timeoutMs)
{
    m_out.clear();
    m_process.start(program, args);
    if (!m_process.waitForStarted(timeoutMs))
        return {};
    const QRegularExpression re(QRegularExpression::escape(prefix) + QStringLiteral(" (http://\\S+)"));
    QUrl url;
    (void)QTest::qWaitFor(
        [&] {
            m_out += m_process.readAll();
            const auto match = re.match(QString::fromUtf8(m_out));
            if (match.hasMatch())
                url = QUrl(match.captured(1));
            return url.isValid() || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    return url;
}

QString ChildProcess::output()
{
    m_out += m_process.readAll();
    return QString::fromUtf8(m_out);
}

bool ChildProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

void ChildProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

qint64 ChildProcess::pid() const
{
    return m_process.processId();
}

} // namespace Kiosk::Test

namespace Kiosk::Test {

void ChildProcess::setFileLimit(int files)
{
    m_process.setChildProcessModifier([files] {
        rlimit limit {};
        if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
            limit.rlim_cur = rlim_t(files) < limit.rlim_max ? rlim_t(files) : limit.rlim_max;
            setrlimit(RLIMIT_NOFILE, &limit);
        }
    });
}

} // namespace Kiosk::Test
