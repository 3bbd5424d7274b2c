// SPDX-License-Identifier: MIT
#include "FakeShopServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace Kiosk::Test {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    default:
        return "Status";
    }
}

QByteArray error(const QString &code, const QString &message)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } } } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

FakeShopServer::FakeShopServer(QByteArray token, QString pin, QObject *parent)
    : QObject(parent)
    , m_token(std::move(token))
    , m_pin(std::move(pin))
{
    catalog = R"({"currency":"EUR","products":[
        {"id":"p-flat","sku":"FLAT-1","name":"Flat White","category":"Coffee","price":"3.50","active":true},
        {"id":"p-cake","sku":"CAKE-1","name":"Cheesecake","category":"Cake","price":"2.40","active":true}]})";
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeShopServer::~FakeShopServer() = default;

bool FakeShopServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FakeShopServer::stop()
{
    m_server.close();
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    m_streams.clear();
}

QUrl FakeShopServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

qint64 FakeShopServer::addOrder(const QString &status, qint64 amount)
{
    const qint64 id = m_nextId++;
    const QJsonObject line { { QStringLiteral("sku"), QStringLiteral("FLAT-1") },
        { QStringLiteral("name"), QStringLiteral("Flat White") }, { QStringLiteral("quantity"), 1 },
        { QStringLiteral("unit_amount"), amount }, { QStringLiteral("amount_total"), amount } };
    m_orders.insert(id,
        QJsonObject { { QStringLiteral("order_id"), id },
            { QStringLiteral("order_number"), QStringLiteral("S1-%1").arg(id, 6, 10, QLatin1Char('0')) },
            { QStringLiteral("status"), status }, { QStringLiteral("status_reason"), QString() },
            { QStringLiteral("currency"), QStringLiteral("eur") }, { QStringLiteral("amount_subtotal"), amount },
            { QStringLiteral("amount_total"), amount },
            { QStringLiteral("session_id"), QStringLiteral("cs_test_%1").arg(id) },
            { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/pay/cs_test_%2").arg(m_port).arg(id) },
            { QStringLiteral("expires_at"), QDateTime::currentSecsSinceEpoch() + 1800 },
            { QStringLiteral("created_at"),
                QDateTime::currentDateTimeUtc().addSecs(id - 100000).toString(Qt::ISODate) },
            { QStringLiteral("paid_at"), QJsonValue() }, { QStringLiteral("customer_email"), QString() },
            { QStringLiteral("kiosk_id"), QStringLiteral("T1") }, { QStringLiteral("payment_intent"), QString() },
            { QStringLiteral("lines"), QJsonArray { line } } });
    return id;
}

QByteArray FakeShopServer::eventFor(qint64 cursor, qint64 orderId) const
{
    return "id: " + QByteArray::number(cursor)
        + "\nevent: order\ndata: " + QJsonDocument(m_orders.value(orderId)).toJson(QJsonDocument::Compact) + "\n\n";
}

void FakeShopServer::setStatus(qint64 id, const QString &status, bool push)
{
    QJsonObject o = m_orders.value(id);
    o.insert(QStringLiteral("status"), status);
    if (status == QLatin1String("paid"))
        o.insert(QStringLiteral("paid_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_orders.insert(id, o);
    const QByteArray event = eventFor(++m_cursor, id);
    m_changes.append({ m_cursor, event });
    if (push)
        pushRaw(event);
}

void FakeShopServer::pushRaw(const QByteArray &bytes)
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_streams)) {
        if (socket)
            socket->write(bytes);
    }
}

void FakeShopServer::dropStreams()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_streams)) {
        if (socket)
            socket->disconnectFromHost();
    }
    m_streams.clear();
}

int FakeShopServer::openStreams() const
{
    int open = 0;
    for (const QPointer<QTcpSocket> &socket : m_streams)
        open += socket && socket->state() == QAbstractSocket::ConnectedState;
    return open;
}

QList<FakeShopServer::Request> FakeShopServer::requestsFor(const QByteArray &path) const
{
    QList<Request> found;
    for (const Request &r : requests) {
        if (r.path == path)
            found.append(r);
    }
    return found;
}

void FakeShopServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return;
    request.body = buffer.mid(end + 4, length);
    buffer.clear();
    requests.append(request);
    Q_EMIT requestReceived(request.method, request.path);
    handle(socket, request);
}

void FakeShopServer::respond(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &contentType)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void FakeShopServer::openStream(QTcpSocket *socket, const Request &request)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                  "Connection: close\r\n\r\n: hello\n\n");
    const QUrlQuery query(QString::fromUtf8(request.query));
    qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong();
    after = std::max(after, request.headers.value("last-event-id").toLongLong());
    for (const auto &[cursor, event] : std::as_const(m_changes)) {
        if (cursor > after)
            socket->write(event);
    }
    m_streams.append(socket);
    Q_EMIT streamOpened();
}

