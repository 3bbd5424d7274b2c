// SPDX-License-Identifier: MIT
#include "ProductImageCache.h"

#include <QImageReader>
#include <QPixmapCache>

namespace Kiosk::Ui {

namespace {

QImage render(const QString &path, const QSize &pixels)
{
    QImageReader reader(path);
    QSize natural = reader.size();
    if (!natural.isValid())
        natural = pixels;
    reader.setScaledSize(natural.scaled(pixels, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace

QPixmap ProductImageCache::pixmap(const QString &path, const QSize &size, qreal devicePixelRatio)
{
    const QSize pixels = size * devicePixelRatio;
    const QString key = QStringLiteral("kiosk-product:%1:%2x%3").arg(path).arg(pixels.width()).arg(pixels.height());
    QPixmap cached;
    if (QPixmapCache::find(key, &cached))
        return cached;

    QImage image = path.isEmpty() ? QImage() : render(path, pixels);
    if (image.isNull())
        image = render(QStringLiteral(":/kiosk/icons/product-placeholder.svg"), pixels);
    QPixmap result = QPixmap::fromImage(image);
    result.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, result);
    return result;
}

} // namespace Kiosk::Ui
