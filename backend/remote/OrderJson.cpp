// SPDX-License-Identifier: MIT
#include "OrderJson.h"

#include "JsonFieldReader.h"

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

using json = nlohmann::json;

Error invalid(const QString &what)
{
    return makeError(QStringLiteral("invalid_response"),
        QStringLiteral("The shop server sent something this till cannot read (%1).").arg(what));
}

/** Parses an object, refusing nesting deeper than kMaxDepth before anything deeper is built. */
Result<json> parseObject(const QByteArray &text, const QString &name)
{
    bool tooDeep = false;
    const json::parser_callback_t depthGuard = [&tooDeep](int depth, json::parse_event_t, json &) {
        if (depth > OrderJson::kMaxDepth)
            tooDeep = true;
        return !tooDeep;
    };
    json parsed = json::parse(text.constBegin(), text.constEnd(), depthGuard, false);
    if (tooDeep)
        return invalid(name + QStringLiteral(": nested too deeply"));
    if (parsed.is_discarded())
        return invalid(name + QStringLiteral(": not valid JSON"));
    if (!parsed.is_object())
        return invalid(name + QStringLiteral(": not a JSON object"));
    return parsed;
}

/** Reads fields that may be absent (or null) and remembers the first problem. */
class Fields
{
public:
    Fields(const json &object, QString name)
        : m_reader(object, std::move(name))
        , m_object(object)
    { }

    bool has(const char *key) const
    {
        return m_object.is_object() && m_object.contains(key) && !m_object[key].is_null();
    }
    QString text(const char *key, int maxLength = 2048)
    {
        if (!has(key))
            return {};
        QString value = m_reader.string(key);
        if (value.size() > maxLength)
            m_reader.fail(m_reader.objectName() + QStringLiteral(": field %1 is too long").arg(QLatin1String(key)));
        return value;
    }
    qint64 integer(const char *key, qint64 min, qint64 max, bool required = false)
    {
        if (!has(key)) {
            if (required)
                m_reader.fail(m_reader.objectName() + QStringLiteral(": field %1 is missing").arg(QLatin1String(key)));
            return 0;
        }
        const qint64 v = m_reader.integer(key);
        if (m_reader.ok() && (v < min || v > max))
            m_reader.fail(m_reader.objectName() + QStringLiteral(": field %1 is out of range").arg(QLatin1String(key)));
        return v;
    }
    qint64 amount(const char *key, bool required = false) { return integer(key, 0, OrderJson::kMaxAmount, required); }
    /** ISO 8601 text, or (epochSeconds) an integer of seconds since the epoch. */
    QDateTime time(const char *key)
    {
        if (!has(key))
            return {};
        const json &v = m_object[key];
        if (v.is_number_integer())
            return QDateTime::fromSecsSinceEpoch(integer(key, 0, 253402300799), Qt::UTC);
        const QDateTime t = QDateTime::fromString(text(key, 64), Qt::ISODateWithMs);
        if (!t.isValid()) {
            fail(QStringLiteral("field %1 is not a date-time").arg(QLatin1String(key)));
            return {};
        }
        return t.toUTC();
    }
    /** An object field; null or missing: none. */
    const json *object(const char *key)
    {
        if (!has(key))
            return nullptr;
        const json &v = m_object[key];
        if (!v.is_object()) {
            fail(QStringLiteral("field %1 must be an object").arg(QLatin1String(key)));
            return nullptr;
        }
        return &v;
    }
    const json *array(const char *key, std::size_t maxSize)
    {
        if (!has(key))
            return nullptr;
        const json &v = m_object[key];
        if (!v.is_array()) {
            fail(QStringLiteral("field %1 must be an array").arg(QLatin1String(key)));
            return nullptr;
        }
        if (v.size() > maxSize) {
            fail(QStringLiteral("field %1 has too many entries").arg(QLatin1String(key)));
            return nullptr;
        }
        return &v;
    }
    void fail(const QString &message) { m_reader.fail(m_reader.objectName() + QStringLiteral(": ") + message); }
    bool ok() const { return m_reader.ok(); }
    Error error() const
    {
        const Error e = m_reader.error();
        return invalid(e.message);
    }

private:
    JsonFieldReader m_reader;
    const json &m_object;
};

