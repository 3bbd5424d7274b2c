// SPDX-License-Identifier: MIT
#include "Clock.h"
#include "EmbeddedManagerService.h"
#include "Language.h"
#include "ManagerFixture.h"
#include "OrderCsvExportJob.h"
#include "OrderCsvWriter.h"
#include "OrderDetailsDialog.h"
#include "OrderHistoryModel.h"
#include "OrderHistoryPage.h"
#include "OrderStore.h"
#include "RecordEvent.h"

#include <QApplication>
#include <QBuffer>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <atomic>

using Kiosk::EmbeddedManagerService;
using Kiosk::OrderCsvExportJob;
using Kiosk::Test::ManagerFixture;
using Kiosk::Ui::OrderHistoryModel;
using Kiosk::Ui::OrderHistoryPage;

namespace {
constexpr int kOrders = 3000; // 50 hours of orders, one a minute, from 2026-01-01 08:00 UTC

/** A new page asks for its count and totals; waits until both have arrived. */
bool waitUntilShown(OrderHistoryPage &page)
{
    QSignalSpy totals(&page, &OrderHistoryPage::totalsUpdated);
    return totals.wait(5000);
}

/** Applies a filter change and waits until its count and totals have arrived. */
template <typename Change> bool applyAndWait(OrderHistoryPage &page, Change change)
{
    QSignalSpy applied(&page, &OrderHistoryPage::filterApplied);
    change();
    return applied.wait(5000);
}

/** What the table shows in a cell once the row's page has arrived. */
QString cell(OrderHistoryPage &page, int row, int column)
{
    if (!page.model()->orderAt(row)) {
        QSignalSpy loaded(page.model(), &OrderHistoryModel::pageLoaded);
        if (!loaded.wait(5000))
            return {};
    }
    return page.model()->index(row, column).data().toString();
}
} // namespace

class TestOrderHistoryPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QVERIFY(Kiosk::Ui::Language::switchTo(QStringLiteral("en"))); // as the kiosk does: English plurals
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_fixture.isValid());
        QVERIFY(m_fixture.importHistory(kOrders));
        m_service = std::make_unique<EmbeddedManagerService>(*m_fixture.store());
    }
    void cleanupTestCase() { m_service.reset(); }

    void typingTextNarrowsTheTable()
    {
        OrderHistoryPage page(m_service.get());
        QVERIFY(waitUntilShown(page));
        page.show();
        QCOMPARE(page.table()->model()->rowCount(), kOrders);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchText"));
        QVERIFY(search);
        QSignalSpy applied(&page, &OrderHistoryPage::filterApplied);
        QTest::keyClicks(search, QStringLiteral("customer42@"));
        // Debounced: one filter run for the whole word, not one per key.
        QVERIFY(applied.wait());
        QCOMPARE(applied.count(), 1);
        QCOMPARE(page.table()->model()->rowCount(), 1);
        QCOMPARE(cell(page, 0, OrderHistoryModel::NumberColumn), ManagerFixture::numberFor(42));
        // Order 42: USD 10.42, expired: not takings.
        QCOMPARE(
            page.totalsText(), QStringLiteral("Not paid (open, cancelled, expired or failed): USD $10.42 · 1 order"));

        search->clear();
        QVERIFY(applied.wait());
        QCOMPARE(page.table()->model()->rowCount(), kOrders);
    }

    void statusFilter()
    {
        OrderHistoryPage page(m_service.get());
        QVERIFY(waitUntilShown(page));
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(status);
        QCOMPARE(status->itemText(0), QStringLiteral("All statuses"));
        const int failed = status->findText(QStringLiteral("Failed"));
        QVERIFY(failed > 0);
        QVERIFY(applyAndWait(page, [&] { status->setCurrentIndex(failed); }));
        QCOMPARE(page.table()->model()->rowCount(), kOrders / 5);
        QCOMPARE(cell(page, 0, OrderHistoryModel::StatusColumn), QStringLiteral("Failed"));
        QVERIFY(applyAndWait(page, [&] { status->setCurrentIndex(0); }));
        QCOMPARE(page.table()->model()->rowCount(), kOrders);
    }

    void dateRange()
    {
        OrderHistoryPage page(m_service.get());
        QVERIFY(waitUntilShown(page));
        auto *from = page.findChild<QDateEdit *>(QStringLiteral("fromDate"));
        auto *to = page.findChild<QDateEdit *>(QStringLiteral("toDate"));
        QVERIFY(from && to);
        QCOMPARE(from->text(), QStringLiteral("Any"));
        QVERIFY(applyAndWait(page, [&] { from->setDate(QDate(2026, 1, 2)); }));
        // From Jan 2 on: everything after the first 16 hours.
        QCOMPARE(page.table()->model()->rowCount(), kOrders - 16 * 60);
        QVERIFY(applyAndWait(page, [&] { to->setDate(QDate(2026, 1, 2)); }));
        // Jan 2 only, both days inclusive: 24 hours of orders.
        QCOMPARE(page.table()->model()->rowCount(), 24 * 60);
        QCOMPARE(cell(page, 0, OrderHistoryModel::NumberColumn), ManagerFixture::numberFor(16 * 60 + 24 * 60 - 1));
        QVERIFY(applyAndWait(page, [&] { from->setDate(QDate(2026, 2, 1)); }));
        QVERIFY(applyAndWait(page, [&] { to->setDate(QDate(2026, 2, 1)); }));
        QCOMPARE(page.table()->model()->rowCount(), 0);
        QCOMPARE(page.totalsText(), QStringLiteral("No orders match these filters."));
        QVERIFY(applyAndWait(page, [&] { from->setDate(from->minimumDate()); }));
        QVERIFY(applyAndWait(page, [&] { to->setDate(to->minimumDate()); }));
        QCOMPARE(page.table()->model()->rowCount(), kOrders);
    }

    void totalsPerCurrency()
    {
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        createOrder(fixture.store(), QStringLiteral("USD"), 1999, QStringLiteral("a@example.com"));
        createOrder(fixture.store(), QStringLiteral("USD"), 500, QStringLiteral("b@example.com"));
        createOrder(fixture.store(), QStringLiteral("JPY"), 500, QStringLiteral("c@example.com"));
        createOrder(fixture.store(), QStringLiteral("KWD"), 5120, QStringLiteral("d@example.com"));
        EmbeddedManagerService service(*fixture.store());
        OrderHistoryPage page(&service);
        QVERIFY(waitUntilShown(page));
        const QString totals = page.totalsText();
        QVERIFY2(totals.contains(QStringLiteral("USD $24.99 · 2 orders")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("JPY ¥500 · 1 order")), qPrintable(totals));
        QVERIFY2(
            totals.contains(QStringLiteral("KWD")) && totals.contains(QStringLiteral("5.120")), qPrintable(totals));
        // New sales show up without touching the filters.
        createOrder(fixture.store(), QStringLiteral("USD"), 1, QStringLiteral("e@example.com"), true);
        QTRY_VERIFY(page.totalsText().contains(QStringLiteral("USD $25.00 · 3 orders")));
        QTRY_COMPARE(page.table()->model()->rowCount(), 5);
    }

    void takingsAreOnlyThePaidOrders()
    {
        // Two paid sales and two that were not (a draft, an expired checkout): the headline must
        // not read $58.65 when $24.95 was paid.
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        createOrder(fixture.store(), QStringLiteral("USD"), 1995, QStringLiteral("a@example.com"));
        createOrder(fixture.store(), QStringLiteral("USD"), 1375, QStringLiteral("b@example.com"));
        const qint64 paidA = createOrder(fixture.store(), QStringLiteral("USD"), 1500, QStringLiteral("c@example.com"));
        const qint64 paidB = createOrder(fixture.store(), QStringLiteral("USD"), 995, QStringLiteral("d@example.com"));
        for (const qint64 id : { paidA, paidB }) {
            QVERIFY(fixture.store()->transition(id, Kiosk::OrderStatus::AwaitingPayment).ok());
            QVERIFY(fixture.store()->transition(id, Kiosk::OrderStatus::Paid).ok());
        }
        EmbeddedManagerService service(*fixture.store());
        OrderHistoryPage page(&service);
        QVERIFY(waitUntilShown(page));
        QCOMPARE(page.totalsText(),
            QStringLiteral(
                "Paid: USD $24.95 · 2 orders\nNot paid (open, cancelled, expired or failed): USD $33.70 · 2 orders"));
    }

    void netTakingsAreApartFromRefunds()
    {
        // $15.00 and $9.95 paid; $5.00 of the first given back; one order expired. The headline
        // counts refunded orders with the paid ones and says what is left after the refunds.
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        createOrder(fixture.store(), QStringLiteral("USD"), 1375, QStringLiteral("b@example.com"));
        const qint64 paidA = createOrder(fixture.store(), QStringLiteral("USD"), 1500, QStringLiteral("c@example.com"));
        const qint64 paidB = createOrder(fixture.store(), QStringLiteral("USD"), 995, QStringLiteral("d@example.com"));
        for (const qint64 id : { paidA, paidB }) {
            QVERIFY(fixture.store()->transition(id, Kiosk::OrderStatus::AwaitingPayment).ok());
            QVERIFY(fixture.store()->transition(id, Kiosk::OrderStatus::Paid).ok());
        }
        Kiosk::OrderRefund refund;
        refund.orderId = paidA;
        refund.amount = 500;
        const auto recorded = fixture.store()->recordRefund(refund);
        QVERIFY(recorded.ok());
        QVERIFY(fixture.store()
                    ->settleRefund(recorded.value().id,
                        { Kiosk::RefundRecord::Status::Succeeded, QStringLiteral("re_1"), QString() },
                        Kiosk::OrderStatus::PartiallyRefunded)
                    .ok());
        EmbeddedManagerService service(*fixture.store());
        OrderHistoryPage page(&service);
        QVERIFY(waitUntilShown(page));
        QCOMPARE(page.totalsText(),
            QStringLiteral("Paid: USD $24.95 · 2 orders · refunded $5.00 · net $19.95\n"
                           "Not paid (open, cancelled, expired or failed): USD $13.75 · 1 order"));
        // Only the partly refunded ones.
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(applyAndWait(
            page, [&] { status->setCurrentIndex(status->findText(QStringLiteral("Partially refunded"))); }));
        QCOMPARE(page.totalsText(), QStringLiteral("Paid: USD $15.00 · 1 order · refunded $5.00 · net $10.00"));
    }

    void datePresetsFollowTheClock_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("rows");
        // "Now" is Friday 2026-01-02 12:00; the orders run from Jan 1 08:00 to Jan 3 10:00.
        using P = OrderHistoryPage::Period;
        const QDate jan1(2026, 1, 1), jan2(2026, 1, 2);
        QTest::addRow("today") << int(P::Today) << jan2 << jan2 << 24 * 60;
        QTest::addRow("yesterday") << int(P::Yesterday) << jan1 << jan1 << 16 * 60;
        // en_US weeks start on Sunday (Dec 28); the month on Jan 1.
        QTest::addRow("this week") << int(P::ThisWeek) << QDate(2025, 12, 28) << jan2 << 40 * 60;
        QTest::addRow("this month") << int(P::ThisMonth) << jan1 << jan2 << 40 * 60;
        QTest::addRow("all dates") << int(P::AllDates) << QDate() << QDate() << kOrders;
    }

    void datePresetsFollowTheClock()
    {
        QFETCH(int, period);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, rows);
        const Kiosk::ManualClock clock(QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::UTC));
        OrderHistoryPage page(m_service.get());
        page.setClock(&clock);
        QVERIFY(waitUntilShown(page));
        auto *fromEdit = page.findChild<QDateEdit *>(QStringLiteral("fromDate"));
        auto *toEdit = page.findChild<QDateEdit *>(QStringLiteral("toDate"));
        auto *periodBox = page.findChild<QComboBox *>(QStringLiteral("periodFilter"));
        QVERIFY(fromEdit && toEdit && periodBox);
        if (OrderHistoryPage::Period(period) == OrderHistoryPage::Period::AllDates) // start elsewhere
            QVERIFY(applyAndWait(page, [&] { page.choosePeriod(OrderHistoryPage::Period::Today); }));
        QSignalSpy applied(&page, &OrderHistoryPage::filterApplied);
        periodBox->setCurrentIndex(period);
        Q_EMIT periodBox->activated(period); // what choosing it with the mouse or keys sends
        QVERIFY(applied.wait());
        QCOMPARE(applied.size(), 1); // both dates at once: one query
        QCOMPARE(page.currentPeriod(), OrderHistoryPage::Period(period));
        QCOMPARE(page.currentFilter().from, from.isValid() ? from.startOfDay() : QDateTime());
        QCOMPARE(page.currentFilter().to, to.isValid() ? to.addDays(1).startOfDay() : QDateTime());
        QCOMPARE(page.table()->model()->rowCount(), rows);
        // Touching a date by hand makes it a chosen range.
        if (from.isValid()) {
            QVERIFY(applyAndWait(page, [&] { fromEdit->setDate(from.addDays(-1)); }));
            QCOMPARE(periodBox->currentText(), QStringLiteral("Chosen dates"));
        }
        Q_UNUSED(toEdit);
    }

    void aBoundIsClearedAndTheCalendarOpensOnToday()
    {
        const Kiosk::ManualClock clock(QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::UTC));
        OrderHistoryPage page(m_service.get());
        page.setClock(&clock);
        page.show();
        QVERIFY(waitUntilShown(page));
        auto *fromEdit = page.findChild<QDateEdit *>(QStringLiteral("fromDate"));
        QVERIFY(fromEdit);
        // With no limit the calendar would open in January 2000; it opens on today's month.
        QTest::mouseClick(
            fromEdit, Qt::LeftButton, {}, QPoint(fromEdit->width() - 8, fromEdit->height() / 2)); // the arrow
        QCalendarWidget *calendar = fromEdit->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->yearShown(), 2026);
        QCOMPARE(calendar->monthShown(), 1);
        calendar->window()->hide();

        QVERIFY(applyAndWait(page, [&] { fromEdit->setDate(QDate(2026, 1, 2)); }));
        QCOMPARE(page.table()->model()->rowCount(), kOrders - 16 * 60);
        auto *clear = page.findChild<QToolButton *>(QStringLiteral("clearFromDate"));
        QVERIFY(clear);
        QCOMPARE(clear->accessibleName(), QStringLiteral("Clear the first day"));
        QVERIFY(applyAndWait(page, [&] { QTest::mouseClick(clear, Qt::LeftButton); }));
        QCOMPARE(fromEdit->text(), QStringLiteral("Any"));
        QVERIFY(!page.currentFilter().from.isValid());
        QCOMPARE(page.table()->model()->rowCount(), kOrders);
    }

    void enterOpensOrderDetails()
    {
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        const qint64 id = createPaidOrderWithTimeline(fixture.store());
        EmbeddedManagerService service(*fixture.store());
        OrderHistoryPage page(&service);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!cell(page, 0, 0).isEmpty());
        page.table()->setFocus();
        page.table()->setCurrentIndex(page.table()->model()->index(0, 0));

        int lines = -1, changes = -1, events = -1;
        QString title;
        QTimer::singleShot(0, this, [&]() {
            auto *dialog = qobject_cast<Kiosk::Ui::OrderDetailsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            const auto read = [&, dialog] {
                title = dialog->windowTitle();
                lines = dialog->linesTable()->rowCount();
                changes = dialog->historyTable()->rowCount();
                events = dialog->eventsTable()->rowCount();
                dialog->reject();
            };
            if (dialog->isLoaded())
                read();
            else
                connect(dialog, &Kiosk::Ui::OrderDetailsDialog::loaded, dialog, read);
        });
        QTest::keyClick(page.table(), Qt::Key_Return);
        const auto order = fixture.store()->order(id);
        QVERIFY(order.ok());
        QCOMPARE(title, QStringLiteral("Order %1").arg(order.value().number));
        QCOMPARE(lines, 2);
        QCOMPARE(changes, 2);
        QCOMPARE(events, 1);
    }

    void detailsShowLinesHistoryAndEvents()
    {
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        const qint64 id = createPaidOrderWithTimeline(fixture.store());
        EmbeddedManagerService service(*fixture.store());
        Kiosk::Ui::OrderDetailsDialog dialog(&service, id);
        QSignalSpy loaded(&dialog, &Kiosk::Ui::OrderDetailsDialog::loaded);
        QVERIFY(loaded.wait());
        QTableWidget *lines = dialog.linesTable();
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->item(0, 0)->text(), QStringLiteral("Flat white"));
        QCOMPARE(lines->item(0, 2)->text(), QStringLiteral("2"));
        QCOMPARE(lines->item(0, 3)->text(), QStringLiteral("$4.50"));
        QCOMPARE(lines->item(0, 4)->text(), QStringLiteral("$9.00"));
        QCOMPARE(lines->item(1, 0)->text(), QStringLiteral("Cinnamon roll"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("fieldTotal"))->text(), QStringLiteral("$12.75"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("fieldStatus"))->text(), QStringLiteral("Paid"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("fieldEmail"))->text(), QStringLiteral("pat@example.com"));

        QTableWidget *history = dialog.historyTable();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Draft"));
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Awaiting payment"));
        QCOMPARE(history->item(1, 2)->text(), QStringLiteral("Paid"));
        QCOMPARE(history->item(1, 3)->text(), QStringLiteral("webhook"));

        QTableWidget *events = dialog.eventsTable();
        QCOMPARE(events->rowCount(), 1);
        QCOMPARE(events->item(0, 1)->text(), QStringLiteral("checkout.session.completed"));
        QCOMPARE(events->item(0, 2)->text(), QStringLiteral("evt_test_manager_1"));
    }

    void detailsOfAMissingOrderSayWhy()
    {
        ManagerFixture fixture;
        QVERIFY(fixture.isValid());
        EmbeddedManagerService service(*fixture.store());
        Kiosk::Ui::OrderDetailsDialog dialog(&service, 424242);
        QSignalSpy loaded(&dialog, &Kiosk::Ui::OrderDetailsDialog::loaded);
        QVERIFY(loaded.wait());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorMessage"));
        QVERIFY(error);
        QVERIFY(error->text().startsWith(QStringLiteral("This order could not be loaded")));
    }

    void exportWritesWhatTheWriterWrites_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<qint64>("rows");
        QTest::addRow("every order") << QString() << qint64(kOrders);
        QTest::addRow("one customer") << QStringLiteral("customer42@") << qint64(1);
    }

    void exportWritesWhatTheWriterWrites()
    {
        QFETCH(QString, search);
        QFETCH(qint64, rows);
        OrderHistoryPage page(m_service.get());
        QVERIFY(waitUntilShown(page));
        page.show();
        if (!search.isEmpty()) {
            QSignalSpy applied(&page, &OrderHistoryPage::filterApplied);
            page.findChild<QLineEdit *>(QStringLiteral("searchText"))->setText(search);
            QVERIFY(applied.wait());
        }
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString path = out.filePath(QStringLiteral("orders.csv"));

        // Rows are read and written on a worker thread, so the screen keeps responding.
        std::atomic<int> onUiThread { 0 };
        std::atomic<int> offUiThread { 0 };
        QThread *const uiThread = QThread::currentThread();
        connect(m_service.get(), &EmbeddedManagerService::exportJobStarted, &page, [&](OrderCsvExportJob *job) {
            connect(
                job, &OrderCsvExportJob::progress, job,
                [&, uiThread](qint64, qint64) { ++(QThread::currentThread() == uiThread ? onUiThread : offUiThread); },
                Qt::DirectConnection);
        });
        QSignalSpy finished(&page, &OrderHistoryPage::exportFinished);
        page.startExport(path);
        QVERIFY(page.isExporting());
        QVERIFY(page.exportProgressDialog() && page.exportProgressDialog()->isVisible());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        const QString expectedMessage
            = (rows == 1 ? QStringLiteral("Exported %1 order to %2.") : QStringLiteral("Exported %1 orders to %2."))
                  .arg(QLocale().toString(rows), QDir::toNativeSeparators(path));
        QCOMPARE(finished.first().at(1).toString(), expectedMessage);
        QVERIFY(!page.isExporting());
        QVERIFY(!page.exportProgressDialog());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
        QCOMPARE(onUiThread.load(), 0);
        QVERIFY(offUiThread.load() > 0);

        auto *box = page.findChild<QMessageBox *>(QStringLiteral("exportResult"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), expectedMessage);
        box->close();

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray exported = file.readAll();
        QBuffer direct;
        QVERIFY(direct.open(QIODevice::WriteOnly));
        const auto written = Kiosk::OrderCsvWriter(m_fixture.store()).write(page.model()->filter(), &direct);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), rows);
        QCOMPARE(exported.count("\r\n"), rows + 1);
        QCOMPARE(exported, direct.data());
    }

    void cancellingAnExportLeavesNoFile()
    {
        OrderHistoryPage page(m_service.get());
        QVERIFY(waitUntilShown(page));
        page.show();
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString path = out.filePath(QStringLiteral("orders.csv"));

        // Hold the worker right after it has written its first page, until Cancel has been pressed.
        std::atomic<bool> holding { false };
        std::atomic<bool> held { false };
        QSemaphore resume;
        connect(m_service.get(), &EmbeddedManagerService::exportJobStarted, &page, [&](OrderCsvExportJob *job) {
            connect(
                job, &OrderCsvExportJob::progress, job,
                [&](qint64 written, qint64) {
                    if (written > 0 && !held.exchange(true)) {
                        holding = true;
                        (void)resume.tryAcquire(1, 60000);
                    }
                },
                Qt::DirectConnection);
        });
        QSignalSpy finished(&page, &OrderHistoryPage::exportFinished);
        page.startExport(path);
        QTRY_VERIFY_WITH_TIMEOUT(holding.load(), 30000);
        // Rows are being written, but nothing appears under the chosen name until the export succeeds.
        QVERIFY(!QFile::exists(path));

        QProgressDialog *progress = page.exportProgressDialog();
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->windowModality(), Qt::WindowModal);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        resume.release();

        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Export cancelled. No file was saved."));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(!page.isExporting());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    }

    void progressQueuedBehindTheEndOfTheExportIsHarmless()
    {
        // The worst interleaving, made certain: the worker writes every page and finishes before the
        // UI thread looks at any of its signals, so all the progress updates and finished() are
        // queued together. Handling one progress update must not run the next ones (or the end of
        // the export) in the middle of itself.
        OrderHistoryPage page(m_service.get());
        QVERIFY(waitUntilShown(page));
        page.show();
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString path = out.filePath(QStringLiteral("orders.csv"));
        QSemaphore workerDone;
        std::atomic<int> updates { 0 };
        connect(m_service.get(), &EmbeddedManagerService::exportJobStarted, &page, [&](OrderCsvExportJob *job) {
            connect(
                job, &OrderCsvExportJob::progress, job, [&](qint64, qint64) { ++updates; }, Qt::DirectConnection);
            connect(
                job, &OrderCsvExportJob::finished, job, [&](qint64, const QString &, bool) { workerDone.release(); },
                Qt::DirectConnection);
        });
        QSignalSpy finished(&page, &OrderHistoryPage::exportFinished);
        page.startExport(path);
        QVERIFY(workerDone.tryAcquire(1, 60000));
        QVERIFY(updates.load() >= 3); // a first, a showing and a later update are all waiting
        QProgressDialog *progress = page.exportProgressDialog();
        QVERIFY(progress);

        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toString(),
            QStringLiteral("Exported %1 orders to %2.")
                .arg(QLocale().toString(kOrders), QDir::toNativeSeparators(path)));
        QVERIFY(!page.isExporting());
        QVERIFY(!page.exportProgressDialog());
        QVERIFY(QFile::exists(path));
    }

    void closingThePageDuringAnExportStopsIt()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString path = out.filePath(QStringLiteral("orders.csv"));
        {
            EmbeddedManagerService service(*m_fixture.store());
            OrderHistoryPage page(&service);
            page.startExport(path);
            QVERIFY(page.isExporting());
        } // the page cancels the export, the service joins its worker
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

