// SPDX-License-Identifier: MIT
#include "ProductListModel.h"

namespace Kiosk::Ui {

ProductListModel::ProductListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ProductListModel::setProducts(const QList<Kiosk::Product> &products, const QLocale &locale)
{
    beginResetModel();
    m_products = products;
    m_locale = locale;
    endResetModel();
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &p = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.name;
    case Qt::ToolTipRole:
        return p.description.isEmpty() ? p.name : p.description;
    case Qt::AccessibleTextRole:
        return QString(p.name + QStringLiteral(", ") + p.price.format(m_locale));
    case IdRole:
        return p.id;
    case PriceTextRole:
        return p.price.format(m_locale);
    case ImagePathRole:
        return p.image;
    case CategoryRole:
        return p.category;
    case SkuRole:
        return p.sku;
    case BarcodeRole:
        return p.barcode;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "productId");
    names.insert(PriceTextRole, "priceText");
    names.insert(ImagePathRole, "imagePath");
    names.insert(CategoryRole, "category");
    names.insert(SkuRole, "sku");
    names.insert(BarcodeRole, "barcode");
    return names;
}

} // namespace Kiosk::Ui