QByteArray FakeShopServer::page(const QUrlQuery &query) const
{
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    QJsonArray orders;
    QList<qint64> ids = m_orders.keys();
    std::reverse(ids.begin(), ids.end());
    qint64 sum = 0;
    for (int i = 0; i < ids.size(); ++i) {
        sum += m_orders.value(ids.at(i)).value(QStringLiteral("amount_total")).toInteger();
        if (i >= offset && i < offset + limit)
            orders.append(m_orders.value(ids.at(i)));
    }
    const QJsonObject total { { QStringLiteral("currency"), QStringLiteral("eur") }, { QStringLiteral("amount"), sum },
        { QStringLiteral("orders"), ids.size() } };
    return QJsonDocument(QJsonObject { { QStringLiteral("orders"), orders }, { QStringLiteral("count"), ids.size() },
                             { QStringLiteral("offset"), offset }, { QStringLiteral("limit"), limit },
                             { QStringLiteral("totals"), QJsonArray { total } } })
        .toJson(QJsonDocument::Compact);
}

void FakeShopServer::handle(QTcpSocket *socket, const Request &request)
{
    const QByteArray key = request.method + ' ' + request.path;
    if (const auto it = canned.constFind(key); it != canned.cend()) {
        if (it->contentType == "text/event-stream") {
            socket->write("HTTP/1.1 " + QByteArray::number(it->status)
                + " OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n" + it->body);
            m_streams.append(socket);
            return;
        }
        respond(socket, it->status, it->body, it->contentType);
        return;
    }
    if (request.path.startsWith("/pay/")) // the hosted page stands in for Stripe's: no token
        return respond(socket, 200,
            "<!doctype html><html><body style=\"font-family:sans-serif;padding:40px\"><h1>Test payment page</h1>"
            "<p>Card number</p><input style=\"font-size:24px\" value=\"4242 4242 4242 4242\"></body></html>",
            "text/html; charset=utf-8");
    if (request.headers.value("authorization") != "Bearer " + m_token) {
        // Echoes what it got, as a careless server might: the client must not pass it on.
        respond(socket, 401,
            error(QStringLiteral("unauthorized"),
                QStringLiteral("Token %1 is not known.")
                    .arg(QString::fromUtf8(request.headers.value("authorization")))));
        return;
    }
    const QList<QByteArray> parts = request.path.split('/'); // "", "api", ...
    // The PIN with a lockout, as the server's PinVault: wrong_pin with tries_left, then pin_locked.
    const auto managerOnly = [&] {
        const QByteArray pin = request.headers.value("x-manager-pin");
        QJsonObject refusal;
        if (m_wrongPins >= lockAfterWrongPins) {
            refusal = { { QStringLiteral("code"), QStringLiteral("pin_locked") },
                { QStringLiteral("message"), QStringLiteral("The manager PIN is locked.") },
                { QStringLiteral("retry_after"), retryAfterSecs } };
        } else if (!pin.isEmpty() && pin == m_pin.toUtf8()) {
            return true;
        } else if (pin.isEmpty()) {
            refusal = { { QStringLiteral("code"), QStringLiteral("manager_required") },
                { QStringLiteral("message"), QStringLiteral("A manager credential is needed.") } };
        } else {
            ++m_wrongPins;
            refusal = { { QStringLiteral("code"), QStringLiteral("wrong_pin") },
                { QStringLiteral("message"), QStringLiteral("Wrong manager PIN.") },
                { QStringLiteral("tries_left"), std::max(0, lockAfterWrongPins - m_wrongPins) } };
        }
        respond(socket, 403, QJsonDocument(QJsonObject { { QStringLiteral("error"), refusal } }).toJson());
        return false;
    };
    if (key == "POST /api/manager/session") {
        if (managerOnly())
            respond(socket, 200, QByteArrayLiteral("{\"actor\":\"T1\",\"kiosk_id\":\"T1\"}"));
        return;
    }
    if (key == "GET /api/catalog")
        return respond(socket, 200, catalog);
    if (key == "GET /api/orders/changes")
        return openStream(socket, request);
    if (key == "POST /api/checkout") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonArray items = body.value(QStringLiteral("items")).toArray();
        const qint64 id = addOrder(QStringLiteral("awaiting_payment"), 350 * items.size());
        const QJsonObject o = m_orders.value(id);
        if (payOnCheckout)
            setStatus(id, QStringLiteral("paid"));
        QJsonObject out;
        for (const char *field :
            { "order_id", "order_number", "session_id", "url", "expires_at", "amount_total", "currency", "status" })
            out.insert(QLatin1String(field), o.value(QLatin1String(field)));
        return respond(socket, 201, QJsonDocument(out).toJson(QJsonDocument::Compact));
    }
    if (key == "GET /api/orders") {
        if (managerOnly())
            respond(socket, 200, page(QUrlQuery(QString::fromUtf8(request.query))));
        return;
    }
    if (parts.size() >= 4 && parts.at(2) == "orders") {
        const qint64 id = parts.at(3).toLongLong();
        if (!m_orders.contains(id))
            return respond(socket, 404, error(QStringLiteral("not_found"), QStringLiteral("No order %1.").arg(id)));
        if (parts.size() == 4 && request.method == "GET")
            return respond(socket, 200, QJsonDocument(m_orders.value(id)).toJson(QJsonDocument::Compact));
        if (parts.size() == 5 && parts.at(4) == "cancel" && request.method == "POST") {
            if (m_orders.value(id).value(QStringLiteral("status")).toString() == QLatin1String("awaiting_payment"))
                setStatus(id, QStringLiteral("cancelled"));
            return respond(socket, 200, QJsonDocument(m_orders.value(id)).toJson(QJsonDocument::Compact));
        }
        if (parts.size() == 5 && parts.at(4) == "details" && request.method == "GET") {
            if (!managerOnly())
                return;
            const QJsonObject change { { QStringLiteral("from"), QStringLiteral("draft") },
                { QStringLiteral("to"), QStringLiteral("awaiting_payment") },
                { QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00Z") },
                { QStringLiteral("source"), QStringLiteral("checkout") } };
            const QJsonObject event { { QStringLiteral("event_id"), QStringLiteral("evt_1") },
                { QStringLiteral("type"), QStringLiteral("checkout.session.completed") },
                { QStringLiteral("received_at"), QStringLiteral("2026-12-01T10:01:00Z") } };
            return respond(socket, 200,
                QJsonDocument(QJsonObject { { QStringLiteral("order"), m_orders.value(id) },
                                  { QStringLiteral("status_history"), QJsonArray { change } },
                                  { QStringLiteral("events"), QJsonArray { event } },
                                  { QStringLiteral("refunds"), QJsonArray {} } })
                    .toJson(QJsonDocument::Compact));
        }
        if (parts.size() == 6 && parts.at(4) == "refunds" && parts.at(5) == "plan" && request.method == "POST") {
            if (!managerOnly())
                return;
            // A plain plan: the amount asked (or the remainder), no tax.
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QJsonObject o = m_orders.value(id);
            const qint64 remaining = o.value(QStringLiteral("amount_total")).toInteger()
                - o.value(QStringLiteral("amount_refunded")).toInteger();
            const qint64 amount = body.contains(QStringLiteral("amount"))
                ? body.value(QStringLiteral("amount")).toInteger()
                : remaining;
            if (amount > remaining)
                return respond(
                    socket, 400, error(QStringLiteral("amount_above_remaining"), QStringLiteral("More than is left.")));
            return respond(socket, 200,
                QJsonDocument(
                    QJsonObject { { QStringLiteral("currency"), QStringLiteral("eur") },
                        { QStringLiteral("amount"), amount }, { QStringLiteral("lines"), QJsonArray {} },
                        { QStringLiteral("tax"), QJsonArray {} }, { QStringLiteral("remaining_before"), remaining },
                        { QStringLiteral("remaining_after"), remaining - amount } })
                    .toJson(QJsonDocument::Compact));
        }
        if (parts.size() == 5 && parts.at(4) == "refunds" && request.method == "POST") {
            if (!managerOnly())
                return;
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const qint64 amount = body.contains(QStringLiteral("amount"))
                ? body.value(QStringLiteral("amount")).toInteger()
                : m_orders.value(id).value(QStringLiteral("amount_total")).toInteger()
                    - m_orders.value(id).value(QStringLiteral("amount_refunded")).toInteger();
            QJsonObject refunded = m_orders.value(id);
            refunded.insert(QStringLiteral("amount_refunded"),
                refunded.value(QStringLiteral("amount_refunded")).toInteger() + amount);
            m_orders.insert(id, refunded);
            return respond(socket, 201,
                QJsonDocument(
                    QJsonObject { { QStringLiteral("id"), m_nextRefund++ }, { QStringLiteral("order_id"), id },
                        { QStringLiteral("amount"), amount }, { QStringLiteral("currency"), QStringLiteral("eur") },
                        { QStringLiteral("status"), QStringLiteral("succeeded") },
                        { QStringLiteral("stripe_refund_id"), QStringLiteral("re_1") } })
                    .toJson(QJsonDocument::Compact));
        }
    }
    respond(socket, 404, error(QStringLiteral("not_found"), QStringLiteral("No such endpoint.")));
}

} // namespace Kiosk::Test
