// SPDX-License-Identifier: MIT
#pragma once

#include <QPixmap>
#include <QSize>
#include <QString>

namespace Kiosk::Ui {

/**
 * Product pictures (SVG or bitmap files from the catalog) rendered once at the size and pixel
 * ratio they are shown at and kept in QPixmapCache. A missing or broken file gives the
 * placeholder icon instead, so a bad image never leaves a hole in the grid.
 */
class ProductImageCache final
{
public:
    /** The picture fitted into size (aspect ratio kept), for a screen of the given pixel ratio. */
    static QPixmap pixmap(const QString &path, const QSize &size, qreal devicePixelRatio);
};

} // namespace Kiosk::Ui
