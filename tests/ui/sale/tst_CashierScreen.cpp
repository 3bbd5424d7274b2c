// SPDX-License-Identifier: MIT
// What the cashier sees and touches: tiles, basket buttons, totals, Pay, search, tabs, scanner.
#include "BarcodeScanFilter.h"
#include "BasketPanel.h"
#include "Cart.h"
#include "CashierScreen.h"
#include "Catalog.h"
#include "ProductFilterModel.h"
#include "ProductListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
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

private:
    void tapProduct(const QString &name);
    void tapLineButton(const QString &productId, const char *button);
    void typeWithGap(QWidget *target, const QString &text, qint64 gapMs);
    int visibleTiles() const;

    Catalog m_catalog;
    std::unique_ptr<Cart> m_cart;
    std::unique_ptr<CashierScreen> m_screen;
    qint64 m_fakeNow = 0;
};

void TestCashierScreen::initTestCase()
{
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
    m_screen->scanFilter()->setTimeSource([this] { return m_fakeNow; });
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

void TestCashierScreen::typeWithGap(QWidget *target, const QString &text, qint64 gapMs)
{
    for (const QChar c : text) {
        m_fakeNow += gapMs;
        QTest::keyClick(target, c.toLatin1());
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
    QTest::keyClick(m_screen->productGrid(), Qt::Key_Return);
    QCOMPARE(m_cart->itemCount(), 1);
    QCOMPARE(m_cart->lines().first().product.name, QStringLiteral("Butter Croissant"));
    QCOMPARE(m_screen->basket()->totalText(), QStringLiteral("$2.95"));
    QCOMPARE(m_screen->message(), QStringLiteral("Added Butter Croissant"));
}

void TestCashierScreen::unknownBarcodeShowsMessageAndAddsNothing()
{
    m_screen->productGrid()->setFocus();
    typeWithGap(m_screen->productGrid(), QStringLiteral("4006381333948"), 5);
    m_fakeNow += 5;
    QTest::keyClick(m_screen->productGrid(), Qt::Key_Enter);
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
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(search->text(), QStringLiteral("muf"));
    QCOMPARE(returnPressed.count(), 0);
    QCOMPARE(m_screen->productGrid()->model()->rowCount(), 1);
    QCOMPARE(m_cart->itemCount(), 1);
    QCOMPARE(m_cart->lines().first().product.name, QStringLiteral("Flat White"));
}

void TestCashierScreen::slowTypingInSearchBoxIsNotAScan()
{
    QLineEdit *search = m_screen->searchBox();
    search->setFocus();
    QSignalSpy returnPressed(search, &QLineEdit::returnPressed);
    typeWithGap(search, QStringLiteral("4006381333931"), 180);
    m_fakeNow += 180;
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(search->text(), QStringLiteral("4006381333931"));
    QCOMPARE(returnPressed.count(), 1);
    QVERIFY(m_cart->isEmpty());
    QCOMPARE(m_screen->productGrid()->model()->rowCount(), 1);
}

void TestCashierScreen::digitsAndEnterInEmailAreNotHijacked()
{
    QLineEdit *email = m_screen->basket()->emailEdit();
    email->setFocus();
    typeWithGap(email, QStringLiteral("ada1815@example.com"), 150);
    m_fakeNow += 150;
    QTest::keyClick(email, Qt::Key_Return);
    QCOMPARE(email->text(), QStringLiteral("ada1815@example.com"));
    QVERIFY(m_cart->isEmpty());
    QVERIFY(m_screen->message().isEmpty());
}

QTEST_MAIN(TestCashierScreen)
#include "tst_CashierScreen.moc"
