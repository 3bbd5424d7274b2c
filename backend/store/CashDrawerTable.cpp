// SPDX-License-Identifier: MIT
#include "CashDrawerTable.h"

#include "Database.h"
#include "Sql.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

namespace Kiosk {

namespace {

const QString kColumns
    = QStringLiteral("id, kiosk_id, business_date, kind, amount, currency, reason, actor, at, request_id");

DrawerEntry readEntry(const QSqlQuery &q)
{
    DrawerEntry e;
    e.id = q.value(0).toLongLong();
    e.kioskId = q.value(1).toString();
    e.businessDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    e.kind = drawerKindFromString(q.value(3).toString()).value_or(DrawerEntry::Kind::CashIn);
    e.amount = q.value(4).toLongLong();
    e.currency = q.value(5).toString();
    e.reason = q.value(6).toString();
    e.actor = q.value(7).toString();
    e.at = Sql::fromMs(q.value(8));
    e.requestId = q.value(9).toString();
    return e;
}

} // namespace

QString toString(DrawerEntry::Kind kind)
{
    switch (kind) {
    case DrawerEntry::Kind::OpeningFloat:
        return QStringLiteral("float");
    case DrawerEntry::Kind::CashIn:
        return QStringLiteral("in");
    case DrawerEntry::Kind::CashOut:
        return QStringLiteral("out");
    }
    return {};
}

std::optional<DrawerEntry::Kind> drawerKindFromString(QStringView text)
{
    for (const DrawerEntry::Kind k :
        { DrawerEntry::Kind::OpeningFloat, DrawerEntry::Kind::CashIn, DrawerEntry::Kind::CashOut }) {
        if (text == toString(k))
            return k;
    }
    return std::nullopt;
}

CashDrawerTable::CashDrawerTable(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

Result<DrawerEntry> CashDrawerTable::append(DrawerEntry entry)
{
    if (!entry.businessDate.isValid() || entry.kioskId.isEmpty() || entry.currency.size() != 3)
        return makeError(
            QStringLiteral("invalid_entry"), QStringLiteral("A drawer entry needs a till, a day and a currency."));
    if (entry.amount < 0)
        return makeError(QStringLiteral("invalid_amount"), QStringLiteral("A drawer amount cannot be negative."));
    if (entry.reason.size() > kMaxReasonLength || entry.requestId.size() > 255)
        return makeError(QStringLiteral("invalid_entry"),
            QStringLiteral("The reason may have at most %1 characters.").arg(kMaxReasonLength));
    WriteTransaction tx(m_database->connection(), m_database->dialect());
    if (auto st = tx.begin(); !st)
        return st.error();
    QSqlQuery q(m_database->connection());
    if (!entry.requestId.isEmpty()) {
        if (!Sql::execBound(q, QStringLiteral("SELECT %1 FROM drawer_entries WHERE request_id = ?").arg(kColumns),
                { entry.requestId }))
            return Sql::error(q, QStringLiteral("Could not read the drawer"));
        if (q.next())
            return readEntry(q);
        q.finish();
    }
    const qint64 now = m_database->nowMs();
    if (!Sql::execBound(q,
            QStringLiteral(
                "INSERT INTO drawer_entries (kiosk_id, business_date, kind, amount, currency, reason, actor, "
                "at, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { entry.kioskId, entry.businessDate.toString(Qt::ISODate), toString(entry.kind), entry.amount,
                entry.currency, Sql::textOrNull(entry.reason), Sql::textNotNull(entry.actor), now,
                Sql::textOrNull(entry.requestId) }))
        return Sql::error(q, QStringLiteral("Could not record the drawer entry"));
    entry.id = q.lastInsertId().toLongLong();
    entry.at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (auto st = tx.commit(); !st)
        return st.error();
    return entry;
}

Result<QList<DrawerEntry>> CashDrawerTable::entries(QDate businessDate, const QString &kioskId) const
{
    QSqlQuery q(m_database->connection());
    QVariantList binds { businessDate.toString(Qt::ISODate) };
    if (!kioskId.isEmpty())
        binds.append(kioskId);
    if (!Sql::execBound(q,
            QStringLiteral("SELECT %1 FROM drawer_entries WHERE business_date = ?%2 ORDER BY id")
                .arg(kColumns, kioskId.isEmpty() ? QString() : QStringLiteral(" AND kiosk_id = ?")),
            binds))
        return Sql::error(q, QStringLiteral("Could not read the drawer"));
    QList<DrawerEntry> result;
    while (q.next())
        result.append(readEntry(q));
    return result;
}

} // namespace Kiosk
