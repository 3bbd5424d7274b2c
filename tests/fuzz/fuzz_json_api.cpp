// SPDX-License-Identifier: MIT
// The headless server's request handling (backend/payment: KioskBackend's routing, JsonApi's
// checkout body and order-list query, the webhook endpoint, the return pages), reached the way a
// client reaches it: a real KioskBackend on loopback, talking to an in-process StripeSimulator.
// The harness frames each input as one well-formed HTTP/1.1 request, so the fuzzer spends its
// time on what the backend does with the request rather than on the HTTP syntax.
//
// Input (hand-written seeds, see README.md), lines separated by '\n', the last one keeps the rest:
//   <method>\n<path and query>\n<one extra header line or nothing>\n<body>
// A method starting with '!' sends no API token. Bytes a request target cannot hold are
// percent-encoded; a target not starting with '/' gets "/api/" in front.
//
// Invariants: no crash, no exception, no undefined behaviour; every request is answered in time
// (a Server-Sent Events answer, /api/orders/changes, once its head arrived; the harness then
// closes the connection, which ends the stream),
// never with a 5xx other than 502 (Stripe unreachable) or 501 (unknown method); /api, /healthz
// and webhook answers are JSON, errors as {"error":{"code","message"}}; /api without the token
// is 401; a 201 checkout is charged exactly the catalog's prices times the quantities asked for,
// in the catalog's currency, and creates one order; a refused checkout creates none.

#include "FuzzSupport.h"
#include "KioskBackend.h"
#include "OrderStore.h"
#include "StripeSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>

namespace {

using nlohmann::json;

const QByteArray kToken = QByteArrayLiteral("fuzz-api-token-0123456789");
const QByteArray kCatalog = QByteArrayLiteral(
    R"({"currency":"eur","products":[)"
    R"({"id":"tea","sku":"TEA","name":"Tea","category":"Drinks","price":"2.50"},)"
    R"({"id":"cake","sku":"CAKE","barcode":"4006381333931","name":"Cake","category":"Food","price":"3.99"},)"
    R"({"id":"old","sku":"OLD","name":"Old stock","category":"Food","price":"1.00","active":false}]})");
const std::map<std::string, qint64> kPrices { { "TEA", 250 }, { "CAKE", 399 } };
constexpr int kAnswerMs = 4000;

struct Server
{
    QTemporaryDir dir;
    std::unique_ptr<Kiosk::Sim::StripeSimulator> sim;
    std::unique_ptr<Kiosk::KioskBackend> backend;
};

Server *server = nullptr;

struct Response
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

QByteArray requestTarget(const QByteArray &raw)
{
    QByteArray target = raw.startsWith('/') ? QByteArray() : QByteArrayLiteral("/api/");
    for (const char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '#')
            target += '%' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        else
            target += c;
    }
    return target;
}

QByteArray requestMethod(const QByteArray &raw)
{
    QByteArray method;
    for (const char c : raw) {
        if (c >= 'A' && c <= 'Z')
            method += c;
    }
    return method.isEmpty() ? QByteArrayLiteral("GET") : method.left(16);
}

/** Whether `line` is a well-formed "Name: value" header (RFC 9110 token name, value without
 *  control characters). A malformed one is refused by the HTTP parser (libmicrohttpd) with its
 *  own plain answer, before any of our code runs. */
