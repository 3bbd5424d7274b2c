// SPDX-License-Identifier: MIT
// checkout-kiosk as a till of a shop server (a fake one over real sockets): the whole window
// sells through the remote service, says calmly that the server is gone when it stops mid-sale
// (in English and German), and shows the payment made meanwhile as soon as the server is back;
// the manager screens open with the server's PIN check (wrong PINs, its lockout) and refund
// through the server. KIOSK_SCREENSHOT_DIR=dir saves the screens there.
#include "BasketPanel.h"
#include "CashierScreen.h"
#include "CheckoutScreen.h"
#include "FakeShopServer.h"
#include "KioskApp.h"
#include "KioskWindow.h"
#include "Language.h"
#include "ManagerService.h"
#include "OrderDetailsDialog.h"
#include "PinDialog.h"
#include "RefundDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Kiosk;
using namespace Kiosk::Ui;
using Kiosk::Test::FakeShopServer;

namespace {

/**
 * Types PINs into the modal PinDialog (which runs its own event loop) one after another, each
 * once the answer to the previous one is shown, and records each answer's message. After the
 * last answer it runs `atEnd` and cancels the dialog (unless a PIN was accepted and it closed).
 */
class PinScript final : public QObject
{
public:
    PinScript(QObject *parent, QStringList pins, QStringList *seen, std::function<void(PinDialog *)> atEnd)
        : QObject(parent)
        , m_pins(std::move(pins))
        , m_seen(seen)
        , m_atEnd(std::move(atEnd))
    {
        connect(&m_timer, &QTimer::timeout, this, &PinScript::tick);
        m_timer.start(50);
    }

private:
    void tick()
    {
        auto *dialog = qobject_cast<PinDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (m_sent) {
            if (dialog->message() == m_checking)
                return; // the server has not answered yet
            m_seen->append(dialog->message());
            m_sent = false;
        }
        if (m_pins.isEmpty()) {
            m_timer.stop();
            if (m_atEnd)
                m_atEnd(dialog);
            dialog->reject();
            return;
        }
        for (const QChar c : m_pins.takeFirst())
            dialog->pressKey(c);
        dialog->pressKey(QLatin1Char('\n'));
        m_checking = dialog->message();
        m_sent = true;
    }

    QStringList m_pins;
    QStringList *m_seen;
    std::function<void(PinDialog *)> m_atEnd;
    QTimer m_timer;
    QString m_checking;
    bool m_sent = false;
};

} // namespace

class TestRemoteKiosk : public QObject
{
    Q_OBJECT

private:
    void screenshot(QWidget *window, const QString &name)
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

    void managerScreensWorkOnARemoteTill()
    {
        const QByteArray token = "kt_e2e_0123456789abcdef0123456789";
        const QString pin = QStringLiteral("246810");
        FakeShopServer server(token, pin);
        server.lockAfterWrongPins = 2;
        server.retryAfterSecs = 42;
        QVERIFY(server.listen());
        const qint64 paid = server.addOrder(QStringLiteral("paid"), 590);
        QTemporaryDir dir;
        AppConfig config;
        config.server = server.url();
        config.kioskToken = token;
        config.demo = false;
        config.settingsPath = dir.filePath(QStringLiteral("kiosk.ini"));
        KioskApp app(config);
        const Status started = app.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
        KioskWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!app.pinVault()); // the PIN is the server's
        auto *managerButton = window->findChild<QPushButton *>(QStringLiteral("managerButton"));
        QVERIFY(managerButton && managerButton->isVisible());

        // Two wrong PINs, then the server's lockout, said with its time (English, then German).
        QStringList seen;
        PinScript wrong(this, { QStringLiteral("111111"), QStringLiteral("222222"), pin }, &seen,
            [this](PinDialog *dialog) { screenshot(dialog, QStringLiteral("remote-manager-pin-locked-en.png")); });
        QVERIFY(!window->openManager());
        QCOMPARE(seen,
            (QStringList { QStringLiteral("Wrong PIN. One more wrong try locks the PIN for a while."),
                QStringLiteral("Wrong PIN. 0 tries left before the PIN is locked."),
                QStringLiteral("Too many attempts, try again in 42 s.") }));
        QVERIFY(window->screen() != KioskWindow::Screen::Manager);
        QVERIFY(Language::switchTo(QStringLiteral("de")));
        seen.clear();
        PinScript lockedDe(this, { pin }, &seen,
            [this](PinDialog *dialog) { screenshot(dialog, QStringLiteral("remote-manager-pin-locked-de.png")); });
        QVERIFY(!window->openManager());
        QCOMPARE(seen, QStringList { QStringLiteral("Zu viele Versuche, erneut in 42 s.") });
        QVERIFY(Language::switchTo(QStringLiteral("en")));

