// SPDX-License-Identifier: MIT
#include "JsonApi.h"

#include "CashApi.h"
#include "Catalog.h"
#include "DiscountJson.h"
#include "JsonText.h"
#include "Log.h"
#include "OrderChangeFeed.h"
#include "OrderReader.h"
#include "OrderStore.h"
#include "PaymentCoordinator.h"
#include "PinVault.h"
#include "RefundApi.h"
#include "ReportApi.h"

#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

using json = nlohmann::json;

std::string s(const QString &text)
{
    return text.toStdString();
}

json orderObject(const Order &o)
{
    json lines = json::array();
    int number = 0;
    for (const OrderLine &l : o.lines) {
        lines.push_back({ { "line", ++number }, { "sku", s(l.sku) }, { "name", s(l.name) }, { "quantity", l.quantity },
            { "unit_amount", l.unitAmount }, { "amount_total", l.lineTotal } });
    }
    auto time = [](const QDateTime &t) -> json {
        return t.isValid() ? json(s(t.toUTC().toString(Qt::ISODate))) : json(nullptr);
    };
    json object = { { "order_id", o.id }, { "order_number", s(o.number) }, { "status", s(toString(o.status)) },
        { "status_reason", s(o.statusReason) }, { "currency", s(o.currency.toLower()) },
        { "amount_subtotal", o.amountSubtotal }, { "amount_total", o.amountTotal },
        { "amount_refunded", o.amountRefunded }, { "session_id", s(o.sessionId) }, { "url", s(o.sessionUrl) },
        { "expires_at", o.expiresAt.isValid() ? json(o.expiresAt.toSecsSinceEpoch()) : json(nullptr) },
        { "created_at", time(o.createdAt) }, { "paid_at", time(o.paidAt) }, { "customer_email", s(o.customerEmail) },
        { "kiosk_id", s(o.kioskId) }, { "payment_intent", s(o.paymentIntent) }, { "lines", lines },
        { "tender", s(o.tender) }, { "cash_tendered", o.cashTendered }, { "cash_change", o.cashChange },
        { "cash_rounding", o.cashRounding } };
    DiscountJson::addTo(object, o);
    return object;
}

int statusFor(const Error &e)
{
    if (e.code == QLatin1String("not_found"))
        return 404;
    // Stripe being unreachable or refusing our key is not the caller's fault.
    static const QStringList upstream { QStringLiteral("connection_error"), QStringLiteral("api_error"),
        QStringLiteral("stripe_error"), QStringLiteral("api_key_invalid"), QStringLiteral("rate_limit"),
        QStringLiteral("idempotency_key_in_use") };
    if (upstream.contains(e.code))
        return 502;
    // A discount above the limit: the manager's PIN is missing, wrong or locked.
    if (e.code == QLatin1String("discount_needs_manager") || e.code == QLatin1String("wrong_pin")
        || e.code == QLatin1String("pin_locked"))
        return 403;
    return 400;
}

/** "2026-11-22" (start of that UTC day) or a full ISO 8601 date-time. */
std::optional<QDateTime> parseDate(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    return t.toUTC();
}

/** Strict decimal: 1 to 18 digits, no sign, no leading zero, nothing else ("+1", "01", "1x": none). */
std::optional<qint64> parseOrderId(QStringView text)
{
    if (text.isEmpty() || text.size() > 18 || text.front() == QLatin1Char('0'))
        return std::nullopt;
    qint64 id = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        id = id * 10 + (c.unicode() - u'0');
    }
    return id;
}

/** A read's error: an overloaded reader is 503 (try again), anything else the store's 500. */
void readFailed(const ApiReply &reply, const Error &error, const QString &what)
{
    if (error.code == QLatin1String("busy") || error.code == QLatin1String("read_timeout"))
        reply.unavailable(error.code, error.message);
    else
        reply.error(500, QStringLiteral("store_failed"), what);
}

