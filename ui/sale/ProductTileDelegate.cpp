// SPDX-License-Identifier: MIT
#include "ProductTileDelegate.h"

#include "ProductImageCache.h"
#include "ProductListModel.h"
#include "Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace Kiosk::Ui {

ProductTileDelegate::ProductTileDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QSize ProductTileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return m_tileSize;
}

int ProductTileDelegate::namePixels() const
{
    const Theme theme = Theme::current();
    return m_fontPixels > 0 ? (m_fontPixels * theme.fontScalePercent + 50) / 100 : theme.baseFont;
}

QFont ProductTileDelegate::nameFont(const QFont &viewFont) const
{
    QFont font = viewFont;
    font.setPixelSize(namePixels());
    return font;
}

QFont ProductTileDelegate::priceFont(const QFont &viewFont) const
{
    QFont font = viewFont;
    font.setBold(true);
    font.setPixelSize(namePixels() + 2);
    return font;
}

void ProductTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Theme theme = Theme::current();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF card = QRectF(option.rect).adjusted(4, 4, -4, -4);
    const bool focused = option.state & QStyle::State_HasFocus;
    QPainterPath path;
    path.addRoundedRect(card, 14, 14);
    painter->fillPath(path, theme.surface);
    if (focused)
        painter->setPen(QPen(theme.focus, 3));
    else
        painter->setPen(QPen(option.state & QStyle::State_MouseOver ? theme.accent : theme.border, 1.5));
    painter->drawPath(path);

    const int pad = 12;
    const QFont nameText = nameFont(option.font);
    const QFont priceText = priceFont(option.font);
    const QFontMetrics nameMetrics(nameText);
    const QFontMetrics priceMetrics(priceText);

    const int textHeight = nameMetrics.lineSpacing() * 2 + priceMetrics.height() + 6;
    const QRect imageArea = card.toRect().adjusted(pad, pad, -pad, -(textHeight + pad));
    const QPixmap picture = ProductImageCache::pixmap(index.data(ProductListModel::ImagePathRole).toString(),
        imageArea.size(), painter->device()->devicePixelRatioF());
    const QSize shown = picture.deviceIndependentSize().toSize();
    painter->drawPixmap(QRect(imageArea.center() - QPoint(shown.width() / 2, shown.height() / 2), shown), picture);

    // Name: two lines at most, elided at the end of the second.
    painter->setFont(nameText);
    painter->setPen(theme.text);
    const QString name = index.data(Qt::DisplayRole).toString();
    const int textWidth = int(card.width()) - 2 * pad;
    QTextLayout layout(name, nameText);
    layout.beginLayout();
    QStringList lines;
    for (int i = 0; i < 2; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(textWidth);
        const QString part = name.mid(line.textStart(), i == 1 ? -1 : line.textLength());
        lines << (i == 1 ? nameMetrics.elidedText(part, Qt::ElideRight, textWidth) : part.trimmed());
    }
    layout.endLayout();
    int y = imageArea.bottom() + 6;
    for (const QString &line : std::as_const(lines)) {
        painter->drawText(QRect(int(card.left()) + pad, y, textWidth, nameMetrics.lineSpacing()),
            Qt::AlignHCenter | Qt::AlignVCenter, line);
        y += nameMetrics.lineSpacing();
    }

    painter->setFont(priceText);
    painter->setPen(theme.accent.darker(130));
    painter->drawText(QRect(int(card.left()) + pad, int(card.bottom()) - pad - priceMetrics.height(), textWidth,
                          priceMetrics.height()),
        Qt::AlignHCenter | Qt::AlignVCenter, index.data(ProductListModel::PriceTextRole).toString());
    painter->restore();
}

} // namespace Kiosk::Ui
