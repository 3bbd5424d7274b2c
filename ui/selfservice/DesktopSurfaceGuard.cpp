// SPDX-License-Identifier: MIT
#include "DesktopSurfaceGuard.h"

#include <QAbstractPrintDialog>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSelfService, "kiosk.selfservice")

namespace Kiosk::Ui {

DesktopSurfaceGuard::DesktopSurfaceGuard(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QCoreApplication::instance()->installEventFilter(this);
}

DesktopSurfaceGuard::~DesktopSurfaceGuard()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool DesktopSurfaceGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::Polish && type != QEvent::Show)
        return QObject::eventFilter(watched, event);
    auto *dialog = qobject_cast<QDialog *>(watched);
    if (!dialog || (!qobject_cast<QFileDialog *>(dialog) && !qobject_cast<QAbstractPrintDialog *>(dialog)))
        return QObject::eventFilter(watched, event);
    // Polish comes before the first show: from then on the dialog never reaches the screen.
    dialog->setAttribute(Qt::WA_DontShowOnScreen);
    if (type == QEvent::Show) {
        ++m_blocked;
        qCWarning(lcSelfService) << "kept a" << dialog->metaObject()->className() << "off the customer's screen";
        // Closed once its exec() runs: the caller gets "cancelled".
        QTimer::singleShot(0, dialog, &QDialog::reject);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Kiosk::Ui
