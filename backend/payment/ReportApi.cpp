// SPDX-License-Identifier: MIT
#include "ReportApi.h"

#include "DayReportJson.h"
#include "DayReportService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

using json = nlohmann::json;

/** YYYY-MM-DD and a real date, nothing else. */
std::optional<QDate> parseDay(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

bool validKiosk(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return shape.match(id).hasMatch();
}

int statusFor(const Error &error)
{
    const QString &c = error.code;
    if (c == QLatin1String("invalid_date") || c == QLatin1String("invalid_amount"))
        return 400;
    if (c == QLatin1String("day_already_closed") || c == QLatin1String("not_latest")
        || c == QLatin1String("nothing_to_correct") || c == QLatin1String("day_not_over"))
        return 409;
    if (c == QLatin1String("stripe_unavailable"))
        return 502;
    // The order reads' queue is full or a read hit its time limit: try again.
    if (c == QLatin1String("busy") || c == QLatin1String("read_timeout"))
        return 503;
    return 500;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

ReportApi::ReportApi(DayReportService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void ReportApi::handle(const QStringList &parts, const Http::Request &request, const ApiReply &reply)
{
    const QByteArray &method = request.method;
    if (parts == QStringList { QStringLiteral("reports"), QStringLiteral("day") }) {
        if (method != "GET")
            reply.error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET /api/reports/day."));
        else
            dayReport(request, reply);
        return;
    }
    if (parts == QStringList { QStringLiteral("reports"), QStringLiteral("day"), QStringLiteral("close") }) {
        if (method != "POST")
            reply.error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use POST /api/reports/day/close."));
        else
            closeDay(request, reply);
        return;
    }
    if (parts == QStringList { QStringLiteral("reports"), QStringLiteral("closed") }) {
        if (method != "GET")
            reply.error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET /api/reports/closed."));
        else
            closedDays(request, reply);
        return;
    }
    reply.error(404, QStringLiteral("not_found"),
        QStringLiteral("No such endpoint: /api/%1").arg(parts.join(QLatin1Char('/'))));
}

void ReportApi::dayReport(const Http::Request &request, const ApiReply &reply)
{
    if (request.query.size() > 512) {
        reply.error(400, QStringLiteral("parameter_too_long"), QStringLiteral("The query is too long."));
        return;
    }
    const QUrlQuery query(QString::fromUtf8(request.query));
    const QString dateText = query.queryItemValue(QStringLiteral("date"), QUrl::FullyDecoded);
    const std::optional<QDate> date = parseDay(dateText);
    if (!date) {
        reply.error(400, QStringLiteral("invalid_date"),
            QStringLiteral("\"date\" must be a date as YYYY-MM-DD, got \"%1\".").arg(dateText.left(32)));
        return;
    }
    const QString kiosk = query.queryItemValue(QStringLiteral("kiosk"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("kiosk")) && !validKiosk(kiosk)) {
        reply.error(400, QStringLiteral("invalid_kiosk"),
            QStringLiteral("\"kiosk\" must be a kiosk id of 1 to 64 letters, digits, '.', '_' or '-'."));
        return;
    }
    m_service->report(*date, kiosk, this, [reply](Result<ReconciledDayReport> report) {
        if (!report) {
            reply.error(statusFor(report.error()), report.error().code, report.error().message);
            return;
        }
        const QByteArray body = DayReportJson::toJson(report.value());
        if (report.value().stripe) {
            reply.json(200, body);
            return;
        }
        QJsonObject o = QJsonDocument::fromJson(body).object();
        o.insert(QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), QStringLiteral("stripe_unavailable") },
                { QStringLiteral("message"), report.value().stripeError } });
        reply.json(502, compact(o));
    });
}

