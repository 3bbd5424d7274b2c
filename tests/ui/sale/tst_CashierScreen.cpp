// SPDX-License-Identifier: MIT
// What the cashier sees and touches: tiles, basket buttons, totals, Pay, search, tabs, scanner.
#include "AccessibilityAudit.h"
#include "BarcodeScanFilter.h"
#include "BasketPanel.h"
#include "Cart.h"
#include "CashierScreen.h"
#include "Catalog.h"
#include "Language.h"
#include "ProductFilterModel.h"
#include "ProductListModel.h"
#include "Theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <memory>

using namespace Kiosk;
using namespace Kiosk::Ui;

namespace {

const QByteArray kCatalogCsv = "sku,barcode,name,description,category,price,currency,image,active\n"
                               "COF-001,4006381333931,Flat White,Double shot,Drinks,3.50,USD,,true\n"
                               "TEA-002,5901234123457,Green Tea,Sencha,Drinks,2.80,USD,,true\n"
                               "CRO-003,96385074,Butter Croissant,Fresh,Bakery,2.95,USD,,true\n"
                               "MUF-004,036000291452,Blueberry Muffin,Big,Bakery,3.25,USD,,true\n"
                               "GUM-005,,Mint Gum,Small,Snacks,0.20,USD,,true\n";

} // namespace

class TestCashierScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelsPassModelTester();
    void everyControlHasAName();
    void tappingTileAddsToBasket();
    void basketButtonsUpdateTotal_data();
    void basketButtonsUpdateTotal();
    void payDisabledWhenEmpty();
    void payDisabledBelowMinimumSaysWhy();
    void payDisabledForBadEmail_data();
    void payDisabledForBadEmail();
    void payEmitsEmail();
    void searchFiltersGrid_data();
    void searchFiltersGrid();
    void categoryTabsFilterGrid_data();
    void categoryTabsFilterGrid();
    void scannerBurstAddsProduct();
    void unknownBarcodeShowsMessageAndAddsNothing();
    void scannerBurstInSearchBoxLeavesSearchUntouched();
    void slowTypingInSearchBoxIsNotAScan();
    void digitsAndEnterInEmailAreNotHijacked();
    void scansIntoABusyEventLoopAreAllRecognised();
    void failedScanReplacesTheLastSuccess();
    void keyboardOnlySale();
    void typedQuantityAppliesToTheNextProduct_data();
    void typedQuantityAppliesToTheNextProduct();
    void enterInSearchWithoutMatchSaysSo();
    void focusRingContrastsWithItsSurroundings_data();
    void focusRingContrastsWithItsSurroundings();
    void basketShowsNetTaxPerRateAndGross_data();
    void basketShowsNetTaxPerRateAndGross();
    void basketCountsItemsAndScrollsToTheChangedLine();
    void clearOffersUndo();

private:
    void pressKey(QWidget *target, int key, const QString &text);
    void saveScreenshot(const QString &name) const;
    void tapProduct(const QString &name);
    void tapLineButton(const QString &productId, const char *button);
    void typeWithGap(QWidget *target, const QString &text, qint64 gapMs);
    int visibleTiles() const;

    Catalog m_catalog;
    std::unique_ptr<Cart> m_cart;
    std::unique_ptr<CashierScreen> m_screen;
    qint64 m_fakeNow = 0;
};

namespace {

// WCAG 2.x relative luminance and contrast ratio, written out here so the test does not trust
// the code it checks.
double luminance(const QColor &c)
{
    const auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void TestCashierScreen::initTestCase()
{
    QVERIFY(Language::switchTo(QStringLiteral("en"))); // as the kiosk does: English plurals
    Theme::forScreenWidth(1024).apply(*qApp);
    auto catalog = Catalog::fromCsv(kCatalogCsv);
    QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().toString()));
    m_catalog = catalog.value();
}

