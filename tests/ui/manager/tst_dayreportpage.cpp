// SPDX-License-Identifier: MIT
// The manager's Day report page over a real DayReportService: a generated day in SQLite, Stripe's
// side from the in-process simulator (which never saw these imported orders, so each paid one is
// shown as "paid here, not at Stripe" with its order number), closing the day with the counted
// cash, the closed days list, CSV, and the page in German. With KIOSK_SCREENSHOT_DIR set it saves
// day-report-en.png and day-report-de.png there.
#include "DayCloseStore.h"
#include "DayReportPage.h"
#include "DayReportService.h"
#include "Language.h"
#include "ManagerFixture.h"
#include "Money.h"
#include "QtHttpTransport.h"
#include "StripeClient.h"
#include "StripeSimulator.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Kiosk;
using Kiosk::Test::ManagerFixture;

namespace {

constexpr int kOrders = 40;
const QDate kDay = ManagerFixture::start().date();

/** Answers the next modal question with Yes. */
void acceptNextQuestion()
{
    QTimer::singleShot(50, qApp, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
        else
            acceptNextQuestion();
    });
}

int rowOf(const QTableWidget *t, const QString &header)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->verticalHeaderItem(r) && t->verticalHeaderItem(r)->text() == header)
            return r;
    }
    return -1;
}

int columnOf(const QTableWidget *t, const QString &header)
{
    for (int c = 0; c < t->columnCount(); ++c) {
        if (t->horizontalHeaderItem(c) && t->horizontalHeaderItem(c)->text() == header)
            return c;
    }
    return -1;
}

