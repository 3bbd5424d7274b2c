// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"

#include <QColor>
#include <QCoreApplication>

class QLabel;

namespace Kiosk::Ui {

/** How an order status looks in lists: its name in the current language and a text color
 *  readable on a light background. */
class OrderStatusStyle final
{
    Q_DECLARE_TR_FUNCTIONS(Kiosk::Ui::OrderStatusStyle)

public:
    /** "Paid", "Bezahlt", …: the status for people (Kiosk::displayName() is the English one). */
    static QString displayName(Kiosk::OrderStatus status);
    static QColor color(Kiosk::OrderStatus status);
    /** Shows a message in a label, as an error (kind="error", red) or as information. */
    static void showMessage(QLabel *label, const QString &text, bool error);
};

} // namespace Kiosk::Ui
