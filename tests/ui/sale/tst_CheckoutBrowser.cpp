// SPDX-License-Identifier: MIT
// The checkout screen's embedded browser as two customers in a row meet it: the next customer's
// browser is prepared while the till is idle, and nothing the first one left in theirs — cookies
// set by the page or by the server, local and session storage — reaches the second. Runs under
// Xvfb with the real Qt WebEngine against a local HTTP server standing in for the hosted page.
#include "CheckoutScreen.h"
#include "CheckoutWebPage.h"
#include "NavigationPolicy.h"
#include "Order.h"

#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>
#include <optional>

using namespace Kiosk;
using namespace Kiosk::Ui;

namespace {

/**
 * Answers every GET with one small page and a persistent cookie, and records the Cookie header
 * of each request: what the browser would tell the payment site about earlier customers.
 */
class HostedPageServer final : public QObject
{
public:
    HostedPageServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    [[nodiscard]] QUrl origin() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    [[nodiscard]] QUrl pageUrl(const QString &session) const
    {
        return QUrl(origin().toString() + QStringLiteral("/c/pay/") + session);
    }

    /** Cookie header of each request for a /c/pay/ page, in order (empty when none was sent). */
    QList<QByteArray> pageCookies;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        QByteArray cookie;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("cookie:"))
                cookie = line.mid(7).trimmed();
        }
        if (lines.value(0).startsWith("GET /c/pay/"))
            pageCookies.append(cookie);
        buffer.clear();
        const QByteArray body = "<!doctype html><html><head><title>Pay</title></head>"
                                "<body><h1>Pay $7.45</h1><input id=card></body></html>";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                      "Set-Cookie: device=seen-before; Max-Age=86400; Path=/\r\n"
                      "Cache-Control: max-age=3600\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestCheckoutBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void nothingOfOneCustomerReachesTheNext();
    void nextBrowserIsPreparedOnlyWhenAsked();
    void tapBeforeThePreparedBrowserStillLoadsThePage();
    void qrCaptionSaysWhenAPhoneCannotReachThePage_data();
    void qrCaptionSaysWhenAPhoneCannotReachThePage();

private:
    Order order(const QString &session) const;
    QVariant runJs(const QString &script);
    void openSession(const QString &session);

    std::unique_ptr<HostedPageServer> m_server;
    std::unique_ptr<CheckoutScreen> m_screen;
    std::unique_ptr<QSignalSpy> m_loads;
};

void TestCheckoutBrowser::init()
{
    m_server = std::make_unique<HostedPageServer>();
    NavigationPolicy policy;
    policy.addTrustedOrigin(m_server->origin());
    policy.setReturnBase(QUrl(QStringLiteral("http://127.0.0.1:1")));
    m_screen = std::make_unique<CheckoutScreen>(QLocale(QLocale::English, QLocale::UnitedStates));
    m_screen->setNavigationPolicy(policy);
    m_screen->resize(1024, 700);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_loads = std::make_unique<QSignalSpy>(m_screen.get(), &CheckoutScreen::pageLoaded);
}

void TestCheckoutBrowser::cleanup()
{
    m_loads.reset();
    m_screen.reset();
    m_server.reset();
}

Order TestCheckoutBrowser::order(const QString &session) const
{
    Order o;
    o.number = QStringLiteral("K1-000001");
    o.currency = QStringLiteral("USD");
    o.amountTotal = 745;
    o.sessionId = session;
    o.sessionUrl = m_server->pageUrl(session).toString();
    o.expiresAt = QDateTime::currentDateTimeUtc().addSecs(1800);
    return o;
}

QVariant TestCheckoutBrowser::runJs(const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    m_screen->page()->runJavaScript(script, [result](const QVariant &v) { *result = v; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, 20000))
        return QStringLiteral("(no answer)");
    return result->value_or(QVariant());
}

void TestCheckoutBrowser::openSession(const QString &session)
{
    m_loads->clear();
    m_screen->showSession(order(session));
    QVERIFY(m_loads->wait(30000));
    QCOMPARE(m_loads->last().at(0).toBool(), true);
}

