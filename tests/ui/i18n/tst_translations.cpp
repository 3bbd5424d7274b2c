// SPDX-License-Identifier: MIT
// Every screen in German, French and Spanish: the language is switched at run time
// (Language::switchTo), every screen is opened (till empty and with a basket, undo, checkout
// with its countdown, each result with its receipt, manager history and settings, order
// details, the PIN dialog in each step) and every text a person sees or hears is read: labels,
// buttons, tabs, table headers, placeholders, spin box texts, tooltips, accessible names,
// window titles and the receipt. None may still be the English text of the same walk in
// English, except a few words that are the same in that language, the catalog's own names,
// numbers and amounts. At 1024×768 no button or single-line label is narrower than its text.
// The self-service kiosk is walked too, portrait at 1080×1920: attract, ordering (empty, one and
// two items), review (with a bad address and empty), the "still there" question, the
// self-service checkout and each of its results, and a product's option chooser.
#include "AttractScreen.h"
#include "BasketPanel.h"
#include "Cart.h"
#include "CashierScreen.h"
#include "Catalog.h"
#include "Clock.h"
#include "Currency.h"
#include "EmbeddedManagerService.h"
#include "FakeManagerService.h"
#include "FakeTillService.h"
#include "InactivityWatch.h"
#include "KioskWindow.h"
#include "Language.h"
#include "ManagerFixture.h"
#include "ManagerScreen.h"
#include "OptionChooser.h"
#include "OrderDetailsDialog.h"
#include "OrderHistoryModel.h"
#include "OrderHistoryPage.h"
#include "OrderStore.h"
#include "PinDialog.h"
#include "PinVault.h"
#include "RefundDialog.h"
#include "ResultScreen.h"
#include "ReviewScreen.h"
#include "SelfOrderScreen.h"
#include "SettingsPage.h"
#include "StillThereOverlay.h"
#include "TestSupport.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <memory>

using namespace Kiosk;
using namespace Kiosk::Ui;
using Kiosk::Test::FakeTillService;

