// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Kiosk::Ui {

/** Draws a product as a touch-sized card: picture, name (up to two lines) and price. The tile
 *  with the keyboard focus gets a 3 px ring in Theme::focus, hover a thin accent border.
 *  Colours and type sizes follow Theme::current() at each paint, so large text / high
 *  contrast reaches the tiles too. */
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
    /** The name's pixel size at normal text (the price is 2 px larger); large text scales it by
     *  Theme::fontScalePercent. 0 (the default): the theme's base font. */
    void setFontPixelSize(int pixels) { m_fontPixels = pixels; }
    /** The fonts of a tile's name and price in the current theme, over the view's font. */
    [[nodiscard]] QFont nameFont(const QFont &viewFont) const;
    [[nodiscard]] QFont priceFont(const QFont &viewFont) const;

private:
    [[nodiscard]] int namePixels() const;

    QSize m_tileSize { 176, 208 };
    int m_fontPixels = 0;
};

} // namespace Kiosk::Ui