bool wellFormedHeader(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    static const QByteArray tchar = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    for (qsizetype i = 0; i < colon; ++i) {
        const char c = line.at(i);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || tchar.contains(c)))
            return false;
    }
    for (qsizetype i = colon + 1; i < line.size(); ++i) {
        const auto u = static_cast<unsigned char>(line.at(i));
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

/** Sends one request on a fresh connection and waits (running the event loop) for its answer.
 *  The answer to HEAD has the headers only, whatever its Content-Length says. */
std::optional<Response> exchange(const QByteArray &request, bool head)
{
    QTcpSocket socket;
    QByteArray received;
    std::optional<Response> response;
    QEventLoop loop;
    auto parse = [&] {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Response r;
        r.headers = received.left(end);
        const QList<QByteArray> statusLine = r.headers.left(r.headers.indexOf("\r\n")).split(' ');
        r.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : -1;
        qsizetype length = -1;
        for (const QByteArray &line : r.headers.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        // The order changes feed (Server-Sent Events) never ends by itself: its answer counts
        // once the head is in (the body so far is kept); closing the socket ends the stream.
        const bool stream = r.headers.toLower().contains("\r\ncontent-type: text/event-stream");
        if (head || stream)
            length = qMax<qsizetype>(0, received.size() - end - 4);
        if (length < 0 || received.size() - end - 4 < length)
            return;
        r.body = received.mid(end + 4, length);
        response = r;
        loop.quit();
    };
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        parse();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] { loop.quit(); });
    QTimer::singleShot(kAnswerMs, &loop, [&] { loop.quit(); });
    socket.connectToHost(QHostAddress::LocalHost, server->backend->port());
    if (!response)
        loop.exec();
    socket.abort();
    return response;
}

qint64 orderCount()
{
    const Kiosk::Result<qint64> count = server->backend->store().count(Kiosk::HistoryFilter {});
    FUZZ_CHECK(count.ok(), "the order store can be read");
    return count.value();
}

/** What a checkout body should cost by the catalog, or nullopt when the body should be refused. */
std::optional<qint64> expectedTotal(const QByteArray &body)
{
    const json j = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!j.is_object() || !j.contains("items") || !j["items"].is_array() || j["items"].empty())
        return std::nullopt;
    qint64 total = 0;
    for (const json &item : j["items"]) {
        if (!item.is_object() || !item.contains("sku") || !item["sku"].is_string() || !item.contains("quantity")
            || !item["quantity"].is_number_integer())
            return std::nullopt;
        const auto price = kPrices.find(item["sku"].get<std::string>());
        if (price == kPrices.end())
            return std::nullopt;
        const qint64 quantity = item["quantity"].is_number_unsigned()
            ? static_cast<qint64>(qMin<std::uint64_t>(item["quantity"].get<std::uint64_t>(), 1000000))
            : item["quantity"].get<qint64>();
        if (quantity < 1 || quantity > 999)
            return std::nullopt;
        total += price->second * quantity;
    }
    return total;
}

