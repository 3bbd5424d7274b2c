// SPDX-License-Identifier: MIT
#include "DayReportPage.h"

#include "DayReportService.h"
#include "Money.h"

#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Kiosk::Ui {

namespace {

QString moneyText(qint64 minor, const QString &currency)
{
    const Result<Money> m = Money::fromMinor(minor, currency.toUpper());
    return m ? m.value().format(QLocale()) : QString::number(minor);
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->setDefaultSectionSize(28);
    t->horizontalHeader()->setStretchLastSection(false);
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

DayReportPage::DayReportPage(Kiosk::DayReportService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("dayReportPage"));
    m_dateLabel = new QLabel(this);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dayReportDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(m_service ? m_service->today() : QDate::currentDate());
    m_date->setMinimumHeight(40);
    m_dateLabel->setBuddy(m_date);
    m_tillLabel = new QLabel(this);
    m_till = new QLineEdit(this);
    m_till->setObjectName(QStringLiteral("dayReportTill"));
    m_till->setMaxLength(64);
    m_till->setMinimumHeight(40);
    m_till->setMaximumWidth(280);
    m_tillLabel->setBuddy(m_till);
    m_show = new QPushButton(this);
    m_show->setObjectName(QStringLiteral("dayReportShow"));
    m_show->setMinimumHeight(40);

    auto *choose = new QHBoxLayout;
    choose->addWidget(m_dateLabel);
    choose->addWidget(m_date);
    choose->addSpacing(16);
    choose->addWidget(m_tillLabel);
    choose->addWidget(m_till, 1);
    choose->addWidget(m_show);
    choose->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dayReportStatus"));
    m_status->setWordWrap(true);
    m_figuresTitle = new QLabel(this);
    m_figures = makeTable(this, QStringLiteral("dayReportFigures"));
    // Currencies share the width; the figures' names keep theirs.
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_discrepanciesTitle = new QLabel(this);
    m_discrepancies = makeTable(this, QStringLiteral("dayReportDiscrepancies"));
    m_discrepancies->setColumnCount(4);
    m_discrepancies->verticalHeader()->setVisible(false);
    m_discrepancies->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_discrepancies->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (QLabel *title : { m_figuresTitle, m_discrepanciesTitle }) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }

    m_cashLabel = new QLabel(this);
    m_cash = new QLineEdit(this);
    m_cash->setObjectName(QStringLiteral("dayReportCash"));
    m_cash->setMaxLength(16);
    m_cash->setMinimumHeight(40);
    m_cashLabel->setBuddy(m_cash);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("dayReportClose"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("dayReportPdf"));
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("dayReportCsv"));
    for (QPushButton *b : { m_close, m_pdf, m_csv })
        b->setMinimumHeight(40);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_cashLabel);
    actions->addWidget(m_cash);
    actions->addWidget(m_close);
    actions->addStretch(1);
    actions->addWidget(m_pdf);
    actions->addWidget(m_csv);

    m_closedTitle = new QLabel(this);
    {
        QFont f = m_closedTitle->font();
        f.setBold(true);
        m_closedTitle->setFont(f);
    }
    m_closedDays = makeTable(this, QStringLiteral("dayReportClosedDays"));
    m_closedDays->setColumnCount(5);
    m_closedDays->verticalHeader()->setVisible(false);
    m_closedDays->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_closedDays->horizontalHeader()->setStretchLastSection(true);

    auto *left = new QVBoxLayout;
    left->addWidget(m_figuresTitle);
    left->addWidget(m_figures, 4);
    left->addWidget(m_discrepanciesTitle);
    left->addWidget(m_discrepancies, 3);
    auto *right = new QVBoxLayout;
    right->addWidget(m_closedTitle);
    right->addWidget(m_closedDays, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_status);
    layout->addLayout(body, 1);
    layout->addLayout(actions);

    connect(m_show, &QPushButton::clicked, this, &DayReportPage::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &DayReportPage::refresh);
    connect(m_till, &QLineEdit::returnPressed, this, &DayReportPage::refresh);
    connect(m_close, &QPushButton::clicked, this, &DayReportPage::closeDay);
    connect(m_pdf, &QPushButton::clicked, this, &DayReportPage::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &DayReportPage::saveCsv);
    connect(m_closedDays, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem *item = m_closedDays->item(row, 1);
        if (!item)
            return;
        m_till->setText(m_closedDays->item(row, 2)->data(Qt::UserRole).toString());
        m_date->setDate(QDate::fromString(item->text(), Qt::ISODate));
        refresh();
    });
    retranslateUi();
}

