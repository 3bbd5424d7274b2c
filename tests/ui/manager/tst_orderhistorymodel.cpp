// SPDX-License-Identifier: MIT
#include "EmbeddedManagerService.h"
#include "ManagerFixture.h"
#include "OrderHistoryModel.h"
#include "OrderStore.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using Kiosk::EmbeddedManagerService;
using Kiosk::Test::ManagerFixture;
using Kiosk::Ui::OrderHistoryModel;

namespace {
constexpr int kOrders = 5000;

/** The model's count arrives asynchronously: waits for the reset that brings it. */
bool waitForCount(OrderHistoryModel &model)
{
    QSignalSpy refreshed(&model, &OrderHistoryModel::refreshed);
    return refreshed.wait(5000);
}

/** What a view shows in a cell once the row's page has arrived. */
QVariant cell(OrderHistoryModel &model, int row, int column, int role = Qt::DisplayRole)
{
    if (!model.orderAt(row)) {
        QSignalSpy loaded(&model, &OrderHistoryModel::pageLoaded);
        if (!loaded.wait(5000))
            return {};
    }
    return model.index(row, column).data(role);
}
} // namespace

class TestOrderHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_fixture.isValid());
        QVERIFY(m_fixture.importHistory(kOrders));
    }

    void pagesLazilyAndNewestFirst()
    {
        EmbeddedManagerService service(*m_fixture.store());
        OrderHistoryModel model(&service);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), kOrders);
        QCOMPARE(model.pagesFetched(), 0);

        // The last row is the oldest order, read without loading the rows before it.
        const int last = model.rowCount() - 1;
        QCOMPARE(cell(model, last, OrderHistoryModel::NumberColumn).toString(), ManagerFixture::numberFor(0));
        QCOMPARE(cell(model, last, OrderHistoryModel::TotalColumn).toString(), QStringLiteral("$10.00"));
        QCOMPARE(cell(model, last, OrderHistoryModel::EmailColumn).toString(), QStringLiteral("customer0@example.com"));
        QCOMPARE(cell(model, last, OrderHistoryModel::StatusColumn).toString(), QStringLiteral("Paid"));
        QCOMPARE(model.pagesFetched(), 1);

        // The first row is the newest: order 4999, EUR 59.99, created 2026-01-04 19:19 UTC.
        QCOMPARE(cell(model, 0, OrderHistoryModel::NumberColumn).toString(), ManagerFixture::numberFor(4999));
        QCOMPARE(cell(model, 0, OrderHistoryModel::TotalColumn).toString(), QStringLiteral("€59.99"));
        const QString created = cell(model, 0, OrderHistoryModel::CreatedColumn).toString();
        QVERIFY2(created.contains(QStringLiteral("1/4/26")) && created.contains(QStringLiteral("7:19")),
            qPrintable(created));
        QCOMPARE(model.pagesFetched(), 2);

        // Rows on an already loaded page come from the cache.
        QCOMPARE(cell(model, 5, OrderHistoryModel::NumberColumn).toString(), ManagerFixture::numberFor(4994));
        QCOMPARE(model.pagesFetched(), 2);
        // A yen order shows no decimals.
        const int yenRow = kOrders - 1 - 2; // order 2: JPY 1002
        QCOMPARE(cell(model, yenRow, OrderHistoryModel::TotalColumn).toString(), QStringLiteral("¥1,002"));
        QCOMPARE(cell(model, yenRow, OrderHistoryModel::TotalColumn, OrderHistoryModel::AmountRole).toLongLong(), 1002);
    }

    void statusIsAColoredWord()
    {
        EmbeddedManagerService service(*m_fixture.store());
        OrderHistoryModel model(&service);
        QVERIFY(waitForCount(model));
        const int paid = kOrders - 1; // order 0
        const int failed = kOrders - 1 - 4; // order 4
        QCOMPARE(cell(model, failed, OrderHistoryModel::StatusColumn).toString(), QStringLiteral("Failed"));
        const QColor paidColor = cell(model, paid, OrderHistoryModel::StatusColumn, Qt::ForegroundRole).value<QColor>();
        const QColor failedColor
            = cell(model, failed, OrderHistoryModel::StatusColumn, Qt::ForegroundRole).value<QColor>();
        QVERIFY(paidColor.isValid() && failedColor.isValid());
        QVERIFY(paidColor != failedColor);
        QCOMPARE(model.headerData(OrderHistoryModel::TotalColumn, Qt::Horizontal).toString(), QStringLiteral("Total"));
    }

    void filtersChangeRowCount_data()
    {
        QTest::addColumn<QList<Kiosk::OrderStatus>>("statuses");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fromMinute");
        QTest::addColumn<int>("toMinute");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("firstNumber");
        QTest::addColumn<QString>("lastNumber");
        const QList<Kiosk::OrderStatus> any;
        QTest::addRow("no filter") << any << QString() << -1 << -1 << kOrders << ManagerFixture::numberFor(4999)
                                   << ManagerFixture::numberFor(0);
        QTest::addRow("paid") << QList<Kiosk::OrderStatus> { Kiosk::OrderStatus::Paid } << QString() << -1 << -1 << 2000
                              << ManagerFixture::numberFor(4998) << ManagerFixture::numberFor(0);
        QTest::addRow("failed or expired")
            << QList<Kiosk::OrderStatus> { Kiosk::OrderStatus::Failed, Kiosk::OrderStatus::Expired } << QString() << -1
            << -1 << 2000 << ManagerFixture::numberFor(4999) << ManagerFixture::numberFor(2);
        QTest::addRow("email") << any << QStringLiteral("customer4321@") << -1 << -1 << 1
                               << ManagerFixture::numberFor(4321) << ManagerFixture::numberFor(4321);
        QTest::addRow("order number") << any << QStringLiteral("H1-00012") << -1 << -1 << 10
                                      << ManagerFixture::numberFor(129) << ManagerFixture::numberFor(120);
        QTest::addRow("product") << any << QStringLiteral("bagel") << -1 << -1 << 715 << ManagerFixture::numberFor(4999)
                                 << ManagerFixture::numberFor(1);
        QTest::addRow("date range") << any << QString() << 1000 << 2000 << 1000 << ManagerFixture::numberFor(1999)
                                    << ManagerFixture::numberFor(1000);
        QTest::addRow("all together") << QList<Kiosk::OrderStatus> { Kiosk::OrderStatus::Paid }
                                      << QStringLiteral("Bagel") << 0 << 70 << 4 << ManagerFixture::numberFor(50)
                                      << ManagerFixture::numberFor(8);
        QTest::addRow("nothing") << any << QStringLiteral("no such thing") << -1 << -1 << 0 << QString() << QString();
    }
    void filtersChangeRowCount()
    {
        QFETCH(QList<Kiosk::OrderStatus>, statuses);
        QFETCH(QString, text);
        QFETCH(int, fromMinute);
        QFETCH(int, toMinute);
        QFETCH(int, rows);
        QFETCH(QString, firstNumber);
        QFETCH(QString, lastNumber);

        EmbeddedManagerService service(*m_fixture.store());
        OrderHistoryModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForCount(model));
        Kiosk::HistoryFilter filter;
        filter.statuses = statuses;
        filter.text = text;
        if (fromMinute >= 0)
            filter.from = ManagerFixture::start().addSecs(60LL * fromMinute);
        if (toMinute >= 0)
            filter.to = ManagerFixture::start().addSecs(60LL * toMinute);
        model.setFilter(filter);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), rows);
        if (rows > 0) {
            QCOMPARE(cell(model, 0, OrderHistoryModel::NumberColumn).toString(), firstNumber);
            QCOMPARE(cell(model, rows - 1, OrderHistoryModel::NumberColumn).toString(), lastNumber);
        }
        // Back to everything.
        model.setFilter({});
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), kOrders);
    }

    void refreshSeesNewOrders()
    {
        ManagerFixture fixture;
        QVERIFY(fixture.importHistory(3));
        EmbeddedManagerService service(*fixture.store());
        OrderHistoryModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), 3);
        Kiosk::OrderStore::NewOrder n;
        n.currency = QStringLiteral("USD");
        n.lines
            = { Kiosk::OrderLine { QStringLiteral("p1"), QStringLiteral("S1"), QStringLiteral("Scone"), 2, 250, 500 } };
        const auto created = fixture.store()->createOrder(n);
        QVERIFY(created.ok());
        model.refresh();
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 0, OrderHistoryModel::NumberColumn).toString(), created.value().number);
        QCOMPARE(cell(model, 0, OrderHistoryModel::StatusColumn).toString(), QStringLiteral("Draft"));
    }

private:
    ManagerFixture m_fixture;
};

QTEST_MAIN(TestOrderHistoryModel)
#include "tst_orderhistorymodel.moc"
