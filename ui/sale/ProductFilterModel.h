// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace Kiosk::Ui {

/** Narrows the product list to one category (empty: all) and to products whose name, SKU,
 *  barcode or category contains the search text, case-insensitively. Keeps catalog order. */
class ProductFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductFilterModel)

public:
    explicit ProductFilterModel(QObject *parent = nullptr);

    void setCategory(const QString &category);
    [[nodiscard]] QString category() const { return m_category; }
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_search; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_category;
    QString m_search;
};

} // namespace Kiosk::Ui
