// SPDX-License-Identifier: MIT
#include "DisplayLocale.h"

namespace Kiosk::Ui {

QLocale displayLocale()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return system;
}

} // namespace Kiosk::Ui
