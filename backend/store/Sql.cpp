// SPDX-License-Identifier: MIT
#include "Sql.h"

#include "Log.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Kiosk {

QVariant Sql::nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant Sql::nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant Sql::msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : nullInt();
}

QVariant Sql::textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

QVariant Sql::textNotNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QDateTime Sql::fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

qint64 Sql::floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

Error Sql::error(const QSqlQuery &q, const QString &what)
{
    // The driver's text (SQL, table and constraint names) is for the log, never for a person.
    qCWarning(lcStore).noquote() << what << "-" << q.lastError().text();
    const QString state = q.lastError().nativeErrorCode();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return makeError(kConflict, QStringLiteral("%1: another server wrote at the same time; try again.").arg(what));
    return makeError(QStringLiteral("database_error"),
        QStringLiteral("%1: the order database reported an error (details are in the log).").arg(what));
}

void Sql::noteRetry(int attempt)
{
    qCInfo(lcStore) << "write transaction conflicted with another connection; attempt" << attempt + 1;
}

Error Sql::notFound(qint64 orderId)
{
    return makeError(QStringLiteral("not_found"), QStringLiteral("There is no order with id %1.").arg(orderId));
}

bool Sql::execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    return execPrepared(q, binds);
}

bool Sql::execPrepared(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}

QString Sql::placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += (i == 0 ? QStringLiteral("?") : QStringLiteral(", ?"));
    return s;
}

QString Sql::idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

QString Sql::prefixEnd(const QString &prefix)
{
    const char32_t last = 0x10FFFF;
    return prefix + QString::fromUcs4(&last, 1);
}

} // namespace Kiosk
