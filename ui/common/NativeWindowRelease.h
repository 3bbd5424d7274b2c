// SPDX-License-Identifier: MIT
#pragma once

namespace Kiosk::Ui {

/**
 * Lets go of every native window that is left while the application still lives. Qt 6.4's
 * on-screen keyboard deletes its panel's window from the X11 platform's destructor, after the X
 * connection is closed, and crashes at exit (SIGSEGV in QXcbConnection::removeWindowEventListener).
 * Construct one right after the QApplication: its destructor runs before the application's.
 */
class NativeWindowRelease final
{
public:
    NativeWindowRelease() = default;
    ~NativeWindowRelease();
    NativeWindowRelease(const NativeWindowRelease &) = delete;
    NativeWindowRelease &operator=(const NativeWindowRelease &) = delete;
};

} // namespace Kiosk::Ui
