// SPDX-License-Identifier: MIT
#include "ApiResponse.h"

#include "JsonText.h"

namespace Kiosk::Sim {

Http::Response jsonResponse(int status, const nlohmann::json &body)
{
    Http::Response r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = JsonText::dump(body, 2);
    return r;
}

Http::Response htmlResponse(int status, const QByteArray &html)
{
    Http::Response r;
    r.status = status;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    r.body = html;
    return r;
}

} // namespace Kiosk::Sim