void checkJsonAnswer(const Response &r)
{
    const json j = json::parse(r.body.constBegin(), r.body.constEnd(), nullptr, false);
    FUZZ_CHECK(j.is_object(), "a JSON endpoint answers with a JSON object");
    if (r.status >= 400) {
        FUZZ_CHECK(j.contains("error") && j["error"].is_object(), "an error answer has an error object");
        const json &e = j["error"];
        FUZZ_CHECK(e.contains("code") && e["code"].is_string() && !e["code"].get<std::string>().empty(),
            "an error has a code");
        FUZZ_CHECK(e.contains("message") && e["message"].is_string(), "an error has a message");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kiosk::Fuzz::silenceQtMessages();
    static QCoreApplication app(*argc, *argv);
    server = new Server;
    FUZZ_CHECK(server->dir.isValid(), "a temporary folder");
    QFile catalog(server->dir.filePath(QStringLiteral("catalog.json")));
    FUZZ_CHECK(catalog.open(QIODevice::WriteOnly) && catalog.write(kCatalog) == kCatalog.size(), "catalog written");
    catalog.close();

    server->sim = std::make_unique<Kiosk::Sim::StripeSimulator>(Kiosk::Sim::SimulatorOptions {});
    FUZZ_CHECK(server->sim->start().ok(), "the simulator listens");

    Kiosk::BackendOptions options;
    options.databasePath = server->dir.filePath(QStringLiteral("orders.sqlite"));
    options.catalogPath = catalog.fileName();
    options.stripe.secretKey = QStringLiteral("sk_test_fuzz000000000000000000001234");
    options.stripe.apiBase = server->sim->baseUrl();
    options.stripe.timeoutMs = 2000;
    options.stripe.maxNetworkRetries = 0;
    options.webhookSecret = QByteArrayLiteral("whsec_fuzz");
    options.apiToken = kToken;
    options.enableJsonApi = true;
    // Nothing but the requests: no polling or sweeping of the orders the fuzzer creates.
    options.payment.pollIntervalMs = 3600 * 1000;
    options.payment.pollMaxBackoffMs = 3600 * 1000;
    options.payment.sweepIntervalMs = 3600 * 1000;
    auto created = Kiosk::KioskBackend::create(options);
    FUZZ_CHECK(created.ok(), "the backend is created");
    server->backend = std::move(created).value();
    FUZZ_CHECK(server->backend->start().ok(), "the backend listens");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QList<QByteArray> parts = Kiosk::Fuzz::splitLines(Kiosk::Fuzz::bytes(data, size), 4);
    const bool withToken = !parts.at(0).startsWith('!');
    const QByteArray method = requestMethod(parts.at(0));
    const QByteArray target = requestTarget(parts.at(1));
    QByteArray extraHeader = parts.at(2);
    extraHeader.replace('\r', "");
    const QByteArray &body = parts.at(3);

    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (withToken)
        request += "Authorization: Bearer " + kToken + "\r\n";
    const bool sendsHeader = extraHeader.contains(':') && !extraHeader.startsWith(':');
    const bool malformedHeader = sendsHeader && !wellFormedHeader(extraHeader);
    if (sendsHeader)
        request += extraHeader + "\r\n";
    request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    request += body;

    const QByteArray path = target.left(target.indexOf('?'));
    const bool checkout = method == "POST" && path == "/api/checkout";
    const qint64 ordersBefore = checkout ? orderCount() : 0;

    const bool head = method == "HEAD";
    const std::optional<Response> answer = exchange(request, head);
    FUZZ_CHECK(answer.has_value(), "every request is answered in time");
    const Response &r = *answer;
    // 502: Stripe unreachable; 501: a method the server does not implement.
    const bool knownMethod = method == "GET" || method == "POST";
    FUZZ_CHECK((r.status >= 200 && r.status < 500) || r.status == 502 || (r.status == 501 && !knownMethod),
        "no request causes a server error");

    const bool api = path.startsWith("/api/");
    if (malformedHeader && r.status == 400)
        return 0; // the HTTP parser's own refusal: not a request our code saw
    const bool stream = r.headers.toLower().contains("\r\ncontent-type: text/event-stream");
    if (stream)
        FUZZ_CHECK(r.status == 200 && method == "GET", "only the changes feed streams");
    else if ((api || path == "/healthz" || path == "/webhooks/stripe") && !head)
        checkJsonAnswer(r);
    // A method the HTTP layer does not implement is refused (501) before any route is looked at.
    if (api && !withToken && knownMethod)
        FUZZ_CHECK(r.status == 401, "the API needs the token");
    if (checkout) {
        const qint64 ordersAfter = orderCount();
        if (r.status == 201) {
            const json j = json::parse(r.body.constBegin(), r.body.constEnd(), nullptr, false);
            const std::optional<qint64> expected = expectedTotal(body);
            FUZZ_CHECK(expected.has_value(), "only a valid basket is charged");
            FUZZ_CHECK(
                j.value("amount_total", json()).is_number_integer() && j["amount_total"].get<qint64>() == *expected,
                "the charge is the catalog's prices times the quantities");
            FUZZ_CHECK(j.value("currency", json()) == "eur", "the charge is in the catalog's currency");
            FUZZ_CHECK(ordersAfter == ordersBefore + 1, "a checkout creates one order");
        } else if (r.status >= 400 && r.status < 500) {
            FUZZ_CHECK(ordersAfter == ordersBefore, "a refused checkout creates no order");
        }
    }
    return 0;
}
