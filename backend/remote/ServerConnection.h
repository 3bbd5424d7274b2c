// SPDX-License-Identifier: MIT
#pragma once

#include "RemoteOptions.h"
#include "Result.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Kiosk {

/**
 * The till's HTTP calls to its shop server: every request carries the till's bearer token, has
 * a deadline (RemoteOptions::requestTimeoutMs, connect to last byte) and a bounded answer (read
 * incrementally, aborted once over the bound). Answers come back as the body of a 2xx reply or
 * as an Error for people: the server's own {"error":{"code","message"}} (bounded, scrubbed of the
 * token), "server_unreachable" when the server cannot be reached or does not answer in time,
 * "reply_too_large". Tracks whether the server answered the last attempt (reachable()), which the
 * screens show. Replies run from the event loop, never inside the call, and not once `context`
 * is gone. The token is never logged nor put into an error.
 */
class ServerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnection)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Reply = std::function<void(Result<QByteArray>)>;
    /** An HTTP answer of any status, for calls that read an error's details themselves. */
    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    using AnswerReply = std::function<void(Result<Answer>)>;

    explicit ServerConnection(RemoteOptions options, QObject *parent = nullptr);
    ~ServerConnection() override;

    [[nodiscard]] const RemoteOptions &options() const { return m_options; }
    /** `maxBytes` 0: RemoteOptions::maxReplyBytes. */
    void get(const QString &path, const QUrlQuery &query, const Headers &headers, QObject *context, Reply done,
        qint64 maxBytes = 0);
    void post(const QString &path, const QByteArray &json, const Headers &headers, QObject *context, Reply done);
    /** As post(), but every HTTP answer (2xx or not, bounded as always) is a value; the errors
     *  are the transport's only ("server_unreachable", "reply_too_large"). */
    void postForAnswer(
        const QString &path, const QByteArray &json, const Headers &headers, QObject *context, AnswerReply done);

    /** A request for `path` on the server with the token set (for the change stream). */
    [[nodiscard]] QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }

    /** The server answered the last request (any HTTP status counts); true until one failed. */
    [[nodiscard]] bool reachable() const { return m_reachable; }
    /** Records whether the server answered; emits reachableChanged on a change. */
    void noteReachable(bool reachable);

    /** Whether a reply's error means the server was not reached (as opposed to an HTTP answer). */
    static bool isUnreachable(QNetworkReply::NetworkError error);
    /** The Error for an HTTP error answer: the server's code and message if well-formed (bounded
     *  and scrubbed of `token`), else a generic one naming the status. Pure. */
    static Error httpError(int status, const QByteArray &body, const QByteArray &token);
    static Error unreachableError();

Q_SIGNALS:
    void reachableChanged(bool reachable);

private:
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
        const Headers &headers, QObject *context, AnswerReply done, qint64 maxBytes);
    /** The Reply of get()/post(): a 2xx body, any other status as httpError(). */
    [[nodiscard]] AnswerReply bodyOnly(const QByteArray &verb, const QString &path, Reply done) const;

    RemoteOptions m_options;
    QNetworkAccessManager *m_network;
    bool m_reachable = true;
};

} // namespace Kiosk
