// SPDX-License-Identifier: MIT
#include "NativeWindowRelease.h"

#include <QGuiApplication>
#include <QWindow>

namespace Kiosk::Ui {

NativeWindowRelease::~NativeWindowRelease()
{
    // The windows stay objects (their owners delete them later); only the X11 side goes now.
    for (QWindow *window : QGuiApplication::allWindows())
        window->destroy();
}

} // namespace Kiosk::Ui