void DayReportPage::setDate(QDate date)
{
    m_date->setDate(date);
}

void DayReportPage::retranslateUi()
{
    m_dateLabel->setText(tr("Business day"));
    m_tillLabel->setText(tr("Till"));
    m_till->setPlaceholderText(tr("All tills (the whole shop)"));
    m_show->setText(tr("Show report"));
    m_figuresTitle->setText(tr("Figures"));
    m_discrepanciesTitle->setText(tr("Differences with Stripe"));
    m_discrepancies->setHorizontalHeaderLabels(
        { tr("What", "discrepancy kind"), tr("Order"), tr("Stripe id"), tr("Amount") });
    m_cashLabel->setText(tr("Cash counted"));
    m_cash->setPlaceholderText(tr("e.g. 150.00"));
    m_pdf->setText(tr("Save PDF"));
    m_csv->setText(tr("Save CSV"));
    m_closedTitle->setText(tr("Closed days (double-click to open)"));
    m_closedDays->setHorizontalHeaderLabels({ tr("No."), tr("Day"), tr("Till"), tr("Closed at"), tr("Corrects") });
    showReport();
    if (m_service)
        loadClosedDays();
}

void DayReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DayReportPage::refresh()
{
    if (!m_service)
        return;
    m_status->setText(tr("Loading the report and asking Stripe…"));
    m_service->report(m_date->date(), m_till->text().trimmed(), this, [this](Result<ReconciledDayReport> r) {
        if (r) {
            m_report = std::move(r).value();
            m_error.clear();
        } else {
            m_report.reset();
            m_error = r.error().message;
        }
        showReport();
        Q_EMIT reportShown();
    });
    loadClosedDays();
}

QString DayReportPage::kindText(const QString &kind) const
{
    if (kind == QLatin1String("paid_at_stripe_not_here"))
        return tr("Paid at Stripe, no paid order here");
    if (kind == QLatin1String("paid_here_not_at_stripe"))
        return tr("Paid here, not at Stripe");
    if (kind == QLatin1String("amount_differs"))
        return tr("Amounts differ (Stripe − here)");
    if (kind == QLatin1String("currency_differs"))
        return tr("Currencies differ");
    if (kind == QLatin1String("refund_missing_here"))
        return tr("Refund at Stripe, not here");
    if (kind == QLatin1String("refund_missing_at_stripe"))
        return tr("Refund here, not at Stripe");
    if (kind == QLatin1String("refund_amount_differs"))
        return tr("Refund amounts differ (Stripe − here)");
    return kind;
}