namespace {

struct Seen
{
    QString where; ///< screen, widget and what of it ("checkout: QLabel countdownLabel text")
    QString text;
};

/** One text of a widget a person sees or hears, if it has any letters to translate. */
void note(QList<Seen> &out, const QString &screen, const QWidget *w, const char *what, QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return;
    out.append({ screen + QStringLiteral(": ") + QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
            + w->objectName() + QLatin1Char(' ') + QString::fromLatin1(what),
        text });
}

/** Everything visible in and under root (a window or dialog). */
QList<Seen> readTexts(const QString &screen, QWidget *root)
{
    QList<Seen> out;
    note(out, screen, root, "window title", root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        note(out, screen, w, "accessible name", w->accessibleName());
        note(out, screen, w, "tooltip", w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            note(out, screen, w, "text", QTextDocumentFragment::fromHtml(label->text()).toPlainText());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(out, screen, w, "text", button->text().remove(QLatin1Char('&')));
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            note(out, screen, w, "placeholder", edit->placeholderText());
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            note(out, screen, w, "special value", spin->specialValueText());
            note(out, screen, w, "shown text", spin->text());
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                note(out, screen, w, "item", combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                note(out, screen, w, "tab", tabs->tabText(i));
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                note(out, screen, w, "header",
                    header->model()->headerData(i, header->orientation(), Qt::DisplayRole).toString());
        }
        if (auto *browser = qobject_cast<QTextBrowser *>(w)) {
            const QStringList lines = browser->toPlainText().split(QLatin1Char('\n'));
            for (const QString &line : lines)
                note(out, screen, w, "document line", line);
        }
    }
    return out;
}

/** Buttons and single-line labels whose text is wider than the room they got. */
QStringList clippedTexts(const QString &screen, QWidget *root)
{
    QStringList clipped;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        QString text;
        int room = 0;
        if (auto *button = qobject_cast<QPushButton *>(w)) {
            text = button->text().remove(QLatin1Char('&'));
            room = button->contentsRect().width();
            // The style's padding and the focus frame take their share of the button.
            if (button->width() < button->sizeHint().width())
                room = std::min(
                    room, button->width() - (button->sizeHint().width() - w->fontMetrics().horizontalAdvance(text)));
        } else if (auto *tool = qobject_cast<QToolButton *>(w)) {
            text = tool->text();
            room = tool->contentsRect().width();
        } else if (auto *label = qobject_cast<QLabel *>(w); label && !label->wordWrap() && !label->text().isEmpty()
                   && label->pixmap().isNull() && Qt::mightBeRichText(label->text()) == false) {
            text = label->text();
            room = label->contentsRect().width() - 2 * label->margin() - label->indent();
        }
        if (text.isEmpty())
            continue;
        const int needed = w->fontMetrics().horizontalAdvance(text);
        if (needed > room)
            clipped << QStringLiteral("%1: %2 %3 \u201c%4\u201d needs %5 px, has %6")
                           .arg(screen, QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
                           .arg(needed)
                           .arg(room);
    }
    return clipped;
}

Order snapshot(qint64 id, OrderStatus status)
{
    Order order;
    order.id = id;
    order.number = QStringLiteral("K1-%1").arg(id, 6, 10, QLatin1Char('0'));
    order.status = status;
    order.currency = QStringLiteral("USD");
    order.amountSubtotal = 1145;
    order.amountTotal = 1145;
    order.customerEmail = QStringLiteral("ada@example.com");
    order.sessionId = QStringLiteral("cs_test_%1").arg(id);
    order.sessionUrl = QStringLiteral("http://127.0.0.1:9/c/pay/cs_test_%1").arg(id); // nothing listens
    order.createdAt = QDateTime(QDate(2026, 12, 1), QTime(12, 30), Qt::UTC);
    order.paidAt = order.createdAt.addSecs(90);
    order.expiresAt = QDateTime::currentDateTimeUtc().addSecs(29 * 60 + 30);
    order.lines = { { QStringLiteral("caf-001"), QStringLiteral("CAF-001"), QStringLiteral("Espresso"), 2, 295, 590 },
        { QStringLiteral("caf-003"), QStringLiteral("CAF-003"), QStringLiteral("Americano"), 1, 555, 555 } };
    if (status == OrderStatus::Failed || status == OrderStatus::NeedsReview)
        order.statusReason = QString(); // the backend's reasons are English; see the README
    return order;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void everyScreenIsTranslated_data();
    void everyScreenIsTranslated();
    void openScreensFollowASwitch();
    void checkoutCarriesTheChosenLanguage();

private:
    /** Opens every screen in the current language; the texts read and what did not fit. */
    void walkEveryScreen(QList<Seen> &texts, QStringList &clipped);
    /** The self-service kiosk's screens, portrait, in the current language. */
    void walkSelfService(QList<Seen> &texts, QStringList &clipped);
    [[nodiscard]] bool allowed(const QString &language, const QString &text) const;

    Catalog m_catalog;
    QList<Seen> m_english;
    QSet<QString> m_englishTexts;
};

void TestTranslations::initTestCase()
{
    auto catalog = Catalog::loadJsonFile(Kiosk::Test::sourcePath(QStringLiteral("resources/catalog/catalog.json")));
    QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().message));
    m_catalog = catalog.value();
    Theme::forScreenWidth(1024).apply(*qApp);
    QVERIFY(Language::switchTo(QStringLiteral("en")));
    QStringList clipped;
    walkEveryScreen(m_english, clipped);
    for (const Seen &seen : std::as_const(m_english))
        m_englishTexts.insert(seen.text);
    QVERIFY2(m_english.size() > 150, qPrintable(QString::number(m_english.size()))); // the walk saw the screens
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void TestTranslations::cleanupTestCase()
{
    Language::switchTo(QStringLiteral("en"));
}

void TestTranslations::cleanup()
{
    QVERIFY(Language::switchTo(QStringLiteral("en"))); // also after a failed row
}

bool TestTranslations::allowed(const QString &language, const QString &text) const
{
    // Names that are the same in every language (the catalog's products and categories, the
    // shop, brands, codes, addresses, "s" for seconds) taken out: nothing to translate may remain.
    QString rest = text;
    for (const Product &p : m_catalog.activeProducts()) {
        if (p.name == text || p.description == text)
            return true;
        rest.replace(p.name, QString());
        for (const OptionGroup &group : p.optionGroups) {
            if (group.name == text)
                return true;
            rest.replace(group.name, QString());
            for (const ProductOption &option : group.options) {
                if (option.name == text)
                    return true;
                rest.replace(option.name, QString());
            }
        }
    }
    if (m_catalog.categories().contains(text))
        return true;
    // The attract screen's language picker names each language in itself, in every language.
    for (const Language::Option &option : Language::available()) {
        if (option.nativeName == text)
            return true;
    }
    if (text == QStringLiteral("Language \u00b7 Sprache \u00b7 Langue \u00b7 Idioma"))
        return true;
    for (const Currency &currency : Currency::all()) {
        if (currency.code == text)
            return true; // the currency list of the settings
    }
    static const QRegularExpression names(QStringLiteral("\\b(Checkout Kiosk|Stripe|[A-Z]\\d(-\\d+)?|cs_test_\\w+|"
                                                         "[\\w.+-]+@[\\w.-]+|https?://\\S+|[A-Z]{3}-\\d+|\\d+ s)\\b"));
    rest.remove(names);
    static const QRegularExpression letters(QStringLiteral("\\p{L}"));
    if (!rest.contains(letters))
        return true; // numbers, amounts, "−", "+", "×", "3 ×", "2 × Espresso"
    // Words that are the same in the language (checked by a person, not guessed).
    static const QHash<QString, QSet<QString>> same {
        { QStringLiteral("de"),
            { QStringLiteral("OK"), QStringLiteral("PIN"), QStringLiteral("Status"), QStringLiteral("Kiosk"),
                QStringLiteral("Demo") } },
        { QStringLiteral("fr"), { QStringLiteral("OK"), QStringLiteral("Total") } },
        { QStringLiteral("es"), { QStringLiteral("PIN"), QStringLiteral("Total"), QStringLiteral("Subtotal") } },
    };
    return same.value(language).contains(text);
}

void TestTranslations::walkEveryScreen(QList<Seen> &texts, QStringList &clipped)
{
    const auto read = [&](const QString &screen, QWidget *root) {
        QCoreApplication::processEvents(); // layouts settle
        texts += readTexts(screen, root);
        clipped += clippedTexts(screen, root);
    };

    // The till and its sale, on a fresh store (wrong PINs and orders of one walk stay there).
    Kiosk::Test::ManagerFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.importHistory(12));
    PinVault vault(fixture.settings());
    QVERIFY(vault.setDemoPin().ok());
    EmbeddedManagerService managerService(*fixture.store());
    FakeTillService till(m_catalog);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("kiosk.ini")), QSettings::IniFormat);
    KioskWindowOptions options;
    options.resultDelaySecs = 600;
    options.settings = &settings;
    KioskWindow window(till, managerService, &vault, options);
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    read(QStringLiteral("empty till"), &window);
    const Product *espresso = m_catalog.byId(QStringLiteral("caf-001"));
    QVERIFY(espresso);
    window.cashier()->handleBarcode(espresso->barcode); // "Added 1 × Espresso"
    QVERIFY(window.cart()->addProduct(QStringLiteral("caf-003"), 2).ok());
    window.cashier()->searchBox()->setText(QStringLiteral("3*"));
    read(QStringLiteral("till with a basket"), &window);
    window.cashier()->handleBarcode(QStringLiteral("999999999")); // "No product with barcode …"
    read(QStringLiteral("failed scan"), &window);
    window.cashier()->searchBox()->clear();
    window.cashier()->basket()->clearButton()->click();
    read(QStringLiteral("basket cleared"), &window);
    window.cashier()->basket()->undoButton()->click();
    window.cashier()->basket()->emailEdit()->setText(QStringLiteral("not an address"));
    read(QStringLiteral("bad email"), &window);
    window.cashier()->basket()->emailEdit()->clear();

    window.startPayment(QString());
    read(QStringLiteral("preparing"), &window);
    QVERIFY(till.answer(snapshot(7, OrderStatus::AwaitingPayment)));
    till.announceDecline(7, QString());
    read(QStringLiteral("checkout with countdown"), &window);
    till.announce(snapshot(7, OrderStatus::Paid));
    QCOMPARE(window.screen(), KioskWindow::Screen::Result);
    read(QStringLiteral("paid with receipt"), &window);
    for (OrderStatus status :
        { OrderStatus::Cancelled, OrderStatus::Expired, OrderStatus::Failed, OrderStatus::NeedsReview }) {
        window.result()->showOrder(snapshot(8, status));
        read(QStringLiteral("result %1").arg(Kiosk::toString(status)), &window);
    }

    // The manager's screens: history (with totals), settings, an order's details.
    ManagerScreen manager(&managerService, &vault, &settings);
    manager.resize(1024, 768);
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));
    auto *history = manager.findChild<OrderHistoryPage *>();
    QVERIFY(history);
    QSignalSpy totals(history, &OrderHistoryPage::totalsUpdated);
    QVERIFY(!history->totalsText().isEmpty() || totals.wait());
    auto *model = history->findChild<OrderHistoryModel *>();
    QVERIFY(model);
    QTRY_VERIFY(model->rowCount() > 0 && model->orderAt(0));
    read(QStringLiteral("manager history"), &manager);
    auto *tabs = manager.findChild<QTabWidget *>(QStringLiteral("managerTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    read(QStringLiteral("manager settings"), &manager);
    auto *settingsPage = manager.findChild<SettingsPage *>();
    QVERIFY(settingsPage);
    settingsPage->findChild<QLineEdit *>(QStringLiteral("kioskIdEdit"))->setText(QStringLiteral("no spaces allowed"));
    QVERIFY(!settingsPage->save());
    read(QStringLiteral("settings with an error"), &manager);

    OrderDetailsDialog details(&managerService, model->orderAt(0)->id, &manager);
    QSignalSpy loaded(&details, &OrderDetailsDialog::loaded);
    details.show();
    QVERIFY(loaded.wait());
    read(QStringLiteral("order details"), &details);
    details.close();

    // Refunding an order (against a fake service that plans with the real planner): the plan,
    // an amount typed wrong, and the refund done.
    Kiosk::Test::FakeManagerService refunds;
    Order paid;
    paid.id = 41;
    paid.number = QStringLiteral("K1-000041");
    paid.status = OrderStatus::Paid;
    paid.currency = QStringLiteral("EUR");
    paid.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    paid.lines = { { QStringLiteral("p1"), QStringLiteral("FW"), QStringLiteral("Flat White"), 2, 450, 900, {} },
        { QStringLiteral("p2"), QStringLiteral("CR"), QStringLiteral("Croissant"), 1, 350, 350, {} } };
    paid.amountSubtotal = paid.amountTotal = 1250;
    refunds.addOrder(paid, { { { QStringLiteral("vat19"), 144 } }, { { QStringLiteral("vat7"), 23 } } });
    RefundDialog refund(&refunds, refunds.details(paid.id), QString(), &manager);
    QSignalSpy planned(&refund, &RefundDialog::planShown);
    refund.show();
    QVERIFY(planned.wait());
    read(QStringLiteral("refund dialog"), &refund);
    refund.choose(RefundDialog::Choice::Amount);
    refund.amountEdit()->setText(QStringLiteral("1x"));
    Q_EMIT refund.amountEdit()->textEdited(refund.amountEdit()->text());
    QVERIFY(planned.wait());
    read(QStringLiteral("refund with an amount error"), &refund);
    refund.choose(RefundDialog::Choice::WholeOrder);
    QVERIFY(planned.wait());
    QSignalSpy refunded(&refund, &RefundDialog::refundAnswered);
    refund.confirm();
    QVERIFY(refunded.wait());
    read(QStringLiteral("refund done"), &refund);
    refund.close();

    // The PIN dialog: asking, a wrong PIN, and choosing a new one.
    PinDialog verify(
        vault, PinDialog::Mode::Verify, KioskWindow::tr("Enter the manager PIN to leave kiosk mode"), &window);
    verify.show();
    for (QChar key : QStringLiteral("9999\n"))
        verify.pressKey(key);
    read(QStringLiteral("PIN dialog, wrong PIN"), &verify);
    verify.close();
    PinDialog change(vault, PinDialog::Mode::Change, QString(), &window);
    change.show();
    for (QChar key : QStringLiteral("1234\n1111\n"))
        change.pressKey(key);
    read(QStringLiteral("PIN dialog, new PIN refused"), &change);
    change.close();

    walkSelfService(texts, clipped);
}

void TestTranslations::walkSelfService(QList<Seen> &texts, QStringList &clipped)
{
    const auto read = [&](const QString &screen, QWidget *root) {
        QCoreApplication::processEvents(); // layouts settle
        texts += readTexts(QStringLiteral("self-service ") + screen, root);
        clipped += clippedTexts(QStringLiteral("self-service ") + screen, root);
    };

    Kiosk::Test::ManagerFixture fixture;
    QVERIFY(fixture.isValid());
    PinVault vault(fixture.settings());
    EmbeddedManagerService managerService(*fixture.store());
    FakeTillService till(m_catalog);
    ManualClock clock;
    KioskWindowOptions options;
    options.selfService = true;
    options.resultDelaySecs = 600;
    options.orderingIdleSecs = 60;
    options.stillThereSecs = 20;
    options.clock = &clock;
    KioskWindow window(till, managerService, &vault, options);
    window.resize(1080, 1920);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.screen(), KioskWindow::Screen::Attract);
    read(QStringLiteral("attract"), &window);

    QTest::mouseClick(window.attract()->startButton(), Qt::LeftButton);
    QCOMPARE(window.screen(), KioskWindow::Screen::Ordering);
    read(QStringLiteral("ordering, empty basket"), &window);
    QListView *grid = window.selfOrder()->productGrid();
    const QModelIndex first = grid->model()->index(0, 0);
    grid->scrollTo(first);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(first).center());
    QCOMPARE(window.cart()->lines().size(), 1);
    read(QStringLiteral("ordering, one item"), &window); // "Added …", "1 item in your basket"
    QVERIFY(window.cart()->addProduct(QStringLiteral("caf-003")).ok());
    read(QStringLiteral("ordering, two items"), &window);

    // The question after the customer walked away, then back to ordering.
    clock.advance(60);
    window.inactivity()->poll();
    QVERIFY(window.stillThere()->isVisible());
    read(QStringLiteral("still there"), &window);
    QTest::mouseClick(window.stillThere()->stayButton(), Qt::LeftButton);
    QVERIFY(!window.stillThere()->isVisible());

    QTest::mouseClick(window.selfOrder()->reviewButton(), Qt::LeftButton);
    QCOMPARE(window.screen(), KioskWindow::Screen::Review);
    read(QStringLiteral("review"), &window);
    window.review()->emailEdit()->setText(QStringLiteral("not an address"));
    read(QStringLiteral("review, bad email"), &window);
    window.review()->emailEdit()->clear();
    window.cart()->clear();
    read(QStringLiteral("review, empty basket"), &window);
    QVERIFY(window.cart()->addProduct(QStringLiteral("caf-001")).ok());

    QTest::mouseClick(window.review()->payButton(), Qt::LeftButton);
    QCOMPARE(window.screen(), KioskWindow::Screen::Checkout);
    read(QStringLiteral("preparing"), &window);
    QVERIFY(till.answer(snapshot(9, OrderStatus::AwaitingPayment)));
    read(QStringLiteral("pay on your phone"), &window);
    till.announce(snapshot(9, OrderStatus::Paid));
    QCOMPARE(window.screen(), KioskWindow::Screen::Result);
    read(QStringLiteral("paid"), &window);
    for (OrderStatus status :
        { OrderStatus::Cancelled, OrderStatus::Expired, OrderStatus::Failed, OrderStatus::NeedsReview }) {
        window.result()->showOrder(snapshot(10, status));
        read(QStringLiteral("result %1").arg(Kiosk::toString(status)), &window);
    }

    // A product's options, as a customer chooses them (nothing chosen yet).
    const Product *latte = m_catalog.byId(QStringLiteral("caf-005"));
    QVERIFY(latte && !latte->optionGroups.isEmpty());
    OptionChooser chooser;
    chooser.setProduct(*latte, Language::localeFor(Language::current()));
    chooser.resize(1080, 1200);
    chooser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chooser));
    read(QStringLiteral("options"), &chooser);
}

