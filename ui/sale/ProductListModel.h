// SPDX-License-Identifier: MIT
#pragma once

#include "Product.h"

#include <QAbstractListModel>
#include <QLocale>

namespace Kiosk::Ui {

/** The catalog's active products as a flat list for the product grid. Read-only. */
class ProductListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PriceTextRole,
        ImagePathRole,
        CategoryRole,
        SkuRole,
        BarcodeRole,
    };

    explicit ProductListModel(QObject *parent = nullptr);

    void setProducts(const QList<Kiosk::Product> &products, const QLocale &locale);
    [[nodiscard]] const QList<Kiosk::Product> &products() const { return m_products; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Kiosk::Product> m_products;
    QLocale m_locale;
};

} // namespace Kiosk::Ui
