// SPDX-License-Identifier: MIT
#pragma once

#include "Theme.h"

#include <QStyledItemDelegate>

namespace Kiosk::Ui {

/** Draws a product as a touch-sized card: picture, name (up to two lines) and price. The tile
 *  with the keyboard focus gets a 3 px ring in Theme::focus, hover a thin accent border. */
class ProductTileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductTileDelegate)

public:
    explicit ProductTileDelegate(QObject *parent = nullptr);

    void setTileSize(const QSize &size) { m_tileSize = size; }
    [[nodiscard]] QSize tileSize() const { return m_tileSize; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QSize m_tileSize { 176, 208 };
    Theme m_theme;
};

} // namespace Kiosk::Ui
