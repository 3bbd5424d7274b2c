// SPDX-License-Identifier: MIT
#include "OrderHistoryPage.h"

#include "Clock.h"
#include "ManagerService.h"
#include "Money.h"
#include "OrderDetailsDialog.h"
#include "OrderHistoryModel.h"
#include "OrderStatusStyle.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Kiosk::Ui {

namespace {

const QDate kAnyDate(2000, 1, 1);

QDateEdit *makeDateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    // The minimum doubles as "no limit" so the manager can clear a bound ("Any", retranslated).
    edit->setDate(kAnyDate);
    edit->setMinimumHeight(48);
    edit->setMinimumWidth(150);
    return edit;
}

bool tookMoney(Kiosk::OrderStatus s)
{
    return s == Kiosk::OrderStatus::Paid || s == Kiosk::OrderStatus::PartiallyRefunded
        || s == Kiosk::OrderStatus::Refunded;
}

QToolButton *makeClearButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(QStringLiteral("\u2715"));
    button->setMinimumSize(40, 48);
    return button;
}

} // namespace

OrderHistoryPage::OrderHistoryPage(Kiosk::ManagerService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(&Kiosk::Clock::system())
{
    setObjectName(QStringLiteral("orderHistoryPage"));
    m_model = new OrderHistoryModel(service, this);

    m_from = makeDateEdit(QStringLiteral("fromDate"), this);
    m_to = makeDateEdit(QStringLiteral("toDate"), this);
    m_clearFrom = makeClearButton(QStringLiteral("clearFromDate"), this);
    m_clearTo = makeClearButton(QStringLiteral("clearToDate"), this);
    // A bound that is "Any" would open its calendar in the year 2000: open it on today instead.
    for (QDateEdit *edit : { m_from, m_to })
        edit->calendarWidget()->installEventFilter(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setMinimumHeight(48);
    for (int i = 0; i <= int(Period::Chosen); ++i)
        m_period->addItem(QString(), i);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setMinimumHeight(48);
    m_status->addItem(QString(), QString()); // "All statuses"
    for (Kiosk::OrderStatus s : Kiosk::allOrderStatuses())
        m_status->addItem(QString(), Kiosk::toString(s));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("searchText"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumHeight(48);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setMinimumHeight(48);

    auto *dates = new QHBoxLayout;
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    dates->addWidget(m_period);
    dates->addSpacing(8);
    dates->addWidget(m_fromLabel);
    dates->addWidget(m_from);
    dates->addWidget(m_clearFrom);
    dates->addSpacing(8);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    dates->addWidget(m_clearTo);
    dates->addStretch(1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_export);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never asks every row for its size, which keeps paging lazy.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(44);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OrderHistoryModel::EmailColumn, QHeaderView::Stretch);
    header->resizeSection(OrderHistoryModel::NumberColumn, 150);
    header->resizeSection(OrderHistoryModel::CreatedColumn, 190);
    header->resizeSection(OrderHistoryModel::StatusColumn, 170);
    header->resizeSection(OrderHistoryModel::TotalColumn, 150);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setWordWrap(true);
    QFont totalsFont = m_totals->font();
    totalsFont.setPointSizeF(totalsFont.pointSizeF() * 1.2);
    totalsFont.setBold(true);
    m_totals->setFont(totalsFont);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(dates);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_totals);

    m_textDebounce = new QTimer(this);
    m_textDebounce->setSingleShot(true);
    m_textDebounce->setInterval(kTextDebounceMs);
    m_changeDebounce = new QTimer(this);
    m_changeDebounce->setSingleShot(true);
    m_changeDebounce->setInterval(500);

    connect(m_text, &QLineEdit::textChanged, m_textDebounce, qOverload<>(&QTimer::start));
    connect(m_textDebounce, &QTimer::timeout, this, &OrderHistoryPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &OrderHistoryPage::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &OrderHistoryPage::datesEdited);
    connect(m_clearFrom, &QToolButton::clicked, this, [this] { m_from->setDate(kAnyDate); });
    connect(m_clearTo, &QToolButton::clicked, this, [this] { m_to->setDate(kAnyDate); });
    connect(m_period, &QComboBox::activated, this,
        [this](int index) { choosePeriod(Period(m_period->itemData(index).toInt())); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrderHistoryPage::applyFilter);
    // activated covers double-click and Enter.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { showDetails(index.row()); });
    connect(m_export, &QPushButton::clicked, this, &OrderHistoryPage::chooseExportFile);
    // Sales keep coming in while the manager looks; coalesce bursts of changes into one refresh.
    connect(service, &Kiosk::ManagerService::ordersChanged, m_changeDebounce, qOverload<>(&QTimer::start));
    connect(m_changeDebounce, &QTimer::timeout, this, &OrderHistoryPage::refreshKeepingPosition);
    connect(m_model, &OrderHistoryModel::refreshed, this, [this] {
        if (m_restoreScroll) {
            m_table->verticalScrollBar()->setValue(*m_restoreScroll);
            m_restoreScroll.reset();
        }
        m_applyCountPending = false;
        maybeFinishApply();
    });

    retranslateUi();
    updateTotals();
}

void OrderHistoryPage::retranslateUi()
{
    for (QDateEdit *edit : { m_from, m_to })
        edit->setSpecialValueText(tr("Any", "no date limit"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_fromLabel->setText(tr("From", "first day of the date filter"));
    m_clearFrom->setToolTip(tr("Clear the first day"));
    m_clearFrom->setAccessibleName(tr("Clear the first day"));
    m_clearTo->setToolTip(tr("Clear the last day"));
    m_clearTo->setAccessibleName(tr("Clear the last day"));
    m_period->setItemText(int(Period::AllDates), tr("All dates"));
    m_period->setItemText(int(Period::Today), tr("Today"));
    m_period->setItemText(int(Period::Yesterday), tr("Yesterday"));
    m_period->setItemText(int(Period::ThisWeek), tr("This week"));
    m_period->setItemText(int(Period::ThisMonth), tr("This month"));
    m_period->setItemText(int(Period::Chosen), tr("Chosen dates"));
    m_period->setAccessibleName(tr("Period"));
    m_toLabel->setText(tr("To", "last day of the date filter"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i) {
        if (const auto s = Kiosk::orderStatusFromString(m_status->itemData(i).toString()))
            m_status->setItemText(i, OrderStatusStyle::displayName(*s));
    }
    m_status->setAccessibleName(tr("Status"));
    m_text->setPlaceholderText(tr("Order number, email or product"));
    m_text->setAccessibleName(tr("Search orders"));
    m_export->setText(tr("Export CSV\u2026"));
    m_table->setAccessibleName(tr("Orders"));
}

void OrderHistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        updateTotals(); // amounts and counts in the new locale
    }
    QWidget::changeEvent(event);
}

OrderHistoryPage::~OrderHistoryPage()
{
    if (m_exportId != 0)
        m_service->cancelCsvExport(m_exportId);
}

void OrderHistoryPage::setClock(const Kiosk::Clock *clock)
{
    m_clock = clock ? clock : &Kiosk::Clock::system();
}

QDate OrderHistoryPage::today() const
{
    return m_clock->now().toLocalTime().date();
}

bool OrderHistoryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : { m_from, m_to }) {
            if (watched == edit->calendarWidget() && edit->date() == kAnyDate) {
                const QDate now = today();
                edit->calendarWidget()->setCurrentPage(now.year(), now.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrderHistoryPage::choosePeriod(Period period)
{
    const QDate now = today();
    QDate from, to;
    switch (period) {
    case Period::AllDates:
        from = to = kAnyDate;
        break;
    case Period::Today:
        from = to = now;
        break;
    case Period::Yesterday:
        from = to = now.addDays(-1);
        break;
    case Period::ThisWeek: {
        // The week as the shop's language counts it (Monday in Germany, Sunday in the US).
        const int first = int(QLocale().firstDayOfWeek());
        from = now.addDays(-((now.dayOfWeek() - first + 7) % 7));
        to = now;
        break;
    }
    case Period::ThisMonth:
        from = QDate(now.year(), now.month(), 1);
        to = now;
        break;
    case Period::Chosen:
        return;
    }
    m_applyingPeriod = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_applyingPeriod = false;
    m_period->setCurrentIndex(int(period));
    applyFilter();
}

OrderHistoryPage::Period OrderHistoryPage::currentPeriod() const
{
    return Period(m_period->currentData().toInt());
}

void OrderHistoryPage::datesEdited()
{
    if (m_applyingPeriod)
        return; // choosePeriod() applies once for both dates
    const bool any = m_from->date() == kAnyDate && m_to->date() == kAnyDate;
    m_period->setCurrentIndex(int(any ? Period::AllDates : Period::Chosen));
    applyFilter();
}

Kiosk::HistoryFilter OrderHistoryPage::currentFilter() const
{
    Kiosk::HistoryFilter f;
    if (m_from->date() != kAnyDate)
        f.from = m_from->date().startOfDay().toUTC();
    if (m_to->date() != kAnyDate)
        f.to = m_to->date().addDays(1).startOfDay().toUTC(); // "to" is inclusive for people, exclusive in the store
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty()) {
        if (const auto s = Kiosk::orderStatusFromString(status))
            f.statuses = { *s };
    }
    f.text = m_text->text().trimmed();
    return f;
}

void OrderHistoryPage::applyFilter()
{
    m_textDebounce->stop();
    m_applyCountPending = true;
    m_applyTotalsPending = true;
    m_model->setFilter(currentFilter());
    updateTotals();
}

void OrderHistoryPage::maybeFinishApply()
{
    if (m_applyCountPending || m_applyTotalsPending)
        return;
    Q_EMIT filterApplied();
}

void OrderHistoryPage::refreshKeepingPosition()
{
    m_restoreScroll = m_table->verticalScrollBar()->value();
    m_model->refresh();
    updateTotals();
}

QString OrderHistoryPage::totalsText() const
{
    return m_totals->text();
}

void OrderHistoryPage::updateTotals()
{
    // Two sums of the same filter: every order it shows, and its paid ones. The takings are the
    // paid ones only; cancelled, expired, failed and unpaid orders are shown apart from them.
    using Totals = Kiosk::Result<QList<Kiosk::CurrencyTotal>>;
    const quint64 generation = ++m_totalsGeneration;
    const Kiosk::HistoryFilter filter = m_model->filter();
    auto finish = [this](const Totals &all, const Totals &paid) {
        showTotals(all, paid);
        m_applyTotalsPending = false;
        maybeFinishApply();
    };
    m_service->totals(filter, this, [this, generation, filter, finish](Totals all) {
        if (generation != m_totalsGeneration)
            return; // a newer filter's totals are on their way
        // The orders that took money: paid, and paid then (partly) refunded.
        QList<Kiosk::OrderStatus> took;
        for (Kiosk::OrderStatus s : Kiosk::allOrderStatuses())
            if (tookMoney(s) && (filter.statuses.isEmpty() || filter.statuses.contains(s)))
                took << s;
        if (!all.ok() || took.isEmpty()) {
            finish(all, QList<Kiosk::CurrencyTotal>());
            return;
        }
        Kiosk::HistoryFilter paidOnly = filter;
        paidOnly.statuses = took;
        m_service->totals(paidOnly, this, [this, generation, all, finish](Totals paid) {
            if (generation == m_totalsGeneration)
                finish(all, paid);
        });
    });
}

void OrderHistoryPage::showTotals(
    const Kiosk::Result<QList<Kiosk::CurrencyTotal>> &all, const Kiosk::Result<QList<Kiosk::CurrencyTotal>> &paid)
{
    QString error = m_model->lastError();
    QStringList paidParts, otherParts;
    auto format = [](const QString &currency, qint64 amount) {
        const auto money = Kiosk::Money::fromMinor(amount, currency);
        return money.ok() ? money.value().format(QLocale()) : QString::number(amount);
    };
    auto describe = [format](const QString &currency, qint64 amount, qint64 orders, qint64 refunded = 0) {
        const QString text = format(currency, amount);
        const QString count
            = tr("%Ln order(s)", nullptr, int(std::min<qint64>(orders, std::numeric_limits<int>::max())));
        if (refunded == 0)
            return tr("%1 %2 \u00b7 %3", "currency code, amount, order count").arg(currency, text, count);
        return tr("%1 %2 \u00b7 %3 \u00b7 refunded %4 \u00b7 net %5",
            "currency code, amount paid, order count, amount refunded, paid minus refunded")
            .arg(currency, text, count, format(currency, refunded), format(currency, amount - refunded));
    };
    if (!all.ok() || !paid.ok()) {
        error = !all.ok() ? all.error().message : paid.error().message;
    } else {
        for (const Kiosk::CurrencyTotal &t : all.value()) {
            qint64 paidAmount = 0, paidOrders = 0, refunded = 0;
            for (const Kiosk::CurrencyTotal &p : paid.value()) {
                if (p.currency == t.currency) {
                    paidAmount = p.amount;
                    paidOrders = p.orders;
                    refunded = p.refunded;
                }
            }
            if (paidOrders > 0)
                paidParts << describe(t.currency, paidAmount, paidOrders, refunded);
            if (t.orders > paidOrders)
                otherParts << describe(t.currency, t.amount - paidAmount, t.orders - paidOrders);
        }
    }
    QStringList lines;
    if (!paidParts.isEmpty())
        lines << tr("Paid: %1").arg(paidParts.join(QStringLiteral("    ")));
    if (!otherParts.isEmpty())
        lines << tr("Not paid (open, cancelled, expired or failed): %1").arg(otherParts.join(QStringLiteral("    ")));
    m_totals->setText(lines.isEmpty() ? tr("No orders match these filters.") : lines.join(QLatin1Char('\n')));
    m_error->setText(error.isEmpty() ? QString() : tr("The order history could not be read: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
    Q_EMIT totalsUpdated();
}

void OrderHistoryPage::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = dir + QStringLiteral("/orders-") + today().toString(Qt::ISODate) + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export orders"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    startExport(path);
}

void OrderHistoryPage::startExport(const QString &path)
{
    if (m_exportId != 0)
        return;
    m_exportPath = path;
    m_exportCancelling = false;
    m_export->setEnabled(false);

    m_exportProgress = new QProgressDialog(tr("Counting orders…"), tr("Cancel"), 0, 0, this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setWindowTitle(tr("Export orders"));
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(0);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    m_exportProgress->setMinimumWidth(420);
    // QProgressDialog::setValue() runs a nested event loop when the dialog is modal: it is meant
    // for work done on the UI thread. This work runs elsewhere and the UI's own loop keeps
    // running, so a nested loop would only deliver the export's later answers (its end among them)
    // in the middle of a progress update. Progress goes straight to a bar of our own instead.
    m_exportBar = new QProgressBar(m_exportProgress);
    m_exportBar->setRange(0, 0);
    m_exportProgress->setBar(m_exportBar);
    connect(m_exportProgress, &QProgressDialog::canceled, this, [this]() {
        if (m_exportId == 0)
            return;
        m_exportCancelling = true;
        m_service->cancelCsvExport(m_exportId);
        if (m_exportProgress) {
            m_exportProgress->setLabelText(tr("Cancelling…"));
            m_exportProgress->show();
        }
    });

    m_exportProgress->show();
    m_exportId = m_service->startCsvExport(
        m_model->filter(), m_clock->now().toUTC().addMSecs(1), path, this,
        [this](qint64 written, qint64 total) { showExportProgress(written, total); },
        [this](Kiosk::Result<qint64> written) { finishExport(written); });
}

void OrderHistoryPage::showExportProgress(qint64 written, qint64 total)
{
    if (!m_exportProgress || m_exportCancelling)
        return;
    constexpr qint64 kMaxRange = std::numeric_limits<int>::max();
    const int maximum = static_cast<int>(std::min(std::max(total, written), kMaxRange));
    m_exportBar->setRange(0, std::max(maximum, 1));
    m_exportBar->setValue(static_cast<int>(std::min(written, kMaxRange)));
    m_exportProgress->setLabelText(tr("Exported %1 of %Ln order(s)\u2026", nullptr, int(std::min(total, kMaxRange)))
                                       .arg(QLocale().toString(written)));
}

void OrderHistoryPage::finishExport(const Kiosk::Result<qint64> &written)
{
    m_exportId = 0;
    m_exportCancelling = false;
    if (m_exportProgress) {
        m_exportProgress->hide();
        m_exportProgress->deleteLater();
        m_exportProgress = nullptr;
        m_exportBar = nullptr;
    }
    m_export->setEnabled(true);

    const bool cancelled = !written.ok() && written.error().code == QLatin1String("cancelled");
    const bool ok = written.ok();
    QString message;
    if (cancelled)
        message = tr("Export cancelled. No file was saved.");
    else if (!ok)
        message = tr("The export failed: %1").arg(written.error().message);
    else
        message = tr("Exported %Ln order(s) to %1.", nullptr,
            int(std::min<qint64>(written.value(), std::numeric_limits<int>::max())))
                      .arg(QDir::toNativeSeparators(m_exportPath));
    auto *box = new QMessageBox(
        ok ? QMessageBox::Information : QMessageBox::Warning, tr("Export orders"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT exportFinished(ok, message);
}

void OrderHistoryPage::showDetails(int row)
{
    const Kiosk::Order *order = m_model->orderAt(row);
    if (!order)
        return;
    OrderDetailsDialog dialog(m_service, order->id, this);
    dialog.setShopName(m_shopName);
    dialog.exec();
}

} // namespace Kiosk::Ui
