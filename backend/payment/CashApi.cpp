// SPDX-License-Identifier: MIT
#include "CashApi.h"

#include "CashDrawerTable.h"
#include "DayReportService.h"
#include "JsonText.h"

#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace Kiosk {

bool CashApi::readTender(
    const nlohmann::json &body, const Http::Request &request, CheckoutRequest &cash, const ApiReply &reply)
{
    // Integers only: "20.00" or 20.5 would be a floating-point amount.
    if (!body.contains("tendered") || !body["tendered"].is_number_integer() || body["tendered"].get<qint64>() < 0) {
        reply.error(400, QStringLiteral("invalid_tendered"),
            QStringLiteral("\"tendered\" must be the cash handed over, a non-negative integer in minor units."));
        return false;
    }
    cash.cashTendered = body["tendered"].get<qint64>();
    if (body.contains("request_id") && !body["request_id"].is_null()) {
        if (!body["request_id"].is_string()) {
            reply.error(400, QStringLiteral("invalid_request_id"), QStringLiteral("\"request_id\" must be a string."));
            return false;
        }
        cash.requestId = QString::fromStdString(body["request_id"].get<std::string>());
    } else {
        cash.requestId = QString::fromUtf8(request.header("idempotency-key"));
    }
    if (cash.requestId.trimmed().isEmpty() || cash.requestId.size() > kMaxRequestIdLength) {
        reply.error(400, QStringLiteral("missing_request_id"),
            QStringLiteral("A cash payment needs \"request_id\" or an Idempotency-Key header (1 to %1 characters).")
                .arg(kMaxRequestIdLength));
        return false;
    }
    return true;
}

namespace {

using json = nlohmann::json;

json entryObject(const DrawerEntry &e)
{
    return { { "id", e.id }, { "kiosk", e.kioskId.toStdString() },
        { "date", e.businessDate.toString(Qt::ISODate).toStdString() }, { "kind", toString(e.kind).toStdString() },
        { "amount", e.amount }, { "currency", e.currency.toLower().toStdString() },
        { "reason", e.reason.toStdString() }, { "actor", e.actor.toStdString() },
        { "at", e.at.toUTC().toString(Qt::ISODate).toStdString() } };
}

int statusOf(const Error &e)
{
    return e.code == QLatin1String("day_closed") ? 409 : e.code == QLatin1String("store_failed") ? 500 : 400;
}

} // namespace

void CashApi::drawer(const QStringList &parts, const Http::Request &request, const ApiReply &reply,
    const QString &actor, DayReportService &service, const QString &currency, const QString &defaultKiosk)
{
    if (parts != QStringList { QStringLiteral("drawer"), QStringLiteral("entries") }) {
        reply.error(404, QStringLiteral("not_found"), QStringLiteral("Use /api/drawer/entries."));
        return;
    }
    if (request.method == "GET") {
        const QUrlQuery query(QString::fromUtf8(request.query));
        const QString dateText = query.queryItemValue(QStringLiteral("date"), QUrl::FullyDecoded);
        const QDate date = dateText.isEmpty() ? service.today() : QDate::fromString(dateText, Qt::ISODate);
        const QString kiosk = query.queryItemValue(QStringLiteral("kiosk"), QUrl::FullyDecoded);
        if (!date.isValid() || dateText.size() > 10 || kiosk.size() > 64) {
            reply.error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("\"date\" must be YYYY-MM-DD and \"kiosk\" a till id."));
            return;
        }
        const Result<QList<DrawerEntry>> entries = service.drawerEntries(date, kiosk);
        if (!entries) {
            reply.error(500, QStringLiteral("store_failed"), QStringLiteral("The drawer could not be read."));
            return;
        }
        json list = json::array();
        for (const DrawerEntry &e : entries.value())
            list.push_back(entryObject(e));
        reply.json(200, JsonText::dump(json { { "entries", list } }));
        return;
    }
    if (request.method != "POST") {
        reply.error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET or POST /api/drawer/entries."));
        return;
    }
    if (request.body.size() > kMaxBodyBytes) {
        reply.error(413, QStringLiteral("body_too_large"),
            QStringLiteral("A drawer entry is at most %1 bytes.").arg(kMaxBodyBytes));
        return;
    }
    const json j = json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        reply.error(400, QStringLiteral("malformed_json"), QStringLiteral("The request body is not a JSON object."));
        return;
    }
    DrawerEntry entry;
    const auto kind = j.contains("kind") && j["kind"].is_string()
        ? drawerKindFromString(QString::fromStdString(j["kind"].get<std::string>()))
        : std::nullopt;
    if (!kind) {
        reply.error(
            400, QStringLiteral("invalid_kind"), QStringLiteral("\"kind\" must be \"float\", \"in\" or \"out\"."));
        return;
    }
    entry.kind = *kind;
    if (!j.contains("amount") || !j["amount"].is_number_integer()) {
        reply.error(400, QStringLiteral("invalid_amount"),
            QStringLiteral("\"amount\" must be an integer number of minor units (2000 for 20.00)."));
        return;
    }
    entry.amount = j["amount"].get<qint64>();
    for (const auto &[key, target] : { std::pair { "reason", &entry.reason }, std::pair { "kiosk", &entry.kioskId },
             std::pair { "request_id", &entry.requestId } }) {
        if (!j.contains(key) || j[key].is_null())
            continue;
        if (!j[key].is_string()
            || j[key].get<std::string>().size() > 4 * std::size_t(CashDrawerTable::kMaxReasonLength)) {
            reply.error(400, QStringLiteral("invalid_%1").arg(QLatin1String(key)),
                QStringLiteral("\"%1\" must be a short string.").arg(QLatin1String(key)));
            return;
        }
        *target = QString::fromStdString(j[key].get<std::string>()).trimmed();
    }
    if (entry.kind != DrawerEntry::Kind::OpeningFloat && entry.reason.isEmpty()) {
        reply.error(400, QStringLiteral("missing_reason"), QStringLiteral("Cash in and cash out need a \"reason\"."));
        return;
    }
    if (entry.kioskId.isEmpty())
        entry.kioskId = defaultKiosk;
    entry.actor = actor;
    entry.currency = currency;
    const Result<DrawerEntry> recorded = service.recordDrawerEntry(entry);
    if (!recorded) {
        reply.error(statusOf(recorded.error()), recorded.error().code, recorded.error().message);
        return;
    }
    reply.json(201, JsonText::dump(entryObject(recorded.value())));
}

} // namespace Kiosk
