// SPDX-License-Identifier: MIT
#include "StatementCache.h"

#include "Log.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kiosk {

StatementCache::~StatementCache() = default;

QSqlQuery &StatementCache::get(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(sql))
            qCWarning(lcStore) << "cannot prepare statement:" << query->lastError().text();
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

void StatementCache::clear()
{
    m_prepared.clear();
}

} // namespace Kiosk
