// SPDX-License-Identifier: MIT
// A German customer at a portrait self-service kiosk (1080×1920, the Xvfb screen): the real
// screens, the real on-screen keyboard (Qt Virtual Keyboard) and the real embedded browser on
// the embedded simulator's hosted page. Attract → Deutsch → a Caffe Latte with its options →
// review → "Hier am Bildschirm bezahlen" → the card typed on the hosted page → Bezahlt with the
// pickup number → back to the attract screen in the kiosk's own language.
//
// The card is typed as the on-screen keyboard types it: its key presses reach the page as input
// method commits (QInputMethodEvent) on the focused field, which is what this test sends, after
// checking that the keyboard came up over that field. Its keys themselves (a QML window) are not
// clicked.
#include "AttractScreen.h"
#include "Cart.h"
#include "CheckoutScreen.h"
#include "HostedPageScript.h"
#include "KioskApp.h"
#include "KioskWindow.h"
#include "NativeWindowRelease.h"
#include "OptionChooser.h"
#include "ResultScreen.h"
#include "ReviewScreen.h"
#include "SelfOrderScreen.h"
#include "TestSupport.h"

#include <QApplication>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

#include <memory>

using namespace Kiosk;
using namespace Kiosk::Ui;

class TestSelfServiceGerman final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void germanCustomerAtPortrait();

private:
    /** Every text a customer sees on a screen: visible labels and buttons. */
    static QStringList visibleTexts(const QWidget *screen);
    void expectTexts(const QWidget *screen, const QStringList &german);
    QVariant runJs(const QString &script);
    /** Focuses a field of the hosted page where a finger would and types into it through the
     *  input method, as the on-screen keyboard does. */
    void typeIntoPage(const QString &fieldId, const QString &text);
    KioskWindow *window() const { return m_app->window(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KioskApp> m_app;
};

void TestSelfServiceGerman::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppConfig config;
    config.demo = true;
    config.selfService = true;
    config.databasePath = m_dir->filePath(QStringLiteral("orders.sqlite"));
    config.settingsPath = m_dir->filePath(QStringLiteral("kiosk.ini"));
    config.catalogPath = Test::sourcePath(QStringLiteral("resources/catalog/catalog.json"));
    config.resultDelaySecs = 600; // the result must stay while we look at it
    m_app = std::make_unique<KioskApp>(config);
    const Status started = m_app->start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    window()->activateWindow();
    QTRY_VERIFY(window()->isActiveWindow());
}

void TestSelfServiceGerman::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

QStringList TestSelfServiceGerman::visibleTexts(const QWidget *screen)
{
    QStringList texts;
    for (const QLabel *label : screen->findChildren<QLabel *>()) {
        if (label->isVisibleTo(screen) && !label->text().isEmpty())
            texts << label->text();
    }
    for (const QPushButton *button : screen->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(screen) && !button->text().isEmpty())
            texts << button->text();
    }
    return texts;
}

void TestSelfServiceGerman::expectTexts(const QWidget *screen, const QStringList &german)
{
    const QStringList shown = visibleTexts(screen);
    for (const QString &text : german) {
        const bool found
            = std::any_of(shown.cbegin(), shown.cend(), [&text](const QString &s) { return s.contains(text); });
        QVERIFY2(found,
            qPrintable(QStringLiteral("\u201c%1\u201d not on %2: %3")
                           .arg(text, screen->objectName(), shown.join(QStringLiteral(" | ")))));
    }
}

QVariant TestSelfServiceGerman::runJs(const QString &script)
{
    QWebEngineView *view = window()->checkout()->webView();
    if (!view)
        return {};
    auto result = std::make_shared<std::optional<QVariant>>();
    view->page()->runJavaScript(script, [result](const QVariant &v) { *result = v; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, 20000))
        return {};
    return result->value_or(QVariant());
}

void TestSelfServiceGerman::typeIntoPage(const QString &fieldId, const QString &text)
{
    QWebEngineView *view = window()->checkout()->webView();
    QVERIFY(view);
    const QVariantList xy = runJs(QStringLiteral("(function(){var e=document.getElementById('%1');if(!e)return null;"
                                                 "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                                                 "return [r.left+r.width/2,r.top+r.height/2];})()")
                                      .arg(fieldId))
                                .toList();
    QVERIFY2(xy.size() == 2, qPrintable(fieldId));
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    const QPoint at
        = QPointF(xy.at(0).toDouble() * view->zoomFactor(), xy.at(1).toDouble() * view->zoomFactor()).toPoint();
    target->setFocus(Qt::MouseFocusReason);
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
    QTRY_VERIFY_WITH_TIMEOUT(
        runJs(QStringLiteral("document.activeElement && document.activeElement.id")).toString() == fieldId, 10000);
    // The keyboard is up over the field being typed into.
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::inputMethod()->isVisible(), 10000);
    for (const QChar c : text) {
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QCoreApplication::sendEvent(target, &commit);
    }
    // The page may format what was typed ("12 / 34"): compare without spaces and slashes.
    const QString expected = QString(text).remove(QRegularExpression(QStringLiteral("[\\s/]")));
    QTRY_COMPARE_WITH_TIMEOUT(
        runJs(QStringLiteral("document.getElementById('%1').value.replace(/[\\s\\/]/g,'')").arg(fieldId)).toString(),
        expected, 10000);
}

