// SPDX-License-Identifier: MIT
// The options chooser on its own and as the cashier meets it: tap a latte, choose, add.
#include "BasketPanel.h"
#include "Cart.h"
#include "CashierScreen.h"
#include "Catalog.h"
#include "Language.h"
#include "OptionChooser.h"
#include "Theme.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Kiosk;
using namespace Kiosk::Ui;

namespace {

const QByteArray kCatalog = R"({"currency":"USD","products":[
    {"id":"latte","sku":"L-1","name":"Latte","category":"Coffee","price":"4.50","options":[
      {"id":"size","name":"Size","min":1,"choices":[{"id":"small","name":"Small"},
        {"id":"large","name":"Large","price_delta":"0.40"}]},
      {"id":"milk","name":"Milk","min":1,"choices":[{"id":"whole","name":"Whole milk"},
        {"id":"oat","name":"Oat milk","price_delta":"0.50"}]},
      {"id":"extra","name":"Extras","max":2,"choices":[{"id":"shot","name":"Extra shot","price_delta":"0.60"},
        {"id":"vanilla","name":"Vanilla","price_delta":"0.45"},{"id":"cream","name":"Cream","price_delta":"0.30"}]}]},
    {"id":"tea","sku":"T-1","name":"Tea","category":"Coffee","price":"2.00"}]})";

} // namespace

class TestOptionChooser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requiredGroupsBlockAdd();
    void groupLimitsHold();
    void keyboardChoosesAndAdds();
    void cashierAddsOneLineWithTheRightPrice();

private:
    QPushButton *option(QWidget *root, const char *id) const;
    Catalog m_catalog;
};

void TestOptionChooser::initTestCase()
{
    QVERIFY(Language::switchTo(QStringLiteral("en")));
    Theme::forScreenWidth(1024).apply(*qApp);
    auto catalog = Catalog::fromJson(kCatalog);
    QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().toString()));
    m_catalog = catalog.value();
}

QPushButton *TestOptionChooser::option(QWidget *root, const char *id) const
{
    return root->findChild<QPushButton *>(QStringLiteral("option_") + QLatin1String(id));
}

void TestOptionChooser::requiredGroupsBlockAdd()
{
    OptionChooser chooser;
    chooser.setProduct(*m_catalog.byId(QStringLiteral("latte")), QLocale(QLocale::English, QLocale::UnitedStates));
    chooser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chooser));
    auto *add = chooser.findChild<QPushButton *>(QStringLiteral("optionAdd"));
    auto *reason = chooser.findChild<QLabel *>(QStringLiteral("optionReason"));
    auto *price = chooser.findChild<QLabel *>(QStringLiteral("optionPrice"));
    QSignalSpy accepted(&chooser, &OptionChooser::accepted);

    QVERIFY(!add->isEnabled());
    QCOMPARE(reason->text(), QStringLiteral("Still to choose: Size, Milk"));
    QVERIFY(reason->isVisible());
    QCOMPARE(price->text(), QStringLiteral("Price $4.50"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);

    QTest::mouseClick(option(&chooser, "large"), Qt::LeftButton);
    QVERIFY(!add->isEnabled());
    QCOMPARE(reason->text(), QStringLiteral("Still to choose: Milk"));
    QCOMPARE(price->text(), QStringLiteral("Price $4.90, options included (+$0.40)"));

    QTest::mouseClick(option(&chooser, "oat"), Qt::LeftButton);
    QVERIFY(add->isEnabled());
    QVERIFY(!reason->isVisible());
    QCOMPARE(price->text(), QStringLiteral("Price $5.40, options included (+$0.90)"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(accepted.first().first().toStringList(), (QStringList { QStringLiteral("large"), QStringLiteral("oat") }));
}

void TestOptionChooser::groupLimitsHold()
{
    OptionChooser chooser;
    chooser.setProduct(*m_catalog.byId(QStringLiteral("latte")), QLocale(QLocale::English, QLocale::UnitedStates));
    chooser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chooser));

    // A required single choice moves from one option to the other and cannot be emptied.
    QTest::mouseClick(option(&chooser, "small"), Qt::LeftButton);
    QTest::mouseClick(option(&chooser, "large"), Qt::LeftButton);
    QVERIFY(!option(&chooser, "small")->isChecked());
    QTest::mouseClick(option(&chooser, "large"), Qt::LeftButton);
    QVERIFY(option(&chooser, "large")->isChecked());

    // Up to two extras: the third is not offered until one is taken back.
    QTest::mouseClick(option(&chooser, "shot"), Qt::LeftButton);
    QTest::mouseClick(option(&chooser, "cream"), Qt::LeftButton);
    QVERIFY(!option(&chooser, "vanilla")->isEnabled());
    QTest::mouseClick(option(&chooser, "shot"), Qt::LeftButton);
    QVERIFY(option(&chooser, "vanilla")->isEnabled());
    QCOMPARE(chooser.chosenOptionIds(), (QStringList { QStringLiteral("large"), QStringLiteral("cream") }));
}

