// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Kiosk::Test {

/** One HTTP answer as a test sees it. */
struct HttpResult
{
    int status = 0; ///< 0: no answer (connection refused, dropped or timed out)
    QByteArray body;
    [[nodiscard]] QJsonObject json() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

/** A blocking HTTP request through QNetworkAccessManager (the event loop runs while it waits). */
HttpResult http(const QByteArray &method, const QUrl &url, const QByteArray &body = {}, const Headers &headers = {},
    int timeoutMs = 20000);

/** `base` + "/path?query" without QUrl re-encoding the path. */
QUrl at(const QUrl &base, const QString &pathAndQuery);

/**
 * A child process (checkout-kiosk-server, stripe-sim) started with the Stripe and token variables
 * removed from its environment; start() waits until it prints "<prefix> http://…" on stdout.
 * Killed on destruction.
 */
class ChildProcess
{
public:
    ChildProcess();
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    /** Starts and returns the URL printed after `prefix`, or an empty URL (see output()). */
    QUrl start(const QString &program, const QStringList &args, const QString &prefix, int timeoutMs = 20000);
    /** Everything it printed so far on stdout and stderr. */
    QString output();
    [[nodiscard]] bool isRunning() const;
    /** SIGKILL and wait. */
    void kill();
    [[nodiscard]] qint64 pid() const;
    /** The child's soft limit of open files (RLIMIT_NOFILE), applied at the next start(). */
    void setFileLimit(int files);
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_out;
};

} // namespace Kiosk::Test