void TestSelfServiceGerman::germanCustomerAtPortrait()
{
    QCOMPARE(window()->size(), QSize(1080, 1920)); // the whole portrait screen
    QCOMPARE(window()->screen(), KioskWindow::Screen::Attract);

    // Attract: the customer picks Deutsch.
    QTest::mouseClick(window()->attract()->languageButton(QStringLiteral("de")), Qt::LeftButton);
    expectTexts(window()->attract(), { QStringLiteral("Zum Bestellen tippen") });
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(window()->attract()->startButton(), Qt::LeftButton);

    // Ordering: a Caffe Latte, large with oat milk.
    QCOMPARE(window()->screen(), KioskWindow::Screen::Ordering);
    SelfOrderScreen *order = window()->selfOrder();
    expectTexts(order, { QStringLiteral("Bestellung prüfen") });
    if (QTest::currentTestFailed())
        return;
    QListView *grid = order->productGrid();
    const QModelIndexList latte = grid->model()->match(
        grid->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Caffe Latte"), 1, Qt::MatchExactly);
    QVERIFY(!latte.isEmpty());
    grid->scrollTo(latte.first());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(latte.first()).center());
    QVERIFY(order->isChoosingOptions());
    OptionChooser *chooser = order->optionChooser();
    QVERIFY(chooser->isVisible());
    expectTexts(chooser, { QStringLiteral("(eine Auswahl)"), QStringLiteral("In den Warenkorb") });
    if (QTest::currentTestFailed())
        return;
    auto *add = chooser->findChild<QPushButton *>(QStringLiteral("optionAdd"));
    QVERIFY(!add->isEnabled()); // size and milk are required
    for (const char *option : { "option_large", "option_oat" }) {
        auto *button = chooser->findChild<QPushButton *>(QLatin1String(option));
        QVERIFY2(button && button->isVisible(), option);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!order->isChoosingOptions());
    QCOMPARE(window()->cart()->itemCount(), 1);
    QVERIFY(window()->cart()->lines().first().options.optionIds().contains(QStringLiteral("oat")));
    expectTexts(order, { QStringLiteral("hinzugefügt") });
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(order->totalText().contains(QLatin1Char(',')), qPrintable(order->totalText())); // "5,65 $"
    QTest::mouseClick(order->reviewButton(), Qt::LeftButton);

    // Review.
    QCOMPARE(window()->screen(), KioskWindow::Screen::Review);
    expectTexts(window()->review(), { QStringLiteral("Ihre Bestellung"), QStringLiteral("bezahlen") });
    if (QTest::currentTestFailed())
        return;
    QSignalSpy loaded(window()->checkout(), &CheckoutScreen::pageLoaded);
    QTest::mouseClick(window()->review()->payButton(), Qt::LeftButton);

    // Payment: the phone first, then the page on this screen.
    QCOMPARE(window()->screen(), KioskWindow::Screen::Checkout);
    CheckoutScreen *checkout = window()->checkout();
    QVERIFY(loaded.wait(60000));
    QVERIFY(loaded.last().at(0).toBool());
    expectTexts(checkout,
        { QStringLiteral("Mit dem Handy bezahlen"), QStringLiteral("Hier am Bildschirm bezahlen"),
            QStringLiteral("Läuft ab in") });
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(checkout->payHereButton(), Qt::LeftButton);
    QVERIFY(checkout->isPageShown());
    QTRY_VERIFY_WITH_TIMEOUT(runJs(HostedPageScript::formReady()).toBool(), 20000);
    // The hosted page speaks German too (the session's locale).
    const QString pageText = runJs(QStringLiteral("document.body.innerText")).toString();
    QVERIFY2(
        pageText.contains(QStringLiteral("Mit Karte bezahlen")) && pageText.contains(QStringLiteral("Kartendaten")),
        qPrintable(pageText.left(400)));
    const QList<std::pair<QString, QString>> typed { { QStringLiteral("email"), QStringLiteral("ada@example.com") },
        { QStringLiteral("cardNumber"), QStringLiteral("4242 4242 4242 4242") },
        { QStringLiteral("cardExpiry"), QStringLiteral("1234") }, { QStringLiteral("cardCvc"), QStringLiteral("123") },
        { QStringLiteral("billingName"), QStringLiteral("Ada Lovelace") } };
    for (const auto &[field, text] : typed) {
        typeIntoPage(field, text);
        if (QTest::currentTestFailed())
            return;
    }
    QGuiApplication::inputMethod()->hide();
    QSignalSpy finished(window(), &KioskWindow::saleFinished);
    QVERIFY(runJs(QStringLiteral("document.getElementById('submit').click(),true")).toBool());

    // Paid, with the pickup number.
    QVERIFY(finished.wait(60000));
    QCOMPARE(window()->screen(), KioskWindow::Screen::Result);
    ResultScreen *result = window()->result();
    QCOMPARE(result->titleText(), QStringLiteral("Bezahlt"));
    QVERIFY2(!result->pickupText().isEmpty(), "no pickup number");
    expectTexts(result,
        { QStringLiteral("Bezahlt"), QStringLiteral("Ihre Bestellnummer"), result->pickupText(),
            QStringLiteral("Fertig") });
    if (QTest::currentTestFailed())
        return;

    // Done: the next customer finds the attract screen in the kiosk's language, an empty basket.
    QTest::mouseClick(result->newSaleButton(), Qt::LeftButton);
    QCOMPARE(window()->screen(), KioskWindow::Screen::Attract);
    QVERIFY(window()->cart()->isEmpty());
    expectTexts(window()->attract(), { QStringLiteral("Tap to order") });
    if (QTest::currentTestFailed())
        return;
}

int main(int argc, char *argv[])
{
    // As main() does for self-service: the on-screen keyboard, before the application starts.
    qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    QApplication app(argc, argv);
    const Kiosk::Ui::NativeWindowRelease releaseWindowsFirst; // the keyboard's exit crash, as main()
    TestSelfServiceGerman test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SelfServiceGerman.moc"
