// SPDX-License-Identifier: MIT
// Where the on-screen checkout page may go, and the QR code of its url.
#include "NavigationPolicy.h"
#include "QrCodeImage.h"

#include <QTest>

using namespace Kiosk::Ui;
using Verdict = NavigationPolicy::Verdict;

class TestCheckoutParts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void navigation_data();
    void navigation();
    void qrCodeHasFinderPatternsAndQuietZone();
    void qrCodeOfEmptyTextIsNull();
};

void TestCheckoutParts::navigation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("mainFrame");
    QTest::addColumn<int>("verdict");
    const auto row = [](const char *name, const char *url, bool main, Verdict v) {
        QTest::addRow("%s", name) << QString::fromLatin1(url) << main << int(v);
    };
    row("stripe checkout", "https://checkout.stripe.com/c/pay/cs_test_a1", true, Verdict::Allow);
    row("stripe 3ds host", "https://hooks.stripe.com/3d_secure/x", true, Verdict::Allow);
    row("stripe card frame", "https://js.stripe.com/v3/elements-inner-card.html", false, Verdict::Allow);
    row("stripe network frame", "https://m.stripe.network/inner.html", false, Verdict::Allow);
    row("stripe over http", "http://checkout.stripe.com/c/pay/cs_test_a1", true, Verdict::Block);
    row("lookalike host", "https://checkout.stripe.com.evil.example/c/pay", true, Verdict::Block);
    row("suffix without dot", "https://evilstripe.com/", true, Verdict::Block);
    row("user info trick", "https://checkout.stripe.com@evil.example/", true, Verdict::Block);
    row("simulator page", "http://127.0.0.1:4100/c/pay/cs_test_1", true, Verdict::Allow);
    row("simulator other port", "http://127.0.0.1:4101/c/pay/cs_test_1", true, Verdict::Block);
    row("return success", "http://127.0.0.1:5200/checkout/success?session_id=cs_test_1", true, Verdict::ReturnSuccess);
    row("return cancel", "http://127.0.0.1:5200/checkout/cancel?session_id=cs_test_1", true, Verdict::ReturnCancel);
    row("own server elsewhere", "http://127.0.0.1:5200/api/orders", true, Verdict::Block);
    row("search engine", "https://www.example.com/", true, Verdict::Block);
    row("local file", "file:///etc/passwd", true, Verdict::Block);
    row("blank subframe", "about:blank", false, Verdict::Allow);
    row("blank main frame", "about:blank", true, Verdict::Block);
    row("javascript url", "javascript:alert(1)", true, Verdict::Block);
}

void TestCheckoutParts::navigation()
{
    QFETCH(QString, url);
    QFETCH(bool, mainFrame);
    QFETCH(int, verdict);
    NavigationPolicy policy;
    policy.addTrustedOrigin(QUrl(QStringLiteral("http://127.0.0.1:4100")));
    policy.setReturnBase(QUrl(QStringLiteral("http://127.0.0.1:5200")));
    QCOMPARE(int(policy.check(QUrl(url), mainFrame)), verdict);
}

void TestCheckoutParts::qrCodeHasFinderPatternsAndQuietZone()
{
    const QString url = QStringLiteral("http://127.0.0.1:4100/c/pay/cs_test_a1B2c3D4e5F6g7H8i9J0");
    const int modules = QrCodeImage::moduleCount(url);
    QVERIFY(modules >= 21);
    QCOMPARE((modules - 17) % 4, 0); // QR sizes are 17 + 4·version
    const int scale = 3;
    const QImage image = QrCodeImage::render(url, scale);
    QCOMPARE(image.width(), (modules + 8) * scale);
    QCOMPARE(image.height(), image.width());
    const auto dark
        = [&](int mx, int my) { return qGray(image.pixel((mx + 4) * scale + 1, (my + 4) * scale + 1)) < 128; };
    // Quiet zone is white; the three finder patterns have a dark ring and a dark centre.
    QVERIFY(qGray(image.pixel(1, 1)) > 128);
    for (const QPoint corner : { QPoint(0, 0), QPoint(modules - 7, 0), QPoint(0, modules - 7) }) {
        QVERIFY(dark(corner.x(), corner.y()));
        QVERIFY(!dark(corner.x() + 1, corner.y() + 1));
        QVERIFY(dark(corner.x() + 3, corner.y() + 3));
    }
    QVERIFY(!dark(modules - 4, modules - 8) || !dark(modules - 8, modules - 8)); // no finder bottom-right
}

void TestCheckoutParts::qrCodeOfEmptyTextIsNull()
{
    QVERIFY(QrCodeImage::render(QString()).isNull());
    QCOMPARE(QrCodeImage::moduleCount(QString()), 0);
}

QTEST_GUILESS_MAIN(TestCheckoutParts)
#include "tst_CheckoutParts.moc"
