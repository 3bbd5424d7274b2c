// SPDX-License-Identifier: MIT
// Drives the Stripe simulator over real HTTP, the way a Stripe client and a browser would.
#include "Server.h"
#include "StripeSimulator.h"
#include "WebhookSigner.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#include <nlohmann/json.hpp>

using namespace Kiosk;
using namespace Kiosk::Sim;
using nlohmann::json;

namespace {

const QByteArray kKey = "sk_test_simtest12345678";
const QByteArray kSecret = "whsec_testsecret";

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    json data;
};

/** A webhook endpoint: records every delivery, answers with queued statuses (then 200). */
struct Receiver
{
    struct Delivery
    {
        QByteArray body;
        QByteArray signature;
        QByteArray contentType;
        QByteArray userAgent;
        json event;
    };
    QList<Delivery> deliveries;
    QList<int> statuses;
    Http::Server server { [this](const Http::Request &request, const Http::Responder &responder) {
        Delivery d;
        d.body = request.body;
        d.signature = request.header("stripe-signature");
        d.contentType = request.header("content-type");
        d.userAgent = request.header("user-agent");
        d.event = json::parse(request.body.toStdString(), nullptr, false);
        deliveries.append(d);
        Http::Response r;
        r.status = statuses.isEmpty() ? 200 : statuses.takeFirst();
        responder.send(r);
    } };
    QUrl url;
    Receiver()
    {
        const auto port = server.listen(QHostAddress::LocalHost, 0);
        url = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port.ok() ? port.value() : 0));
    }
    [[nodiscard]] QStringList eventIds() const
    {
        QStringList ids;
        for (const Delivery &d : deliveries)
            ids << QString::fromStdString(d.event.value("id", std::string()));
        return ids;
    }
};

QByteArray sessionForm(const QByteArray &extra = {})
{
    QByteArray form = "mode=payment&success_url=https%3A%2F%2Fkiosk.test%2Fok%3Fsid%3D%7BCHECKOUT_SESSION_ID%7D"
                      "&cancel_url=https%3A%2F%2Fkiosk.test%2Fcancel"
                      "&line_items[0][quantity]=2&line_items[0][price_data][currency]=usd"
                      "&line_items[0][price_data][unit_amount]=1250"
                      "&line_items[0][price_data][product_data][name]=Flat+white"
                      "&line_items[1][quantity]=1&line_items[1][price_data][currency]=usd"
                      "&line_items[1][price_data][unit_amount_decimal]=300"
                      "&line_items[1][price_data][product_data][name]=Croissant";
    if (!extra.isEmpty())
        form += '&' + extra;
    return form;
}

