// SPDX-License-Identifier: MIT
#include "QrCodeImage.h"

#include <qrencode.h>

#include <memory>

namespace Kiosk::Ui {

namespace {

struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

QrPtr encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return {};
    return QrPtr(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
}

} // namespace

int QrCodeImage::moduleCount(const QString &text)
{
    const QrPtr code = encode(text);
    return code ? code->width : 0;
}

QImage QrCodeImage::render(const QString &text, int moduleSize)
{
    const QrPtr code = encode(text);
    if (!code || moduleSize < 1)
        return {};
    constexpr int quiet = 4;
    const int side = (code->width + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module colour (1 = dark).
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine((y + quiet) * moduleSize + dy);
                std::fill_n(line + (x + quiet) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

} // namespace Kiosk::Ui