void TestTranslations::everyScreenIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("German") << QStringLiteral("de");
    QTest::addRow("French") << QStringLiteral("fr");
    QTest::addRow("Spanish") << QStringLiteral("es");
}

void TestTranslations::everyScreenIsTranslated()
{
    QFETCH(QString, language);
    QVERIFY(Language::switchTo(language));
    QCOMPARE(Language::current(), language);
    QList<Seen> texts;
    QStringList clipped;
    walkEveryScreen(texts, clipped);
    QVERIFY(texts.size() > 150);
    QStringList leaks;
    for (const Seen &seen : std::as_const(texts)) {
        if (m_englishTexts.contains(seen.text) && !allowed(language, seen.text))
            leaks << seen.where + QStringLiteral(": \u201c") + seen.text + QStringLiteral("\u201d");
    }
    leaks.removeDuplicates();
    QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("still English:\n") + leaks.join(QLatin1Char('\n'))));
    clipped.removeDuplicates();
    QVERIFY2(clipped.isEmpty(), qPrintable(QStringLiteral("clipped at 1024×768:\n") + clipped.join(QLatin1Char('\n'))));
    QVERIFY(Language::switchTo(QStringLiteral("en")));
}

void TestTranslations::openScreensFollowASwitch()
{
    // A screen that is open when the language changes retranslates itself, amounts included.
    Kiosk::Test::ManagerFixture fixture;
    QVERIFY(fixture.isValid());
    PinVault vault(fixture.settings());
    EmbeddedManagerService managerService(*fixture.store());
    FakeTillService till(m_catalog);
    KioskWindow window(till, managerService, &vault, {});
    window.resize(1024, 768);
    window.show();
    QVERIFY(window.cart()->addProduct(QStringLiteral("caf-001"), 2).ok());
    QPushButton *pay = window.cashier()->basket()->payButton();
    QCOMPARE(pay->text(), QStringLiteral("Pay $5.90"));
    QCOMPARE(window.cashier()->basket()->itemCountText(), QStringLiteral("2 items"));
    QSignalSpy changed(Language::instance(), &Language::changed);
    QVERIFY(Language::switchTo(QStringLiteral("de")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("de"));
    QCOMPARE(pay->text(), QStringLiteral("5,90\u00a0$ bezahlen"));
    QCOMPARE(window.cashier()->basket()->itemCountText(), QStringLiteral("2 Artikel"));
    QCOMPARE(
        window.cashier()->searchBox()->placeholderText(), QStringLiteral("Produkt, Artikelnummer oder Barcode suchen"));
    QCOMPARE(window.cashier()->categoryTabs()->tabText(0), QStringLiteral("Alle"));
    QVERIFY(Language::switchTo(QStringLiteral("fr")));
    QCOMPARE(pay->text(), QStringLiteral("Payer 5,90\u00a0$"));
    QVERIFY(Language::switchTo(QStringLiteral("en")));
    QCOMPARE(pay->text(), QStringLiteral("Pay $5.90"));
    QCOMPARE(window.cashier()->categoryTabs()->tabText(0), QStringLiteral("All"));
    QVERIFY(!Language::switchTo(QStringLiteral("xx")));
    QCOMPARE(Language::current(), QStringLiteral("en"));
}

void TestTranslations::checkoutCarriesTheChosenLanguage()
{
    Kiosk::Test::ManagerFixture fixture;
    QVERIFY(fixture.isValid());
    PinVault vault(fixture.settings());
    EmbeddedManagerService managerService(*fixture.store());
    FakeTillService till(m_catalog);
    KioskWindow window(till, managerService, &vault, {});
    window.show();
    QVERIFY(Language::switchTo(QStringLiteral("de")));
    QVERIFY(window.cart()->addProduct(QStringLiteral("caf-001")).ok());
    window.startPayment(QString());
    QCOMPARE(till.calls().size(), 1);
    QCOMPARE(till.calls().first().request.language, QStringLiteral("de"));
    QVERIFY(Language::switchTo(QStringLiteral("en")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