void TestCashierScreen::init()
{
    m_cart = std::make_unique<Cart>(&m_catalog);
    m_screen
        = std::make_unique<CashierScreen>(&m_catalog, m_cart.get(), QLocale(QLocale::English, QLocale::UnitedStates));
    m_fakeNow = 1000;
    m_screen->resize(1024, 768);
    m_screen->show();
    QApplication::setActiveWindow(m_screen.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
}

void TestCashierScreen::cleanup()
{
    m_screen.reset();
    m_cart.reset();
}

void TestCashierScreen::everyControlHasAName()
{
    // With lines in the basket: their − / + / × buttons are controls too.
    tapProduct(QStringLiteral("Flat White"));
    tapProduct(QStringLiteral("Green Tea"));
    EXPECT_NAMED_CONTROLS(m_screen.get());
}

void TestCashierScreen::tapProduct(const QString &name)
{
    QListView *grid = m_screen->productGrid();
    const QModelIndexList hits
        = grid->model()->match(grid->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY2(!hits.isEmpty(), qPrintable(QStringLiteral("no tile named ") + name));
    const QRect rect = grid->visualRect(hits.first());
    QVERIFY(rect.isValid());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestCashierScreen::tapLineButton(const QString &productId, const char *button)
{
    auto *line = m_screen->findChild<QWidget *>(QStringLiteral("basketLine_") + productId);
    QVERIFY2(line, qPrintable(QStringLiteral("no basket line for ") + productId));
    auto *b = line->findChild<QToolButton *>(QLatin1String(button));
    QVERIFY(b);
    QVERIFY(b->isVisible());
    QTest::mouseClick(b, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestCashierScreen::pressKey(QWidget *target, int key, const QString &text)
{
    // Like a real keyboard or scanner: the event carries the time it was typed.
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    press.setTimestamp(quint64(m_fakeNow));
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    release.setTimestamp(quint64(m_fakeNow));
    QApplication::sendEvent(target, &release);
}

void TestCashierScreen::saveScreenshot(const QString &name) const
{
    // With KIOSK_SCREENSHOT_DIR set, what the cashier sees goes there for a person to look at.
    const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    m_screen->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestCashierScreen::typeWithGap(QWidget *target, const QString &text, qint64 gapMs)
{
    for (const QChar c : text) {
        m_fakeNow += gapMs;
        pressKey(target, c.toUpper().unicode(), QString(c));
    }
}

int TestCashierScreen::visibleTiles() const
{
    QListView *grid = m_screen->productGrid();
    int shown = 0;
    for (int row = 0; row < grid->model()->rowCount(); ++row)
        shown += grid->isRowHidden(row) ? 0 : 1;
    return shown;
}

void TestCashierScreen::modelsPassModelTester()
{
    ProductListModel list;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setProducts(m_catalog.activeProducts(), QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(list.rowCount(), 5);
    QCOMPARE(list.index(0, 0).data(ProductListModel::PriceTextRole).toString(), QStringLiteral("$3.50"));

    ProductFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&list);
    filter.setCategory(QStringLiteral("Bakery"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearchText(QStringLiteral("muffin"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setCategory(QString());
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), 5);
    list.setProducts({}, QLocale());
    QCOMPARE(filter.rowCount(), 0);
}

void TestCashierScreen::tappingTileAddsToBasket()
{
    BasketPanel *basket = m_screen->basket();
    QCOMPARE(basket->totalText(), QStringLiteral("$0.00"));
    tapProduct(QStringLiteral("Flat White"));
    QCOMPARE(m_cart->itemCount(), 1);
    QVERIFY(
        m_screen->findChild<QWidget *>(QStringLiteral("basketLine_") + m_catalog.bySku(QStringLiteral("COF-001"))->id));
    QCOMPARE(basket->totalText(), QStringLiteral("$3.50"));
    tapProduct(QStringLiteral("Flat White"));
    tapProduct(QStringLiteral("Green Tea"));
    QCOMPARE(basket->totalText(), QStringLiteral("$9.80"));
    QCOMPARE(basket->payButton()->text(), QStringLiteral("Pay $9.80"));
}

void TestCashierScreen::basketButtonsUpdateTotal_data()
{
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QString>("total");
    QTest::addColumn<int>("lines");
    QTest::addRow("plus") << QStringList { QStringLiteral("plus") } << QStringLiteral("$7.00") << 1;
    QTest::addRow("plus twice") << QStringList { QStringLiteral("plus"), QStringLiteral("plus") }
                                << QStringLiteral("$10.50") << 1;
    QTest::addRow("plus then minus") << QStringList { QStringLiteral("plus"), QStringLiteral("minus") }
                                     << QStringLiteral("$3.50") << 1;
    QTest::addRow("minus at one removes") << QStringList { QStringLiteral("minus") } << QStringLiteral("$0.00") << 0;
    QTest::addRow("remove") << QStringList { QStringLiteral("remove") } << QStringLiteral("$0.00") << 0;
}

void TestCashierScreen::basketButtonsUpdateTotal()
{
    QFETCH(QStringList, actions);
    QFETCH(QString, total);
    QFETCH(int, lines);
    const QString id = m_catalog.bySku(QStringLiteral("COF-001"))->id;
    tapProduct(QStringLiteral("Flat White"));
    for (const QString &action : std::as_const(actions))
        tapLineButton(id,
            action == QLatin1String("plus")        ? "plusButton"
                : action == QLatin1String("minus") ? "minusButton"
                                                   : "removeButton");
    QCOMPARE(m_screen->basket()->totalText(), total);
    QCOMPARE(m_cart->lines().size(), lines);
}

void TestCashierScreen::payDisabledWhenEmpty()
{
    QVERIFY(!m_screen->basket()->payButton()->isEnabled());
    tapProduct(QStringLiteral("Green Tea"));
    QVERIFY(m_screen->basket()->payButton()->isEnabled());
    QTest::mouseClick(m_screen->findChild<QPushButton *>(QStringLiteral("clearButton")), Qt::LeftButton);
    QVERIFY(m_cart->isEmpty());
    QVERIFY(!m_screen->basket()->payButton()->isEnabled());
    QCOMPARE(m_screen->basket()->totalText(), QStringLiteral("$0.00"));
}

void TestCashierScreen::payDisabledBelowMinimumSaysWhy()
{
    tapProduct(QStringLiteral("Mint Gum"));
    QVERIFY(!m_screen->basket()->payButton()->isEnabled());
    QCOMPARE(m_screen->basket()->payHint(), QStringLiteral("Minimum card payment is $0.50."));
    QVERIFY(m_screen->findChild<QLabel *>(QStringLiteral("payHint"))->isVisible());
    tapProduct(QStringLiteral("Mint Gum"));
    tapProduct(QStringLiteral("Mint Gum"));
    QVERIFY(m_screen->basket()->payButton()->isEnabled());
    QVERIFY(m_screen->basket()->payHint().isEmpty());
}

void TestCashierScreen::payDisabledForBadEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("payable");
    QTest::addRow("empty") << QString() << true;
    QTest::addRow("valid") << QStringLiteral("ada@example.com") << true;
    QTest::addRow("no at") << QStringLiteral("ada.example.com") << false;
    QTest::addRow("no domain dot") << QStringLiteral("ada@example") << false;
    QTest::addRow("space") << QStringLiteral("ada lovelace@example.com") << false;
}

void TestCashierScreen::payDisabledForBadEmail()
{
    QFETCH(QString, email);
    QFETCH(bool, payable);
    tapProduct(QStringLiteral("Flat White"));
    m_screen->basket()->emailEdit()->setText(email);
    QCOMPARE(m_screen->basket()->payButton()->isEnabled(), payable);
    QCOMPARE(m_screen->basket()->payHint().isEmpty(), payable);
}

void TestCashierScreen::payEmitsEmail()
{
    QSignalSpy pay(m_screen.get(), &CashierScreen::payRequested);
    tapProduct(QStringLiteral("Flat White"));
    m_screen->basket()->emailEdit()->setText(QStringLiteral("  ada@example.com "));
    QTest::mouseClick(m_screen->basket()->payButton(), Qt::LeftButton);
    QCOMPARE(pay.count(), 1);
    QCOMPARE(pay.at(0).at(0).toString(), QStringLiteral("ada@example.com"));
}

void TestCashierScreen::searchFiltersGrid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tiles");
    QTest::addRow("nothing") << QString() << 5;
    QTest::addRow("name") << QStringLiteral("tea") << 1;
    QTest::addRow("upper case") << QStringLiteral("CROISSANT") << 1;
    QTest::addRow("sku") << QStringLiteral("MUF-004") << 1;
    QTest::addRow("barcode digits") << QStringLiteral("40063813") << 1;
    QTest::addRow("category") << QStringLiteral("bakery") << 2;
    QTest::addRow("no match") << QStringLiteral("pizza") << 0;
}

void TestCashierScreen::searchFiltersGrid()
{
    QFETCH(QString, text);
    QFETCH(int, tiles);
    m_screen->searchBox()->setFocus();
    typeWithGap(m_screen->searchBox(), text, 300);
    QCOMPARE(m_screen->searchBox()->text(), text);
    QCOMPARE(m_screen->productGrid()->model()->rowCount(), tiles);
}

void TestCashierScreen::categoryTabsFilterGrid_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QStringList>("names");
    QTest::addRow("All") << QStringLiteral("All")
                         << QStringList { QStringLiteral("Flat White"), QStringLiteral("Green Tea"),
                                QStringLiteral("Butter Croissant"), QStringLiteral("Blueberry Muffin"),
                                QStringLiteral("Mint Gum") };
    QTest::addRow("Bakery") << QStringLiteral("Bakery")
                            << QStringList { QStringLiteral("Butter Croissant"), QStringLiteral("Blueberry Muffin") };
    QTest::addRow("Snacks") << QStringLiteral("Snacks") << QStringList { QStringLiteral("Mint Gum") };
}

void TestCashierScreen::categoryTabsFilterGrid()
{
    QFETCH(QString, tab);
    QFETCH(QStringList, names);
    QTabBar *tabs = m_screen->categoryTabs();
    QCOMPARE(tabs->count(), 4);
    int found = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == tab)
            found = i;
    QVERIFY(found >= 0);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(found).center());
    QCOMPARE(tabs->currentIndex(), found);
    QAbstractItemModel *model = m_screen->productGrid()->model();
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, 0).data().toString();
    QCOMPARE(shown, names);
    QCOMPARE(visibleTiles(), names.size());
}

void TestCashierScreen::scannerBurstAddsProduct()
{
    m_screen->productGrid()->setFocus();
    typeWithGap(m_screen->productGrid(), QStringLiteral("96385074"), 8);
    m_fakeNow += 8;
    pressKey(m_screen->productGrid(), Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(m_cart->itemCount(), 1);
    QCOMPARE(m_cart->lines().first().product.name, QStringLiteral("Butter Croissant"));
    QCOMPARE(m_screen->basket()->totalText(), QStringLiteral("$2.95"));
    QCOMPARE(m_screen->message(), QStringLiteral("Added 1 \u00d7 Butter Croissant"));
    QVERIFY(!m_screen->messageIsError());
}

void TestCashierScreen::unknownBarcodeShowsMessageAndAddsNothing()
{
    m_screen->productGrid()->setFocus();
    typeWithGap(m_screen->productGrid(), QStringLiteral("4006381333948"), 5);
    m_fakeNow += 5;
    pressKey(m_screen->productGrid(), Qt::Key_Enter, QStringLiteral("\r"));
    QVERIFY(m_cart->isEmpty());
    QCOMPARE(m_screen->message(), QStringLiteral("No product with barcode 4006381333948"));
    QCOMPARE(m_screen->basket()->totalText(), QStringLiteral("$0.00"));
}

void TestCashierScreen::scannerBurstInSearchBoxLeavesSearchUntouched()
{
    QLineEdit *search = m_screen->searchBox();
    search->setFocus();
    typeWithGap(search, QStringLiteral("muf"), 400);
    QCOMPARE(m_screen->productGrid()->model()->rowCount(), 1);
    QSignalSpy returnPressed(search, &QLineEdit::returnPressed);
    typeWithGap(search, QStringLiteral("4006381333931"), 10);
    m_fakeNow += 10;
    pressKey(search, Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(search->text(), QStringLiteral("muf"));
    QCOMPARE(returnPressed.count(), 0);
    QCOMPARE(m_screen->productGrid()->model()->rowCount(), 1);
    QCOMPARE(m_cart->itemCount(), 1);
    QCOMPARE(m_cart->lines().first().product.name, QStringLiteral("Flat White"));
}

void TestCashierScreen::slowTypingInSearchBoxIsNotAScan()
{
    // A code typed by hand reaches the search box (it filters while typing); Enter then adds
    // the product with exactly that barcode, as the search's Enter does.
    QLineEdit *search = m_screen->searchBox();
    search->setFocus();
    QSignalSpy returnPressed(search, &QLineEdit::returnPressed);
    typeWithGap(search, QStringLiteral("4006381333931"), 180);
    QCOMPARE(search->text(), QStringLiteral("4006381333931"));
    QCOMPARE(m_screen->productGrid()->model()->rowCount(), 1);
    m_fakeNow += 180;
    pressKey(search, Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(returnPressed.count(), 1);
    QCOMPARE(m_cart->itemCount(), 1);
    QCOMPARE(m_screen->message(), QStringLiteral("Added 1 \u00d7 Flat White"));
    QVERIFY(search->text().isEmpty());
}

void TestCashierScreen::digitsAndEnterInEmailAreNotHijacked()
{
    QLineEdit *email = m_screen->basket()->emailEdit();
    email->setFocus();
    typeWithGap(email, QStringLiteral("ada1815@example.com"), 150);
    m_fakeNow += 150;
    pressKey(email, Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(email->text(), QStringLiteral("ada1815@example.com"));
    QVERIFY(m_cart->isEmpty());
    QVERIFY(m_screen->message().isEmpty());
}

void TestCashierScreen::scansIntoABusyEventLoopAreAllRecognised()
{
    // Ten scans arrive while the machine is busy: their key events queue up and the event loop
    // is blocked for 200 ms in the middle of every scan. The keys still carry the scanner's
    // timestamps (8 ms apart), so every scan is recognised and none leaks into the search box.
    const QStringList codes { QStringLiteral("4006381333931"), QStringLiteral("5901234123457"),
        QStringLiteral("96385074"), QStringLiteral("036000291452") };
    QLineEdit *search = m_screen->searchBox();
    search->setFocus();
    for (int scan = 0; scan < 10; ++scan) {
        const QString code = codes.at(scan % codes.size());
        m_fakeNow += 1000;
        for (int i = 0; i < code.size(); ++i) {
            m_fakeNow += 8;
            auto *press = new QKeyEvent(QEvent::KeyPress, code.at(i).unicode(), Qt::NoModifier, code.mid(i, 1));
            press->setTimestamp(quint64(m_fakeNow));
            QCoreApplication::postEvent(search, press);
            if (i == 4)
                QMetaObject::invokeMethod(
                    this, [] { QThread::msleep(200); }, Qt::QueuedConnection); // a busy machine
        }
        m_fakeNow += 8;
        auto *enter = new QKeyEvent(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        enter->setTimestamp(quint64(m_fakeNow));
        QCoreApplication::postEvent(search, enter);
    }
    QCoreApplication::sendPostedEvents();
    QCOMPARE(m_cart->itemCount(), 10);
    QCOMPARE(search->text(), QString());
    QCOMPARE(m_cart->lines().size(), 4);
    QCOMPARE(m_cart->lines().first().quantity, 3);
}

void TestCashierScreen::failedScanReplacesTheLastSuccess()
{
    m_screen->productGrid()->setFocus();
    typeWithGap(m_screen->productGrid(), QStringLiteral("5901234123457"), 8);
    m_fakeNow += 8;
    pressKey(m_screen->productGrid(), Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(m_screen->message(), QStringLiteral("Added 1 \u00d7 Green Tea"));
    QVERIFY(!m_screen->messageIsError());
    typeWithGap(m_screen->productGrid(), QStringLiteral("5901234123464"), 8);
    m_fakeNow += 8;
    pressKey(m_screen->productGrid(), Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(m_screen->message(), QStringLiteral("No product with barcode 5901234123464"));
    QVERIFY(m_screen->messageIsError());
    QCOMPARE(m_cart->itemCount(), 1);
    auto *box = m_screen->findChild<QWidget *>(QStringLiteral("scanMessage"));
    QVERIFY(box && box->isVisible());
    // Not the same look as a success: red, not the dark success strip.
    const QImage shot = box->grab().toImage();
    QCOMPARE(shot.pixelColor(shot.width() / 2, 2), QColor(0xcf, 0x22, 0x2e));
    saveScreenshot(QStringLiteral("scan-failed"));
}

void TestCashierScreen::keyboardOnlySale()
{
    // Keyboard only: no mouse, no programmatic focus. The screen starts with the search focused.
    QLineEdit *search = m_screen->searchBox();
    QTRY_VERIFY(search->hasFocus());
    QSignalSpy pay(m_screen.get(), &CashierScreen::payRequested);

    QTest::keyClicks(search, QStringLiteral("2*flat"));
    QCOMPARE(m_screen->pendingQuantity(), 2);
    QCOMPARE(m_screen->productGrid()->model()->rowCount(), 1);
    saveScreenshot(QStringLiteral("typed-quantity"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_cart->itemCount(), 2);
    QCOMPARE(m_screen->message(), QStringLiteral("Added 2 \u00d7 Flat White"));
    QVERIFY(search->text().isEmpty());

    // Into the grid, one tile to the right (Green Tea), Space adds it, Enter adds another.
    QTest::keyClick(search, Qt::Key_Down);
    QListView *grid = m_screen->productGrid();
    QVERIFY(grid->hasFocus());
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->currentIndex().data().toString(), QStringLiteral("Green Tea"));
    QTest::keyClick(grid, Qt::Key_Space);
    QTest::keyClick(grid, Qt::Key_Enter);
    QCOMPARE(m_cart->itemCount(), 4);
    QCOMPARE(m_screen->basket()->itemCountText(), QStringLiteral("4 items"));

    // Tab to the Flat White line's "+" and press it twice: the focus stays on it.
    const auto tabTo = [](const QString &objectName, const QString &lineId) {
        for (int i = 0; i < 30; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (focus && focus->objectName() == objectName
                && (lineId.isEmpty() || focus->parentWidget()->objectName().endsWith(lineId)))
                return true;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return false;
    };
    const QString flatId = m_catalog.bySku(QStringLiteral("COF-001"))->id;
    QVERIFY(tabTo(QStringLiteral("plusButton"), flatId));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(m_cart->lines().first().quantity, 4);

    QVERIFY(tabTo(QStringLiteral("payButton"), QString()));
    QCOMPARE(m_screen->basket()->payButton()->text(), QStringLiteral("Pay $19.60"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(pay.count(), 1);
}

void TestCashierScreen::typedQuantityAppliesToTheNextProduct_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("quantity");
    QTest::addRow("star") << QStringLiteral("3*") << 3;
    QTest::addRow("x") << QStringLiteral("3x") << 3;
    QTest::addRow("spaces") << QStringLiteral("12 * ") << 12;
    QTest::addRow("none") << QString() << 1;
}

void TestCashierScreen::typedQuantityAppliesToTheNextProduct()
{
    // Quantity, then a scan: the scan takes the quantity, and the quantity is used up.
    QFETCH(QString, typed);
    QFETCH(int, quantity);
    QLineEdit *search = m_screen->searchBox();
    search->setFocus();
    typeWithGap(search, typed, 300);
    QCOMPARE(m_screen->pendingQuantity(), quantity);
    typeWithGap(search, QStringLiteral("96385074"), 8);
    m_fakeNow += 8;
    pressKey(search, Qt::Key_Return, QStringLiteral("\r"));
    QCOMPARE(m_cart->itemCount(), quantity);
    QCOMPARE(m_screen->message(), QStringLiteral("Added %1 \u00d7 Butter Croissant").arg(quantity));
    QCOMPARE(m_screen->pendingQuantity(), 1);
    QVERIFY(search->text().isEmpty());
}

void TestCashierScreen::enterInSearchWithoutMatchSaysSo()
{
    QLineEdit *search = m_screen->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("pizza"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(m_cart->isEmpty());
    QCOMPARE(m_screen->message(), QStringLiteral("No product matches \u201cpizza\u201d"));
    QVERIFY(m_screen->messageIsError());
    QCOMPARE(search->text(), QStringLiteral("pizza"));
}

void TestCashierScreen::focusRingContrastsWithItsSurroundings_data()
{
    QTest::addColumn<QString>("control");
    QTest::addRow("pay") << QStringLiteral("pay");
    QTest::addRow("product tile") << QStringLiteral("tile");
    QTest::addRow("quantity button") << QStringLiteral("plus");
    QTest::addRow("clear") << QStringLiteral("clear");
    QTest::addRow("selected category tab") << QStringLiteral("tab");
    QTest::addRow("search") << QStringLiteral("search");
}

void TestCashierScreen::focusRingContrastsWithItsSurroundings()
{
    // Renders the focused control and reads the ring's pixel, the pixel just inside it and the
    // one just outside: the ring must stand out (>= 3:1, WCAG 1.4.11) from both.
    QFETCH(QString, control);
    m_screen->handleBarcode(QStringLiteral("4006381333931")); // Pay enabled, a basket line
    QWidget *widget = nullptr;
    QRect rect;
    int ring = 1;
    if (control == QLatin1String("pay")) {
        widget = m_screen->basket()->payButton();
        ring = 2;
    } else if (control == QLatin1String("plus")) {
        widget = m_screen->findChild<QWidget *>(QStringLiteral("plusButton"));
    } else if (control == QLatin1String("clear")) {
        widget = m_screen->basket()->clearButton();
    } else if (control == QLatin1String("search")) {
        widget = m_screen->searchBox();
    } else if (control == QLatin1String("tab")) {
        widget = m_screen->categoryTabs();
        rect = m_screen->categoryTabs()->tabRect(0);
    } else {
        widget = m_screen->productGrid();
        QListView *grid = m_screen->productGrid();
        grid->setCurrentIndex(grid->model()->index(0, 0));
        rect = grid->visualRect(grid->currentIndex()).adjusted(3, 3, -3, -3); // the card's edge
        ring = 1;
    }
    QVERIFY(widget);
    widget->setFocus(Qt::TabFocusReason);
    QVERIFY(widget->hasFocus());
    QWidget *surface = control == QLatin1String("tile") ? m_screen->productGrid()->viewport() : widget;
    if (rect.isNull())
        rect = widget->rect();
    QCoreApplication::processEvents(); // the pending layout pass, as on screen
    const QImage shot = m_screen->grab().toImage();
    if (const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR"); !dir.isEmpty())
        shot.save(QDir(dir).filePath(QStringLiteral("focus-%1.png").arg(control))); // for a person to judge
    const QPoint top = surface->mapTo(m_screen.get(), QPoint(rect.center().x(), rect.top()));
    const QColor ringColour = shot.pixelColor(top + QPoint(0, ring));
    const QColor inside = shot.pixelColor(top + QPoint(0, ring + 4));
    const QColor outside = shot.pixelColor(top - QPoint(0, 3));
    const double toInside = contrast(ringColour, inside);
    const double toOutside = contrast(ringColour, outside);
    qInfo("%s: ring %s, inside %s (%.2f:1), outside %s (%.2f:1)", qPrintable(control), qPrintable(ringColour.name()),
        qPrintable(inside.name()), toInside, qPrintable(outside.name()), toOutside);
    QVERIFY2(toInside >= 3.0, qPrintable(QString::number(toInside)));
    QVERIFY2(toOutside >= 3.0, qPrintable(QString::number(toOutside)));
}

void TestCashierScreen::basketCountsItemsAndScrollsToTheChangedLine()
{
    m_screen->resize(1024, 560); // fewer lines fit than the basket holds
    QCoreApplication::processEvents();
    BasketPanel *basket = m_screen->basket();
    QCOMPARE(basket->itemCountText(), QString());
    const QStringList skus { QStringLiteral("COF-001"), QStringLiteral("TEA-002"), QStringLiteral("CRO-003"),
        QStringLiteral("MUF-004"), QStringLiteral("GUM-005") };
    for (const QString &sku : skus) {
        QVERIFY(m_cart->addProduct(m_catalog.bySku(sku)->id, 2));
        QTRY_VERIFY2(basket->isLineVisible(m_catalog.bySku(sku)->id), qPrintable(sku));
    }
    QCOMPARE(basket->itemCountText(), QStringLiteral("10 items"));
    const QString first = m_catalog.bySku(QStringLiteral("COF-001"))->id;
    QTRY_VERIFY2(!basket->isLineVisible(first), "the test needs a basket taller than its panel");
    QVERIFY(basket->isLineVisible(m_catalog.bySku(QStringLiteral("GUM-005"))->id));
    QVERIFY(m_cart->setQuantity(first, 3));
    QTRY_VERIFY(basket->isLineVisible(first));
    QCOMPARE(basket->itemCountText(), QStringLiteral("11 items"));
    QVERIFY(m_cart->setQuantity(first, 1));
    QVERIFY(m_cart->remove(m_catalog.bySku(QStringLiteral("TEA-002"))->id));
    QVERIFY(m_cart->remove(m_catalog.bySku(QStringLiteral("CRO-003"))->id));
    QVERIFY(m_cart->remove(m_catalog.bySku(QStringLiteral("MUF-004"))->id));
    QVERIFY(m_cart->setQuantity(m_catalog.bySku(QStringLiteral("GUM-005"))->id, 1));
    QCOMPARE(basket->itemCountText(), QStringLiteral("2 items"));
    QVERIFY(m_cart->remove(m_catalog.bySku(QStringLiteral("GUM-005"))->id));
    QCOMPARE(basket->itemCountText(), QStringLiteral("1 item"));
}

void TestCashierScreen::clearOffersUndo()
{
    BasketPanel *basket = m_screen->basket();
    QVERIFY(m_cart->addProduct(m_catalog.bySku(QStringLiteral("COF-001"))->id, 2));
    QVERIFY(m_cart->addProduct(m_catalog.bySku(QStringLiteral("CRO-003"))->id, 1));
    QTest::mouseClick(basket->clearButton(), Qt::LeftButton);
    QVERIFY(m_cart->isEmpty());
    QVERIFY(basket->undoButton()->isVisible());
    QTest::mouseClick(basket->undoButton(), Qt::LeftButton);
    QCOMPARE(m_cart->itemCount(), 3);
    QCOMPARE(m_cart->lines().size(), 2);
    QCOMPARE(m_cart->lines().first().quantity, 2);
    QCOMPARE(basket->totalText(), QStringLiteral("$9.95"));
    QVERIFY(!basket->undoButton()->isVisible());

    // Cleared, then a new customer's first item: no undo that would merge the two baskets.
    QTest::mouseClick(basket->clearButton(), Qt::LeftButton);
    QVERIFY(basket->undoButton()->isVisible());
    m_screen->handleBarcode(QStringLiteral("96385074"));
    QVERIFY(!basket->undoButton()->isVisible());
    QCOMPARE(m_cart->itemCount(), 1);

    // The offer ends by itself.
    basket->setUndoSecs(1);
    QTest::mouseClick(basket->clearButton(), Qt::LeftButton);
    QVERIFY(basket->undoButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!basket->undoButton()->isVisible(), 5000);
    QVERIFY(m_cart->isEmpty());
}

void TestCashierScreen::basketShowsNetTaxPerRateAndGross_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<QString>("tax");
    QTest::addColumn<QString>("total");
    // 2 Flat White (3.50, standard) and 1 Butter Croissant (2.95, reduced).
    // inclusive: rhu(700*19/119) = 112, rhu(295*7/107) = 19; net 995 - 131 = 864
    QTest::addRow("English, inclusive") << QStringLiteral("en") << true
                                        << QStringLiteral("Net $8.64\nTax 19% $1.12\nTax 7% $0.19")
                                        << QStringLiteral("$9.95");
    // exclusive: rhu(700*0.19) = 133, rhu(295*0.07) = rhu(20.65) = 21; added on top
    QTest::addRow("English, exclusive") << QStringLiteral("en") << false
                                        << QStringLiteral("Net $9.95\nTax 19% $1.33\nTax 7% $0.21")
                                        << QStringLiteral("$11.49");
    QTest::addRow("German, inclusive") << QStringLiteral(
        "de") << true << QStringLiteral("Netto 8,64\u00a0$\nMwSt. 19\u00a0% 1,12\u00a0$\nMwSt. 7\u00a0% 0,19\u00a0$")
                                       << QStringLiteral("9,95\u00a0$");
}

void TestCashierScreen::basketShowsNetTaxPerRateAndGross()
{
    QFETCH(QString, language);
    QFETCH(bool, inclusive);
    QFETCH(QString, tax);
    QFETCH(QString, total);
    Catalog catalog = m_catalog;
    TaxPolicy policy;
    policy.pricesIncludeTax = inclusive;
    policy.rates.insert(QStringLiteral("standard"), Percentage::parse(u"19", Percentage::Use::TaxRate).value());
    policy.rates.insert(QStringLiteral("reduced"), Percentage::parse(u"7", Percentage::Use::TaxRate).value());
    // The CSV names no category: everything is standard until the croissant is reduced.
    QByteArray csv = kCatalogCsv;
    csv.replace("image,active\n", "image,active,tax_category\n");
    csv.replace(",true\n", ",true,\n");
    csv.replace("Fresh,Bakery,2.95,USD,,true,", "Fresh,Bakery,2.95,USD,,true,reduced");
    auto taxed = Catalog::fromCsv(csv);
    QVERIFY2(taxed.ok(), taxed.ok() ? "" : qPrintable(taxed.error().toString()));
    catalog = taxed.value();
    QVERIFY(catalog.setTaxPolicy(policy).ok());

    QVERIFY(Language::switchTo(language));
    const QLocale locale(language == QLatin1String("de") ? QLocale::German : QLocale::English, QLocale::UnitedStates);
    Cart cart(&catalog);
    BasketPanel panel(&cart, locale);
    panel.resize(360, 600);
    panel.show();
    QVERIFY(panel.taxText().isEmpty()); // an empty basket shows no tax rows
    QVERIFY(cart.addProduct(QStringLiteral("COF-001"), 2).ok());
    QVERIFY(cart.addProduct(QStringLiteral("CRO-003")).ok());
    const QString shown = panel.taxText();
    const QString shownTotal = panel.totalText();
    QVERIFY(Language::switchTo(QStringLiteral("en")));
    QCOMPARE(shown, tax);
    QCOMPARE(shownTotal, total);
    auto *captions = panel.findChild<QLabel *>(QStringLiteral("taxCaptions"));
    QVERIFY(captions && captions->isVisible());
}

QTEST_MAIN(TestCashierScreen)
#include "tst_CashierScreen.moc"