void DayReportPage::showReport()
{
    m_figures->clear();
    m_discrepancies->setRowCount(0);
    const bool closed = m_report && m_report->closed;
    m_close->setText(closed ? tr("Record a correction") : tr("Close day"));
    m_close->setEnabled(m_report.has_value());
    m_pdf->setEnabled(m_report.has_value());
    m_csv->setEnabled(m_report.has_value());
    if (!m_report) {
        m_status->setText(m_error);
        m_figures->setRowCount(0);
        m_figures->setColumnCount(0);
        return;
    }
    const ReconciledDayReport &r = *m_report;
    QStringList status;
    if (r.closed) {
        status << tr("Closed as number %1 on %2.")
                      .arg(r.closed->number)
                      .arg(QLocale().toString(r.closed->closedAt.toLocalTime(), QLocale::ShortFormat));
        if (r.closed->corrects)
            status << tr("Corrects number %1.").arg(r.closed->corrects);
    } else {
        status << tr("Open: the figures may still change.");
    }
    if (!r.stripe)
        status << tr("Not reconciled: %1").arg(r.stripeError);
    m_status->setText(status.join(QLatin1Char(' ')));
    m_status->setStyleSheet(r.stripe ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));

    const QStringList codes = r.currencies();
    QStringList rows { tr("Sales"), tr("Gross"), tr("Discounts"), tr("Refunds"), tr("Net"), tr("Card"), tr("Cash") };
    QStringList rates;
    for (const CurrencyDayTotals &t : r.local.currencies) {
        for (const RateAmount &a : t.tax)
            rates.append(a.rate);
    }
    rates.removeDuplicates();
    for (const QString &rate : rates)
        rows << tr("Tax %1").arg(rate);
    if (r.stripe)
        rows << tr("Stripe gross") << tr("Stripe refunds") << tr("Stripe fees") << tr("Stripe net");
    if (r.closed && r.closed->cashCounted)
        rows << tr("Cash counted") << tr("Cash difference");
    m_figures->setRowCount(int(rows.size()));
    m_figures->setColumnCount(int(codes.size()));
    m_figures->setHorizontalHeaderLabels(codes);
    m_figures->setVerticalHeaderLabels(rows);
    for (int c = 0; c < codes.size(); ++c) {
        const QString &code = codes.at(c);
        CurrencyDayTotals t;
        for (const CurrencyDayTotals &x : r.local.currencies) {
            if (x.currency.toUpper() == code)
                t = x;
        }
        int row = 0;
        m_figures->setItem(row++, c, cell(QLocale().toString(t.salesCount), true));
        for (qint64 v : { t.gross, t.discounts, t.refunds, t.net, t.card, t.cash })
            m_figures->setItem(row++, c, cell(moneyText(v, code), true));
        for (const QString &rate : std::as_const(rates)) {
            qint64 amount = 0;
            for (const RateAmount &a : t.tax) {
                if (a.rate == rate)
                    amount = a.amount;
            }
            m_figures->setItem(row++, c, cell(moneyText(amount, code), true));
        }
        if (r.stripe) {
            StripeCurrencyTotals s;
            for (const StripeCurrencyTotals &x : r.stripe->currencies) {
                if (x.currency.toUpper() == code)
                    s = x;
            }
            for (qint64 v : { s.gross, s.refunds, s.fees, s.net })
                m_figures->setItem(row++, c, cell(moneyText(v, code), true));
        }
        if (r.closed && r.closed->cashCounted && c == 0) {
            m_figures->setItem(row++, c, cell(moneyText(*r.closed->cashCounted, code), true));
            m_figures->setItem(row++, c, cell(moneyText(*r.closed->cashCounted - t.cash, code), true));
        }
    }
    if (r.stripe) {
        m_discrepancies->setRowCount(int(r.stripe->discrepancies.size()));
        int row = 0;
        for (const Discrepancy &d : r.stripe->discrepancies) {
            m_discrepancies->setItem(row, 0, cell(kindText(Discrepancy::kindName(d.kind))));
            m_discrepancies->setItem(row, 1, cell(d.orderNumber.isEmpty() ? tr("none") : d.orderNumber));
            m_discrepancies->setItem(row, 2, cell(d.stripeId.isEmpty() ? tr("none") : d.stripeId));
            m_discrepancies->setItem(row, 3, cell(moneyText(d.amount, d.currency), true));
            ++row;
        }
        m_discrepanciesTitle->setText(r.stripe->discrepancies.isEmpty()
                ? tr("Differences with Stripe: none, everything matches")
                : tr("Differences with Stripe: %n to look into", nullptr, int(r.stripe->discrepancies.size())));
    } else {
        m_discrepanciesTitle->setText(tr("Differences with Stripe"));
    }
}

void DayReportPage::loadClosedDays()
{
    m_service->closedDays(200, this, [this](Result<QList<DayClose>> days) {
        m_closedDays->setRowCount(0);
        if (!days)
            return;
        m_closedDays->setRowCount(int(days.value().size()));
        int row = 0;
        for (const DayClose &d : days.value()) {
            m_closedDays->setItem(row, 0, cell(QString::number(d.number), true));
            m_closedDays->setItem(row, 1, cell(d.date.toString(Qt::ISODate)));
            QTableWidgetItem *till = cell(d.kioskId.isEmpty() ? tr("Shop") : d.kioskId);
            till->setData(Qt::UserRole, d.kioskId);
            m_closedDays->setItem(row, 2, till);
            m_closedDays->setItem(row, 3, cell(QLocale().toString(d.closedAt.toLocalTime(), QLocale::ShortFormat)));
            m_closedDays->setItem(row, 4, cell(d.corrects ? QString::number(d.corrects) : QString(), true));
            ++row;
        }
    });
}

void DayReportPage::closeDay()
{
    if (!m_report || !m_service)
        return;
    const QStringList codes = m_report->currencies();
    const QString code = codes.isEmpty() ? QStringLiteral("EUR") : codes.constFirst();
    std::optional<qint64> counted;
    if (!m_cash->text().trimmed().isEmpty()) {
        QString text = m_cash->text().trimmed();
        text.replace(QLocale().decimalPoint(), QLatin1String("."));
        const Result<Money> money = Money::parse(text, code);
        if (!money || money.value().minorUnits() < 0) {
            m_status->setText(tr("\"%1\" is not an amount of %2.").arg(m_cash->text(), code));
            return;
        }
        counted = money.value().minorUnits();
    }
    const qint64 corrects = m_report->closed ? m_report->closed->number : 0;
    const QString question = corrects
        ? tr("Record a correction of closed day number %1? The earlier entry stays as it is.").arg(corrects)
        : tr("Close %1? The report is then frozen; later changes need a correction.")
              .arg(QLocale().toString(m_date->date(), QLocale::LongFormat));
    if (QMessageBox::question(this, tr("Close day"), question) != QMessageBox::Yes)
        return;
    m_service->closeDay(
        m_date->date(), m_till->text().trimmed(), counted, corrects, this, [this](Result<ReconciledDayReport> r) {
            if (!r) {
                m_status->setText(r.error().message);
                Q_EMIT closeFinished(0);
                return;
            }
            m_report = std::move(r).value();
            m_cash->clear();
            showReport();
            loadClosedDays();
            Q_EMIT closeFinished(m_report->closed ? m_report->closed->number : 0);
        });
}