void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // the layout follows the new texts' sizes
    QVERIFY(w.grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestDayReportPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManagerFixture> m_fixture;
    std::unique_ptr<Sim::StripeSimulator> m_sim;
    std::unique_ptr<StripeClient> m_client;
    std::unique_ptr<DayCloseStore> m_closes;
    std::unique_ptr<DayReportService> m_service;

private slots:
    void initTestCase()
    {
        QVERIFY(Ui::Language::switchTo(QStringLiteral("en")));
        m_fixture = std::make_unique<ManagerFixture>();
        QVERIFY(m_fixture->isValid());
        QVERIFY(m_fixture->importHistory(kOrders));
        m_sim = std::make_unique<Sim::StripeSimulator>(Sim::SimulatorOptions {});
        QVERIFY(m_sim->start().ok());
        StripeConfig config;
        config.secretKey = QStringLiteral("sk_test_dayreportpage000000001234");
        config.apiBase = m_sim->baseUrl();
        m_client = std::make_unique<StripeClient>(config, std::make_shared<QtHttpTransport>());
        m_closes = std::make_unique<DayCloseStore>(m_fixture->store()->database());
        auto calendar = BusinessDayCalendar::create(QByteArrayLiteral("UTC"), QTime(0, 0));
        QVERIFY(calendar.ok());
        m_service = std::make_unique<DayReportService>(
            *m_fixture->store(), *m_closes, m_client.get(), std::move(calendar).value());
    }

    void showsTheDayAndItsDiscrepancies()
    {
        Ui::DayReportPage page(m_service.get());
        page.resize(1280, 760);
        page.show();
        QSignalSpy shown(&page, &Ui::DayReportPage::reportShown);
        page.setDate(kDay);
        QVERIFY(shown.wait(10000));
        QVERIFY(page.report().has_value());

        // What a manager should see: per currency, the sales that took money and their gross.
        QMap<QString, int> sales;
        QMap<QString, qint64> gross;
        QStringList paidNumbers;
        for (int i = 0; i < kOrders; ++i) {
            const OrderStatus s = ManagerFixture::statusFor(i);
            if (s != OrderStatus::Paid && s != OrderStatus::PartiallyRefunded && s != OrderStatus::Refunded)
                continue;
            sales[ManagerFixture::currencyFor(i).toUpper()] += 1;
            gross[ManagerFixture::currencyFor(i).toUpper()] += ManagerFixture::amountFor(i);
            paidNumbers << ManagerFixture::numberFor(i);
        }
        QVERIFY(!sales.isEmpty());
        const auto *figures = page.findChild<QTableWidget *>(QStringLiteral("dayReportFigures"));
        QVERIFY(figures);
        for (auto it = sales.cbegin(); it != sales.cend(); ++it) {
            const int c = columnOf(figures, it.key());
            QVERIFY2(c >= 0, qPrintable(it.key()));
            QCOMPARE(figures->item(rowOf(figures, QStringLiteral("Sales")), c)->text(), QLocale().toString(it.value()));
            QCOMPARE(figures->item(rowOf(figures, QStringLiteral("Gross")), c)->text(),
                Money::fromMinor(gross.value(it.key()), it.key()).value().format(QLocale()));
        }
        QVERIFY(rowOf(figures, QStringLiteral("Stripe fees")) >= 0);
        const auto *discrepancies = page.findChild<QTableWidget *>(QStringLiteral("dayReportDiscrepancies"));
        QCOMPARE(discrepancies->rowCount(), paidNumbers.size());
        QStringList shownNumbers;
        for (int r = 0; r < discrepancies->rowCount(); ++r) {
            QCOMPARE(discrepancies->item(r, 0)->text(), QStringLiteral("Paid here, not at Stripe"));
            shownNumbers << discrepancies->item(r, 1)->text();
        }
        shownNumbers.sort();
        paidNumbers.sort();
        QCOMPARE(shownNumbers, paidNumbers);
        QVERIFY(page.csv().contains(paidNumbers.constFirst().toUtf8()));
        QVERIFY(page.html().contains(paidNumbers.constFirst()));
        screenshot(page, QStringLiteral("day-report-en.png"));
    }

    void closesTheDayOnceThenCorrects()
    {
        Ui::DayReportPage page(m_service.get());
        page.resize(1280, 760);
        page.show();
        QSignalSpy shown(&page, &Ui::DayReportPage::reportShown);
        page.setDate(kDay);
        QVERIFY(shown.wait(10000));
        auto *cash = page.findChild<QLineEdit *>(QStringLiteral("dayReportCash"));
        auto *close = page.findChild<QPushButton *>(QStringLiteral("dayReportClose"));
        QCOMPARE(close->text(), QStringLiteral("Close day"));
        // A bad amount is refused before anything is asked.
        cash->setText(QStringLiteral("12.3.4"));
        QSignalSpy finished(&page, &Ui::DayReportPage::closeFinished);
        close->click();
        QCOMPARE(finished.count(), 0);
        QVERIFY(!page.report()->closed);

        cash->setText(QStringLiteral("150.00"));
        acceptNextQuestion();
        close->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toLongLong(), 1);
        QVERIFY(page.report()->closed);
        QCOMPARE(page.report()->closed->cashCounted, std::optional<qint64>(15000));
        QCOMPARE(close->text(), QStringLiteral("Record a correction"));
        const auto *closed = page.findChild<QTableWidget *>(QStringLiteral("dayReportClosedDays"));
        QVERIFY(QTest::qWaitFor([&] { return closed->rowCount() == 1; }, 5000));
        QCOMPARE(closed->item(0, 1)->text(), kDay.toString(Qt::ISODate));

        // The button now records a correction: a new entry, the first one kept.
        acceptNextQuestion();
        close->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constLast().constFirst().toLongLong(), 2);
        QCOMPARE(page.report()->closed->corrects, 1);
        QVERIFY(QTest::qWaitFor([&] { return closed->rowCount() == 2; }, 5000));
        QCOMPARE(m_closes->byNumber(1).value().cashCounted, std::optional<qint64>(15000));
    }

    void speaksGerman()
    {
        Ui::DayReportPage page(m_service.get());
        page.resize(1280, 760);
        page.show();
        QSignalSpy shown(&page, &Ui::DayReportPage::reportShown);
        page.setDate(kDay);
        QVERIFY(shown.wait(10000));
        QVERIFY(Ui::Language::switchTo(QStringLiteral("de")));
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("dayReportClose"))->text(),
            QStringLiteral("Korrektur erfassen"));
        const auto *figures = page.findChild<QTableWidget *>(QStringLiteral("dayReportFigures"));
        QVERIFY(rowOf(figures, QStringLiteral("Verkäufe")) >= 0);
        screenshot(page, QStringLiteral("day-report-de.png"));
        QVERIFY(Ui::Language::switchTo(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestDayReportPage)
#include "tst_dayreportpage.moc"
