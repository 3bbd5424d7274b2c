// SPDX-License-Identifier: MIT
#pragma once

#include "ApiReply.h"
#include "CheckoutRequest.h"
#include "Request.h"

#include <nlohmann/json_fwd.hpp>

namespace Kiosk {

class DayReportService;

/**
 * The JSON API's cash (issue 11 §4). `POST /api/checkout` with `"tender": "cash"` and
 * `"tendered": 2000` (integer minor units) pays the basket in cash at once; the request id is
 * `"request_id"` or else the Idempotency-Key header (one of them is required: a retry with the
 * same one answers with the same order). 201 with the order; 400 "cash_disabled",
 * "tender_short" (naming due, given and missing), "invalid_tendered", "missing_request_id".
 *
 * The drawer (manager; JsonApi hands it /api/drawer/… after the PIN check):
 *   POST /api/drawer/entries {"kind": "float"|"in"|"out", "amount", "reason", "kiosk"?,
 *        "request_id"?} → 201 with the entry, for today's business day of that till (default:
 *        the server's own kiosk id); 400 naming the problem (a second float, an amount off the
 *        currency's step, a reason of more than 200 characters); 409 "day_closed".
 *   GET  /api/drawer/entries?date=YYYY-MM-DD[&kiosk=ID] → {"entries": [...]}, oldest first.
 * The float and the count at close go through the day close (`cash_counted`).
 */
class CashApi final
{
public:
    /** Reads "tendered" and the request id into `request`; answers 400 and returns false on bad
     *  input. */
    static bool readTender(
        const nlohmann::json &body, const Http::Request &request, CheckoutRequest &cash, const ApiReply &reply);

    /** `parts`: the path after /api/, starting with "drawer". Always answers. */
    static void drawer(const QStringList &parts, const Http::Request &request, const ApiReply &reply,
        const QString &actor, DayReportService &service, const QString &currency, const QString &defaultKiosk);

    static constexpr qsizetype kMaxRequestIdLength = 255;
    static constexpr qsizetype kMaxBodyBytes = 4096;
};

} // namespace Kiosk
