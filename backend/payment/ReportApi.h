// SPDX-License-Identifier: MIT
#pragma once

#include "ApiReply.h"
#include "Request.h"

#include <QObject>

namespace Kiosk {

class DayReportService;

/**
 * The JSON API's end of day (JsonApi hands it /api/reports/… after the token check):
 *   GET  /api/reports/day?date=YYYY-MM-DD[&kiosk=ID] → DayReportJson's object (200); 502 with
 *        the same object plus "error" when Stripe cannot be asked (the local figures stand,
 *        "stripe" is null)
 *   POST /api/reports/day/close {"date", "cash_counted"[, "kiosk", "corrects"]} → 201 with the
 *        frozen report; 409 for a day closed already (or not over, or a stale correction), 502
 *        when Stripe cannot be asked (nothing is stored)
 *   GET  /api/reports/closed[?limit=N] → {"closed":[{"number","date","kiosk","revision",
 *        "corrects","cash_counted","closed_at"}]} newest first
 * Bad input is 400 naming the parameter; bodies above 4 KiB are refused unread.
 */
class ReportApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportApi)

public:
    explicit ReportApi(DayReportService *service, QObject *parent = nullptr);

    /** `parts`: the path after /api/, split at '/', starting with "reports". Always answers. */
    void handle(const QStringList &parts, const Http::Request &request, const ApiReply &reply);

    static constexpr qsizetype kMaxBodyBytes = 4096;
    /** The day report service it answers from (the drawer's endpoints share it). */
    [[nodiscard]] DayReportService *service() const { return m_service; }

private:
    void dayReport(const Http::Request &request, const ApiReply &reply);
    void closeDay(const Http::Request &request, const ApiReply &reply);
    void closedDays(const Http::Request &request, const ApiReply &reply);

    DayReportService *m_service;
};

} // namespace Kiosk
