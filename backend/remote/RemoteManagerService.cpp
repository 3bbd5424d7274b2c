// SPDX-License-Identifier: MIT
#include "RemoteManagerService.h"

#include "JsonText.h"
#include "OrderCsvWriter.h"
#include "OrderJson.h"

#include <QPointer>
#include <QSaveFile>
#include <QUrlQuery>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

/** Runs `done(result)` from the event loop, not from inside the caller, and not once `context` is gone. */
template <typename T> void post(QObject *context, std::function<void(Result<T>)> done, Result<T> result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::QueuedConnection);
}

Error pinRequired()
{
    return makeError(QStringLiteral("pin_required"), QObject::tr("Enter the manager PIN first."));
}

/** The server said no to the PIN: say so in the manager's words. */
Error forManager(const Error &e)
{
    static const QStringList refused { QStringLiteral("forbidden"), QStringLiteral("wrong_pin"),
        QStringLiteral("pin_locked"), QStringLiteral("manager_required") };
    if (refused.contains(e.code))
        return makeError(e.code, QObject::tr("The shop server did not accept the manager PIN."));
    return e;
}

/** A small non-negative integer field of the error object, or `fallback`. */
qint64 errorField(const nlohmann::json &error, const char *name, qint64 max, qint64 fallback)
{
    if (!error.contains(name) || !error[name].is_number_integer())
        return fallback;
    const qint64 value = error[name].get<qint64>();
    return value < 0 ? fallback : std::min(value, max);
}

} // namespace

struct RemoteManagerService::Export
{
    HistoryFilter filter;
    QPointer<QObject> context;
    ExportProgress progress;
    Reply<qint64> done;
    std::unique_ptr<QSaveFile> file;
    int offset = 0;
    qint64 written = 0;
    qint64 total = -1;
    bool cancelled = false;
};

RemoteManagerService::RemoteManagerService(ServerConnection &connection, QObject *parent)
    : ManagerService(parent)
    , m_connection(connection)
{ }

RemoteManagerService::~RemoteManagerService() = default; // unfinished exports' files are discarded

void RemoteManagerService::endManagerSession()
{
    m_pin.clear();
}

Result<ManagerPinCheck> RemoteManagerService::pinCheckFrom(int status, const QByteArray &body, const QByteArray &token)
{
    ManagerPinCheck check;
    if (status >= 200 && status < 300) {
        check.verdict = ManagerPinCheck::Verdict::Ok;
        return check;
    }
    const Error error = ServerConnection::httpError(status, body, token);
    if (status != 403)
        return error;
    nlohmann::json details = nlohmann::json::object();
    if (body.size() <= 64 * 1024) {
        const auto j = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false, true);
        if (j.is_object() && j.contains("error") && j["error"].is_object())
            details = j["error"];
    }
    if (error.code == QLatin1String("pin_locked")) {
        check.verdict = ManagerPinCheck::Verdict::LockedOut;
        // Bounded: a day at most, and a lockout without a time still waits a minute.
        check.retryAfterSecs = std::max<qint64>(1, errorField(details, "retry_after", 24 * 60 * 60, 60));
        return check;
    }
    if (error.code == QLatin1String("wrong_pin") || error.code == QLatin1String("manager_required")) {
        check.triesLeft = int(errorField(details, "tries_left", 100, -1));
        return check;
    }
    return error;
}

void RemoteManagerService::checkManagerPin(const QString &pin, QObject *context, Reply<ManagerPinCheck> done)
{
    m_pin.clear(); // a new check ends the old session, whatever it answers
    if (pin.isEmpty() || pin.size() > 64) {
        post<ManagerPinCheck>(context, std::move(done), ManagerPinCheck {});
        return;
    }
    const ServerConnection::Headers headers { { QByteArrayLiteral("X-Manager-PIN"), pin.toUtf8() } };
    m_connection.postForAnswer(QStringLiteral("/api/manager/session"), QByteArrayLiteral("{}"), headers, context,
        [this, pin, done = std::move(done)](Result<ServerConnection::Answer> answer) {
            if (!answer)
                return done(answer.error());
            Result<ManagerPinCheck> check = pinCheckFrom(answer->status, answer->body, m_connection.options().token);
            if (check && check->verdict == ManagerPinCheck::Verdict::Ok)
                m_pin = pin;
            done(std::move(check));
        });
}