Result<Order> orderFrom(const json &object)
{
    Fields f(object, QStringLiteral("order"));
    Order o;
    o.id = f.integer("order_id", 1, std::numeric_limits<qint64>::max(), true);
    const QString status = f.text("status", 32);
    if (f.ok()) {
        const auto st = orderStatusFromString(status);
        if (!st)
            f.fail(status.isEmpty() ? QStringLiteral("field status is missing") : QStringLiteral("unknown status"));
        else
            o.status = *st;
    }
    o.number = f.text("order_number", 64);
    o.statusReason = f.text("status_reason", 1024);
    o.currency = f.text("currency", 3).toUpper();
    o.amountSubtotal = f.amount("amount_subtotal");
    o.amountTotal = f.amount("amount_total");
    o.amountRefunded = f.amount("amount_refunded");
    o.sessionId = f.text("session_id", 255);
    o.sessionUrl = f.text("url", 4096);
    o.expiresAt = f.time("expires_at");
    o.createdAt = f.time("created_at");
    o.paidAt = f.time("paid_at");
    o.updatedAt = f.time("updated_at");
    o.customerEmail = f.text("customer_email", 320);
    o.kioskId = f.text("kiosk_id", 64);
    o.cashier = f.text("cashier", 128);
    o.paymentIntent = f.text("payment_intent", 255);
    o.amountDiscount = f.amount("amount_discount");
    if (const json *discount = f.object("discount")) {
        Fields d(*discount, QStringLiteral("order.discount"));
        o.discountKind = d.text("kind", 32);
        const auto &value = (*discount)["value"];
        o.discountValue = value.is_string() ? QString::fromStdString(value.get<std::string>()).left(32)
            : value.is_number_integer()     ? QString::number(value.get<qint64>())
                                            : QString();
        if (!d.ok())
            return d.error();
    }
    if (o.amountDiscount > o.amountSubtotal)
        f.fail(QStringLiteral("amount_discount is above amount_subtotal"));
    if (const QString tender = f.text("tender", 8); tender == QLatin1String("cash"))
        o.tender = tender;
    o.cashTendered = f.amount("cash_tendered");
    o.cashChange = f.amount("cash_change");
    o.cashRounding = f.integer("cash_rounding", -OrderJson::kMaxAmount, OrderJson::kMaxAmount);
    if (const json *lines = f.array("lines", OrderJson::kMaxLines)) {
        int index = 0;
        for (const json &line : *lines) {
            Fields l(line, QStringLiteral("order.lines[%1]").arg(index++));
            OrderLine ol;
            ol.productId = l.text("product_id", 128);
            ol.sku = l.text("sku", 128);
            ol.name = l.text("name", 1024);
            ol.quantity = int(l.integer("quantity", 1, 1'000'000, true));
            ol.unitAmount = l.amount("unit_amount", true);
            ol.lineTotal = l.amount("amount_total", true);
            ol.amountDiscount = l.amount("amount_discount");
            if (ol.amountDiscount > ol.lineTotal)
                l.fail(QStringLiteral("amount_discount is above amount_total"));
            if (!l.ok())
                return l.error();
            o.lines.append(ol);
        }
    }
    if (o.amountRefunded > o.amountTotal)
        f.fail(QStringLiteral("amount_refunded is above amount_total"));
    if (!f.ok())
        return f.error();
    return o;
}