        // The lockout over, the right PIN opens the manager screen over the server's orders.
        server.resetPinLockout();
        seen.clear();
        PinScript right(this, { pin }, &seen, {});
        QVERIFY(window->openManager());
        QCOMPARE(window->screen(), KioskWindow::Screen::Manager);
        QCOMPARE(server.requestsFor("/api/manager/session").last().headers.value("x-manager-pin"), pin.toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(!server.requestsFor("/api/orders").isEmpty(), 10000);
        QCOMPARE(server.requestsFor("/api/orders").last().headers.value("x-manager-pin"), pin.toUtf8());

        // A refund: the confirmation says what the server's plan gives back; the refund is the server's.
        Kiosk::ManagerService *service = app.managerService();
        OrderDetailsDialog details(service, paid, window);
        QSignalSpy loaded(&details, &OrderDetailsDialog::loaded);
        details.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(details.refundButton()->isEnabled());
        auto *refund = qobject_cast<RefundDialog *>(details.openRefund(false));
        QVERIFY(refund);
        QSignalSpy planned(refund, &RefundDialog::planShown);
        refund->choose(RefundDialog::Choice::WholeOrder);
        QTRY_VERIFY_WITH_TIMEOUT(refund->plan().has_value(), 10000);
        QCOMPARE(refund->plan()->amount, 590);
        QVERIFY2(refund->summaryText().contains(QStringLiteral("5.90")), qPrintable(refund->summaryText()));
        QVERIFY(!server.requestsFor("/api/orders/" + QByteArray::number(paid) + "/refunds/plan").isEmpty());
        QSignalSpy answered(refund, &RefundDialog::refundAnswered);
        refund->confirm();
        QVERIFY(answered.wait(10000));
        QVERIFY(refund->refund().has_value());
        QCOMPARE(refund->refund()->amount, 590);
        const auto posted = server.requestsFor("/api/orders/" + QByteArray::number(paid) + "/refunds");
        QCOMPARE(posted.size(), 1);
        QCOMPARE(posted.first().headers.value("x-manager-pin"), pin.toUtf8());
        refund->close();
        details.close();

        // Leaving the manager screen forgets the PIN: the next call needs it again.
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("closeManagerButton")), Qt::LeftButton);
        QVERIFY(window->screen() != KioskWindow::Screen::Manager);
        std::optional<Result<qint64>> count;
        service->countOrders({}, window, [&count](Result<qint64> r) { count = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(count.has_value(), 10000);
        QCOMPARE(count->error().code, QStringLiteral("pin_required"));
    }

    void kioskModeOnARemoteTillLeavesWithTheServersPin()
    {
        const QByteArray token = "kt_e2e_0123456789abcdef0123456789";
        const QString pin = QStringLiteral("246810");
        FakeShopServer server(token, pin);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        // The till's settings as the settings page writes them: the server and an owner-only token file.
        const QString tokenPath = dir.filePath(QStringLiteral("till.token"));
        QFile tokenFile(tokenPath);
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write(token + "\n");
        tokenFile.close();
        QVERIFY(tokenFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString ini = dir.filePath(QStringLiteral("kiosk.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            settings.setValue(QStringLiteral("shop/server"), server.url().toString());
            settings.setValue(QStringLiteral("shop/tokenFile"), tokenPath);
        }
        QProcessEnvironment environment;
        const Result<AppConfig> resolved = AppConfig::resolve(
            { QStringLiteral("checkout-kiosk"), QStringLiteral("--kiosk"), QStringLiteral("--settings"), ini },
            environment);
        QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().toString()));
        QVERIFY(resolved->kioskMode);
        QVERIFY(resolved->isRemote());
        QCOMPARE(resolved->kioskToken, token);
        KioskApp app(resolved.value());
        const Status started = app.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
        KioskWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->isFullScreen());

        // Leaving kiosk mode asks the server's PIN: a wrong one keeps the kiosk up.
        QStringList seen;
        {
            PinScript wrong(this, { QStringLiteral("111111") }, &seen, {});
            QVERIFY(!window->close());
        }
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().startsWith(QStringLiteral("Wrong PIN.")));
        QVERIFY(window->isVisible());
        seen.clear();
        PinScript right(this, { pin }, &seen, {});
        QVERIFY(window->close());
        QCOMPARE(server.requestsFor("/api/manager/session").last().headers.value("x-manager-pin"), pin.toUtf8());
    }

    void aDeclinedCardIsShownAndTheSessionStaysOpen()
    {
        const QByteArray token = "kt_e2e_0123456789abcdef0123456789";
        FakeShopServer server(token);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        AppConfig config;
        config.server = server.url();
        config.kioskToken = token;
        config.demo = false;
        config.settingsPath = dir.filePath(QStringLiteral("kiosk.ini"));
        config.resultDelaySecs = 600;
        KioskApp app(config);
        const Status started = app.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
        KioskWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QListView *grid = window->cashier()->productGrid();
        const QModelIndexList hits = grid->model()->match(
            grid->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Flat White"), 1, Qt::MatchExactly);
        QCOMPARE(hits.size(), 1);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(hits.first()).center());
        QSignalSpy pageLoads(window->checkout(), &CheckoutScreen::pageLoaded);
        QTest::mouseClick(window->cashier()->basket()->payButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->currentOrderId().has_value(), 10000);
        const qint64 id = *window->currentOrderId();
        QVERIFY(pageLoads.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(server.openStreams() > 0, 10000);

        // The server pushes the decline of this order's session: said beside the page, which stays.
        server.pushRaw("event: payment_failed\ndata: {\"order_id\":" + QByteArray::number(id)
            + ",\"message\":\"Your card was declined.\"}\n\n");
        QTRY_COMPARE_WITH_TIMEOUT(
            window->checkout()->declineHint(), QStringLiteral("Card declined \u2014 try another card"), 10000);
        QCOMPARE(window->screen(), KioskWindow::Screen::Checkout);
        screenshot(window, QStringLiteral("remote-card-declined-en.png"));
        QVERIFY(Language::switchTo(QStringLiteral("de")));
        QCOMPARE(window->checkout()->declineHint(),
            QStringLiteral("Karte abgelehnt \u2013 bitte eine andere Karte versuchen"));
        screenshot(window, QStringLiteral("remote-card-declined-de.png"));
        QVERIFY(Language::switchTo(QStringLiteral("en")));

        // Another card pays the same session.
        QSignalSpy outcomes(window, &KioskWindow::saleFinished);
        server.setStatus(id, QStringLiteral("paid"));
        QVERIFY(outcomes.wait(10000));
        QCOMPARE(window->screen(), KioskWindow::Screen::Result);
    }
};

QTEST_MAIN(TestRemoteKiosk)
#include "tst_RemoteKiosk.moc"
