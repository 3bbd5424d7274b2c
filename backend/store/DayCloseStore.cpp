// SPDX-License-Identifier: MIT
#include "DayCloseStore.h"

#include "Database.h"
#include "Sql.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

namespace Kiosk {

namespace {

const QString kColumns
    = QStringLiteral("number, business_date, scope, revision, corrects, cash_counted, closed_at, report");

DayClose readClose(const QSqlQuery &q, bool withReport)
{
    DayClose c;
    c.number = q.value(0).toLongLong();
    c.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    c.kioskId = q.value(2).toString();
    c.revision = q.value(3).toInt();
    c.corrects = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    if (!q.value(5).isNull())
        c.cashCounted = q.value(5).toLongLong();
    c.closedAt = Sql::fromMs(q.value(6));
    if (withReport)
        c.report = q.value(7).toString().toUtf8();
    return c;
}

QString scopeName(const QString &kioskId)
{
    return kioskId.isEmpty() ? QStringLiteral("the shop") : QStringLiteral("till %1").arg(kioskId);
}

} // namespace

DayCloseStore::DayCloseStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<DayClose> DayCloseStore::close(const NewClose &close)
{
    if (!close.date.isValid())
        return makeError(QStringLiteral("invalid_date"), QStringLiteral("A day to close is required."));
    if (close.cashCounted && *close.cashCounted < 0)
        return makeError(QStringLiteral("invalid_amount"), QStringLiteral("Counted cash cannot be negative."));
    const QString date = close.date.toString(Qt::ISODate);
    WriteTransaction tx(m_database->connection(), m_database->dialect());
    if (auto st = tx.begin(); !st)
        return st.error();
    Result<std::optional<DayClose>> previous = latest(close.date, close.kioskId);
    if (!previous)
        return previous.error();
    const std::optional<DayClose> &last = previous.value();
    if (last && close.corrects == 0)
        return makeError(QStringLiteral("day_already_closed"),
            QStringLiteral("%1 of %2 was closed already (number %3); a correction must name it.")
                .arg(date, scopeName(close.kioskId))
                .arg(last->number));
    if (!last && close.corrects != 0)
        return makeError(QStringLiteral("nothing_to_correct"),
            QStringLiteral("%1 of %2 is not closed; there is nothing to correct.").arg(date, scopeName(close.kioskId)));
    if (last && close.corrects != last->number)
        return makeError(QStringLiteral("not_latest"),
            QStringLiteral("The newest entry of %1 of %2 is number %3; a correction must name that one, not %4.")
                .arg(date, scopeName(close.kioskId))
                .arg(last->number)
                .arg(close.corrects));

    QSqlQuery q(m_database->connection());
    if (!Sql::execBound(q, QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM day_closes"), {}) || !q.next())
        return Sql::error(q, QStringLiteral("Could not number the closed day"));
    DayClose stored;
    stored.number = q.value(0).toLongLong() + 1;
    q.finish();
    stored.date = close.date;
    stored.kioskId = close.kioskId;
    stored.revision = last ? last->revision + 1 : 0;
    stored.corrects = close.corrects;
    stored.cashCounted = close.cashCounted;
    stored.report = close.report;
    const qint64 now = m_database->nowMs();
    stored.closedAt = Sql::fromMs(now);
    if (!Sql::execBound(q,
            QStringLiteral("INSERT INTO day_closes (number, business_date, scope, revision, corrects, cash_counted, "
                           "report, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { stored.number, date, Sql::textNotNull(close.kioskId), stored.revision,
                close.corrects ? QVariant(close.corrects) : Sql::nullInt(),
                close.cashCounted ? QVariant(*close.cashCounted) : Sql::nullInt(), QString::fromUtf8(close.report),
                now }))
        return Sql::error(q, QStringLiteral("Could not store the closed day"));
    if (auto st = tx.commit(); !st)
        return st.error();
    return stored;
}

Result<std::optional<DayClose>> DayCloseStore::latest(QDate date, const QString &kioskId) const
{
    QSqlQuery q(m_database->connection());
    if (!Sql::execBound(q,
            QStringLiteral("SELECT %1 FROM day_closes WHERE business_date = ? AND scope = ? ORDER BY revision DESC "
                           "LIMIT 1")
                .arg(kColumns),
            { date.toString(Qt::ISODate), Sql::textNotNull(kioskId) }))
        return Sql::error(q, QStringLiteral("Could not read the closed days"));
    if (!q.next())
        return std::optional<DayClose>();
    return std::optional<DayClose>(readClose(q, true));
}

Result<QList<DayClose>> DayCloseStore::list(int limit) const
{
    QSqlQuery q(m_database->connection());
    if (!Sql::execBound(q, QStringLiteral("SELECT %1 FROM day_closes ORDER BY number DESC LIMIT ?").arg(kColumns),
            { qBound(1, limit, 1000) }))
        return Sql::error(q, QStringLiteral("Could not read the closed days"));
    QList<DayClose> result;
    while (q.next())
        result.append(readClose(q, false));
    return result;
}

Result<DayClose> DayCloseStore::byNumber(qint64 number) const
{
    QSqlQuery q(m_database->connection());
    if (!Sql::execBound(q, QStringLiteral("SELECT %1 FROM day_closes WHERE number = ?").arg(kColumns), { number }))
        return Sql::error(q, QStringLiteral("Could not read the closed days"));
    if (!q.next())
        return makeError(QStringLiteral("not_found"), QStringLiteral("There is no closed day number %1.").arg(number));
    return readClose(q, true);
}

} // namespace Kiosk