void TestOptionChooser::keyboardChoosesAndAdds()
{
    OptionChooser chooser;
    chooser.setProduct(*m_catalog.byId(QStringLiteral("latte")), QLocale(QLocale::English, QLocale::UnitedStates));
    chooser.show();
    QApplication::setActiveWindow(&chooser);
    QVERIFY(QTest::qWaitForWindowExposed(&chooser));
    QSignalSpy accepted(&chooser, &OptionChooser::accepted);

    option(&chooser, "small")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(option(&chooser, "small")->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Large
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Whole milk
    QCOMPARE(QApplication::focusWidget(), option(&chooser, "whole"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    for (int i = 0; i < 5; ++i) // past Oat milk and the three extras to Add
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *add = chooser.findChild<QPushButton *>(QStringLiteral("optionAdd"));
    QCOMPARE(QApplication::focusWidget(), add);
    QTest::keyClick(add, Qt::Key_Space);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(
        accepted.first().first().toStringList(), (QStringList { QStringLiteral("small"), QStringLiteral("whole") }));
}

void TestOptionChooser::cashierAddsOneLineWithTheRightPrice()
{
    Cart cart(&m_catalog);
    CashierScreen screen(&m_catalog, &cart, QLocale(QLocale::English, QLocale::UnitedStates));
    screen.resize(1024, 768);
    screen.show();
    QApplication::setActiveWindow(&screen);
    QVERIFY(QTest::qWaitForWindowExposed(&screen));

    const auto tapLatte = [&] {
        QListView *grid = screen.productGrid();
        const QModelIndexList hits = grid->model()->match(
            grid->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Latte"), 1, Qt::MatchExactly);
        QVERIFY(!hits.isEmpty());
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(hits.first()).center());
    };
    const auto chooseAndAdd = [&](const char *size, const char *milk) {
        auto *dialog = screen.findChild<QDialog *>(QStringLiteral("optionsDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("optionAdd"));
        QVERIFY(!add->isEnabled()); // nothing chosen yet, whatever was chosen last time
        QTest::mouseClick(option(dialog, size), Qt::LeftButton);
        QTest::mouseClick(option(dialog, milk), Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };

    tapLatte();
    QVERIFY(cart.isEmpty()); // the tap only opens the chooser
    chooseAndAdd("large", "oat");
    QCOMPARE(cart.lines().size(), 1);
    QCOMPARE(cart.lines().first().name(), QStringLiteral("Latte (Large, Oat milk)"));
    QCOMPARE(screen.basket()->totalText(), QStringLiteral("$5.40"));
    auto *line = screen.findChild<QWidget *>(QStringLiteral("basketLine_latte+large+oat"));
    QVERIFY(line);
    QCOMPARE(line->findChild<QLabel *>(QStringLiteral("lineOptions"))->text(), QStringLiteral("Large, Oat milk"));
    QCOMPARE(line->findChild<QLabel *>(QStringLiteral("lineTotal"))->text(), QStringLiteral("$5.40"));

    tapLatte(); // the same again merges
    chooseAndAdd("large", "oat");
    QCOMPARE(cart.lines().size(), 1);
    QCOMPARE(cart.lines().first().quantity, 2);
    QCOMPARE(screen.basket()->totalText(), QStringLiteral("$10.80"));

    tapLatte(); // other milk: a line of its own
    chooseAndAdd("small", "whole");
    QCOMPARE(cart.lines().size(), 2);
    QCOMPARE(screen.basket()->totalText(), QStringLiteral("$15.30"));

    // Cancelling adds nothing.
    tapLatte();
    auto *dialog = screen.findChild<QDialog *>(QStringLiteral("optionsDialog"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("optionCancel")), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(cart.itemCount(), 3);
}

QTEST_MAIN(TestOptionChooser)
#include "tst_OptionChooser.moc"