QByteArray DayReportPage::csv() const
{
    if (!m_report)
        return {};
    QStringList lines;
    lines << QStringLiteral("date,till,closed,currency,sales,gross,discounts,refunds,net,card,cash,stripe_gross,"
                            "stripe_refunds,stripe_fees,stripe_net");
    const ReconciledDayReport &r = *m_report;
    for (const QString &code : r.currencies()) {
        CurrencyDayTotals t;
        for (const CurrencyDayTotals &x : r.local.currencies) {
            if (x.currency.toUpper() == code)
                t = x;
        }
        StripeCurrencyTotals s;
        if (r.stripe) {
            for (const StripeCurrencyTotals &x : r.stripe->currencies) {
                if (x.currency.toUpper() == code)
                    s = x;
            }
        }
        QStringList f { r.local.date.toString(Qt::ISODate), csvField(r.kioskId),
            r.closed ? QString::number(r.closed->number) : QString(), code, QString::number(t.salesCount) };
        for (qint64 v : { t.gross, t.discounts, t.refunds, t.net, t.card, t.cash })
            f << Money::fromMinor(v, code).value().toDecimalString();
        for (qint64 v : { s.gross, s.refunds, s.fees, s.net })
            f << (r.stripe ? Money::fromMinor(v, code).value().toDecimalString() : QString());
        lines << f.join(QLatin1Char(','));
    }
    lines << QString() << QStringLiteral("kind,currency,order_number,stripe_id,amount");
    if (r.stripe) {
        for (const Discrepancy &d : r.stripe->discrepancies)
            lines << QStringList { Discrepancy::kindName(d.kind), d.currency.toUpper(), csvField(d.orderNumber),
                csvField(d.stripeId), Money::fromMinor(d.amount, d.currency.toUpper()).value().toDecimalString() }
                         .join(QLatin1Char(','));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QString DayReportPage::html() const
{
    QString out = QStringLiteral("<h2>%1</h2><p>%2</p><table border='1' cellspacing='0' cellpadding='4'><tr><th></th>")
                      .arg(tr("Day report %1").arg(m_date->date().toString(Qt::ISODate)).toHtmlEscaped(),
                          m_status->text().toHtmlEscaped());
    for (int c = 0; c < m_figures->columnCount(); ++c)
        out += QStringLiteral("<th>%1</th>").arg(m_figures->horizontalHeaderItem(c)->text().toHtmlEscaped());
    out += QStringLiteral("</tr>");
    for (int row = 0; row < m_figures->rowCount(); ++row) {
        out += QStringLiteral("<tr><td>%1</td>").arg(m_figures->verticalHeaderItem(row)->text().toHtmlEscaped());
        for (int c = 0; c < m_figures->columnCount(); ++c) {
            const QTableWidgetItem *item = m_figures->item(row, c);
            out += QStringLiteral("<td align='right'>%1</td>").arg(item ? item->text().toHtmlEscaped() : QString());
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table><h3>%1</h3><table border='1' cellspacing='0' cellpadding='4'>")
               .arg(m_discrepanciesTitle->text().toHtmlEscaped());
    for (int row = 0; row < m_discrepancies->rowCount(); ++row) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < m_discrepancies->columnCount(); ++c)
            out += QStringLiteral("<td>%1</td>").arg(m_discrepancies->item(row, c)->text().toHtmlEscaped());
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    return out;
}

void DayReportPage::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"),
        QStringLiteral("day-report-%1.pdf").arg(m_date->date().toString(Qt::ISODate)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QTextDocument doc;
    doc.setHtml(html());
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
}

void DayReportPage::saveCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save CSV"),
        QStringLiteral("day-report-%1.csv").arg(m_date->date().toString(Qt::ISODate)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv()) < 0)
        m_status->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
}

} // namespace Kiosk::Ui
