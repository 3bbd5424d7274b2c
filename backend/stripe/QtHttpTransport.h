// SPDX-License-Identifier: MIT
#pragma once

#include "HttpTransport.h"

#include <memory>

class QNetworkAccessManager;

namespace Kiosk {

/**
 * HttpTransport over QNetworkAccessManager. TLS peer verification is always on (there is no way
 * to turn it off), redirects are not followed, and each request has a transfer timeout of
 * HttpRequest::timeoutMs. Lives on the thread that created it.
 */
class QtHttpTransport final : public HttpTransport
{
public:
    QtHttpTransport();
    ~QtHttpTransport() override;
    Q_DISABLE_COPY_MOVE(QtHttpTransport)

    void send(const HttpRequest &request, QObject *context, std::function<void(HttpResponse)> done) override;

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace Kiosk