Result<OrderRefund> refundFrom(const json &object, const QString &name)
{
    Fields f(object, name);
    OrderRefund r;
    r.id = f.integer("id", 1, std::numeric_limits<qint64>::max(), true);
    r.orderId = f.integer("order_id", 0, std::numeric_limits<qint64>::max());
    r.amount = f.amount("amount", true);
    r.currency = f.text("currency", 3).toUpper();
    r.reason = f.text("reason", 64);
    const QString status = f.text("status", 32);
    if (const auto st = refundStatusFromString(status))
        r.status = *st;
    else if (f.ok())
        f.fail(QStringLiteral("unknown refund status"));
    r.stripeRefundId = f.text("stripe_refund_id", 255);
    r.failureReason = f.text("failure_reason", 255);
    r.createdAt = f.time("created_at");
    r.updatedAt = f.time("updated_at");
    if (const json *lines = f.array("lines", OrderJson::kMaxLines)) {
        for (const json &line : *lines) {
            Fields l(line, name + QStringLiteral(".lines"));
            RefundLine rl;
            rl.line = int(l.integer("line", 1, OrderJson::kMaxLines, true));
            rl.quantity = l.integer("quantity", 1, 1'000'000, true);
            rl.amount = l.amount("amount");
            if (!l.ok())
                return l.error();
            r.lines.append(rl);
        }
    }
    if (!f.ok())
        return f.error();
    return r;
}

} // namespace

Result<Order> OrderJson::parseOrder(const QByteArray &text)
{
    auto parsed = parseObject(text, QStringLiteral("order"));
    if (!parsed)
        return parsed.error();
    return orderFrom(parsed.value());
}

Result<OrderJson::Page> OrderJson::parsePage(const QByteArray &text)
{
    auto parsed = parseObject(text, QStringLiteral("order page"));
    if (!parsed)
        return parsed.error();
    Fields f(parsed.value(), QStringLiteral("order page"));
    Page page;
    page.count = f.integer("count", 0, std::numeric_limits<qint64>::max(), true);
    if (const json *orders = f.array("orders", kMaxPageOrders)) {
        for (const json &o : *orders) {
            auto order = orderFrom(o);
            if (!order)
                return order.error();
            page.orders.append(std::move(order).value());
        }
    } else if (f.ok()) {
        f.fail(QStringLiteral("field orders is missing"));
    }
    if (const json *totals = f.array("totals", 1000)) {
        for (const json &t : *totals) {
            Fields tf(t, QStringLiteral("order page.totals"));
            CurrencyTotal total;
            total.currency = tf.text("currency", 3).toUpper();
            total.amount = tf.integer("amount", 0, std::numeric_limits<qint64>::max(), true);
            total.orders = tf.integer("orders", 0, std::numeric_limits<qint64>::max(), true);
            if (!tf.ok())
                return tf.error();
            page.totals.append(total);
        }
    }
    if (!f.ok())
        return f.error();
    return page;
}

