// SPDX-License-Identifier: MIT
#include "AppRestart.h"

#include <QCoreApplication>
#include <QProcess>

namespace Kiosk::Ui {

namespace {
bool &flag()
{
    static bool requested = false;
    return requested;
}
} // namespace

void AppRestart::request()
{
    flag() = true;
    QCoreApplication::quit();
}

bool AppRestart::requested()
{
    return flag();
}

Kiosk::Status AppRestart::relaunch()
{
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        return Kiosk::makeError(QStringLiteral("restart_failed"),
            QStringLiteral("The kiosk could not be started again (%1); start it by hand.")
                .arg(QCoreApplication::applicationFilePath()));
    return {};
}

} // namespace Kiosk::Ui
