// SPDX-License-Identifier: MIT
// checkout-kiosk as a till of a shop server (a fake one over real sockets): the whole window
// sells through the remote service, says calmly that the server is gone when it stops mid-sale
// (in English and German), and shows the payment made meanwhile as soon as the server is back.
// KIOSK_SCREENSHOT_DIR=dir saves the "connection lost" screens there.
#include "BasketPanel.h"
#include "CashierScreen.h"
#include "CheckoutScreen.h"
#include "FakeShopServer.h"
#include "KioskApp.h"
#include "KioskWindow.h"
#include "Language.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiosk;
using namespace Kiosk::Ui;
using Kiosk::Test::FakeShopServer;

class TestRemoteKiosk : public QObject
{
    Q_OBJECT

private:
    void screenshot(KioskWindow *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QApplication::processEvents();
        QVERIFY(window->grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void lostServerMidSaleRecoversByItself()
    {
        const QByteArray token = "kt_e2e_0123456789abcdef0123456789";
        FakeShopServer server(token);
        QVERIFY(server.listen());
        const quint16 port = server.port();
        QTemporaryDir dir;
        AppConfig config;
        config.server = server.url();
        config.kioskToken = token;
        config.demo = false;
        config.settingsPath = dir.filePath(QStringLiteral("kiosk.ini"));
        config.resultDelaySecs = 600;
        config.shopName = QStringLiteral("Corner Café");
        KioskApp app(config);
        const Status started = app.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
        KioskWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!window->testModeBanner()->isVisible());
        QVERIFY(!window->connectionBanner()->isVisible());
        QVERIFY(!app.backend()); // no database, no Stripe client, no simulator on this till
        QVERIFY(!app.simulator());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("orders.sqlite"))));

        // The catalog is the server's.
        QListView *grid = window->cashier()->productGrid();
        const QModelIndexList hits = grid->model()->match(
            grid->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Flat White"), 1, Qt::MatchExactly);
        QCOMPARE(hits.size(), 1);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(hits.first()).center());
        QSignalSpy pageLoads(window->checkout(), &CheckoutScreen::pageLoaded);
        QTest::mouseClick(window->cashier()->basket()->payButton(), Qt::LeftButton);
        QCOMPARE(window->screen(), KioskWindow::Screen::Checkout);
        QTRY_VERIFY_WITH_TIMEOUT(window->currentOrderId().has_value(), 10000);
        const qint64 id = *window->currentOrderId();
        QCOMPARE(server.requestsFor("/api/checkout").size(), 1);
        QVERIFY(pageLoads.wait(60000)); // the hosted page (the fake's) is shown

        QSignalSpy outcomes(window, &KioskWindow::saleFinished);
        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(window->connectionBanner()->isVisible(), 10000);
        QCOMPARE(window->connectionBanner()->text(),
            QStringLiteral("Connection to the shop server lost. The payment is safe; waiting\u2026"));
        QCOMPARE(window->screen(), KioskWindow::Screen::Checkout); // nothing failed
        screenshot(window, QStringLiteral("remote-connection-lost-en.png"));
        QVERIFY(Language::switchTo(QStringLiteral("de")));
        QCOMPARE(window->connectionBanner()->text(),
            QStringLiteral("Verbindung zum Shop-Server unterbrochen. Die Zahlung ist sicher; bitte warten\u2026"));
        screenshot(window, QStringLiteral("remote-connection-lost-de.png"));
        QVERIFY(Language::switchTo(QStringLiteral("en")));

        // Paid while the till could not hear it; the server's change log lost it too.
        server.setStatus(id, QStringLiteral("paid"), false);
        server.forgetChanges();
        QVERIFY(server.listen(port));
        QTRY_VERIFY_WITH_TIMEOUT(!outcomes.isEmpty(), 20000);
        QCOMPARE(toString(outcomes.first().first().value<Order>().status), toString(OrderStatus::Paid));
        QCOMPARE(window->screen(), KioskWindow::Screen::Result);
        QTRY_VERIFY_WITH_TIMEOUT(!window->connectionBanner()->isVisible(), 10000);
        screenshot(window, QStringLiteral("remote-recovered-paid-en.png"));
    }
};

QTEST_MAIN(TestRemoteKiosk)
#include "tst_RemoteKiosk.moc"