/** One page of the order list with its count and totals, read together. */
struct OrderListPage
{
    QList<Order> orders;
    qint64 count = 0;
    QList<CurrencyTotal> totals;
};

/** An order's timeline, read off the payment thread. */
struct OrderTimeline
{
    QList<StatusChange> history;
    QList<PaymentEvent> events;
    QList<OrderRefund> refunds;
};

void sendDetails(const Order &order, const OrderTimeline &read, const ApiReply &reply)
{
    auto time = [](const QDateTime &t) -> json {
        return t.isValid() ? json(s(t.toUTC().toString(Qt::ISODate))) : json(nullptr);
    };
    json changes = json::array();
    for (const StatusChange &c : read.history)
        changes.push_back({ { "from", s(toString(c.from)) }, { "to", s(toString(c.to)) }, { "at", time(c.at) },
            { "source", s(c.source) }, { "reason", s(c.reason) } });
    // The event's type and time; its payload (Stripe's whole object) stays on the server.
    json timeline = json::array();
    for (const PaymentEvent &e : read.events)
        timeline.push_back(
            { { "event_id", s(e.eventId) }, { "type", s(e.type) }, { "received_at", time(e.receivedAt) } });
    json refundList = json::array();
    for (const OrderRefund &r : read.refunds)
        refundList.push_back({ { "refund_id", r.id }, { "amount", r.amount }, { "currency", s(r.currency.toLower()) },
            { "status", s(toString(r.status)) }, { "reason", s(r.reason) }, { "stripe_refund_id", s(r.stripeRefundId) },
            { "failure_reason", s(r.failureReason) }, { "made_elsewhere", r.madeElsewhere },
            { "created_at", time(r.createdAt) } });
    const json out = { { "order", orderObject(order) }, { "status_history", changes }, { "events", timeline },
        { "refunds", refundList } };
    reply.json(200, JsonText::dump(out));
}

} // namespace