ServerConnection::Headers RemoteManagerService::managerHeaders() const
{
    return { { QByteArrayLiteral("X-Manager-PIN"), m_pin.toUtf8() } };
}

QUrlQuery RemoteManagerService::historyQuery(const HistoryFilter &filter, int offset, int limit)
{
    QUrlQuery query;
    if (!filter.statuses.isEmpty()) {
        QStringList names;
        for (const OrderStatus status : filter.statuses)
            names.append(toString(status));
        query.addQueryItem(QStringLiteral("status"), names.join(QLatin1Char(',')));
    }
    const auto when = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); };
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), when(filter.from));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), when(filter.to));
    const QString text = filter.text.trimmed();
    if (!text.isEmpty())
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    query.addQueryItem(QStringLiteral("offset"), QString::number(std::max(0, offset)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 500)));
    return query;
}

QByteArray RemoteManagerService::refundBody(const RefundOrderRequest &request)
{
    nlohmann::json body = nlohmann::json::object();
    switch (request.kind) {
    case RefundOrderRequest::Kind::WholeRemainder:
        break;
    case RefundOrderRequest::Kind::Amount:
        body["amount"] = request.amount;
        break;
    case RefundOrderRequest::Kind::Lines: {
        nlohmann::json lines = nlohmann::json::array();
        for (const RefundLine &line : request.lines)
            lines.push_back({ { "line", line.line }, { "quantity", line.quantity } });
        body["lines"] = lines;
        break;
    }
    }
    if (!request.reason.isEmpty())
        body["reason"] = request.reason.toStdString();
    return JsonText::dump(body);
}

void RemoteManagerService::page(
    const HistoryFilter &filter, int offset, int limit, QObject *context, std::function<void(Result<QByteArray>)> done)
{
    if (m_pin.isEmpty()) {
        post<QByteArray>(context, std::move(done), pinRequired());
        return;
    }
    m_connection.get(
        QStringLiteral("/api/orders"), historyQuery(filter, offset, limit), managerHeaders(), context, std::move(done));
}

void RemoteManagerService::countOrders(const HistoryFilter &filter, QObject *context, Reply<qint64> done)
{
    page(filter, 0, 1, context, [done = std::move(done)](Result<QByteArray> body) {
        if (!body)
            return done(forManager(body.error()));
        auto parsed = OrderJson::parsePage(body.value());
        if (!parsed)
            return done(parsed.error());
        done(parsed.value().count);
    });
}

void RemoteManagerService::historyPage(
    const HistoryFilter &filter, int offset, int limit, QObject *context, Reply<QList<Order>> done)
{
    page(filter, offset, limit, context, [done = std::move(done)](Result<QByteArray> body) {
        if (!body)
            return done(forManager(body.error()));
        auto parsed = OrderJson::parsePage(body.value());
        if (!parsed)
            return done(parsed.error());
        done(std::move(parsed).value().orders);
    });
}

void RemoteManagerService::totals(const HistoryFilter &filter, QObject *context, Reply<QList<CurrencyTotal>> done)
{
    page(filter, 0, 1, context, [done = std::move(done)](Result<QByteArray> body) {
        if (!body)
            return done(forManager(body.error()));
        auto parsed = OrderJson::parsePage(body.value());
        if (!parsed)
            return done(parsed.error());
        done(std::move(parsed).value().totals);
    });
}

void RemoteManagerService::orderDetails(qint64 orderId, QObject *context, Reply<OrderDetails> done)
{
    if (m_pin.isEmpty()) {
        post<OrderDetails>(context, std::move(done), pinRequired());
        return;
    }
    m_connection.get(QStringLiteral("/api/orders/%1/details").arg(orderId), {}, managerHeaders(), context,
        [done = std::move(done)](Result<QByteArray> body) {
            if (!body)
                return done(forManager(body.error()));
            done(OrderJson::parseDetails(body.value()));
        });
}

void RemoteManagerService::planRefund(
    qint64 orderId, const RefundOrderRequest &request, QObject *context, Reply<RefundPlan> done)
{
    if (m_pin.isEmpty()) {
        post<RefundPlan>(context, std::move(done), pinRequired());
        return;
    }
    m_connection.post(QStringLiteral("/api/orders/%1/refunds/plan").arg(orderId), refundBody(request), managerHeaders(),
        context, [done = std::move(done)](Result<QByteArray> body) {
            if (!body)
                return done(forManager(body.error()));
            done(OrderJson::parseRefundPlan(body.value()));
        });
}

