// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk::Ui {

class KioskWindow;

/**
 * --self-service --benchmark-startup: once the attract screen is up, how long the customer waits
 * for "Tap to order" to show the ordering screen (the first time, then warm) and for a language
 * button to show every screen in the new language. Each figure runs from the tap to the window
 * repainted (QWidget::repaint, synchronous), so layout and painting are in it. One line,
 * "kiosk-self first_ordering_ms=… ordering_ms=… language_ms=…" (warm and language: the median
 * of several), for bench/startup/run.sh.
 */
struct SelfServiceTimings
{
    static QString measure(KioskWindow &window);
};

} // namespace Kiosk::Ui
