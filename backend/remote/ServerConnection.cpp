// SPDX-License-Identifier: MIT
#include "ServerConnection.h"

#include "Log.h"
#include "RemoteLog.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <memory>

namespace Kiosk {

namespace {

constexpr int kMaxCodeLength = 64;
constexpr int kMaxMessageLength = 300;

bool isCode(const std::string &code)
{
    if (code.empty() || code.size() > std::size_t(kMaxCodeLength))
        return false;
    for (const char c : code) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

} // namespace

ServerConnection::ServerConnection(RemoteOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    // Nothing is cached, no cookies are kept and redirects are not followed: the server is the
    // one source, and a redirect would carry the token elsewhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ServerConnection::~ServerConnection() = default;

Error ServerConnection::unreachableError()
{
    return makeError(QStringLiteral("server_unreachable"),
        tr("The shop server cannot be reached. Nothing was changed; try again in a moment."));
}

bool ServerConnection::isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

Error ServerConnection::httpError(int status, const QByteArray &body, const QByteArray &token)
{
    if (status == 401)
        return makeError(QStringLiteral("unauthorized"),
            tr("The shop server did not accept this till's token. Ask the shop owner for a new one."));
    QString code = QStringLiteral("http_%1").arg(status);
    QString message = tr("The shop server answered with an error (HTTP %1).").arg(status);
    if (body.size() <= 64 * 1024) {
        const auto j = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false, true);
        if (j.is_object() && j.contains("error") && j["error"].is_object()) {
            const auto &e = j["error"];
            if (e.contains("code") && e["code"].is_string() && isCode(e["code"].get<std::string>()))
                code = QString::fromStdString(e["code"].get<std::string>());
            if (e.contains("message") && e["message"].is_string()) {
                QString text = QString::fromStdString(e["message"].get<std::string>()).simplified();
                if (!text.isEmpty())
                    message = text.left(kMaxMessageLength);
            }
        }
    }
    if (status == 403 && code == QStringLiteral("http_403"))
        code = QStringLiteral("forbidden");
    if (!token.isEmpty())
        message = scrubSecrets(message, { QString::fromUtf8(token) });
    return makeError(code, message);
}

QNetworkRequest ServerConnection::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_options.server;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_options.token);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    return request;
}

void ServerConnection::noteReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    qCInfo(lcRemote) << (reachable ? "shop server reachable again" : "shop server unreachable");
    Q_EMIT reachableChanged(reachable);
}

ServerConnection::AnswerReply ServerConnection::bodyOnly(const QByteArray &verb, const QString &path, Reply done) const
{
    return [done = std::move(done), token = m_options.token, what = QString(QString::fromLatin1(verb) + u' ' + path)](
               Result<Answer> answer) {
        if (!answer)
            return done(answer.error());
        const int status = answer->status;
        if (status >= 200 && status < 300)
            return done(std::move(answer).value().body);
        Error error = httpError(status, answer->body, token);
        qCInfo(lcRemote).noquote() << what << "answered" << status << error.code;
        done(std::move(error));
    };
}

void ServerConnection::get(
    const QString &path, const QUrlQuery &query, const Headers &headers, QObject *context, Reply done, qint64 maxBytes)
{
    send("GET", path, query, {}, headers, context, bodyOnly("GET", path, std::move(done)), maxBytes);
}

void ServerConnection::post(
    const QString &path, const QByteArray &json, const Headers &headers, QObject *context, Reply done)
{
    send("POST", path, {}, json, headers, context, bodyOnly("POST", path, std::move(done)), 0);
}

void ServerConnection::postForAnswer(
    const QString &path, const QByteArray &json, const Headers &headers, QObject *context, AnswerReply done)
{
    send("POST", path, {}, json, headers, context, std::move(done), 0);
}

void ServerConnection::send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
    const Headers &headers, QObject *context, AnswerReply done, qint64 maxBytes)
{
    QNetworkRequest req = request(path, query);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    if (verb == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = verb == "POST" ? m_network->post(req, body) : m_network->get(req);

    struct State
    {
        QByteArray body;
        bool tooLarge = false;
        bool timedOut = false;
    };
    auto state = std::make_shared<State>();
    const qint64 limit = maxBytes > 0 ? maxBytes : m_options.maxReplyBytes;
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    deadline->start(m_options.requestTimeoutMs);
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state, limit] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, limit] {
        if (state->tooLarge)
            return;
        if (state->body.size() + reply->bytesAvailable() > limit) {
            state->tooLarge = true;
            reply->abort();
            return;
        }
        state->body += reply->readAll();
    });
    const QPointer<QObject> guard(context);
    const QString what = QString::fromLatin1(verb) + QLatin1Char(' ') + path;
    connect(reply, &QNetworkReply::finished, this, [this, reply, state, guard, done = std::move(done), limit, what] {
        reply->deleteLater();
        if (!state->tooLarge && !state->timedOut) {
            if (state->body.size() + reply->bytesAvailable() > limit)
                state->tooLarge = true;
            else
                state->body += reply->readAll();
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Result<Answer> result = Answer { status, state->body };
        if (state->tooLarge) {
            noteReachable(true);
            qCWarning(lcRemote).noquote() << what << "answer over" << limit << "bytes, dropped";
            result = makeError(QStringLiteral("reply_too_large"), tr("The shop server's answer was too large."));
        } else if (state->timedOut || (status == 0 && isUnreachable(reply->error()))) {
            noteReachable(false);
            qCInfo(lcRemote).noquote() << what << (state->timedOut ? "timed out" : "failed:") << reply->error();
            result = unreachableError();
        } else if (status == 0) {
            noteReachable(false);
            qCWarning(lcRemote).noquote() << what << "failed:" << reply->error();
            result = unreachableError();
        } else {
            noteReachable(true);
        }
        if (guard)
            done(std::move(result));
    });
}

} // namespace Kiosk