void RemoteManagerService::refundOrder(
    qint64 orderId, const RefundOrderRequest &request, QObject *context, Reply<OrderRefund> done)
{
    if (m_pin.isEmpty()) {
        post<OrderRefund>(context, std::move(done), pinRequired());
        return;
    }
    if (request.kind == RefundOrderRequest::Kind::Amount && request.amount <= 0) {
        post<OrderRefund>(context, std::move(done),
            makeError(QStringLiteral("invalid_amount"), tr("The amount to refund must be above zero.")));
        return;
    }
    ServerConnection::Headers headers = managerHeaders();
    headers.append({ QByteArrayLiteral("Idempotency-Key"),
        QByteArrayLiteral("refund-") + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) });
    m_connection.post(QStringLiteral("/api/orders/%1/refunds").arg(orderId), refundBody(request), headers, context,
        [this, done = std::move(done)](Result<QByteArray> body) {
            if (!body)
                return done(forManager(body.error()));
            auto refund = OrderJson::parseRefund(body.value());
            if (refund)
                Q_EMIT ordersChanged();
            done(std::move(refund));
        });
}

qint64 RemoteManagerService::startCsvExport(const HistoryFilter &filter, const QDateTime &asOf,
    const QString &targetPath, QObject *context, ExportProgress progress, Reply<qint64> done)
{
    const qint64 id = m_nextExportId++;
    auto job = std::make_shared<Export>();
    job->filter = filter;
    const QDateTime cutoff = asOf.isValid() ? asOf.toUTC() : QDateTime::currentDateTimeUtc();
    if (!job->filter.to.isValid() || job->filter.to > cutoff)
        job->filter.to = cutoff; // orders arriving meanwhile neither shift pages nor appear twice
    job->context = context;
    job->progress = std::move(progress);
    job->done = std::move(done);
    job->file = std::make_unique<QSaveFile>(targetPath);
    m_exports.insert(id, job);
    if (!job->file->open(QIODevice::WriteOnly)) {
        const QString why = tr("Could not create %1: %2").arg(targetPath, job->file->errorString());
        m_exports.remove(id);
        post<qint64>(context, job->done, makeError(QStringLiteral("export_failed"), why));
        return id;
    }
    job->file->write(OrderCsvWriter::header().join(QLatin1Char(',')).toUtf8() + "\r\n");
    exportNext(id);
    return id;
}

void RemoteManagerService::exportNext(qint64 exportId)
{
    const std::shared_ptr<Export> job = m_exports.value(exportId);
    if (!job)
        return;
    page(job->filter, job->offset, kExportPageSize, this, [this, exportId, job](Result<QByteArray> body) {
        const auto finish = [this, exportId, job](Result<qint64> result) {
            m_exports.remove(exportId);
            if (!result)
                job->file->cancelWriting();
            if (job->context)
                job->done(std::move(result));
        };
        if (job->cancelled)
            return finish(makeError(QStringLiteral("cancelled"), tr("Export cancelled. No file was saved.")));
        if (!body)
            return finish(makeError(QStringLiteral("export_failed"), forManager(body.error()).message));
        auto parsed = OrderJson::parsePage(body.value());
        if (!parsed)
            return finish(makeError(QStringLiteral("export_failed"), parsed.error().message));
        const OrderJson::Page &page = parsed.value();
        if (job->total < 0)
            job->total = page.count;
        for (const Order &order : page.orders) {
            const QByteArray line = OrderCsvWriter::row(order).join(QLatin1Char(',')).toUtf8() + "\r\n";
            if (job->file->write(line) != line.size())
                return finish(makeError(QStringLiteral("export_failed"),
                    tr("Could not write the export: %1").arg(job->file->errorString())));
            ++job->written;
        }
        job->offset += int(page.orders.size());
        if (job->progress && job->context)
            job->progress(job->written, std::max(job->total, job->written));
        if (page.orders.size() < kExportPageSize || job->written >= job->total) {
            if (!job->file->commit())
                return finish(makeError(QStringLiteral("export_failed"),
                    tr("Could not save %1: %2").arg(job->file->fileName(), job->file->errorString())));
            return finish(job->written);
        }
        exportNext(exportId);
    });
}

void RemoteManagerService::cancelCsvExport(qint64 exportId)
{
    if (const std::shared_ptr<Export> job = m_exports.value(exportId))
        job->cancelled = true;
}

} // namespace Kiosk