JsonApi::JsonApi(OrderStore *store, PaymentCoordinator *payments, RefundCoordinator *refunds, const Catalog *catalog,
    SettingsStore *settings, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_payments(payments)
    , m_catalog(catalog)
    , m_refunds(std::make_unique<RefundApi>(store, refunds))
    , m_auth(std::make_unique<ApiAuth>(std::move(token), store->database(), settings))
    , m_audit(std::make_unique<AuditLog>(store->database()))
    , m_feed(std::make_unique<OrderChangeFeed>(store))
{
    // A declined card keeps the session open: the till hears it on its stream.
    if (payments)
        connect(payments, &PaymentCoordinator::paymentAttemptFailed, m_feed.get(), &OrderChangeFeed::announceDecline);
}

JsonApi::~JsonApi() = default;

QByteArray JsonApi::orderJson(const Order &order)
{
    return JsonText::dump(orderObject(order));
}

bool JsonApi::handle(const Http::Request &request, const ApiReply &reply)
{
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
    const QByteArray &method = request.method;
    if (path == QLatin1String("/healthz")) {
        reply.json(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
        return true;
    }
    if (!path.startsWith(QLatin1String("/api/")))
        return false;
    Result<ApiCaller> identified = m_auth->identify(request);
    if (!identified) {
        reply.error(401, identified.error().code, identified.error().message);
        return true;
    }
    ApiCaller caller = std::move(identified).value();
    const QStringList parts = path.mid(5).split(QLatin1Char('/'));
    const std::optional<qint64> orderId
        = parts.size() >= 2 && parts.first() == QLatin1String("orders") ? parseOrderId(parts.at(1)) : std::nullopt;
    const QString action = QString::fromLatin1(method) + QLatin1Char(' ') + path.left(AuditLog::kMaxFieldLength);
    // A till may use these (on its own orders); everything else is a manager's.
    const bool cancel = orderId && parts.size() == 3 && parts.at(2) == QLatin1String("cancel") && method == "POST";
    const bool changes = parts == QStringList { QStringLiteral("orders"), QStringLiteral("changes") };
    const bool tillRoute = parts == QStringList { QStringLiteral("checkout") } || (changes && method == "GET")
        || (parts == QStringList { QStringLiteral("catalog") } && method == "GET")
        || (orderId && parts.size() == 2 && method == "GET") || cancel;
    if (!caller.isManager() && !tillRoute) {
        Result<ApiCaller> manager = m_auth->elevate(caller, request);
        if (!manager) {
            if (request.hasHeader("x-manager-pin"))
                audit(caller.actor, action, orderId.value_or(0), QStringLiteral("403 ") + manager.error().code);
            m_auth->refuse(manager.error(), reply);
            return true;
        }
        caller = std::move(manager).value();
    }
    ApiReply answer = reply;
    if (caller.isManager() && (!tillRoute || cancel)) {
        answer = reply.observed([this, actor = caller.actor, action, id = orderId.value_or(0)](
                                    int status, const QString &code) {
            audit(actor, action, id, code.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + code);
        });
    }
    route(request, answer, caller, parts, orderId);
    return true;
}

void JsonApi::audit(const QString &actor, const QString &action, qint64 orderId, const QString &outcome)
{
    if (const Status written = m_audit->record(actor, action, orderId, outcome); !written)
        qCWarning(lcPayment) << "audit log:" << written.error().toString();
}

void JsonApi::route(const Http::Request &request, const ApiReply &reply, const ApiCaller &caller,
    const QStringList &parts, std::optional<qint64> orderId)
{
    const QByteArray &method = request.method;
    if (parts == QStringList { QStringLiteral("checkout") }) {
        if (method != "POST")
            reply.error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use POST /api/checkout."));
        else
            checkout(request, reply, caller);
        return;
    }
    if (parts == QStringList { QStringLiteral("manager"), QStringLiteral("session") } && method == "POST") {
        // Reached only as a manager: a till's PIN check (ApiAuth::elevate did it, with its lockout).
        reply.json(200, JsonText::dump({ { "actor", s(caller.actor) }, { "kiosk_id", s(caller.kioskId) } }));
        return;
    }
    if (m_reports && parts.first() == QLatin1String("drawer")) {
        CashApi::drawer(parts, request, reply, caller.actor, *m_reports->service(), m_catalog->currency().code,
            m_payments->settings().kioskId);
        return;
    }
    if (m_reports && parts.first() == QLatin1String("reports")) {
        m_reports->handle(parts, request, reply);
        return;
    }
    if (parts == QStringList { QStringLiteral("orders") } && method == "GET") {
        listOrders(request, reply);
        return;
    }
    if (parts == QStringList { QStringLiteral("orders"), QStringLiteral("changes") } && method == "GET") {
        m_feed->subscribe(request, reply, caller);
        return;
    }
    if (parts == QStringList { QStringLiteral("catalog") } && method == "GET") {
        // The catalog file format the kiosk reads, so a till builds its Catalog with the same loader.
        reply.json(200, m_catalog->toJson());
        return;
    }
    if (parts.size() >= 2 && parts.first() == QLatin1String("orders")) {
        if (!orderId) {
            reply.error(
                400, QStringLiteral("invalid_order_id"), QStringLiteral("\"%1\" is not an order id.").arg(parts.at(1)));
            return;
        }
        const qint64 id = *orderId;
        // Another till's order is not there, as far as a till can tell.
        const Result<Order> order = m_store->order(id);
        if (!order || (!caller.isManager() && order->kioskId != caller.kioskId)) {
            reply.error(404, QStringLiteral("not_found"), QStringLiteral("No order %1.").arg(id));
            return;
        }
        if (parts.size() == 2 && method == "GET") {
            const Result<QList<OrderRefund>> refunds = m_store->refunds(id);
            if (!refunds) {
                reply.error(
                    500, QStringLiteral("store_failed"), QStringLiteral("The order's refunds could not be read."));
            } else {
                json out = orderObject(order.value());
                out["refunds"] = json::array();
                for (const OrderRefund &r : refunds.value())
                    out["refunds"].push_back(RefundApi::refundObject(r));
                reply.json(200, JsonText::dump(out));
            }
            return;
        }
        if (parts.size() == 3 && parts.at(2) == QLatin1String("refunds") && method == "POST") {
            m_refunds->create(id, request, reply);
            return;
        }
        if (parts.size() == 4 && parts.at(2) == QLatin1String("refunds") && parts.at(3) == QLatin1String("plan")
            && method == "POST") {
            m_refunds->plan(id, request, reply);
            return;
        }
        if (parts.size() == 3 && parts.at(2) == QLatin1String("details") && method == "GET") {
            details(order.value(), reply);
            return;
        }
        if (parts.size() == 3 && parts.at(2) == QLatin1String("cancel") && method == "POST") {
            m_payments->cancelCheckout(id, this, [reply](Result<Order> cancelled) {
                if (!cancelled)
                    reply.error(statusFor(cancelled.error()), cancelled.error().code, cancelled.error().message);
                else
                    reply.json(200, orderJson(cancelled.value()));
            });
            return;
        }
    }
    reply.error(404, QStringLiteral("not_found"),
        QStringLiteral("No such endpoint: /api/%1").arg(parts.join(QLatin1Char('/'))));
}

void JsonApi::checkout(const Http::Request &request, const ApiReply &reply, const ApiCaller &caller)
{
    const QByteArray &body = request.body;
    const json j = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        reply.error(400, QStringLiteral("malformed_json"), QStringLiteral("The request body is not a JSON object."));
        return;
    }
    if (!j.contains("items") || !j["items"].is_array() || j["items"].empty()) {
        reply.error(400, QStringLiteral("missing_items"), QStringLiteral("\"items\" must be a non-empty array."));
        return;
    }
    QList<CheckoutLine> lines;
    int index = 0;
    for (const json &item : j["items"]) {
        if (!item.is_object() || !item.contains("sku") || !item["sku"].is_string()) {
            reply.error(
                400, QStringLiteral("invalid_item"), QStringLiteral("items[%1] needs a \"sku\" string.").arg(index));
            return;
        }
        const QString sku = QString::fromStdString(item["sku"].get<std::string>());
        const Product *product = m_catalog->bySku(sku);
        if (!product || !product->active) {
            reply.error(400, QStringLiteral("unknown_sku"),
                QStringLiteral("items[%1]: unknown sku \"%2\".").arg(index).arg(sku));
            return;
        }
        if (!item.contains("quantity") || !item["quantity"].is_number_integer() || item["quantity"].get<qint64>() < 1
            || item["quantity"].get<qint64>() > 999) {
            reply.error(400, QStringLiteral("quantity_out_of_range"),
                QStringLiteral("items[%1]: quantity must be an integer from 1 to 999.").arg(index));
            return;
        }
        QStringList optionIds;
        if (item.contains("options") && !item["options"].is_null()) {
            const json &options = item["options"];
            bool valid = options.is_array()
                && options.size() <= std::size_t(OptionGroup::MaxOptions) * Product::MaxOptionGroups;
            for (const json &id : valid ? options : json::array()) {
                valid = valid && id.is_string()
                    && id.get<std::string>().size() <= std::size_t(OptionGroup::MaxIdLength) * 4;
                if (valid)
                    optionIds.append(QString::fromStdString(id.get<std::string>()));
            }
            if (!valid) {
                reply.error(400, QStringLiteral("invalid_options"),
                    QStringLiteral("items[%1]: \"options\" must be a list of option ids.").arg(index));
                return;
            }
        }
        lines.append({ product->id, int(item["quantity"].get<qint64>()), optionIds });
        ++index;
    }
    QString email;
    if (j.contains("customer_email") && !j["customer_email"].is_null()) {
        if (!j["customer_email"].is_string()) {
            reply.error(400, QStringLiteral("invalid_email"), QStringLiteral("\"customer_email\" must be a string."));
            return;
        }
        email = QString::fromStdString(j["customer_email"].get<std::string>());
    }
    QString language; // the hosted page's language; Stripe's "auto" when none or unknown
    if (j.contains("language") && !j["language"].is_null()) {
        if (!j["language"].is_string() || j["language"].get<std::string>().size() > 35) {
            reply.error(400, QStringLiteral("invalid_language"),
                QStringLiteral("\"language\" must be a language tag such as \"de\" (at most 35 characters)."));
            return;
        }
        language = QString::fromStdString(j["language"].get<std::string>());
    }
    CheckoutRequest checkoutRequest;
    checkoutRequest.lines = lines;
    checkoutRequest.customerEmail = email;
    checkoutRequest.language = language;
    const Result<CheckoutDiscount> discount = DiscountJson::parse(j);
    if (!discount) {
        reply.error(400, discount.error().code, discount.error().message);
        return;
    }
    checkoutRequest.discount = discount.value();
    checkoutRequest.managerPin = QString::fromUtf8(request.header("x-manager-pin").left(PinVault::kMaxLength + 1));
    auto answer = [reply](Result<Order> order) {
        if (!order) {
            reply.error(statusFor(order.error()), order.error().code, order.error().message);
            return;
        }
        const Order &o = order.value();
        const json out = { { "order_id", o.id }, { "order_number", s(o.number) }, { "session_id", s(o.sessionId) },
            { "url", s(o.sessionUrl) }, { "expires_at", o.expiresAt.toSecsSinceEpoch() },
            { "amount_total", o.amountTotal }, { "amount_discount", o.amountDiscount },
            { "currency", s(o.currency.toLower()) }, { "status", s(toString(o.status)) } };
        reply.json(201, JsonText::dump(out));
    };
    if (j.contains("tender") && !j["tender"].is_null()) {
        if (!j["tender"].is_string() || (j["tender"] != "card" && j["tender"] != "cash")) {
            reply.error(
                400, QStringLiteral("invalid_tender"), QStringLiteral("\"tender\" must be \"card\" or \"cash\"."));
            return;
        }
        if (j["tender"] == "cash") {
            CheckoutRequest cash = checkoutRequest; // with its discount and the manager's PIN
            if (!CashApi::readTender(j, request, cash, reply))
                return;
            m_payments->payCashForKiosk(
                caller.role == ApiCaller::Role::Till ? caller.kioskId : m_payments->settings().kioskId, cash,
                [reply](Result<Order> paid) {
                    if (!paid)
                        reply.error(statusFor(paid.error()), paid.error().code, paid.error().message);
                    else
                        reply.json(201, orderJson(paid.value()));
                });
            return;
        }
    }
    // A till's order carries its kiosk id (and its numbers start with it); the API token's,
    // the server's own.
    m_payments->startCheckoutRequest(
        caller.role == ApiCaller::Role::Till ? caller.kioskId : m_payments->settings().kioskId, checkoutRequest, this,
        std::move(answer));
}

void JsonApi::details(const Order &order, const ApiReply &reply)
{
    Q_ASSERT(m_reads);
    const qint64 id = order.id;
    m_reads->read<OrderTimeline>(
        [id](const OrderStore &store) -> Result<OrderTimeline> {
            auto history = store.statusHistory(id);
            auto events = store.events(id);
            auto refunds = store.refunds(id);
            if (!history)
                return history.error();
            if (!events)
                return events.error();
            if (!refunds)
                return refunds.error();
            return OrderTimeline { std::move(history).value(), std::move(events).value(), std::move(refunds).value() };
        },
        this,
        [order, reply](Result<OrderTimeline> timeline) {
            if (!timeline)
                readFailed(reply, timeline.error(), QStringLiteral("The order's details could not be read."));
            else
                sendDetails(order, timeline.value(), reply);
        });
}

void JsonApi::listOrders(const Http::Request &request, const ApiReply &reply)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    // Every parameter is bounded before it is read: a 50,000-character q went on to the store,
    // hit SQLite's LIKE pattern limit and came back as a 500. The longest legitimate value is an
    // e-mail address (254) or every status name joined by commas.
    constexpr int kMaxParameterLength = 256;
    for (const QString &key : { QStringLiteral("status"), QStringLiteral("from"), QStringLiteral("to"),
             QStringLiteral("q"), QStringLiteral("offset"), QStringLiteral("limit") }) {
        if (query.queryItemValue(key, QUrl::FullyDecoded).size() > kMaxParameterLength) {
            reply.error(400, QStringLiteral("parameter_too_long"),
                QStringLiteral("\"%1\" must be at most %2 characters.").arg(key).arg(kMaxParameterLength));
            return;
        }
    }
    HistoryFilter filter;
    const QString statuses = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    if (!statuses.isEmpty()) {
        for (const QString &name : statuses.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto st = orderStatusFromString(name.trimmed());
            if (!st) {
                reply.error(400, QStringLiteral("invalid_status"), QStringLiteral("Unknown status \"%1\".").arg(name));
                return;
            }
            filter.statuses.append(*st);
        }
    }
    for (const auto &[key, target] :
        { std::pair { QStringLiteral("from"), &filter.from }, std::pair { QStringLiteral("to"), &filter.to } }) {
        const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
        if (text.isEmpty())
            continue;
        const auto when = parseDate(text);
        if (!when) {
            reply.error(400, QStringLiteral("invalid_date"),
                QStringLiteral("\"%1\" must be an ISO 8601 date or date-time, got \"%2\".").arg(key, text));
            return;
        }
        *target = *when;
    }
    filter.text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    auto number = [&](const QString &key, int fallback, int min, int max) -> std::optional<int> {
        const QString text = query.queryItemValue(key);
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < min || v > max)
            return std::nullopt;
        return v;
    };
    const auto offset = number(QStringLiteral("offset"), 0, 0, std::numeric_limits<int>::max());
    const auto limit = number(QStringLiteral("limit"), 50, 1, 500);
    if (!offset || !limit) {
        reply.error(400, QStringLiteral("invalid_paging"), QStringLiteral("offset must be >= 0 and limit 1 to 500."));
        return;
    }
    Q_ASSERT(m_reads);
    m_reads->read<OrderListPage>(
        [filter, offset = *offset, limit = *limit](const OrderStore &store) -> Result<OrderListPage> {
            auto page = store.history(filter, offset, limit);
            if (!page)
                return page.error();
            auto count = store.count(filter);
            if (!count)
                return count.error();
            auto totals = store.totals(filter);
            if (!totals)
                return totals.error();
            return OrderListPage { std::move(page).value(), count.value(), std::move(totals).value() };
        },
        this,
        [reply, offset = *offset, limit = *limit](Result<OrderListPage> read) {
            if (!read) {
                readFailed(reply, read.error(), QStringLiteral("The order history could not be read."));
                return;
            }
            json orders = json::array();
            for (const Order &o : read->orders)
                orders.push_back(orderObject(o));
            json sums = json::array();
            for (const CurrencyTotal &t : read->totals)
                sums.push_back(
                    { { "currency", s(t.currency.toLower()) }, { "amount", t.amount }, { "orders", t.orders } });
            const json out = { { "orders", orders }, { "count", read->count }, { "offset", offset }, { "limit", limit },
                { "totals", sums } };
            reply.json(200, JsonText::dump(out));
        });
}

} // namespace Kiosk