/** One request sent byte for byte on its own connection (no client library tidies it up). */
Reply rawCall(StripeSimulator &sim, const QByteArray &requestLine, const QByteArray &headers, const QByteArray &body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(sim.baseUrl().port()));
    Reply r;
    if (!socket.waitForConnected(5000))
        return r;
    socket.write(requestLine + "\r\nHost: sim\r\nConnection: close\r\n" + headers
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    while (socket.state() == QAbstractSocket::ConnectedState && disconnected.wait(20000))
        ;
    answer = socket.readAll();
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    r.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
    r.body = headerEnd < 0 ? QByteArray() : answer.mid(headerEnd + 4);
    for (const QByteArray &line : answer.left(headerEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    r.data = json::parse(r.body.toStdString(), nullptr, false);
    return r;
}

QByteArray nested(const QByteArray &name, int levels)
{
    return name + QByteArray("[b]").repeated(levels) + "=1";
}

} // namespace

class TestStripeSimulator final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StripeSimulator> m_sim;
    QNetworkAccessManager m_network;

    std::unique_ptr<StripeSimulator> makeSimulator(SimulatorOptions options = {})
    {
        auto sim = std::make_unique<StripeSimulator>(std::move(options));
        const auto port = sim->start();
        if (!port.ok())
            qFatal("cannot start the simulator");
        return sim;
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, StripeSimulator *sim = nullptr)
    {
        sim = sim ? sim : m_sim.get();
        QUrl url = sim->baseUrl();
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        bool hasAuth = false;
        for (const auto &h : headers) {
            request.setRawHeader(h.first, h.second);
            hasAuth = hasAuth || h.first.compare("authorization", Qt::CaseInsensitive) == 0;
        }
        if (!hasAuth && path.startsWith(QLatin1String("/v1/")))
            request.setRawHeader("Authorization", "Bearer " + kKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            path.startsWith(QLatin1String("/_sim/")) ? QByteArrayLiteral("application/json")
                                                     : QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        r.data = json::parse(r.body.toStdString(), nullptr, false);
        reply->deleteLater();
        return r;
    }

    json createSession(const QByteArray &extra = {})
    {
        const Reply r = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(extra));
        if (r.status != 200)
            qWarning("create failed: %s", r.body.constData());
        return r.data;
    }

    Reply pay(const std::string &id, const json &body)
    {
        return call("POST", QStringLiteral("/_sim/sessions/%1/pay").arg(QString::fromStdString(id)),
            QByteArray::fromStdString(body.dump()));
    }

    json events(const QString &query = {})
    {
        return call("GET", QStringLiteral("/v1/events") + (query.isEmpty() ? QString() : QLatin1Char('?') + query))
            .data;
    }

private Q_SLOTS:
    void init() { m_sim = makeSimulator(); }
    void cleanup() { m_sim.reset(); }

    void protocolErrorsAreAnswered_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("Content-Length -5")
            << QByteArray("POST /v1/checkout/sessions HTTP/1.1\r\nHost: t\r\nContent-Length: -5\r\n\r\n") << 400;
        QTest::newRow("body over 1 MiB") << QByteArray("POST /v1/checkout/sessions HTTP/1.1\r\nHost: t\r\n"
                                                       "Content-Length: 104857600\r\n\r\n")
                                         << 413;
        QTest::newRow("HTTP/9.9") << QByteArray("GET /health HTTP/9.9\r\nHost: t\r\n\r\n") << 505;
        QTest::newRow("BREW") << QByteArray("BREW /health HTTP/1.1\r\nHost: t\r\n\r\n") << 501;
    }
    void protocolErrorsAreAnswered()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sim->baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        QByteArray received;
        while (!received.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            received += socket.readAll();
        QCOMPARE(received.mid(9, 3).toInt(), status);
    }

    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("message");
        const QByteArray item = "&line_items[0][quantity]=1&line_items[0][price_data][product_data][name]=Tea";
        const QByteArray ok = "mode=payment&success_url=https://k.test/ok";
        QTest::addRow("missing success_url")
            << QByteArray("mode=payment&line_items[0][quantity]=1") << QByteArray() << 400 << "parameter_missing"
            << "success_url"
            << "Missing required param: success_url.";
        QTest::addRow("missing mode") << QByteArray("success_url=https://k.test/") << QByteArray() << 400
                                      << "parameter_missing"
                                      << "mode"
                                      << "Missing required param: mode.";
        QTest::addRow("missing line_items") << ok << QByteArray() << 400 << "parameter_missing"
                                            << "line_items"
                                            << "Missing required param: line_items.";
        QTest::addRow("unknown param") << ok + "&colour=red" << QByteArray() << 400 << "parameter_unknown"
                                       << "colour"
                                       << "Received unknown parameter: colour";
        const QByteArray priced
            = item + "&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=500";
        QTest::addRow("bogus submit_type")
            << ok + priced + "&submit_type=bogus" << QByteArray() << 400 << ""
            << "submit_type"
            << "Invalid submit_type: must be one of auto, book, donate, pay, or subscribe";
        QTest::addRow("submit_type donate") << ok + priced + "&submit_type=donate" << QByteArray() << 200 << ""
                                            << ""
                                            << "";
        QTest::addRow("unexpandable field") << ok + item
                + "&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=500&expand[]=url"
                                            << QByteArray() << 400 << ""
                                            << ""
                                            << "This property cannot be expanded (url).";
        QTest::addRow("too small") << ok + item
                + "&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=49"
                                   << QByteArray() << 400 << "amount_too_small"
                                   << "line_items"
                                   << "Amount must be at least $0.50 usd";
        // The simulator's own currency table (CurrencyRules, from the reference), not the backend's.
        const auto charge = [&](const char *currency, const char *amount) -> QByteArray {
            return ok + item + "&line_items[0][price_data][currency]=" + currency
                + "&line_items[0][price_data][unit_amount]=" + amount;
        };
        QTest::addRow("gbp below 0.30") << charge("gbp", "29") << QByteArray() << 400 << "amount_too_small"
                                        << "line_items"
                                        << "Amount must be at least \u00A30.30 gbp";
        QTest::addRow("gbp 0.30") << charge("gbp", "30") << QByteArray() << 200 << ""
                                  << ""
                                  << "";
        QTest::addRow("hkd below 4.00") << charge("hkd", "399") << QByteArray() << 400 << "amount_too_small"
                                        << "line_items"
                                        << "Amount must be at least HK$4.00 hkd";
        QTest::addRow("dkk below 2.50") << charge("dkk", "249") << QByteArray() << 400 << "amount_too_small"
                                        << "line_items"
                                        << "2.50 dkk";
        QTest::addRow("mxn below 10.00") << charge("mxn", "999") << QByteArray() << 400 << "amount_too_small"
                                         << "line_items"
                                         << "10.00 mxn";
        QTest::addRow("jpy below 50") << charge("jpy", "49") << QByteArray() << 400 << "amount_too_small"
                                      << "line_items"
                                      << "Amount must be at least \u00A550 jpy";
        QTest::addRow("jpy 50 (zero-decimal)") << charge("jpy", "50") << QByteArray() << 200 << ""
                                               << ""
                                               << "";
        QTest::addRow("kwd 5.120 (three-decimal)") << charge("kwd", "5120") << QByteArray() << 200 << ""
                                                   << ""
                                                   << "";
        QTest::addRow("isk 150") << charge("isk", "15000") << QByteArray() << 200 << ""
                                 << ""
                                 << "";
        QTest::addRow("usd at the maximum") << charge("usd", "99999999") << QByteArray() << 200 << ""
                                            << ""
                                            << "";
        QTest::addRow("too large") << ok + item
                + "&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=100000000"
                                   << QByteArray() << 400 << "amount_too_large"
                                   << "line_items"
                                   << "Amount must be no more than";
        QTest::addRow("three-decimal last digit")
            << ok + item + "&line_items[0][price_data][currency]=kwd&line_items[0][price_data][unit_amount]=5125"
            << QByteArray() << 400 << "invalid_amount"
            << "line_items"
            << "multiple of";
        QTest::addRow("isk not divisible by 100")
            << ok + item + "&line_items[0][price_data][currency]=isk&line_items[0][price_data][unit_amount]=15050"
            << QByteArray() << 400 << "invalid_amount"
            << "line_items"
            << "multiple of";
        QTest::addRow("unknown currency")
            << ok + item + "&line_items[0][price_data][currency]=xyz&line_items[0][price_data][unit_amount]=100"
            << QByteArray() << 400 << ""
            << "line_items[0][price_data][currency]"
            << "Invalid currency: xyz";
        QTest::addRow("fractional unit_amount_decimal") << ok + item
                + "&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount_decimal]=100.5"
                                                        << QByteArray() << 400 << ""
                                                        << "line_items[0][price_data][unit_amount_decimal]"
                                                        << "Invalid decimal";
        QTest::addRow("quantity zero") << ok
                + "&line_items[0][quantity]=0&line_items[0][price_data][currency]=usd"
                  "&line_items[0][price_data][unit_amount]=100&line_items[0][price_data][product_data][name]=T"
                                       << QByteArray() << 400 << ""
                                       << "line_items[0][quantity]"
                                       << "This value must be greater than or equal to 1.";
        QTest::addRow("missing product name")
            << ok
                + "&line_items[0][quantity]=1&line_items[0][price_data][currency]=usd"
                  "&line_items[0][price_data][unit_amount]=100&line_items[0][price_data][product_data][description]=x"
            << QByteArray() << 400 << "parameter_missing"
            << "line_items[0][price_data][product_data][name]"
            << "Missing required param: line_items[0][price_data][product_data][name].";
        QByteArray nine
            = ok + item + "&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=100";
        for (int i = 0; i < 9; ++i)
            nine += "&line_items[0][price_data][product_data][images][]=https://img.test/" + QByteArray::number(i);
        QTest::addRow("nine images") << nine << QByteArray() << 400 << ""
                                     << "line_items[0][price_data][product_data][images]"
                                     << "up to 8 images";
        QByteArray many = ok;
        for (int i = 0; i < 101; ++i) {
            const QByteArray p = "&line_items[" + QByteArray::number(i) + "]";
            many += p + "[quantity]=1" + p + "[price_data][currency]=usd" + p + "[price_data][unit_amount]=100" + p
                + "[price_data][product_data][name]=T";
        }
        QTest::addRow("101 line items") << many << QByteArray() << 400 << ""
                                        << "line_items"
                                        << "up to 100 line items";
        const QByteArray valid
            = ok + item + "&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=100";
        QTest::addRow("metadata key too long")
            << valid + "&metadata[" + QByteArray(41, 'k') + "]=v" << QByteArray() << 400 << ""
            << "metadata"
            << "up to 40 characters";
        QTest::addRow("metadata value too long")
            << valid + "&metadata[order]=" + QByteArray(501, 'v') << QByteArray() << 400 << ""
            << "metadata[order]"
            << "up to 500 characters";
        QByteArray keys = valid;
        for (int i = 0; i < 51; ++i)
            keys += "&metadata[k" + QByteArray::number(i) + "]=v";
        QTest::addRow("51 metadata keys") << keys << QByteArray() << 400 << ""
                                          << "metadata"
                                          << "at most 50 keys";
        QTest::addRow("expires too soon")
            << valid + "&expires_at=" + QByteArray::number(QDateTime::currentSecsSinceEpoch() + 600) << QByteArray()
            << 400 << ""
            << "expires_at"
            << "at least 30 minutes";
        QTest::addRow("expires too late")
            << valid + "&expires_at=" + QByteArray::number(QDateTime::currentSecsSinceEpoch() + 90000) << QByteArray()
            << 400 << ""
            << "expires_at"
            << "less than 24 hours";
        QTest::addRow("old ui_mode on new version") << valid + "&ui_mode=hosted" << QByteArray() << 400 << ""
                                                    << "ui_mode"
                                                    << "must be one of hosted_page, embedded_page, elements, or form";
        QTest::addRow("new ui_mode on old version")
            << valid + "&ui_mode=hosted_page" << QByteArray("2025-09-30.clover") << 400 << ""
            << "ui_mode"
            << "must be one of hosted, embedded, or custom";
        QTest::addRow("payment_method_types on endive")
            << valid + "&payment_method_types[0]=card" << QByteArray() << 400 << "parameter_unknown"
            << "payment_method_types"
            << "Received unknown parameter: payment_method_types";
        const QByteArray allowedTypes = "&allowed_payment_method_types[0]=card&allowed_payment_method_types[1]=";
        QTest::addRow("allowed_payment_method_types on endive")
            << valid + allowedTypes + "link" << QByteArray() << 200 << ""
            << ""
            << "";
        QTest::addRow("allowed_payment_method_types, unknown type")
            << valid + allowedTypes + "cheque" << QByteArray() << 400 << ""
            << "allowed_payment_method_types[1]"
            << "Invalid allowed_payment_method_types[1]: must be one of acss_debit, affirm,";
        QTest::addRow("allowed_payment_method_types without card")
            << valid + "&allowed_payment_method_types[0]=klarna" << QByteArray() << 400 << ""
            << "allowed_payment_method_types"
            << "The simulator only supports the card payment method.";
        QTest::addRow("allowed_payment_method_types before endive")
            << valid + allowedTypes + "link" << QByteArray("2026-03-25.dahlia") << 400 << "parameter_unknown"
            << "allowed_payment_method_types"
            << "Received unknown parameter: allowed_payment_method_types";
        QTest::addRow("payment_method_types before endive")
            << valid + "&payment_method_types[0]=card" << QByteArray("2026-03-25.dahlia") << 200 << ""
            << ""
            << "";
        QTest::addRow("bad email") << valid + "&customer_email=nobody" << QByteArray() << 400 << "email_invalid"
                                   << "customer_email"
                                   << "Invalid email address: nobody";
        QTest::addRow("plus as space, a[] array, valid")
            << valid + "&metadata[note]=two+words&expand[]=line_items" << QByteArray() << 200 << ""
            << ""
            << "";
    }

    void createValidation()
    {
        QFETCH(QByteArray, form);
        QFETCH(QByteArray, version);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, param);
        QFETCH(QString, message);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!version.isEmpty())
            headers.append({ "Stripe-Version", version });
        const Reply r = call("POST", QStringLiteral("/v1/checkout/sessions"), form, headers);
        QCOMPARE(r.status, status);
        QVERIFY(r.headers.value("request-id").startsWith("req_"));
        if (status == 200) {
            QCOMPARE(r.data["object"], "checkout.session");
            if (form.contains("note"))
                QCOMPARE(r.data["metadata"]["note"], "two words");
            if (form.contains("expand[]"))
                QCOMPARE(r.data["line_items"]["data"].size(), 1u);
            if (form.contains("allowed_payment_method_types"))
                QCOMPARE(r.data["payment_method_types"], json::array({ "card", "link" }));
            return;
        }
        const json &e = r.data["error"];
        QCOMPARE(e["type"], "invalid_request_error");
        QCOMPARE(QString::fromStdString(e.value("code", std::string())), code);
        QCOMPARE(QString::fromStdString(e.value("param", std::string())), param);
        QVERIFY2(QString::fromStdString(e["message"].get<std::string>()).contains(message), e.dump().c_str());
        QCOMPARE(call("GET", QStringLiteral("/v1/checkout/sessions")).data["data"].size(), 0u); // nothing created
    }

    void listSessionsFilters_data()
    {
        QTest::addColumn<QString>("query"); // {t1}, {t2}: creation times of the paid and the open session
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("expected"); // "paid", "open", newest first
        QTest::addRow("email of the buyer")
            << "customer_details[email]=buyer%40example.com" << 200 << QStringList { QStringLiteral("paid") };
        QTest::addRow("another email") << "customer_details[email]=other%40example.com" << 200 << QStringList {};
        QTest::addRow("created after the first") << "created[gt]={t1}" << 200 << QStringList { QStringLiteral("open") };
        QTest::addRow("created up to the first")
            << "created[lte]={t1}" << 200 << QStringList { QStringLiteral("paid") };
        QTest::addRow("created exactly") << "created={t2}" << 200 << QStringList { QStringLiteral("open") };
        QTest::addRow("created range") << "created[gte]={t1}&created[lt]={t2}" << 200
                                       << QStringList { QStringLiteral("paid") };
        QTest::addRow("both") << "created[gte]={t1}" << 200
                              << QStringList { QStringLiteral("open"), QStringLiteral("paid") };
        QTest::addRow("customer") << "customer=cus_nobody" << 200 << QStringList {};
        QTest::addRow("payment_link") << "payment_link=plink_nothing" << 200 << QStringList {};
        QTest::addRow("subscription") << "subscription=sub_nothing" << 200 << QStringList {};
        QTest::addRow("unknown customer_details field") << "customer_details[phone]=1" << 400 << QStringList {};
        QTest::addRow("customer_details without email") << "customer_details[email]=" << 400 << QStringList {};
        QTest::addRow("created not an integer") << "created[gt]=soon" << 400 << QStringList {};
    }

    void listSessionsFilters()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QStringList, expected);
        const json paid = createSession();
        QCOMPARE(pay(paid["id"], { { "card", "4242424242424242" }, { "email", "buyer@example.com" } }).data["outcome"],
            "paid");
        m_sim->advanceClock(100);
        const json open = createSession();
        query.replace(QLatin1String("{t1}"), QString::number(paid["created"].get<qint64>()));
        query.replace(QLatin1String("{t2}"), QString::number(open["created"].get<qint64>()));
        const Reply r = call("GET", QStringLiteral("/v1/checkout/sessions?") + query);
        QCOMPARE(r.status, status);
        if (status != 200)
            return;
        QStringList got;
        for (const json &s : r.data["data"])
            got << (s["id"] == paid["id"] ? QStringLiteral("paid") : QStringLiteral("open"));
        QCOMPARE(got, expected);
    }

    // An object has no version of its own: each answer is written in the version of the request
    // that asks (and says so in Stripe-Version), each event in the account's default version.
    void objectsRenderInTheAskersVersion()
    {
        const QByteArray old = "2025-09-30.clover";
        const Reply created
            = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(), { { "Stripe-Version", old } });
        QCOMPARE(created.status, 200);
        QCOMPARE(created.data["ui_mode"], "hosted");
        QCOMPARE(created.headers.value("stripe-version"), old);
        const QString path = QStringLiteral("/v1/checkout/sessions/") + QString::fromStdString(created.data["id"]);

        const Reply latest = call("GET", path);
        QCOMPARE(latest.data["ui_mode"], "hosted_page");
        QCOMPARE(latest.headers.value("stripe-version"), QByteArray("2026-10-28.endive"));
        const Reply again = call("GET", path, {}, { { "Stripe-Version", old } });
        QCOMPARE(again.data["ui_mode"], "hosted");
        QCOMPARE(again.headers.value("stripe-version"), old);
        const Reply listed = call("GET", QStringLiteral("/v1/checkout/sessions"), {}, { { "Stripe-Version", old } });
        QCOMPARE(listed.data["data"][0]["ui_mode"], "hosted");

        QCOMPARE(call("POST", path + QStringLiteral("/expire"), {}, { { "Stripe-Version", old } }).status, 200);
        const json expired = events(QStringLiteral("type=checkout.session.expired"))["data"][0];
        QCOMPARE(expired["api_version"], "2026-10-28.endive");
        QCOMPARE(expired["data"]["object"]["ui_mode"], "hosted_page");
    }

    void readRoutesRefuseWhatStripeRefuses_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // {id}: an open session's id
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("message");
        const QString unknown = QStringLiteral("parameter_unknown");
        const QString cannot = QStringLiteral("This property cannot be expanded (%1).");
        QTest::addRow("list sessions, unknown")
            << QByteArray("GET") << "/v1/checkout/sessions?colour=red" << 400 << unknown << "colour"
            << "Received unknown parameter: colour";
        QTest::addRow("list sessions, typo of limit")
            << QByteArray("GET") << "/v1/checkout/sessions?limt=3" << 400 << unknown << "limt"
            << "Received unknown parameter: limt";
        QTest::addRow("retrieve session, unknown")
            << QByteArray("GET") << "/v1/checkout/sessions/{id}?limit=1" << 400 << unknown << "limit"
            << "Received unknown parameter: limit";
        QTest::addRow("line items, unknown")
            << QByteArray("GET") << "/v1/checkout/sessions/{id}/line_items?status=open" << 400 << unknown << "status"
            << "Received unknown parameter: status";
        QTest::addRow("list events, unknown")
            << QByteArray("GET") << "/v1/events?object=event" << 400 << unknown << "object"
            << "Received unknown parameter: object";
        QTest::addRow("retrieve event, unknown")
            << QByteArray("GET") << "/v1/events/evt_nope?type=x" << 400 << unknown << "type"
            << "Received unknown parameter: type";
        QTest::addRow("expand unknown field") << QByteArray("GET") << "/v1/checkout/sessions/{id}?expand[]=colour"
                                              << 400 << QString() << QString() << cannot.arg(QStringLiteral("colour"));
        QTest::addRow("expand a scalar") << QByteArray("GET") << "/v1/checkout/sessions/{id}?expand[0]=status" << 400
                                         << QString() << QString() << cannot.arg(QStringLiteral("status"));
        QTest::addRow("list expand without data.")
            << QByteArray("GET") << "/v1/checkout/sessions?expand[]=line_items" << 400 << QString() << QString()
            << cannot.arg(QStringLiteral("line_items"));
        QTest::addRow("events expand") << QByteArray("GET") << "/v1/events?expand[]=data.object" << 400 << QString()
                                       << QString() << cannot.arg(QStringLiteral("data.object"));
        QTest::addRow("expire expand unknown")
            << QByteArray("POST") << "/v1/checkout/sessions/{id}/expire?expand[]=customer_details" << 400 << QString()
            << QString() << cannot.arg(QStringLiteral("customer_details"));
        QTest::addRow("known filters pass")
            << QByteArray("GET") << "/v1/checkout/sessions?status=open&limit=5&expand[]=data.line_items" << 200
            << QString() << QString() << QString();
        QTest::addRow("payment_intent expands (as id)")
            << QByteArray("GET") << "/v1/checkout/sessions/{id}?expand[]=payment_intent&expand[]=line_items" << 200
            << QString() << QString() << QString();
    }

    void readRoutesRefuseWhatStripeRefuses()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, param);
        QFETCH(QString, message);
        const json s = createSession();
        path.replace(QLatin1String("{id}"), QString::fromStdString(s["id"]));
        const Reply r = call(method, path);
        QCOMPARE(r.status, status);
        if (status != 200) {
            const json &e = r.data["error"];
            QCOMPARE(e["type"], "invalid_request_error");
            QCOMPARE(QString::fromStdString(e.value("code", std::string())), code);
            QCOMPARE(QString::fromStdString(e.value("param", std::string())), param);
            QCOMPARE(QString::fromStdString(e["message"]), message);
        }
        // Nothing happened: the session is still open.
        QCOMPARE(call("GET", QStringLiteral("/v1/checkout/sessions/") + QString::fromStdString(s["id"])).data["status"],
            "open");
    }

    void createRetrieveExpandList()
    {
        const json s
            = createSession("customer_email=ann%40example.com&metadata[order_id]=42&client_reference_id=ord_42");
        const std::string id = s["id"];
        QVERIFY(QString::fromStdString(id).startsWith(QLatin1String("cs_test_")));
        QVERIFY(id.size() <= 66);
        QCOMPARE(s["amount_total"], 2800);
        QCOMPARE(s["amount_subtotal"], 2800);
        QCOMPARE(s["currency"], "usd");
        QCOMPARE(s["status"], "open");
        QCOMPARE(s["payment_status"], "unpaid");
        QVERIFY(s["payment_intent"].is_null());
        QVERIFY(s["customer_details"].is_null());
        QCOMPARE(s["livemode"], false);
        QCOMPARE(s["payment_method_types"], json::array({ "card" }));
        QCOMPARE(s["metadata"]["order_id"], "42");
        QCOMPARE(s["customer_email"], "ann@example.com");
        QCOMPARE(s["ui_mode"], "hosted_page");
        QCOMPARE(QString::fromStdString(s["url"]),
            m_sim->baseUrl().toString() + QStringLiteral("/c/pay/") + QString::fromStdString(id));
        QVERIFY(!s.contains("line_items"));

        const QString path = QStringLiteral("/v1/checkout/sessions/") + QString::fromStdString(id);
        const Reply plain = call("GET", path);
        QCOMPARE(plain.status, 200);
        QCOMPARE(plain.data["id"], id);
        QVERIFY(!plain.data.contains("line_items"));
        for (const QString &query : { QStringLiteral("expand[]=line_items"), QStringLiteral("expand[0]=line_items") }) {
            const Reply expanded = call("GET", path + QLatin1Char('?') + query);
            QCOMPARE(expanded.data["line_items"]["object"], "list");
            QCOMPARE(expanded.data["line_items"]["data"].size(), 2u);
            QCOMPARE(expanded.data["line_items"]["data"][0]["quantity"], 2);
            QCOMPARE(expanded.data["line_items"]["data"][0]["amount_total"], 2500);
            QCOMPARE(expanded.data["line_items"]["data"][0]["description"], "Flat white");
            QCOMPARE(expanded.data["line_items"]["data"][1]["price"]["unit_amount"], 300);
        }
        const Reply items = call("GET", path + QStringLiteral("/line_items?limit=1"));
        QCOMPARE(items.data["data"].size(), 1u);
        QCOMPARE(items.data["has_more"], true);
        QVERIFY(QString::fromStdString(items.data["data"][0]["id"]).startsWith(QLatin1String("li_")));

        createSession();
        const Reply list = call("GET", QStringLiteral("/v1/checkout/sessions?limit=1"));
        QCOMPARE(list.data["data"].size(), 1u);
        QCOMPARE(list.data["has_more"], true);
        QVERIFY(list.data["data"][0]["id"] != id); // newest first

        const Reply missing = call("GET", QStringLiteral("/v1/checkout/sessions/cs_test_nope"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.data["error"]["code"], "resource_missing");
        QCOMPARE(missing.data["error"]["message"], "No such checkout.session: 'cs_test_nope'");
    }

    void expire()
    {
        const json s = createSession();
        const QString path = QStringLiteral("/v1/checkout/sessions/%1/expire").arg(QString::fromStdString(s["id"]));
        const Reply first = call("POST", path);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.data["status"], "expired");
        QVERIFY(first.data["url"].is_null());
        const Reply again = call("POST", path);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.data["error"]["message"],
            "Only Checkout Sessions with a status in [\"open\"] can be expired. This "
            "Checkout Session has a status of `expired`.");
        const json e = events(QStringLiteral("type=checkout.session.expired"));
        QCOMPARE(e["data"].size(), 1u);
        QCOMPARE(e["data"][0]["data"]["object"]["id"], s["id"]);
        QCOMPARE(e["data"][0]["request"]["id"], first.headers.value("request-id").toStdString());
    }

    void auth_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing") << QByteArray() << 401 << "You did not provide an API key.";
        QTest::addRow("malformed") << QByteArray("Bearer pk_test_abcdefgh9876") << 401
                                   << "Invalid API Key provided: pk_test_****9876";
        QTest::addRow("wrong") << QByteArray("Bearer sk_test_otherkey00004321") << 401
                               << "Invalid API Key provided: sk_test_****4321";
        QTest::addRow("bearer ok") << QByteArray("Bearer sk_test_rightkey00001234") << 200 << "";
        QTest::addRow("basic ok") << "Basic " + QByteArray("sk_test_rightkey00001234:").toBase64() << 200 << "";
    }

    void auth()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, message);
        SimulatorOptions options;
        options.apiKey = QStringLiteral("sk_test_rightkey00001234");
        auto sim = makeSimulator(options);
        QNetworkRequest request(QUrl(sim->baseUrl().toString() + QStringLiteral("/v1/events")));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        const QByteArray body = reply->readAll();
        QVERIFY(reply->rawHeader("Request-Id").startsWith("req_"));
        QVERIFY(!body.contains("otherkey")); // the key never comes back
        if (!message.isEmpty())
            QVERIFY2(QString::fromUtf8(body).contains(message), body.constData());
        reply->deleteLater();
    }

    void idempotentReplay()
    {
        const QList<QPair<QByteArray, QByteArray>> key { { "Idempotency-Key", "order-7-attempt" } };
        const Reply first = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(), key);
        const Reply second = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(), key);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.data["id"], first.data["id"]);
        QCOMPARE(second.headers.value("idempotent-replayed"), QByteArray("true"));
        QVERIFY(!first.headers.contains("idempotent-replayed"));
        QCOMPARE(call("GET", QStringLiteral("/v1/checkout/sessions")).data["data"].size(), 1u);

        const Reply mismatch = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm("metadata[x]=1"), key);
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(mismatch.data["error"]["type"], "idempotency_error");

        // Another API key has its own key space.
        const Reply otherKey = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(),
            { { "Idempotency-Key", "order-7-attempt" }, { "Authorization", "Bearer sk_test_anotherkey777" } });
        QCOMPARE(otherKey.status, 200);
        QVERIFY(otherKey.data["id"] != first.data["id"]);
    }

    void idempotencyInFlight()
    {
        // The first request to arrive is held for 400 ms; a duplicate arriving meanwhile must get 409.
        FaultConfig faults;
        faults.delayMs = 400;
        faults.delayCount = 1;
        m_sim->setFaults(faults);
        QNetworkAccessManager second;
        QList<QNetworkReply *> replies;
        for (QNetworkAccessManager *network : { &m_network, &second }) {
            QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + QStringLiteral("/v1/checkout/sessions")));
            request.setRawHeader("Authorization", "Bearer " + kKey);
            request.setRawHeader("Idempotency-Key", "slow-one");
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            replies.append(network->post(request, sessionForm()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 10000);
        QList<int> statuses;
        QByteArray conflictBody;
        for (QNetworkReply *reply : replies) {
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            const QByteArray body = reply->readAll();
            if (statuses.last() == 409)
                conflictBody = body;
            reply->deleteLater();
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int> { 200, 409 }));
        QCOMPARE(json::parse(conflictBody.toStdString())["error"]["code"], "idempotency_key_in_use");
        const Reply after = call(
            "POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(), { { "Idempotency-Key", "slow-one" } });
        QCOMPARE(after.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(call("GET", QStringLiteral("/v1/checkout/sessions")).data["data"].size(), 1u);
    }

    void injected500IsNotStored()
    {
        FaultConfig faults;
        faults.failCount = 1;
        faults.failStatus = 500;
        faults.failPath = QStringLiteral("/v1/checkout/sessions");
        m_sim->setFaults(faults);
        const QList<QPair<QByteArray, QByteArray>> key { { "Idempotency-Key", "retry-me" } };
        const Reply failed = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(), key);
        QCOMPARE(failed.status, 500);
        QCOMPARE(failed.data["error"]["type"], "api_error");
        const Reply retried = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(), key);
        QCOMPARE(retried.status, 200);
        QVERIFY(!retried.headers.contains("idempotent-replayed"));
        QCOMPARE(call("GET", QStringLiteral("/v1/checkout/sessions")).data["data"].size(), 1u);
    }

    void droppedConnection_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("sessionsAfterDrop");
        QTest::addRow("drop before execution") << int(FaultConfig::FailMode::Drop) << 0;
        QTest::addRow("drop after execution") << int(FaultConfig::FailMode::DropAfterExecution) << 1;
    }

    void droppedConnection()
    {
        QFETCH(int, mode);
        QFETCH(int, sessionsAfterDrop);
        FaultConfig faults;
        faults.failCount = 1;
        faults.failMode = FaultConfig::FailMode(mode);
        faults.failMethod = "POST";
        m_sim->setFaults(faults);
        // A raw socket: QNetworkAccessManager would silently resend a request whose connection dropped.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sim->baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = sessionForm();
        socket.write("POST /v1/checkout/sessions HTTP/1.1\r\nHost: sim\r\nAuthorization: Bearer " + kKey
            + "\r\nIdempotency-Key: dropped\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        QVERIFY(disconnected.wait(10000));
        QCOMPARE(socket.readAll(), QByteArray()); // closed without a single byte of answer
        QCOMPARE(int(call("GET", QStringLiteral("/v1/checkout/sessions")).data["data"].size()), sessionsAfterDrop);
        const Reply retry
            = call("POST", QStringLiteral("/v1/checkout/sessions"), body, { { "Idempotency-Key", "dropped" } });
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.headers.contains("idempotent-replayed"), sessionsAfterDrop == 1);
        QCOMPARE(call("GET", QStringLiteral("/v1/checkout/sessions")).data["data"].size(), 1u);
    }

    void payWithTestCards_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("threeDs");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("sessionStatus");
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString failed = QStringLiteral("payment_intent.payment_failed");
        const QString declined = QStringLiteral("Your card was declined.");
        QTest::addRow("success") << "4242424242424242"
                                 << "" << 200 << "paid"
                                 << "complete"
                                 << "checkout.session.completed"
                                 << ""
                                 << "";
        QTest::addRow("success with spaces") << "4242 4242 4242 4242"
                                             << "" << 200 << "paid"
                                             << "complete"
                                             << "checkout.session.completed"
                                             << ""
                                             << "";
        QTest::addRow("generic decline") << "4000000000000002"
                                         << "" << 402 << "declined"
                                         << "open" << failed << "generic_decline" << declined;
        QTest::addRow("insufficient funds") << "4000000000009995"
                                            << "" << 402 << "declined"
                                            << "open" << failed << "insufficient_funds"
                                            << "Your card has insufficient funds.";
        QTest::addRow("lost") << "4000000000009987"
                              << "" << 402 << "declined"
                              << "open" << failed << "lost_card" << declined;
        QTest::addRow("stolen") << "4000000000009979"
                                << "" << 402 << "declined"
                                << "open" << failed << "stolen_card" << declined;
        QTest::addRow("expired card") << "4000000000000069"
                                      << "" << 402 << "declined"
                                      << "open" << failed << "expired_card"
                                      << "Your card has expired.";
        QTest::addRow("incorrect cvc") << "4000000000000127"
                                       << "" << 402 << "declined"
                                       << "open" << failed << "incorrect_cvc"
                                       << "Your card's security code is incorrect.";
        QTest::addRow("processing error") << "4000000000000119"
                                          << "" << 402 << "declined"
                                          << "open" << failed << "processing_error"
                                          << "An error occurred while processing your card. Try again in a little bit.";
        QTest::addRow("luhn failure") << "4242424242424241"
                                      << "" << 402 << "declined"
                                      << "open" << failed << "incorrect_number"
                                      << "Your card number is incorrect.";
        QTest::addRow("3ds pending") << "4000002500003155"
                                     << "" << 200 << "requires_action"
                                     << "open"
                                     << ""
                                     << ""
                                     << "";
        QTest::addRow("3ds complete 3155") << "4000002500003155"
                                           << "complete" << 200 << "paid"
                                           << "complete"
                                           << "checkout.session.completed"
                                           << ""
                                           << "";
        QTest::addRow("3ds complete 3184") << "4000002760003184"
                                           << "complete" << 200 << "paid"
                                           << "complete"
                                           << "checkout.session.completed"
                                           << ""
                                           << "";
        QTest::addRow("3ds complete 3220") << "4000000000003220"
                                           << "complete" << 200 << "paid"
                                           << "complete"
                                           << "checkout.session.completed"
                                           << ""
                                           << "";
        QTest::addRow("3ds fail") << "4000002500003155"
                                  << "fail" << 402 << "declined"
                                  << "open" << failed << "payment_intent_authentication_failure"
                                  << "We are unable to authenticate your payment method.";
        QTest::addRow("3ds then insufficient funds") << "4000008260003178"
                                                     << "complete" << 402 << "declined"
                                                     << "open" << failed << "insufficient_funds"
                                                     << "Your card has insufficient funds.";
        QTest::addRow("incomplete number") << "4242"
                                           << "" << 400 << "invalid"
                                           << "open"
                                           << ""
                                           << ""
                                           << "Your card number is incomplete.";
    }

    void payWithTestCards()
    {
        QFETCH(QString, card);
        QFETCH(QString, threeDs);
        QFETCH(int, status);
        QFETCH(QString, outcome);
        QFETCH(QString, sessionStatus);
        QFETCH(QString, eventType);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QSignalSpy completed(m_sim.get(), &StripeSimulator::sessionCompleted);
        const json s = createSession("payment_intent_data[metadata][order_id]=42");
        json body = { { "card", card.toStdString() }, { "email", "buyer@example.com" }, { "name", "Ann Buyer" } };
        if (!threeDs.isEmpty())
            body["three_d_secure"] = threeDs.toStdString();
        const Reply r = pay(s["id"], body);
        QCOMPARE(r.status, status);
        QCOMPARE(QString::fromStdString(r.data["outcome"]), outcome);
        QCOMPARE(QString::fromStdString(r.data["session"]["status"]), sessionStatus);
        if (!message.isEmpty())
            QVERIFY2(QString::fromStdString(r.data["message"]).startsWith(message), r.body.constData());
        const json all = events();
        const bool paid = sessionStatus == QLatin1String("complete");
        // A payment also makes a Charge and settles the PaymentIntent, each with its event; a card
        // the issuer declines makes a failed Charge (a bad checksum or a failed 3-D Secure step none).
        const bool issuerDeclined = !paid && !eventType.isEmpty() && code != QLatin1String("incorrect_number")
            && code != QLatin1String("payment_intent_authentication_failure");
        QCOMPARE(all["data"].size(), eventType.isEmpty() ? 0u : paid ? 3u : issuerDeclined ? 2u : 1u);
        if (eventType.isEmpty())
            return;
        const json &event = all["data"][0];
        QCOMPARE(QString::fromStdString(event["type"]), eventType);
        if (paid) {
            QCOMPARE(all["data"][1]["type"], "payment_intent.succeeded");
            QCOMPARE(all["data"][2]["type"], "charge.succeeded");
            QCOMPARE(completed.count(), 1);
            QCOMPARE(event["data"]["object"]["payment_status"], "paid");
            QCOMPARE(event["data"]["object"]["customer_details"]["email"], "buyer@example.com");
            QVERIFY(QString::fromStdString(event["data"]["object"]["payment_intent"]).startsWith(QLatin1String("pi_")));
            QVERIFY(r.data["session"]["url"].is_null());
        } else {
            QCOMPARE(completed.count(), 0);
            const json &pi = event["data"]["object"];
            QCOMPARE(pi["object"], "payment_intent");
            // Exactly what payment_intent_data[metadata] said: Stripe adds no checkout_session.
            QCOMPARE(pi["metadata"], json({ { "order_id", "42" } }));
            const json &error = pi["last_payment_error"];
            // The payment method carries every field Stripe's schema requires.
            const json &method = error["payment_method"];
            for (const char *key : { "id", "object", "billing_details", "created", "livemode", "type", "card" })
                QVERIFY2(method.contains(key), key);
            QCOMPARE(method["billing_details"]["email"], "buyer@example.com");
            QCOMPARE(method["card"]["exp_year"], 2034);
            QCOMPARE(method["card"]["exp_month"], 12);
            QCOMPARE(method["card"]["funding"], "credit");
            QCOMPARE(QString::fromStdString(error.value("decline_code", error.value("code", std::string()))), code);
            QVERIFY(QString::fromStdString(error["message"]).startsWith(message));
            if (issuerDeclined) {
                const json &charge = all["data"][1]["data"]["object"];
                QCOMPARE(all["data"][1]["type"], "charge.failed");
                QCOMPARE(error["charge"], charge["id"]);
                QCOMPARE(pi["latest_charge"], charge["id"]);
                QCOMPARE(charge["status"], "failed");
                QCOMPARE(charge["paid"], false);
                QCOMPARE(charge["amount_captured"], 0);
                QVERIFY(charge["balance_transaction"].is_null());
                QCOMPARE(charge["failure_code"], error["code"]);
                QCOMPARE(charge["failure_message"], error["message"]);
                QCOMPARE(charge["outcome"]["type"], "issuer_declined");
                QCOMPARE(charge["outcome"]["network_status"], "declined_by_network");
                QCOMPARE(QString::fromStdString(charge["outcome"]["reason"]), code);
            } else {
                QVERIFY(!error.contains("charge"));
                QVERIFY(pi["latest_charge"].is_null());
            }
            QVERIFY(r.data["session"]["payment_intent"].is_null());
            // The session stays open: the buyer may try another card.
            QCOMPARE(pay(s["id"], { { "card", "4242424242424242" }, { "email", "buyer@example.com" } }).data["outcome"],
                "paid");
        }
    }

    void payThroughTheHostedPage()
    {
        const json s = createSession("customer_email=ann%40example.com");
        const QString page = QStringLiteral("/c/pay/") + QString::fromStdString(s["id"]);
        const Reply get = call("GET", page);
        QCOMPARE(get.status, 200);
        const QString html = QString::fromUtf8(get.body);
        for (const char *needle : { "Checkout Kiosk Demo Café", "$28.00", "Flat white", "Qty 2", "id=\"cardNumber\"",
                 "id=\"cardExpiry\"", "id=\"cardCvc\"", "id=\"billingName\"", "id=\"submit\"",
                 "value=\"ann@example.com\"", "Test mode", "https://kiosk.test/cancel", "id=\"countdown\"" })
            QVERIFY2(html.contains(QString::fromUtf8(needle)), needle);
        QVERIFY(!html.contains(QLatin1String("http://cdn")) && !html.contains(QLatin1String("<link")));

        const QByteArray declined
            = "email=ann%40example.com&cardNumber=4000+0000+0000+9995&cardExpiry=12+%2F+34&cardCvc=123";
        const Reply decline = call("POST", page, declined);
        QCOMPARE(decline.status, 402);
        QVERIFY(decline.body.contains("Your card has insufficient funds."));
        const Reply badExpiry
            = call("POST", page, "email=ann%40example.com&cardNumber=4242424242424242&cardExpiry=01%2F20&cardCvc=123");
        QCOMPARE(badExpiry.status, 400);
        QVERIFY(badExpiry.body.contains("Your card&#x27;s expiration year is in the past.")
            || badExpiry.body.contains("Your card's expiration year is in the past."));

        const Reply paid = call("POST", page,
            "email=ann%40example.com&cardNumber=4242+4242+4242+4242&cardExpiry=12+%2F+34&cardCvc=123&billingName=Ann");
        QCOMPARE(paid.status, 303);
        QCOMPARE(paid.headers.value("location"), "https://kiosk.test/ok?sid=" + QByteArray::fromStdString(s["id"]));
        const Reply again
            = call("POST", page, "email=ann%40example.com&cardNumber=4242424242424242&cardExpiry=12%2F34&cardCvc=123");
        QCOMPARE(again.status, 409);
        QVERIFY(again.body.contains("already paid"));
        const json session
            = call("GET", QStringLiteral("/v1/checkout/sessions/") + QString::fromStdString(s["id"])).data;
        QCOMPARE(session["customer_details"]["name"], "Ann");
        QCOMPARE(events(QStringLiteral("type=checkout.session.completed"))["data"].size(), 1u);
    }

    void threeDSecureOnThePage()
    {
        const json s = createSession();
        const QString page = QStringLiteral("/c/pay/") + QString::fromStdString(s["id"]);
        const Reply step
            = call("POST", page, "email=a%40b.co&cardNumber=4000002760003184&cardExpiry=12%2F34&cardCvc=123");
        QCOMPARE(step.status, 200);
        QVERIFY(step.body.contains("id=\"complete-auth\"") && step.body.contains("id=\"fail-auth\""));
        const QRegularExpression tokenPattern(QStringLiteral("name=\"attempt\" value=\"([^\"]+)\""));
        const QString token = tokenPattern.match(QString::fromUtf8(step.body)).captured(1);
        QVERIFY(!token.isEmpty());
        const Reply failed
            = call("POST", page + QStringLiteral("/authenticate"), "action=fail&attempt=" + token.toUtf8());
        QCOMPARE(failed.status, 402);
        QVERIFY(failed.body.contains("unable to authenticate"));
        QCOMPARE(events()["data"][0]["data"]["object"]["last_payment_error"]["code"],
            "payment_intent_authentication_failure");
        const Reply step2
            = call("POST", page, "email=a%40b.co&cardNumber=4000002760003184&cardExpiry=12%2F34&cardCvc=123");
        const QString token2 = tokenPattern.match(QString::fromUtf8(step2.body)).captured(1);
        QCOMPARE(call("POST", page + QStringLiteral("/authenticate"), "action=complete&attempt=stale").status, 400);
        const Reply done
            = call("POST", page + QStringLiteral("/authenticate"), "action=complete&attempt=" + token2.toUtf8());
        QCOMPARE(done.status, 303);
    }

    void clockExpiresSessions()
    {
        const json s = createSession();
        const QString id = QString::fromStdString(s["id"]);
        const Reply clockBefore = call("GET", QStringLiteral("/_sim/clock"));
        const Reply advanced = call("POST", QStringLiteral("/_sim/clock/advance"), R"({"seconds": 86400})");
        QCOMPARE(advanced.status, 200);
        QCOMPARE(advanced.data["now"].get<qint64>() - clockBefore.data["now"].get<qint64>() >= 86400, true);
        const json session = call("GET", QStringLiteral("/v1/checkout/sessions/") + id).data;
        QCOMPARE(session["status"], "expired");
        QVERIFY(session["url"].is_null());
        const json expired = events(QStringLiteral("type=checkout.session.expired"));
        QCOMPARE(expired["data"].size(), 1u);
        QCOMPARE(expired["data"][0]["data"]["object"]["status"], "expired");
        const Reply payLate = pay(s["id"], { { "card", "4242424242424242" }, { "email", "a@b.co" } });
        QCOMPARE(payLate.status, 410);
        QCOMPARE(payLate.data["outcome"], "closed");
        const Reply page = call("GET", QStringLiteral("/c/pay/") + id);
        QVERIFY(page.body.contains("expired"));
        QCOMPARE(call("POST", QStringLiteral("/_sim/clock/advance"), R"({"seconds": -5})").status, 400);
    }

    void asyncPayment()
    {
        const json s = createSession();
        const Reply r = pay(s["id"], { { "card", "4242424242424242" }, { "email", "a@b.co" }, { "async", true } });
        QCOMPARE(r.data["outcome"], "processing");
        QCOMPARE(r.data["session"]["status"], "complete");
        QCOMPARE(r.data["session"]["payment_status"], "unpaid");
        const QString asyncPath = QStringLiteral("/_sim/sessions/%1/async").arg(QString::fromStdString(s["id"]));
        const Reply ok = call("POST", asyncPath, R"({"result":"succeeded"})");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.data["session"]["payment_status"], "paid");
        QCOMPARE(call("POST", asyncPath, R"({"result":"succeeded"})").status, 409);
        const json list = events(QStringLiteral("type=checkout.session.*"));
        QCOMPARE(list["data"].size(), 2u);
        QCOMPARE(list["data"][0]["type"], "checkout.session.async_payment_succeeded");
        QCOMPARE(list["data"][1]["data"]["object"]["payment_status"], "unpaid"); // the object as it was
    }

    void webhookDeliverySigned()
    {
        Receiver receiver;
        m_sim->addWebhookEndpoint({ receiver.url, kSecret });
        const json s = createSession();
        pay(s["id"], { { "card", "4242424242424242" }, { "email", "a@b.co" } });
        // charge.succeeded, payment_intent.succeeded and checkout.session.completed.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 3, 10000);
        const auto completed = std::find_if(receiver.deliveries.begin(), receiver.deliveries.end(),
            [](const Receiver::Delivery &r) { return r.event["type"] == "checkout.session.completed"; });
        QVERIFY(completed != receiver.deliveries.end());
        const Receiver::Delivery &d = *completed;
        QCOMPARE(d.contentType, QByteArray("application/json; charset=utf-8"));
        QCOMPARE(d.userAgent, QByteArray("Stripe/1.0 (+https://stripe.com/docs/webhooks)"));
        QVERIFY(d.body.contains("\n  \"")); // pretty-printed
        const QList<QByteArray> parts = d.signature.split(',');
        QCOMPARE(parts.size(), 2);
        const qint64 t = parts.at(0).mid(2).toLongLong();
        QCOMPARE(qAbs(t - m_sim->nowSecs()) <= 5, true);
        QCOMPARE(parts.at(1), "v1=" + WebhookSigner::computeSignature(d.body, kSecret, t));
        QCOMPARE(d.event["type"], "checkout.session.completed");
        QCOMPARE(d.event["data"]["object"]["id"], s["id"]);
        QTRY_COMPARE_WITH_TIMEOUT(events()["data"][0]["pending_webhooks"].get<int>(), 0, 10000);
        QCOMPARE(events(QStringLiteral("delivery_success=false"))["data"].size(), 0u);
    }

    void webhookRetries()
    {
        Receiver receiver;
        receiver.statuses = { 500, 404 };
        SimulatorOptions options;
        options.webhookRetryScheduleSecs = { 0, 60 };
        options.webhooks = { { receiver.url, kSecret } };
        m_sim = makeSimulator(options);
        const json s = createSession();
        call("POST", QStringLiteral("/v1/checkout/sessions/%1/expire").arg(QString::fromStdString(s["id"])));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 2, 10000); // first try + immediate retry
        QCOMPARE(events()["data"][0]["pending_webhooks"], 1);
        QCOMPARE(events(QStringLiteral("delivery_success=false"))["data"].size(), 1u);
        m_sim->advanceClock(60); // the second retry is due a minute later on the simulator clock
        QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 3, 10000);
        QCOMPARE(receiver.eventIds().at(0), receiver.eventIds().at(2));
        QTRY_COMPARE_WITH_TIMEOUT(events()["data"][0]["pending_webhooks"].get<int>(), 0, 10000);
        QCOMPARE(events(QStringLiteral("delivery_success=true"))["data"].size(), 1u);
    }

    void webhookRetryOnRefusedConnection()
    {
        SimulatorOptions options;
        options.webhookRetryScheduleSecs = { 0, 0 };
        options.webhooks = { { QUrl(QStringLiteral("http://127.0.0.1:1/nothing-listens")), kSecret } };
        m_sim = makeSimulator(options);
        QSignalSpy created(m_sim.get(), &StripeSimulator::eventCreated);
        const json s = createSession();
        call("POST", QStringLiteral("/v1/checkout/sessions/%1/expire").arg(QString::fromStdString(s["id"])));
        QCOMPARE(created.count(), 1);
        QCOMPARE(events(QStringLiteral("delivery_success=false"))["data"].size(), 1u);
    }

    void webhookFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addRow("duplicate") << "webhook_duplicate";
        QTest::addRow("reorder") << "webhook_reorder";
        QTest::addRow("drop") << "webhook_drop";
    }

    void webhookFaults()
    {
        QFETCH(QString, fault);
        Receiver receiver;
        m_sim->addWebhookEndpoint({ receiver.url, kSecret });
        const json body = fault == QLatin1String("webhook_reorder") ? json { { "webhook_reorder", 3 } }
                                                                    : json { { fault.toStdString(), true } };
        QCOMPARE(call("POST", QStringLiteral("/_sim/faults"), QByteArray::fromStdString(body.dump())).status, 200);
        QStringList created;
        for (int i = 0; i < 3; ++i) {
            const json s = createSession();
            call("POST", QStringLiteral("/v1/checkout/sessions/%1/expire").arg(QString::fromStdString(s["id"])));
        }
        const json list = events();
        QCOMPARE(list["data"].size(), 3u);
        for (const json &e : list["data"])
            created.prepend(QString::fromStdString(e["id"]));
        if (fault == QLatin1String("webhook_duplicate")) {
            QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 6, 10000);
            for (const QString &id : created)
                QCOMPARE(receiver.eventIds().count(id), 2);
        } else if (fault == QLatin1String("webhook_reorder")) {
            QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 3, 10000);
            QStringList reversed(created.crbegin(), created.crend());
            QCOMPARE(receiver.eventIds(), reversed);
        } else {
            // Nothing arrives; the events stay pending for a poller sweeping delivery_success=false.
            QCOMPARE(events(QStringLiteral("delivery_success=false"))["data"].size(), 3u);
            QCOMPARE(call("DELETE", QStringLiteral("/_sim/faults")).data["webhook_drop"], false);
            const json s = createSession();
            call("POST", QStringLiteral("/v1/checkout/sessions/%1/expire").arg(QString::fromStdString(s["id"])));
            QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 1, 10000);
            QVERIFY(!created.contains(receiver.eventIds().first()));
        }
    }

    void eventListFiltersAndPaging()
    {
        for (int i = 0; i < 5; ++i) {
            const json s = createSession();
            if (i % 2 == 0)
                pay(s["id"], { { "card", "4242424242424242" }, { "email", "a@b.co" } });
            else
                pay(s["id"], { { "card", "4000000000000002" }, { "email", "a@b.co" } });
            m_sim->advanceClock(10);
        }
        // Paid sessions add charge.succeeded and payment_intent.succeeded, declined ones
        // charge.failed: 3 × 3 + 2 × 2 events.
        QCOMPARE(events(QStringLiteral("limit=100"))["data"].size(), 13u);
        // The rest pages through the one event per session.
        const QString only
            = QStringLiteral("types[]=checkout.session.completed&types[]=payment_intent.payment_failed&");
        const json all = events(only + QStringLiteral("limit=100"));
        QCOMPARE(all["data"].size(), 5u);
        QCOMPARE(all["has_more"], false);
        QCOMPARE(all["url"], "/v1/events");
        for (size_t i = 1; i < all["data"].size(); ++i)
            QVERIFY(all["data"][i - 1]["created"] >= all["data"][i]["created"]);
        QCOMPARE(events(QStringLiteral("type=checkout.session.completed"))["data"].size(), 3u);
        QCOMPARE(events(QStringLiteral("type=payment_intent.*"))["data"].size(), 5u);
        QCOMPARE(
            events(QStringLiteral("types[]=payment_intent.payment_failed&types[]=checkout.session.completed"))["data"]
                .size(),
            5u);
        const qint64 third = all["data"][2]["created"];
        QCOMPARE(events(only + QStringLiteral("created[gt]=%1").arg(third))["data"].size(), 2u);
        QCOMPARE(events(only + QStringLiteral("created[gte]=%1").arg(third))["data"].size(), 3u);
        QCOMPARE(events(only + QStringLiteral("created[lt]=%1").arg(third))["data"].size(), 2u);
        QCOMPARE(events(only + QStringLiteral("created[lte]=%1").arg(third))["data"].size(), 3u);

        const json page1 = events(only + QStringLiteral("limit=2"));
        QCOMPARE(page1["data"].size(), 2u);
        QCOMPARE(page1["has_more"], true);
        const json page2
            = events(only + QStringLiteral("limit=2&starting_after=") + QString::fromStdString(page1["data"][1]["id"]));
        QCOMPARE(page2["data"][0]["id"], all["data"][2]["id"]);
        QCOMPARE(page2["has_more"], true);
        const json page3
            = events(only + QStringLiteral("limit=2&starting_after=") + QString::fromStdString(page2["data"][1]["id"]));
        QCOMPARE(page3["data"].size(), 1u);
        QCOMPARE(page3["has_more"], false);
        const json back
            = events(only + QStringLiteral("limit=2&ending_before=") + QString::fromStdString(page3["data"][0]["id"]));
        QCOMPARE(back["data"][0]["id"], all["data"][2]["id"]);
        QCOMPARE(back["data"][1]["id"], all["data"][3]["id"]);
        QCOMPARE(back["has_more"], true);

        QCOMPARE(call("GET", QStringLiteral("/v1/events?limit=0")).data["error"]["param"], "limit");
        QCOMPARE(call("GET", QStringLiteral("/v1/events?limit=101")).status, 400);
        QString many;
        for (int i = 0; i < 21; ++i)
            many += QStringLiteral("&types[]=t%1").arg(i);
        QCOMPARE(call("GET", QStringLiteral("/v1/events?") + many.mid(1)).data["error"]["param"], "types");
        const Reply one = call("GET", QStringLiteral("/v1/events/") + QString::fromStdString(all["data"][0]["id"]));
        QCOMPARE(one.data["id"], all["data"][0]["id"]);
        QCOMPARE(call("GET", QStringLiteral("/v1/events/evt_missing")).data["error"]["message"],
            "No such event: 'evt_missing'");
    }

    // Each row once killed the whole process (and with it the kiosk or server embedding the
    // simulator): an uncaught nlohmann exception, a stack overflow, or a clock wrapped to 1970.
    void hostileRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("requestLine");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("message");
        const QByteArray auth = "Authorization: Bearer " + kKey + "\r\n";
        const QByteArray form = "Content-Type: application/x-www-form-urlencoded\r\n";
        const QByteArray pay = "POST /_sim/sessions/x/pay HTTP/1.1";
        const QByteArray card = R"("card":"4242424242424242","email":"a@b.co")";
        QTest::addRow("pay: card is a number") << pay << QByteArray() << QByteArray(R"({"card":4242})") << "card"
                                               << "Invalid string: card must be a JSON string";
        QTest::addRow("pay: email is an array")
            << pay << QByteArray() << QByteArray(R"({"card":"4242424242424242","email":["a@b.co"]})") << "email"
            << "Invalid string: email must be a JSON string";
        QTest::addRow("pay: exp is a number") << pay << QByteArray() << "{" + card + R"(,"exp":1234})"
                                              << "exp"
                                              << "Invalid string: exp must be a JSON string";
        QTest::addRow("pay: cvc is a number") << pay << QByteArray() << "{" + card + R"(,"cvc":123})"
                                              << "cvc"
                                              << "Invalid string: cvc must be a JSON string";
        QTest::addRow("pay: name is an object") << pay << QByteArray() << "{" + card + R"(,"name":{}})"
                                                << "name"
                                                << "Invalid string: name must be a JSON string";
        QTest::addRow("pay: three_d_secure is a number")
            << pay << QByteArray() << "{" + card + R"(,"three_d_secure":1})"
            << "three_d_secure"
            << "Invalid string: three_d_secure must be a JSON string";
        QTest::addRow("pay: async is a string") << pay << QByteArray() << "{" + card + R"(,"async":"yes"})"
                                                << "async"
                                                << "Invalid boolean: async must be true or false";
        QTest::addRow("pay: unknown field") << pay << QByteArray() << "{" + card + R"(,"cardnumber":"4242"})"
                                            << "cardnumber"
                                            << "Received unknown parameter: cardnumber";
        QTest::addRow("pay: body nested 100000 deep")
            << pay << QByteArray() << R"({"card":)" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}"
            << ""
            << "nested more than";
        QTest::addRow("async: result is a number") << QByteArray("POST /_sim/sessions/x/async HTTP/1.1") << QByteArray()
                                                   << QByteArray(R"({"result":1})") << "result"
                                                   << "Invalid string: result must be a JSON string";
        QTest::addRow("webhooks: url is a number") << QByteArray("POST /_sim/webhooks HTTP/1.1") << QByteArray()
                                                   << QByteArray(R"({"url":1,"secret":"whsec_x"})") << "url"
                                                   << "Invalid string: url must be a JSON string";
        QTest::addRow("webhooks: secret is a number")
            << QByteArray("POST /_sim/webhooks HTTP/1.1") << QByteArray()
            << QByteArray("{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":7}") << "secret"
            << "Invalid string: secret must be a JSON string";
        QTest::addRow("faults: delay_ms beyond int") << QByteArray("POST /_sim/faults HTTP/1.1") << QByteArray()
                                                     << QByteArray(R"({"delay_ms":99999999999})") << "delay_ms"
                                                     << "This value must be less than or equal to 600000.";
        QTest::addRow("faults: fail_count is a string") << QByteArray("POST /_sim/faults HTTP/1.1") << QByteArray()
                                                        << QByteArray(R"({"fail_count":"1"})") << "fail_count"
                                                        << "Invalid integer: fail_count must be a whole number";
        const QByteArray advance = "POST /_sim/clock/advance HTTP/1.1";
        QTest::addRow("clock: 2^63-1 seconds")
            << advance << QByteArray() << QByteArray(R"({"seconds":9223372036854775807})") << "seconds"
            << "This value must be less than or equal to";
        QTest::addRow("clock: 2^63 seconds")
            << advance << QByteArray() << QByteArray(R"({"seconds":9223372036854775808})") << "seconds"
            << "This value must be less than or equal to";
        QTest::addRow("clock: beyond year 9999")
            << advance << QByteArray() << QByteArray(R"({"seconds":300000000000})") << "seconds"
            << "This value must be less than or equal to";
        QTest::addRow("clock: seconds is a string")
            << advance << QByteArray() << QByteArray(R"({"seconds":"60"})") << "seconds"
            << "Invalid integer: seconds must be a whole number";
        QTest::addRow("method not UTF-8 (control)") << QByteArray("P\xffST /_sim/clock/advance HTTP/1.1")
                                                    << QByteArray() << QByteArray(R"({"seconds":1})") << ""
                                                    << "Invalid request method";
        QTest::addRow("method not UTF-8 (API)")
            << QByteArray("G\xe9T /v1/events HTTP/1.1") << auth << QByteArray() << ""
            << "Invalid request method";
        QTest::addRow("Stripe-Version not UTF-8")
            << QByteArray("GET /v1/events HTTP/1.1") << auth + "Stripe-Version: 2026-10-28.\xff\xfe\r\n"
            << QByteArray() << ""
            << "Invalid Stripe API version: 2026-10-28.";
        QTest::addRow("Idempotency-Key not UTF-8")
            << QByteArray("POST /v1/checkout/sessions HTTP/1.1") << auth + form + "Idempotency-Key: k\xff\xfe\r\n"
            << sessionForm() << "idempotency_key"
            << "Invalid idempotency key: it must be valid UTF-8.";
        QTest::addRow("form 60000 levels deep (page)")
            << QByteArray("POST /c/pay/x HTTP/1.1") << form << nested("a", 60000) << ""
            << "nested more than 8 levels deep";
        QTest::addRow("form 60000 levels deep (API)")
            << QByteArray("POST /v1/checkout/sessions HTTP/1.1") << auth + form << nested("metadata", 60000) << ""
            << "nested more than 8 levels deep";
        QTest::addRow("form 9 levels deep (query)")
            << "GET /v1/checkout/sessions?" + nested("expand", 9) + " HTTP/1.1" << auth << QByteArray() << ""
            << "nested more than 8 levels deep";
        QTest::addRow("form with 10001 parameters (page)")
            << QByteArray("POST /c/pay/x HTTP/1.1") << form << QByteArray("p=1&").repeated(10001) << ""
            << "more than 10000 parameters";
        QTest::addRow("form key of 1000 characters (API)")
            << QByteArray("POST /v1/checkout/sessions HTTP/1.1") << auth + form << QByteArray(1000, 'k') + "=1"
            << ""
            << "longer than 500 characters";
    }

    void hostileRequestsAreRefused()
    {
        QFETCH(QByteArray, requestLine);
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, param);
        QFETCH(QString, message);
        QTemporaryDir dir;
        SimulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        auto sim = makeSimulator(options);
        const Reply r = rawCall(*sim, requestLine, headers, body);
        QCOMPARE(r.status, 400);
        if (r.headers.value("content-type").startsWith("application/json")) {
            const json &error = r.data["error"];
            QCOMPARE(error["type"], "invalid_request_error");
            QCOMPARE(QString::fromStdString(error.value("param", std::string())), param);
            QVERIFY2(QString::fromStdString(error["message"].get<std::string>()).contains(message), r.body.constData());
        } else {
            QVERIFY2(QString::fromUtf8(r.body).contains(message), r.body.left(2000).constData());
        }
        // Still alive and unchanged: answers, the clock was not moved, the state file is readable.
        QCOMPARE(call("GET", QStringLiteral("/health"), {}, {}, sim.get()).status, 200);
        const qint64 now = call("GET", QStringLiteral("/_sim/clock"), {}, {}, sim.get()).data.value("now", qint64(0));
        QVERIFY(now >= QDateTime::currentSecsSinceEpoch() - 60 && now <= QDateTime::currentSecsSinceEpoch() + 60);
        QVERIFY(sim->saveState().ok());
        QFile state(options.statePath);
        QVERIFY(state.open(QIODevice::ReadOnly));
        QVERIFY(!json::parse(state.readAll().toStdString(), nullptr, false).is_discarded());
    }

    void stateFileKeepsNoApiKey()
    {
        QTemporaryDir dir;
        SimulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        std::string id;
        {
            auto first = makeSimulator(options);
            const Reply created = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(),
                { { "Idempotency-Key", "hashed-key" } }, first.get());
            QCOMPARE(created.status, 200);
            id = created.data["id"];
            QVERIFY(first->saveState().ok());
        }
        QFile file(options.statePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        QVERIFY(saved.contains("hashed-key"));
        QVERIFY2(!saved.contains(kKey), "the client's API key is in the state file");
        QVERIFY(saved.contains(QCryptographicHash::hash(kKey, QCryptographicHash::Sha256).toHex()));

        // After a restart the hashed entry still replays for the same key, and only for it.
        auto second = makeSimulator(options);
        const Reply replay = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(),
            { { "Idempotency-Key", "hashed-key" } }, second.get());
        QCOMPARE(replay.data["id"], id);
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
        const Reply other = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(),
            { { "Idempotency-Key", "hashed-key" }, { "Authorization", "Bearer sk_test_anotherkey777" } }, second.get());
        QVERIFY(!other.headers.contains("idempotent-replayed"));
    }

    void oldStateFileIsRewrittenHashed()
    {
        // A state file written before keys were hashed ("format": 1, "key": "<api key>\n<idempotency key>").
        QTemporaryDir dir;
        SimulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        std::string id;
        {
            auto first = makeSimulator(options);
            id = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(), { { "Idempotency-Key", "old" } },
                first.get())
                     .data["id"];
            QVERIFY(first->saveState().ok());
        }
        QFile file(options.statePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        json state = json::parse(file.readAll().toStdString());
        file.close();
        json old = { { "key", kKey.toStdString() + "\nold" } };
        for (const char *field : { "fingerprint", "status", "body", "request_id", "created" })
            old[field] = state["idempotency"][0][field];
        state["format"] = 1;
        state["idempotency"] = json::array({ old });
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::fromStdString(state.dump()));
        file.close();
        QVERIFY(QFile(options.statePath).size() > 0);
        {
            QFile check(options.statePath);
            QVERIFY(check.open(QIODevice::ReadOnly));
            QVERIFY(check.readAll().contains(kKey)); // the old file had it in plain text
        }

        auto second = makeSimulator(options);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kKey), "start() must rewrite an old state file without plain keys");
        file.close();
        const Reply replay = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(),
            { { "Idempotency-Key", "old" } }, second.get());
        QCOMPARE(replay.data["id"], id);
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
    }

    // A state file may be edited by hand: a record of the wrong shape is refused at start, with a
    // clear error, instead of throwing from a later get<>() inside the event loop.
    void corruptStateFileIsRefused_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("message");
        QTest::addRow("expires_at is text")
            << "/sessions/0/session/expires_at" << QByteArray(R"("soon")") << "session 1 is malformed";
        QTest::addRow("page item is a number")
            << "/sessions/0/internal/page_items/0" << QByteArray("7") << "session 1 is malformed";
        QTest::addRow("line item without price")
            << "/sessions/0/line_items/0/price" << QByteArray("null") << "session 1 is malformed";
        QTest::addRow("event created is text")
            << "/events/0/event/created" << QByteArray(R"("x")") << "event 1 is malformed";
        QTest::addRow("delivered holds text")
            << "/events/0/delivered" << QByteArray(R"(["a"])") << "event 1 is malformed";
        QTest::addRow("idempotency status is text")
            << "/idempotency/0/status" << QByteArray(R"("200")") << "idempotency entry 1 is malformed";
        QTest::addRow("format is text") << "/format" << QByteArray(R"("2")") << "format";
        QTest::addRow("clock offset 2^63-1")
            << "/clock_offset" << QByteArray("9223372036854775807") << "\"clock_offset\" is out of range";
    }

    void corruptStateFileIsRefused()
    {
        QFETCH(QString, pointer);
        QFETCH(QByteArray, value);
        QFETCH(QString, message);
        QTemporaryDir dir;
        SimulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        {
            auto first = makeSimulator(options);
            const Reply created = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(),
                { { "Idempotency-Key", "edited" } }, first.get());
            QCOMPARE(created.status, 200);
            const QString expire = QStringLiteral("/v1/checkout/sessions/%1/expire")
                                       .arg(QString::fromStdString(created.data["id"].get<std::string>()));
            QCOMPARE(call("POST", expire, {}, {}, first.get()).status, 200); // one event
            QVERIFY(first->saveState().ok());
        }
        QFile file(options.statePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        json state = json::parse(file.readAll().toStdString());
        file.close();
        state[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::fromStdString(state.dump()));
        file.close();

        StripeSimulator sim(options);
        const auto started = sim.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("state_corrupt"));
        QVERIFY2(started.error().message.contains(message), qPrintable(started.error().message));
    }

    void stateSurvivesRestart()
    {
        QTemporaryDir dir;
        SimulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        std::string id;
        {
            auto first = makeSimulator(options);
            const Reply created = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(),
                { { "Idempotency-Key", "persisted" } }, first.get());
            id = created.data["id"];
            first->advanceClock(120);
            QVERIFY(first->saveState().ok());
        }
        QVERIFY(QFile::exists(options.statePath));
        auto second = makeSimulator(options);
        const Reply again
            = call("GET", QStringLiteral("/v1/checkout/sessions/") + QString::fromStdString(id), {}, {}, second.get());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.data["amount_total"], 2800);
        QVERIFY(second->nowSecs() >= QDateTime::currentSecsSinceEpoch() + 119);
        const Reply replay = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(),
            { { "Idempotency-Key", "persisted" } }, second.get());
        QCOMPARE(replay.data["id"], id);
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
    }

    // --- PaymentIntent and Charge ------------------------------------------------------------------

    json paidSession(const QByteArray &extra = {})
    {
        const json s = createSession(extra);
        const Reply r = pay(s["id"], { { "card", "4242424242424242" }, { "email", "buyer@example.com" } });
        if (r.data["outcome"] != "paid")
            qWarning("pay failed: %s", r.body.constData());
        return r.data["session"];
    }

    void paidSessionHasPaymentIntentAndCharge()
    {
        const json s
            = paidSession("payment_intent_data[description]=Order+7&payment_intent_data[receipt_email]=r%40b.co"
                          "&payment_intent_data[statement_descriptor_suffix]=K7"
                          "&payment_intent_data[metadata][order_id]=7");
        const QString path = QStringLiteral("/v1/checkout/sessions/") + QString::fromStdString(s["id"]);
        const Reply expanded = call("GET", path + QStringLiteral("?expand[]=payment_intent.latest_charge"));
        QCOMPARE(expanded.status, 200);
        const json &pi = expanded.data["payment_intent"];
        QCOMPARE(pi["object"], "payment_intent");
        QCOMPARE(pi["id"], s["payment_intent"]);
        QCOMPARE(pi["status"], "succeeded");
        QCOMPARE(pi["amount"], 2800);
        QCOMPARE(pi["amount_received"], 2800);
        QCOMPARE(pi["capture_method"], "automatic_async");
        QCOMPARE(pi["description"], "Order 7");
        QCOMPARE(pi["receipt_email"], "r@b.co");
        QCOMPARE(pi["statement_descriptor_suffix"], "K7");
        QCOMPARE(pi["metadata"], json({ { "order_id", "7" } }));
        QVERIFY(pi["last_payment_error"].is_null());
        const json &charge = pi["latest_charge"];
        QCOMPARE(charge["object"], "charge");
        QCOMPARE(charge["status"], "succeeded");
        QCOMPARE(charge["paid"], true);
        QCOMPARE(charge["captured"], true);
        QCOMPARE(charge["amount_captured"], 2800);
        QCOMPARE(charge["amount_refunded"], 0);
        QCOMPARE(charge["refunded"], false);
        QCOMPARE(charge["payment_intent"], pi["id"]);
        QCOMPARE(charge["payment_method_details"]["card"]["last4"], "4242");
        QCOMPARE(charge["outcome"]["type"], "authorized");
        QVERIFY(QString::fromStdString(charge["receipt_url"]).contains(QString::fromStdString(charge["id"])));
        QVERIFY(QString::fromStdString(charge["balance_transaction"]).startsWith(QLatin1String("txn_")));
        // Without expand both stay ids; each has its own route.
        QCOMPARE(call("GET", path).data["payment_intent"], pi["id"]);
        const Reply byId = call("GET", QStringLiteral("/v1/payment_intents/") + QString::fromStdString(pi["id"]));
        QCOMPARE(byId.data["latest_charge"], charge["id"]);
        const Reply chargeById = call("GET",
            QStringLiteral("/v1/charges/") + QString::fromStdString(charge["id"])
                + QStringLiteral("?expand[]=balance_transaction"));
        QCOMPARE(chargeById.data["balance_transaction"]["amount"], 2800);
        QCOMPARE(chargeById.data["balance_transaction"]["fee"], 111); // 2.9 % of 2800 = 81.2 → 81, + 30
        const Reply list = call("GET", QStringLiteral("/v1/checkout/sessions?expand[]=data.payment_intent"));
        QCOMPARE(list.data["data"][0]["payment_intent"]["id"], pi["id"]);
        QCOMPARE(call("GET", QStringLiteral("/v1/charges?payment_intent=") + QString::fromStdString(pi["id"]))
                     .data["data"][0]["id"],
            charge["id"]);
        QCOMPARE(call("GET", QStringLiteral("/v1/payment_intents/pi_missing")).data["error"]["message"],
            "No such payment_intent: 'pi_missing'");
        QCOMPARE(call("GET", QStringLiteral("/v1/charges/ch_missing")).status, 404);
        QCOMPARE(call("GET",
                     QStringLiteral("/v1/charges/") + QString::fromStdString(charge["id"])
                         + QStringLiteral("?expand[]=refunds"))
                     .status,
            400);
    }

    void unknownPaymentIntentDataIsRefused()
    {
        const Reply r = call(
            "POST", QStringLiteral("/v1/checkout/sessions"), sessionForm("payment_intent_data[capture_methd]=manual"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.data["error"]["code"], "parameter_unknown");
        QCOMPARE(r.data["error"]["param"], "payment_intent_data[capture_methd]");
    }

    void paymentIntentCreatedIsFixedAcrossAttempts()
    {
        const json s = createSession();
        pay(s["id"], { { "card", "4000000000000002" }, { "email", "a@b.co" } });
        m_sim->advanceClock(90);
        pay(s["id"], { { "card", "4000000000009995" }, { "email", "a@b.co" } });
        m_sim->advanceClock(90);
        const Reply paid = pay(s["id"], { { "card", "4242424242424242" }, { "email", "a@b.co" } });
        const json failed = events(QStringLiteral("type=payment_intent.payment_failed"))["data"];
        QCOMPARE(failed.size(), 2u);
        const json first = failed[1]["data"]["object"];
        QCOMPARE(failed[0]["data"]["object"]["created"], first["created"]);
        QCOMPARE(failed[0]["data"]["object"]["id"], first["id"]);
        QCOMPARE(first["status"], "requires_payment_method");
        QCOMPARE(first["last_payment_error"]["decline_code"], "generic_decline");
        const Reply pi = call("GET",
            QStringLiteral("/v1/payment_intents/") + QString::fromStdString(paid.data["session"]["payment_intent"]));
        QCOMPARE(pi.data["created"], first["created"]);
        QCOMPARE(pi.data["status"], "succeeded");
    }

    void manualCaptureLeavesTheChargeUncaptured()
    {
        const json s = paidSession("payment_intent_data[capture_method]=manual");
        const Reply pi = call("GET",
            QStringLiteral("/v1/payment_intents/") + QString::fromStdString(s["payment_intent"])
                + QStringLiteral("?expand[]=latest_charge"));
        QCOMPARE(pi.data["capture_method"], "manual");
        QCOMPARE(pi.data["status"], "requires_capture");
        QCOMPARE(pi.data["amount_capturable"], 2800);
        QCOMPARE(pi.data["amount_received"], 0);
        QCOMPARE(pi.data["latest_charge"]["captured"], false);
        QVERIFY(pi.data["latest_charge"]["balance_transaction"].is_null());
    }

    void delayedPaymentSettlesTheCharge_data()
    {
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("intentStatus");
        QTest::addColumn<QString>("chargeStatus");
        QTest::newRow("succeeded") << "succeeded"
                                   << "succeeded"
                                   << "succeeded";
        QTest::newRow("failed") << "failed"
                                << "requires_payment_method"
                                << "failed";
    }
    void delayedPaymentSettlesTheCharge()
    {
        QFETCH(QString, result);
        QFETCH(QString, intentStatus);
        QFETCH(QString, chargeStatus);
        const json s = createSession();
        const Reply r = pay(s["id"], { { "card", "4242424242424242" }, { "email", "a@b.co" }, { "async", true } });
        const QString piPath = QStringLiteral("/v1/payment_intents/")
            + QString::fromStdString(r.data["session"]["payment_intent"]) + QStringLiteral("?expand[]=latest_charge");
        QCOMPARE(call("GET", piPath).data["status"], "processing");
        QCOMPARE(call("GET", piPath).data["latest_charge"]["status"], "pending");
        call("POST", QStringLiteral("/_sim/sessions/%1/async").arg(QString::fromStdString(s["id"])),
            QByteArray::fromStdString(json({ { "result", result.toStdString() } }).dump()));
        const json pi = call("GET", piPath).data;
        QCOMPARE(QString::fromStdString(pi["status"]), intentStatus);
        QCOMPARE(QString::fromStdString(pi["latest_charge"]["status"]), chargeStatus);
    }

    // --- refunds --------------------------------------------------------------------------------

    Reply refund(const QByteArray &form, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call("POST", QStringLiteral("/v1/refunds"), form, headers);
    }

    json chargeOf(const json &session)
    {
        return call("GET",
            QStringLiteral("/v1/payment_intents/") + QString::fromStdString(session["payment_intent"])
                + QStringLiteral("?expand[]=latest_charge"))
            .data["latest_charge"];
    }

    void refundsPartialThenRest()
    {
        const json s = paidSession();
        const std::string pi = s["payment_intent"];
        const Reply first = refund(QByteArray::fromStdString(
            "payment_intent=" + pi + "&amount=1000&reason=requested_by_customer&metadata[ticket]=T1"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.data["object"], "refund");
        QCOMPARE(first.data["status"], "succeeded");
        QCOMPARE(first.data["amount"], 1000);
        QCOMPARE(first.data["payment_intent"], pi);
        QCOMPARE(first.data["reason"], "requested_by_customer");
        QCOMPARE(first.data["metadata"], json({ { "ticket", "T1" } }));
        json charge = chargeOf(s);
        QCOMPARE(first.data["charge"], charge["id"]);
        QCOMPARE(charge["amount_refunded"], 1000);
        QCOMPARE(charge["refunded"], false);
        const std::string chargeId = charge["id"];
        const Reply tooMuch = refund(QByteArray::fromStdString("charge=" + chargeId + "&amount=2500"));
        QCOMPARE(tooMuch.status, 400);
        QCOMPARE(tooMuch.data["error"]["message"],
            "Refund amount ($25.00) is greater than unrefunded amount on charge ($18.00)");
        const Reply rest = refund(QByteArray::fromStdString("charge=" + chargeId));
        QCOMPARE(rest.data["amount"], 1800);
        charge = chargeOf(s);
        QCOMPARE(charge["amount_refunded"], 2800);
        QCOMPARE(charge["refunded"], true);
        const Reply again = refund(QByteArray::fromStdString("charge=" + chargeId + "&amount=1"));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.data["error"]["code"], "charge_already_refunded");
        QCOMPARE(again.data["error"]["message"], "Charge " + chargeId + " has already been refunded.");
        QCOMPARE(events(QStringLiteral("type=charge.refunded"))["data"].size(), 2u);
        QCOMPARE(events(QStringLiteral("type=charge.refunded"))["data"][0]["data"]["object"]["refunded"], true);
        QCOMPARE(events(QStringLiteral("type=refund.created"))["data"].size(), 2u);
        const json txns = call("GET", QStringLiteral("/v1/balance_transactions?type=refund")).data["data"];
        QCOMPARE(txns.size(), 2u);
        QCOMPARE(txns[0]["amount"], -1800);
        QCOMPARE(txns[0]["fee"], 0);
        QCOMPARE(txns[0]["net"], -1800);
        QCOMPARE(txns[0]["reporting_category"], "refund");
        QCOMPARE(txns[0]["source"], rest.data["id"]);
        QCOMPARE(txns[0]["id"], rest.data["balance_transaction"]);
    }

    void refundRefusals_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("message");
        QTest::newRow("neither") << QByteArray("amount=100") << ""
                                 << "You must specify either a Charge or a PaymentIntent to refund.";
        QTest::newRow("both") << QByteArray("charge=ch_1&payment_intent=pi_1") << "payment_intent"
                              << "You may only specify one of these parameters: charge, payment_intent.";
        QTest::newRow("unknown intent") << QByteArray("payment_intent=pi_nope") << "payment_intent"
                                        << "No such payment_intent: 'pi_nope'";
        QTest::newRow("unknown charge") << QByteArray("charge=ch_nope") << "charge"
                                        << "No such charge: 'ch_nope'";
        QTest::newRow("zero amount") << QByteArray("charge=ch_nope&amount=0") << "amount"
                                     << "";
        QTest::newRow("bad reason") << QByteArray("charge=ch_nope&reason=because") << "reason"
                                    << "";
        QTest::newRow("unknown param") << QByteArray("charge=ch_nope&refund_application_fee=true")
                                       << "refund_application_fee"
                                       << "Received unknown parameter: refund_application_fee";
    }
    void refundRefusals()
    {
        QFETCH(QByteArray, form);
        QFETCH(QString, param);
        QFETCH(QString, message);
        const Reply r = refund(form);
        QCOMPARE(r.status, 400);
        QCOMPARE(QString::fromStdString(r.data["error"].value("param", std::string())), param);
        if (!message.isEmpty())
            QCOMPARE(QString::fromStdString(r.data["error"]["message"]), message);
        QCOMPARE(events(QStringLiteral("type=refund.*"))["data"].size(), 0u);
    }

    void refundWithIdempotencyKeyHappensOnce()
    {
        const json s = paidSession();
        const QByteArray form
            = QByteArray::fromStdString("payment_intent=" + s["payment_intent"].get<std::string>()) + "&amount=500";
        const Reply a = refund(form, { { "Idempotency-Key", "refund-order-7" } });
        const Reply b = refund(form, { { "Idempotency-Key", "refund-order-7" } });
        QCOMPARE(b.data["id"], a.data["id"]);
        QCOMPARE(b.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(chargeOf(s)["amount_refunded"], 500);
        QCOMPARE(events(QStringLiteral("type=refund.created"))["data"].size(), 1u);
    }

    void refundUpdateRetrieveList()
    {
        const json s = paidSession();
        const json other = paidSession();
        const std::string pi = s["payment_intent"];
        const Reply one = refund(QByteArray::fromStdString("payment_intent=" + pi + "&amount=100&metadata[a]=1"));
        refund(QByteArray::fromStdString("payment_intent=" + pi + "&amount=200"));
        refund(QByteArray::fromStdString("payment_intent=" + other["payment_intent"].get<std::string>()));
        const QString path = QStringLiteral("/v1/refunds/") + QString::fromStdString(one.data["id"]);
        const Reply updated = call("POST", path, "metadata[a]=&metadata[b]=2");
        QCOMPARE(updated.data["metadata"], json({ { "b", "2" } }));
        QCOMPARE(call("POST", path, "amount=5").data["error"]["code"], "parameter_unknown");
        QCOMPARE(events(QStringLiteral("type=refund.updated"))["data"].size(), 1u);
        const Reply got = call("GET", path + QStringLiteral("?expand[]=charge"));
        QCOMPARE(got.data["charge"]["object"], "charge");
        QCOMPARE(got.data["metadata"], json({ { "b", "2" } }));
        QCOMPARE(call("GET", QStringLiteral("/v1/refunds")).data["data"].size(), 3u);
        const json mine = call("GET", QStringLiteral("/v1/refunds?payment_intent=") + QString::fromStdString(pi)).data;
        QCOMPARE(mine["data"].size(), 2u);
        QCOMPARE(mine["data"][1]["id"], one.data["id"]); // newest first
        const std::string chargeId = one.data["charge"];
        QCOMPARE(
            call("GET", QStringLiteral("/v1/refunds?charge=") + QString::fromStdString(chargeId)).data["data"].size(),
            2u);
        const json page = call("GET", QStringLiteral("/v1/refunds?limit=1")).data;
        QCOMPARE(page["has_more"], true);
        QCOMPARE(call("GET", QStringLiteral("/v1/refunds/re_missing")).status, 404);
    }

    void refundFailsLater()
    {
        Receiver receiver;
        m_sim->addWebhookEndpoint({ receiver.url, kSecret });
        const json s = paidSession();
        QCOMPARE(call("POST", QStringLiteral("/_sim/refunds/fail_next"), R"({"failure_reason":"lost_or_stolen_card"})")
                     .status,
            200);
        QCOMPARE(call("POST", QStringLiteral("/_sim/refunds/fail_next"), R"({"failure_reason":"bored"})").status, 400);
        const Reply created
            = refund(QByteArray::fromStdString("payment_intent=" + s["payment_intent"].get<std::string>()));
        QCOMPARE(created.data["status"], "pending");
        QCOMPARE(chargeOf(s)["amount_refunded"], 2800);
        m_sim->advanceClock(1);
        const Reply failed = call("GET", QStringLiteral("/v1/refunds/") + QString::fromStdString(created.data["id"]));
        QCOMPARE(failed.data["status"], "failed");
        QCOMPARE(failed.data["failure_reason"], "lost_or_stolen_card");
        const Reply txn = call("GET",
            QStringLiteral("/v1/balance_transactions/")
                + QString::fromStdString(failed.data["failure_balance_transaction"]));
        QCOMPARE(txn.data["amount"], 2800);
        QCOMPARE(txn.data["reporting_category"], "refund_failure");
        QCOMPARE(chargeOf(s)["amount_refunded"], 0);
        QCOMPARE(chargeOf(s)["refunded"], false);
        const json failedEvents = events(QStringLiteral("type=refund.failed"))["data"];
        QCOMPARE(failedEvents.size(), 1u);
        QCOMPARE(failedEvents[0]["data"]["object"]["id"], created.data["id"]);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(receiver.deliveries.begin(), receiver.deliveries.end(),
                                     [](const Receiver::Delivery &d) { return d.event["type"] == "refund.failed"; }),
            10000);
        // The next refund succeeds again, and a given refund can be failed at once.
        const Reply second = refund(
            QByteArray::fromStdString("payment_intent=" + s["payment_intent"].get<std::string>() + "&amount=300"));
        QCOMPARE(second.data["status"], "succeeded");
        const QString failPath = QStringLiteral("/_sim/refunds/%1/fail").arg(QString::fromStdString(second.data["id"]));
        QCOMPARE(call("POST", failPath, "{}").data["status"], "failed");
        QCOMPARE(call("POST", failPath, "{}").status, 409);
        QCOMPARE(call("POST", QStringLiteral("/_sim/refunds/re_missing/fail"), "{}").status, 404);
    }

    void moneyObjectsSurviveRestart()
    {
        QTemporaryDir dir;
        SimulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        std::string intentId;
        json refunded;
        {
            auto first = makeSimulator(options);
            const json s = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(), {}, first.get()).data;
            const Reply paid
                = call("POST", QStringLiteral("/_sim/sessions/%1/pay").arg(QString::fromStdString(s["id"])),
                    R"({"card":"4242424242424242","email":"a@b.co"})", {}, first.get());
            intentId = paid.data["session"]["payment_intent"];
            refunded = call("POST", QStringLiteral("/v1/refunds"),
                QByteArray::fromStdString("payment_intent=" + intentId + "&amount=700"), {}, first.get())
                           .data;
            QVERIFY(first->saveState().ok());
        }
        auto second = makeSimulator(options);
        const auto get = [&](const QString &path) { return call("GET", path, {}, {}, second.get()).data; };
        const json pi = get(QStringLiteral("/v1/payment_intents/") + QString::fromStdString(intentId)
            + QStringLiteral("?expand[]=latest_charge"));
        QCOMPARE(pi["status"], "succeeded");
        QCOMPARE(pi["latest_charge"]["amount_refunded"], 700);
        QCOMPARE(get(QStringLiteral("/v1/refunds/") + QString::fromStdString(refunded["id"])), refunded);
        QCOMPARE(get(QStringLiteral("/v1/balance_transactions"))["data"].size(), 2u);
    }

    // --- webhook endpoints ------------------------------------------------------------------------

    void webhookEndpointsThroughTheApi()
    {
        Receiver receiver;
        const QByteArray url = QUrl::toPercentEncoding(receiver.url.toString());
        const Reply created = call("POST", QStringLiteral("/v1/webhook_endpoints"),
            "url=" + url + "&enabled_events[]=refund.created&enabled_events[]=charge.refunded&metadata[till]=1");
        QCOMPARE(created.status, 200);
        QCOMPARE(created.data["object"], "webhook_endpoint");
        QCOMPARE(created.data["status"], "enabled");
        const std::string secret = created.data["secret"];
        QVERIFY(QString::fromStdString(secret).startsWith(QLatin1String("whsec_")));
        const QString path = QStringLiteral("/v1/webhook_endpoints/") + QString::fromStdString(created.data["id"]);
        const Reply got = call("GET", path);
        QCOMPARE(got.data["url"], receiver.url.toString().toStdString());
        QVERIFY(!got.data.contains("secret")); // shown once, at creation
        QCOMPARE(call("GET", QStringLiteral("/v1/webhook_endpoints")).data["data"].size(), 1u);

        // Only the enabled events arrive, signed with the endpoint's own secret.
        const json s = paidSession();
        refund(QByteArray::fromStdString("payment_intent=" + s["payment_intent"].get<std::string>()));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 2, 10000);
        QStringList types;
        for (const Receiver::Delivery &d : receiver.deliveries) {
            types << QString::fromStdString(d.event["type"]);
            const QList<QByteArray> parts = d.signature.split(',');
            const qint64 t = parts.at(0).mid(2).toLongLong();
            QCOMPARE(
                parts.at(1), "v1=" + WebhookSigner::computeSignature(d.body, QByteArray::fromStdString(secret), t));
        }
        types.sort();
        QCOMPARE(types, QStringList({ QStringLiteral("charge.refunded"), QStringLiteral("refund.created") }));
        QCOMPARE(events(QStringLiteral("type=checkout.session.completed"))["data"][0]["pending_webhooks"], 0);

        const Reply deleted = call("DELETE", path);
        QCOMPARE(deleted.data["deleted"], true);
        QCOMPARE(call("GET", path).status, 404);
        QCOMPARE(call("DELETE", path).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/v1/webhook_endpoints")).data["data"].size(), 0u);
        refund(QByteArray::fromStdString("payment_intent=" + paidSession()["payment_intent"].get<std::string>()));
        QCOMPARE(events(QStringLiteral("type=refund.created"))["data"][0]["pending_webhooks"], 0);
    }

    void webhookEndpointRefusals_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QString>("param");
        QTest::newRow("no url") << QByteArray("enabled_events[]=*") << "url";
        QTest::newRow("bad url") << QByteArray("url=ftp%3A%2F%2Fx&enabled_events[]=*") << "url";
        QTest::newRow("no events") << QByteArray("url=https%3A%2F%2Fshop.test%2Fhook") << "enabled_events";
        QTest::newRow("bad event") << QByteArray("url=https%3A%2F%2Fshop.test%2Fhook&enabled_events[]=Refund")
                                   << "enabled_events[0]";
        QTest::newRow("unknown param") << QByteArray("url=https%3A%2F%2Fshop.test%2Fhook&enabled_events[]=*&secret=x")
                                       << "secret";
    }
    void webhookEndpointRefusals()
    {
        QFETCH(QByteArray, form);
        QFETCH(QString, param);
        const Reply r = call("POST", QStringLiteral("/v1/webhook_endpoints"), form);
        QCOMPARE(r.status, 400);
        QCOMPARE(QString::fromStdString(r.data["error"]["param"]), param);
        QCOMPARE(call("GET", QStringLiteral("/v1/webhook_endpoints")).data["data"].size(), 0u);
    }

    void webhookEndpointsSurviveRestart()
    {
        QTemporaryDir dir;
        SimulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        Receiver receiver;
        std::string secret;
        {
            auto first = makeSimulator(options);
            secret = call("POST", QStringLiteral("/v1/webhook_endpoints"),
                "url=" + QUrl::toPercentEncoding(receiver.url.toString()) + "&enabled_events[]=*", {}, first.get())
                         .data["secret"];
            QVERIFY(first->saveState().ok());
        }
        QCOMPARE(QFile::permissions(options.statePath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        auto second = makeSimulator(options);
        QCOMPARE(call("GET", QStringLiteral("/v1/webhook_endpoints"), {}, {}, second.get()).data["data"].size(), 1u);
        const json s = call("POST", QStringLiteral("/v1/checkout/sessions"), sessionForm(), {}, second.get()).data;
        QCOMPARE(s["object"], "checkout.session");
        call("POST", QStringLiteral("/v1/checkout/sessions/%1/expire").arg(QString::fromStdString(s["id"])), {}, {},
            second.get());
        QTRY_COMPARE_WITH_TIMEOUT(receiver.deliveries.size(), 1, 10000);
        const Receiver::Delivery &d = receiver.deliveries.first();
        const qint64 t = d.signature.split(',').at(0).mid(2).toLongLong();
        QCOMPARE(d.signature.split(',').at(1),
            "v1=" + WebhookSigner::computeSignature(d.body, QByteArray::fromStdString(secret), t));
    }
};

QTEST_GUILESS_MAIN(TestStripeSimulator)
#include "tst_stripe_simulator.moc"
