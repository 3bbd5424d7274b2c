// SPDX-License-Identifier: MIT
#include "RefundApi.h"

#include "JsonText.h"
#include "OrderStore.h"
#include "RefundCoordinator.h"

#include <nlohmann/json.hpp>

#include <limits>

namespace Kiosk {

namespace {

using json = nlohmann::json;

/** Nesting depth of JSON text (brackets outside strings), without parsing it. */
int depthOf(const QByteArray &text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

/** A JSON integer that fits in qint64 (never a fraction, never a string). */
std::optional<qint64> integerOf(const json &value)
{
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        if (v > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(v);
    }
    if (value.is_number_integer())
        return value.get<qint64>();
    return std::nullopt;
}

int statusFor(const Error &e)
{
    if (e.code == QLatin1String("not_found"))
        return 404;
    if (e.code == QLatin1String("refund_in_progress"))
        return 409;
    static const QStringList upstream { QStringLiteral("stripe_unreachable"), QStringLiteral("connection_error"),
        QStringLiteral("api_error"), QStringLiteral("stripe_error"), QStringLiteral("api_key_invalid"),
        QStringLiteral("rate_limit"), QStringLiteral("idempotency_key_in_use") };
    if (upstream.contains(e.code))
        return 502;
    return 400;
}

struct Parsed
{
    RefundOrderRequest request;
    QString errorCode;
    QString errorMessage;
};

Parsed parseBody(const QByteArray &body)
{
    Parsed p;
    const auto fail = [&p](const QString &code, const QString &message) {
        p.errorCode = code;
        p.errorMessage = message;
        return p;
    };
    if (depthOf(body) > RefundApi::MaxDepth)
        return fail(QStringLiteral("too_deep"),
            QStringLiteral("The request body is nested more than %1 levels deep.").arg(RefundApi::MaxDepth));
    const json j
        = body.trimmed().isEmpty() ? json::object() : json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return fail(QStringLiteral("malformed_json"), QStringLiteral("The request body is not a JSON object."));
    for (const auto &[key, value] : j.items()) {
        if (key != "amount" && key != "lines" && key != "reason")
            return fail(QStringLiteral("unknown_field"),
                QStringLiteral("Unknown field \"%1\": a refund takes \"amount\" or \"lines\", and \"reason\".")
                    .arg(QString::fromStdString(key.substr(0, 40))));
    }
    const bool hasAmount = j.contains("amount") && !j["amount"].is_null();
    const bool hasLines = j.contains("lines") && !j["lines"].is_null();
    if (hasAmount && hasLines)
        return fail(QStringLiteral("amount_and_lines"),
            QStringLiteral("Give \"amount\" or \"lines\", not both (neither refunds the whole remainder)."));
    if (hasAmount) {
        const std::optional<qint64> amount = integerOf(j["amount"]);
        if (!amount)
            return fail(QStringLiteral("invalid_amount"),
                QStringLiteral("\"amount\" must be an integer number of minor units, e.g. 250 for 2.50."));
        p.request.kind = RefundOrderRequest::Kind::Amount;
        p.request.amount = *amount;
    }
    if (hasLines) {
        const json &lines = j["lines"];
        if (!lines.is_array() || lines.empty())
            return fail(QStringLiteral("invalid_lines"),
                QStringLiteral("\"lines\" must be a non-empty list of {\"line\", \"quantity\"}."));
        if (lines.size() > std::size_t(RefundApi::MaxLines))
            return fail(QStringLiteral("invalid_lines"),
                QStringLiteral("At most %1 lines per refund.").arg(RefundApi::MaxLines));
        p.request.kind = RefundOrderRequest::Kind::Lines;
        int index = 0;
        for (const json &line : lines) {
            if (!line.is_object())
                return fail(QStringLiteral("invalid_lines"),
                    QStringLiteral("lines[%1] must be an object {\"line\", \"quantity\"}.").arg(index));
            for (const auto &[key, value] : line.items()) {
                if (key != "line" && key != "quantity")
                    return fail(QStringLiteral("unknown_field"),
                        QStringLiteral("lines[%1]: unknown field \"%2\"; a line takes \"line\" and \"quantity\".")
                            .arg(index)
                            .arg(QString::fromStdString(key.substr(0, 40))));
            }
            const std::optional<qint64> number = line.contains("line") ? integerOf(line["line"]) : std::nullopt;
            if (!number || *number < 1 || *number > std::numeric_limits<int>::max())
                return fail(QStringLiteral("unknown_line"),
                    QStringLiteral("lines[%1]: \"line\" must be a line number of the order (1, 2, ...).").arg(index));
            const std::optional<qint64> quantity
                = line.contains("quantity") ? integerOf(line["quantity"]) : std::nullopt;
            if (!quantity)
                return fail(QStringLiteral("invalid_quantity"),
                    QStringLiteral("lines[%1]: \"quantity\" must be a whole number of units.").arg(index));
            p.request.lines.append(RefundLine { int(*number), *quantity, 0 });
            ++index;
        }
    }
    if (j.contains("reason") && !j["reason"].is_null()) {
        if (!j["reason"].is_string())
            return fail(QStringLiteral("invalid_reason"),
                QStringLiteral("\"reason\" must be requested_by_customer, duplicate or fraudulent."));
        p.request.reason = QString::fromStdString(j["reason"].get<std::string>());
    }
    return p;
}

} // namespace

RefundApi::RefundApi(OrderStore *store, RefundCoordinator *refunds, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_refunds(refunds)
{ }

json RefundApi::refundObject(const OrderRefund &r)
{
    const auto text
        = [](const QString &value) -> json { return value.isEmpty() ? json(nullptr) : json(value.toStdString()); };
    json lines = json::array();
    for (const RefundLine &l : r.lines)
        lines.push_back({ { "line", l.line }, { "quantity", l.quantity }, { "amount", l.amount } });
    return { { "id", r.id }, { "order_id", r.orderId }, { "amount", r.amount },
        { "currency", r.currency.toLower().toStdString() }, { "status", toString(r.status).toStdString() },
        { "reason", text(r.reason) }, { "stripe_refund_id", text(r.stripeRefundId) },
        { "failure_reason", text(r.failureReason) }, { "lines", lines }, { "made_elsewhere", r.madeElsewhere },
        { "created_at", text(r.createdAt.isValid() ? r.createdAt.toUTC().toString(Qt::ISODate) : QString()) },
        { "updated_at", text(r.updatedAt.isValid() ? r.updatedAt.toUTC().toString(Qt::ISODate) : QString()) } };
}

void RefundApi::create(qint64 orderId, const Http::Request &request, const ApiReply &reply)
{
    if (!m_store->order(orderId)) {
        reply.error(404, QStringLiteral("not_found"), QStringLiteral("No order %1.").arg(orderId));
        return;
    }
    const Parsed parsed = parseBody(request.body);
    if (!parsed.errorCode.isEmpty()) {
        reply.error(400, parsed.errorCode, parsed.errorMessage);
        return;
    }
    m_refunds->refund(orderId, parsed.request, this, [reply](Result<OrderRefund> refund) {
        if (!refund)
            reply.error(statusFor(refund.error()), refund.error().code, refund.error().message);
        else
            reply.json(201, JsonText::dump(refundObject(refund.value())));
    });
}

json RefundApi::planObject(const RefundPlan &plan)
{
    json lines = json::array();
    for (const RefundLine &l : plan.lines)
        lines.push_back({ { "line", l.line }, { "quantity", l.quantity }, { "amount", l.amount } });
    json tax = json::array();
    for (const RateAmount &t : plan.tax)
        tax.push_back({ { "rate", t.rate.toStdString() }, { "amount", t.amount } });
    return { { "currency", plan.currency.code.toLower().toStdString() }, { "amount", plan.amount }, { "lines", lines },
        { "tax", tax }, { "capped_by_remainder", plan.cappedByRemainder }, { "lines_value", plan.linesValue },
        { "remaining_before", plan.remainingBefore }, { "remaining_after", plan.remainingAfter } };
}

void RefundApi::plan(qint64 orderId, const Http::Request &request, const ApiReply &reply)
{
    const Parsed parsed = parseBody(request.body);
    if (!parsed.errorCode.isEmpty()) {
        reply.error(400, parsed.errorCode, parsed.errorMessage);
        return;
    }
    const Result<RefundPlan> planned = m_refunds->plan(orderId, parsed.request);
    if (!planned)
        reply.error(statusFor(planned.error()), planned.error().code, planned.error().message);
    else
        reply.json(200, JsonText::dump(planObject(planned.value())));
}

} // namespace Kiosk