void ReportApi::closeDay(const Http::Request &request, const ApiReply &reply)
{
    const QByteArray &body = request.body;
    if (body.size() > kMaxBodyBytes) {
        reply.error(413, QStringLiteral("body_too_large"),
            QStringLiteral("The request body must be at most %1 bytes.").arg(kMaxBodyBytes));
        return;
    }
    // At most a few levels: anything nested deeper is not a close request.
    const auto shallow = [](int depth, json::parse_event_t, json &) { return depth <= 4; };
    const json j = json::parse(body.constBegin(), body.constEnd(), shallow, false);
    if (j.is_discarded() || !j.is_object()) {
        reply.error(400, QStringLiteral("malformed_json"), QStringLiteral("The request body is not a JSON object."));
        return;
    }
    const auto date = j.contains("date") && j["date"].is_string()
        ? parseDay(QString::fromStdString(j["date"].get<std::string>()))
        : std::nullopt;
    if (!date) {
        reply.error(400, QStringLiteral("invalid_date"), QStringLiteral("\"date\" must be a date as YYYY-MM-DD."));
        return;
    }
    if (!j.contains("cash_counted") || !j["cash_counted"].is_number_integer() || j["cash_counted"].get<qint64>() < 0
        || j["cash_counted"].get<qint64>() > 99'999'999'999LL) {
        reply.error(400, QStringLiteral("invalid_cash_counted"),
            QStringLiteral("\"cash_counted\" must be the counted cash in minor units, a whole number from 0."));
        return;
    }
    QString kiosk;
    if (j.contains("kiosk") && !j["kiosk"].is_null()) {
        if (!j["kiosk"].is_string() || !validKiosk(QString::fromStdString(j["kiosk"].get<std::string>()))) {
            reply.error(400, QStringLiteral("invalid_kiosk"),
                QStringLiteral("\"kiosk\" must be a kiosk id of 1 to 64 letters, digits, '.', '_' or '-'."));
            return;
        }
        kiosk = QString::fromStdString(j["kiosk"].get<std::string>());
    }
    qint64 corrects = 0;
    if (j.contains("corrects") && !j["corrects"].is_null()) {
        if (!j["corrects"].is_number_integer() || j["corrects"].get<qint64>() < 1) {
            reply.error(400, QStringLiteral("invalid_corrects"),
                QStringLiteral("\"corrects\" must be the number of the closed day it corrects."));
            return;
        }
        corrects = j["corrects"].get<qint64>();
    }
    m_service->closeDay(
        *date, kiosk, j["cash_counted"].get<qint64>(), corrects, this, [reply](Result<ReconciledDayReport> report) {
            if (!report)
                reply.error(statusFor(report.error()), report.error().code, report.error().message);
            else
                reply.json(201, DayReportJson::toJson(report.value()));
        });
}

void ReportApi::closedDays(const Http::Request &request, const ApiReply &reply)
{
    const QUrlQuery query(QString::fromUtf8(request.query.left(512)));
    int limit = 100;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000) {
            reply.error(400, QStringLiteral("invalid_limit"), QStringLiteral("\"limit\" must be 1 to 1000."));
            return;
        }
    }
    m_service->closedDays(limit, this, [reply](Result<QList<DayClose>> days) {
        if (!days) {
            reply.error(500, days.error().code, days.error().message);
            return;
        }
        QJsonArray list;
        for (const DayClose &d : days.value())
            list.append(QJsonObject { { QStringLiteral("number"), d.number },
                { QStringLiteral("date"), d.date.toString(Qt::ISODate) },
                { QStringLiteral("kiosk"), d.kioskId.isEmpty() ? QJsonValue() : QJsonValue(d.kioskId) },
                { QStringLiteral("revision"), d.revision },
                { QStringLiteral("corrects"), d.corrects ? QJsonValue(d.corrects) : QJsonValue() },
                { QStringLiteral("cash_counted"), d.cashCounted ? QJsonValue(*d.cashCounted) : QJsonValue() },
                { QStringLiteral("closed_at"), d.closedAt.toString(Qt::ISODateWithMs) } });
        reply.json(200, compact(QJsonObject { { QStringLiteral("closed"), list } }));
    });
}

} // namespace Kiosk
