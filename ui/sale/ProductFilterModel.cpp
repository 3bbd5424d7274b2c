// SPDX-License-Identifier: MIT
#include "ProductFilterModel.h"

#include "ProductListModel.h"

namespace Kiosk::Ui {

ProductFilterModel::ProductFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ProductFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void ProductFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool ProductFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString category = index.data(ProductListModel::CategoryRole).toString();
    if (!m_category.isEmpty() && category != m_category)
        return false;
    if (m_search.isEmpty())
        return true;
    const auto has = [this](const QString &field) { return field.contains(m_search, Qt::CaseInsensitive); };
    return has(index.data(Qt::DisplayRole).toString()) || has(index.data(ProductListModel::SkuRole).toString())
        || has(index.data(ProductListModel::BarcodeRole).toString()) || has(category);
}

} // namespace Kiosk::Ui