private:
    static qint64 createOrder(
        Kiosk::OrderStore *store, const QString &currency, qint64 amount, const QString &email, bool announce = false)
    {
        Kiosk::OrderStore::NewOrder n;
        n.currency = currency;
        n.customerEmail = email;
        n.lines = { Kiosk::OrderLine {
            QStringLiteral("p"), QStringLiteral("S"), QStringLiteral("Item"), 1, amount, amount } };
        const auto created = store->createOrder(n);
        if (!created.ok())
            return 0;
        if (announce) { // a status change is what the app reports through orderChanged
            Kiosk::TransitionDetails details;
            details.source = QStringLiteral("test");
            (void)store->transition(created.value().id, Kiosk::OrderStatus::AwaitingPayment, details);
        }
        return created.value().id;
    }

    static qint64 createPaidOrderWithTimeline(Kiosk::OrderStore *store)
    {
        Kiosk::OrderStore::NewOrder n;
        n.currency = QStringLiteral("USD");
        n.customerEmail = QStringLiteral("pat@example.com");
        n.lines = { Kiosk::OrderLine {
                        QStringLiteral("p1"), QStringLiteral("FW"), QStringLiteral("Flat white"), 2, 450, 900 },
            Kiosk::OrderLine {
                QStringLiteral("p2"), QStringLiteral("CR"), QStringLiteral("Cinnamon roll"), 1, 375, 375 } };
        const auto created = store->createOrder(n);
        if (!created.ok())
            return 0;
        const qint64 id = created.value().id;
        Kiosk::TransitionDetails toAwaiting;
        toAwaiting.source = QStringLiteral("checkout");
        (void)store->transition(id, Kiosk::OrderStatus::AwaitingPayment, toAwaiting);
        Kiosk::PaymentEvent event;
        event.eventId = QStringLiteral("evt_test_manager_1");
        event.type = QStringLiteral("checkout.session.completed");
        event.orderId = id;
        event.payload = QByteArrayLiteral("{}");
        Kiosk::TransitionDetails paid;
        paid.source = QStringLiteral("webhook");
        paid.paidAt = QDateTime::currentDateTimeUtc();
        // Through the group-commit path webhooks use.
        (void)Kiosk::Test::recordOne(*store, event, Kiosk::OrderStatus::Paid, paid);
        return id;
    }

    ManagerFixture m_fixture;
    std::unique_ptr<EmbeddedManagerService> m_service;
};

QTEST_MAIN(TestOrderHistoryPage)
#include "tst_orderhistorypage.moc"