void TestCheckoutBrowser::nothingOfOneCustomerReachesTheNext()
{
    // First customer: the server sets a cookie, the page stores things of its own.
    openSession(QStringLiteral("cs_test_first"));
    QCOMPARE(runJs(QStringLiteral("document.cookie = 'card=4242; max-age=86400; path=/';"
                                  "localStorage.setItem('email', 'ada@example.com');"
                                  "sessionStorage.setItem('step', 'card'); document.cookie"))
                 .toString(),
        QStringLiteral("device=seen-before; card=4242"));
    // Within the sale the browser does keep them: the check below could see them.
    openSession(QStringLiteral("cs_test_first"));
    QCOMPARE(m_server->pageCookies.last(), QByteArray("device=seen-before; card=4242"));
    QCOMPARE(runJs(QStringLiteral("localStorage.getItem('email')")).toString(), QStringLiteral("ada@example.com"));

    QPointer<QWebEngineProfile> firstProfile = m_screen->profile();
    QVERIFY(firstProfile);
    QVERIFY(firstProfile->isOffTheRecord());
    QSignalSpy prepared(m_screen.get(), &CheckoutScreen::browserPrepared);
    m_screen->endSession();
    QVERIFY(!m_screen->hasWebView() || m_screen->profile() != firstProfile);
    QTRY_VERIFY_WITH_TIMEOUT(firstProfile.isNull(), 10000); // the profile and all it held are gone

    // The end of the sale prepared the next customer's browser, fresh and off the record.
    QVERIFY(prepared.wait(30000));
    QVERIFY(m_screen->isBrowserPrepared());
    QVERIFY(m_screen->profile()->isOffTheRecord());
    QVERIFY(!m_screen->webView()->isVisible()); // nobody sees it before their sale

    openSession(QStringLiteral("cs_test_second"));
    QVERIFY(!m_screen->isBrowserPrepared());
    QCOMPARE(m_server->pageCookies.size(), 3);
    QCOMPARE(m_server->pageCookies.last(), QByteArray()); // the site learns nothing of the first
    QCOMPARE(runJs(QStringLiteral("document.cookie")).toString(), QStringLiteral("device=seen-before"));
    QCOMPARE(runJs(QStringLiteral("String(localStorage.getItem('email'))")).toString(), QStringLiteral("null"));
    QCOMPARE(runJs(QStringLiteral("String(sessionStorage.getItem('step'))")).toString(), QStringLiteral("null"));
}

void TestCheckoutBrowser::nextBrowserIsPreparedOnlyWhenAsked()
{
    // Nothing is built for a till nobody uses (start-up stays small) ...
    QTest::qWait(CheckoutScreen::kPrepareDelayMs * 2);
    QVERIFY(!m_screen->hasWebView());
    // ... until the owner asks (a basket got its first item): then in the background.
    QSignalSpy prepared(m_screen.get(), &CheckoutScreen::browserPrepared);
    m_screen->prepareBrowser();
    QVERIFY(!m_screen->hasWebView());
    QVERIFY(prepared.wait(30000));
    QVERIFY(m_screen->isBrowserPrepared());
    QVERIFY(m_loads->isEmpty()); // warming up is not a page the owner hears about
    CheckoutWebPage *warm = m_screen->page();

    openSession(QStringLiteral("cs_test_warm"));
    QCOMPARE(m_screen->page(), warm); // the prepared page serves the sale
    QCOMPARE(m_server->pageCookies.size(), 1);
}

void TestCheckoutBrowser::tapBeforeThePreparedBrowserStillLoadsThePage()
{
    m_screen->prepareBrowser();
    openSession(QStringLiteral("cs_test_quick")); // before the preparation timer ran
    QCOMPARE(m_server->pageCookies.size(), 1);
    QTest::qWait(CheckoutScreen::kPrepareDelayMs * 2);
    QVERIFY(!m_screen->isBrowserPrepared()); // the customer's page stays; nothing replaced it
    QCOMPARE(m_screen->page()->url(), m_server->pageUrl(QStringLiteral("cs_test_quick")));
}

void TestCheckoutBrowser::qrCaptionSaysWhenAPhoneCannotReachThePage_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("onlyHere");
    QTest::newRow("demo on 127.0.0.1") << QStringLiteral("http://127.0.0.1:9/c/pay/cs_test_1") << true;
    QTest::newRow("demo on localhost") << QStringLiteral("http://LocalHost:9/c/pay/cs_test_1") << true;
    QTest::newRow("demo on ::1") << QStringLiteral("http://[::1]:9/c/pay/cs_test_1") << true;
    QTest::newRow("demo on the network") << QStringLiteral("http://192.168.1.20:9/c/pay/cs_test_1") << false;
    QTest::newRow("stripe") << QStringLiteral("https://checkout.example.invalid/c/pay/cs_test_1") << false;
}

void TestCheckoutBrowser::qrCaptionSaysWhenAPhoneCannotReachThePage()
{
    QFETCH(QString, url);
    QFETCH(bool, onlyHere);
    Order o = order(QStringLiteral("cs_test_qr"));
    o.sessionUrl = url;
    m_screen->showSession(o);
    auto *caption = m_screen->findChild<QLabel *>(QStringLiteral("qrCaption"));
    QVERIFY(caption);
    QVERIFY(caption->isVisibleTo(m_screen.get()));
    QCOMPARE(caption->text().contains(QLatin1String("this machine only")), onlyHere);
    QCOMPARE(caption->text().contains(QLatin1String("scan to pay on your phone")), !onlyHere);
}

QTEST_MAIN(TestCheckoutBrowser)
#include "tst_CheckoutBrowser.moc"
