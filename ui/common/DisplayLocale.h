// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

namespace Kiosk::Ui {

/** The locale amounts and dates are shown in: the system locale, or en_US when the system has
 *  none (the "C" locale of a bare container would print "USD 19.99"). */
QLocale displayLocale();

} // namespace Kiosk::Ui
