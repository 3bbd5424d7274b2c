// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>

namespace Kiosk::Ui {

/** QR codes drawn with libqrencode: black modules on white with the standard four-module quiet
 *  zone, each module `moduleSize` pixels. Returns a null image if the text cannot be encoded. */
class QrCodeImage final
{
public:
    static QImage render(const QString &text, int moduleSize = 4);
    /** Modules per side (without the quiet zone) for the text, 0 on failure. */
    static int moduleCount(const QString &text);
};

} // namespace Kiosk::Ui
