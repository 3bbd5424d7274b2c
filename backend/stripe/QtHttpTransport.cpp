// SPDX-License-Identifier: MIT
#include "QtHttpTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Kiosk {

QtHttpTransport::QtHttpTransport()
    : m_manager(std::make_unique<QNetworkAccessManager>())
{ }

QtHttpTransport::~QtHttpTransport() = default;

void QtHttpTransport::send(const HttpRequest &request, QObject *context, std::function<void(HttpResponse)> done)
{
    QNetworkRequest networkRequest(request.url);
    for (const auto &header : request.headers)
        networkRequest.setRawHeader(header.first, header.second);
    networkRequest.setTransferTimeout(request.timeoutMs);
    // Stripe never redirects API calls; following one could hand the Authorization header to
    // another host.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (request.url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        networkRequest.setSslConfiguration(ssl);
    }

    QNetworkReply *reply = m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    const int timeoutMs = request.timeoutMs;
    // The guard is already null while `context` emits destroyed(), which aborts the reply and so
    // emits finished() while the connection below still exists.
    const QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, guard, timeoutMs, done = std::move(done)]() {
        if (!guard)
            return;
        HttpResponse response;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            response.connectionError = true;
            response.connectionClosed = reply->error() == QNetworkReply::RemoteHostClosedError;
            response.errorString = reply->error() == QNetworkReply::OperationCanceledError
                ? QStringLiteral("no response within %1 ms").arg(timeoutMs)
                : reply->errorString();
        } else {
            response.status = status.toInt();
            response.headers = reply->rawHeaderPairs();
            response.body = reply->readAll();
        }
        done(std::move(response));
    });
    // A reply whose receiver is gone is aborted, so it does not linger until the timeout.
    QObject::connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

} // namespace Kiosk
