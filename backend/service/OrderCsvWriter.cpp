// SPDX-License-Identifier: MIT
#include "OrderCsvWriter.h"

#include "Money.h"

#include <QIODevice>

namespace Kiosk {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString decimal(qint64 minor, const QString &currency)
{
    const auto money = Kiosk::Money::fromMinor(minor, currency);
    // An unknown currency still exports the exact integer rather than guessing a decimal point.
    return money.ok() ? money.value().toDecimalString() : QString::number(minor);
}

/** "2 × Flat white = 9.00; 1 × Latte (Large, Oat milk) = 5.50": the names carry the options. */
QString items(const Kiosk::Order &o)
{
    QStringList parts;
    for (const Kiosk::OrderLine &l : o.lines)
        parts << QStringLiteral("%1 \u00d7 %2 = %3")
                     .arg(QString::number(l.quantity), l.name, decimal(l.lineTotal, o.currency));
    return parts.join(QStringLiteral("; "));
}

} // namespace

OrderCsvWriter::OrderCsvWriter(const Kiosk::OrderStore *store)
    : m_store(store)
{
    Q_ASSERT(store);
}

QStringList OrderCsvWriter::header()
{
    return { QStringLiteral("order_number"), QStringLiteral("created_at_utc"), QStringLiteral("status"),
        QStringLiteral("customer_email"), QStringLiteral("currency"), QStringLiteral("subtotal"),
        QStringLiteral("total"), QStringLiteral("tax"), QStringLiteral("paid_at_utc"), QStringLiteral("kiosk_id"),
        QStringLiteral("cashier"), QStringLiteral("session_id"), QStringLiteral("payment_intent"),
        QStringLiteral("status_reason"), QStringLiteral("amount_refunded"), QStringLiteral("items"),
        QStringLiteral("amount_discount"), QStringLiteral("tender") };
}

QStringList OrderCsvWriter::row(const Kiosk::Order &o)
{
    return { field(o.number), isoUtc(o.createdAt), Kiosk::toString(o.status), field(o.customerEmail), o.currency,
        decimal(o.amountSubtotal, o.currency), decimal(o.amountTotal, o.currency), decimal(o.amountTax, o.currency),
        isoUtc(o.paidAt), field(o.kioskId), field(o.cashier), field(o.sessionId), field(o.paymentIntent),
        field(o.statusReason), decimal(o.amountRefunded, o.currency), field(items(o)),
        decimal(o.amountDiscount, o.currency), field(o.tender) };
}

QString OrderCsvWriter::field(const QString &value, bool neutralise)
{
    QString v = value;
    if (neutralise && !v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
        || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return v;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

Kiosk::Result<qint64> OrderCsvWriter::write(
    const Kiosk::HistoryFilter &filter, QIODevice *out, const QDateTime &asOf) const
{
    return write(filter, out, asOf, Progress());
}

Kiosk::Result<qint64> OrderCsvWriter::write(
    const Kiosk::HistoryFilter &filter, QIODevice *out, const QDateTime &asOf, const Progress &progress) const
{
    if (!out || !out->isWritable())
        return Kiosk::makeError(QStringLiteral("io_error"), QStringLiteral("The export file is not open for writing."));

    Kiosk::HistoryFilter f = filter;
    const QDateTime cutoff = asOf.isValid() ? asOf.toUTC() : QDateTime::currentDateTimeUtc().addMSecs(1);
    if (!f.to.isValid() || f.to > cutoff)
        f.to = cutoff;

    const auto writeLine = [out](const QStringList &cells) {
        const QByteArray line = cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        return out->write(line) == line.size();
    };
    const auto ioError = [out]() {
        return Kiosk::makeError(
            QStringLiteral("io_error"), QStringLiteral("Could not write the export: %1").arg(out->errorString()));
    };

    if (!writeLine(header()))
        return ioError();
    // Keyset paging: OFFSET costs a scan of every skipped row, which made a million-row export
    // quadratic. Each page instead ends the time window just after the oldest row read so far;
    // rows sharing that millisecond were already written and come first, so they are skipped by
    // a (small) offset.
    qint64 written = 0;
    int tie = 0;
    for (;;) {
        auto page = m_store->history(f, tie, kPageSize);
        if (!page.ok())
            return page.error();
        QList<Kiosk::Order> &orders = page.value();
        if (auto st = m_store->loadLines(orders); !st)
            return st.error();
        for (const Kiosk::Order &o : std::as_const(orders)) {
            if (!writeLine(row(o)))
                return ioError();
            ++written;
        }
        if (progress && !progress(written))
            return Kiosk::makeError(QStringLiteral("cancelled"), QStringLiteral("The export was cancelled."));
        if (orders.size() < kPageSize)
            break;
        const QDateTime oldest = orders.constLast().createdAt;
        int sameTime = 0;
        for (auto it = orders.crbegin(); it != orders.crend() && it->createdAt == oldest; ++it)
            ++sameTime;
        const QDateTime nextTo = oldest.addMSecs(1);
        tie = nextTo == f.to ? tie + sameTime : sameTime;
        f.to = nextTo;
    }
    return written;
}

} // namespace Kiosk