Result<OrderDetails> OrderJson::parseDetails(const QByteArray &text)
{
    auto parsed = parseObject(text, QStringLiteral("order details"));
    if (!parsed)
        return parsed.error();
    const json &root = parsed.value();
    if (!root.contains("order"))
        return invalid(QStringLiteral("order details: field order is missing"));
    auto order = orderFrom(root["order"]);
    if (!order)
        return order.error();
    OrderDetails details;
    details.order = std::move(order).value();
    Fields f(root, QStringLiteral("order details"));
    if (const json *history = f.array("status_history", 10'000)) {
        for (const json &h : *history) {
            Fields hf(h, QStringLiteral("order details.status_history"));
            const auto from = orderStatusFromString(hf.text("from", 32));
            const auto to = orderStatusFromString(hf.text("to", 32));
            StatusChange change { from.value_or(OrderStatus::Draft), to.value_or(OrderStatus::Draft), hf.time("at"),
                hf.text("source", 64), hf.text("reason", 1024) };
            if (!to)
                hf.fail(QStringLiteral("unknown status"));
            if (!hf.ok())
                return hf.error();
            details.statusHistory.append(change);
        }
    }
    if (const json *events = f.array("events", 10'000)) {
        for (const json &e : *events) {
            Fields ef(e, QStringLiteral("order details.events"));
            PaymentEvent event;
            event.eventId = ef.text("event_id", 255);
            event.type = ef.text("type", 128);
            event.receivedAt = ef.time("received_at");
            event.orderId = details.order.id;
            if (!ef.ok())
                return ef.error();
            details.events.append(event);
        }
    }
    if (const json *refunds = f.array("refunds", 10'000)) {
        for (const json &r : *refunds) {
            auto refund = refundFrom(r, QStringLiteral("order details.refunds"));
            if (!refund)
                return refund.error();
            details.refunds.append(std::move(refund).value());
        }
    }
    if (!f.ok())
        return f.error();
    return details;
}

Result<OrderRefund> OrderJson::parseRefund(const QByteArray &text)
{
    auto parsed = parseObject(text, QStringLiteral("refund"));
    if (!parsed)
        return parsed.error();
    const json &root = parsed.value();
    // Either the refund itself or {"refund": {...}}.
    return refundFrom(root.contains("refund") ? root["refund"] : root, QStringLiteral("refund"));
}

Result<RefundPlan> OrderJson::parseRefundPlan(const QByteArray &text)
{
    auto parsed = parseObject(text, QStringLiteral("refund plan"));
    if (!parsed)
        return parsed.error();
    const json &root = parsed.value();
    Fields f(root, QStringLiteral("refund plan"));
    RefundPlan plan;
    const Result<Currency> currency = Currency::fromCode(f.text("currency", 3).toUpper());
    if (!currency)
        return invalid(QStringLiteral("refund plan: unknown currency"));
    plan.currency = currency.value();
    plan.amount = f.amount("amount", true);
    plan.linesValue = f.amount("lines_value");
    plan.remainingBefore = f.amount("remaining_before", true);
    plan.remainingAfter = f.amount("remaining_after", true);
    if (root.contains("capped_by_remainder") && !root["capped_by_remainder"].is_null()) {
        if (!root["capped_by_remainder"].is_boolean())
            return invalid(QStringLiteral("refund plan: field capped_by_remainder must be true or false"));
        plan.cappedByRemainder = root["capped_by_remainder"].get<bool>();
    }
    if (const json *lines = f.array("lines", OrderJson::kMaxLines)) {
        for (const json &line : *lines) {
            Fields l(line, QStringLiteral("refund plan.lines"));
            RefundLine rl;
            rl.line = int(l.integer("line", 1, OrderJson::kMaxLines, true));
            rl.quantity = l.integer("quantity", 1, 1'000'000, true);
            rl.amount = l.amount("amount");
            if (!l.ok())
                return l.error();
            plan.lines.append(rl);
        }
    }
    if (const json *tax = f.array("tax", 64)) {
        for (const json &entry : *tax) {
            Fields t(entry, QStringLiteral("refund plan.tax"));
            RateAmount rate;
            rate.rate = t.text("rate", 255);
            rate.amount = t.amount("amount", true);
            if (!t.ok())
                return t.error();
            plan.tax.append(rate);
        }
    }
    if (!f.ok())
        return f.error();
    if (plan.amount <= 0 || plan.remainingAfter > plan.remainingBefore)
        return invalid(QStringLiteral("refund plan: the amounts do not add up"));
    return plan;
}

Result<OrderJson::Decline> OrderJson::parseDecline(const QByteArray &text)
{
    auto parsed = parseObject(text, QStringLiteral("decline"));
    if (!parsed)
        return parsed.error();
    Fields f(parsed.value(), QStringLiteral("decline"));
    Decline decline;
    decline.orderId = f.integer("order_id", 1, std::numeric_limits<qint64>::max(), true);
    decline.message = f.text("message", 500).simplified();
    if (!f.ok())
        return f.error();
    return decline;
}

} // namespace Kiosk
